"""Garbage collection on the UI thread only.

Python collects reference cycles on whichever thread happens to allocate, and a cycle holding a
Qt widget deletes that widget on the thread that collected it. With work on background threads
that would be a worker deleting widgets, which crashes Qt later. So automatic collection is off
and the UI thread collects on a timer instead.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000
FULL_EVERY = 30  # ticks: the young generation each second, everything every 30 seconds


def collect_on_ui_thread(parent: QObject) -> QTimer:
    gc.disable()
    ticks = 0

    def collect() -> None:
        nonlocal ticks
        ticks += 1
        gc.collect(2 if ticks % FULL_EVERY == 0 else 0)

    timer = QTimer(parent)
    timer.timeout.connect(collect)
    timer.start(INTERVAL_MS)
    return timer
