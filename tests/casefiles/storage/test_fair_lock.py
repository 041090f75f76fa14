"""The case file's write lock: writers get it in the order they asked, so a photo import that
asks again right after each batch cannot keep another writer waiting until it ends."""

from __future__ import annotations

import signal
import threading
import time

import pytest

from casefiles.storage.fair_lock import FairLock


def test_a_thread_asking_again_at_once_lets_the_waiting_one_go_first() -> None:
    lock = FairLock()
    order: list[str] = []
    waiting = threading.Event()

    def other() -> None:
        waiting.set()
        with lock:
            order.append("other")

    with lock:
        thread = threading.Thread(target=other)
        thread.start()
        waiting.wait()
        time.sleep(0.05)  # let it reach the lock: it asked while this one held it
        order.append("first batch")
    with lock:  # asks again at once, as the import does after each batch
        order.append("second batch")
    thread.join()
    assert order == ["first batch", "other", "second batch"]


def test_it_is_reentrant_and_free_again_after_the_outer_release() -> None:
    lock = FairLock()
    with lock, lock:
        pass
    taken = threading.Event()

    def take() -> None:
        with lock:
            taken.set()

    thread = threading.Thread(target=take)
    thread.start()
    thread.join(timeout=10)
    assert taken.is_set()


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs SIGALRM")
def test_a_waiter_interrupted_gives_up_its_turn() -> None:
    """Ctrl-C (here an alarm) while waiting: those who asked after it are not kept waiting."""
    lock = FairLock()
    holding, release = threading.Event(), threading.Event()
    later = threading.Event()

    class Interrupted(Exception):
        pass

    def hold() -> None:
        with lock:
            holding.set()
            release.wait()

    def after() -> None:
        with lock:
            later.set()

    def interrupt(_signal: int, _frame: object) -> None:
        raise Interrupted

    holder = threading.Thread(target=hold)
    holder.start()
    holding.wait()
    previous = signal.signal(signal.SIGALRM, interrupt)
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.2)
        with pytest.raises(Interrupted), lock:  # this main thread waits, and is interrupted
            pass
    finally:
        signal.signal(signal.SIGALRM, previous)
    second = threading.Thread(target=after)
    second.start()
    release.set()
    holder.join(timeout=10)
    second.join(timeout=10)
    assert later.is_set()
