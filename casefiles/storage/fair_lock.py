"""A lock that threads get in the order they asked for it.

The case file's write lock: a photo import holds it for a batch of photos at a time and asks
again at once, and an ordinary lock would let it win every time (the thread releasing it is
running; the one woken is not yet), so the window's edits and the derivation's pictures would
wait for the whole import. In turn, each waiting writer goes between two batches.
"""

from __future__ import annotations

import threading
from collections import deque


class FairLock:
    """Reentrant, first come first served."""

    def __init__(self) -> None:
        self._changed = threading.Condition(threading.Lock())
        self._owner: int | None = None
        self._depth = 0
        self._waiting: deque[int] = deque()  # threads, in the order they asked

    def __enter__(self) -> None:
        me = threading.get_ident()
        with self._changed:
            if self._owner == me:
                self._depth += 1
                return
            self._waiting.append(me)
            try:
                self._changed.wait_for(lambda: self._owner is None and self._waiting[0] == me)
            except BaseException:  # interrupted (Ctrl-C) while waiting: give up its turn
                self._waiting.remove(me)
                self._changed.notify_all()
                raise
            self._waiting.popleft()
            self._owner, self._depth = me, 1

    def __exit__(self, *exc_info: object) -> None:
        with self._changed:
            self._depth -= 1
            if self._depth:
                return
            self._owner = None
            self._changed.notify_all()
