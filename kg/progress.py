"""Progress of long steps on stderr, so a slow build, analysis or view does not sit silent.

    with step("read the graph"):
        snapshot = collect(store)

A step that ends within the threshold prints nothing. A longer one prints "read the graph … 2 s"
once it passes the threshold, again every REPEAT_EVERY seconds, and "read the graph done in 12.3 s"
at the end. The threshold is 2 s, or $COOPKG_PROGRESS_AFTER seconds (0 reports every step, which
is how the tests see the messages without waiting for anything slow).
"""

import os
import threading
import time
from contextlib import contextmanager

import click

DEFAULT_AFTER = 2.0
REPEAT_EVERY = 10.0


def _to_stderr(message: str) -> None:
    click.echo(message, err=True)


def threshold() -> float:
    """Seconds a step may take before it is reported: $COOPKG_PROGRESS_AFTER, else 2."""
    try:
        return max(0.0, float(os.environ.get("COOPKG_PROGRESS_AFTER", DEFAULT_AFTER)))
    except ValueError:
        return DEFAULT_AFTER


_silenced = threading.local()


@contextmanager
def silenced():
    """No step reports inside (e.g. the view a build writes: the build reports that stage whole)."""
    previous = getattr(_silenced, "on", False)
    _silenced.on = True
    try:
        yield
    finally:
        _silenced.on = previous


@contextmanager
def step(name: str, echo=_to_stderr, after: float | None = None):
    """Report the step named name if it runs longer than `after` seconds; echo=None keeps it quiet."""
    if echo is None or getattr(_silenced, "on", False):
        yield
        return
    after = threshold() if after is None else after
    start = time.perf_counter()
    finished = threading.Event()
    reported = threading.Event()

    if after <= 0:  # report at once, not whenever the watcher thread gets to run
        reported.set()
        echo(f"{name} …")

    def watch():  # a daemon thread: it only prints, and stops as soon as the step ends
        wait = after if after > 0 else REPEAT_EVERY
        while not finished.wait(wait):
            reported.set()
            echo(f"{name} … {time.perf_counter() - start:.0f} s")
            wait = REPEAT_EVERY

    watcher = threading.Thread(target=watch, name=f"progress: {name}", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        finished.set()
        watcher.join()
        if reported.is_set():
            echo(f"{name} done in {time.perf_counter() - start:.1f} s")
