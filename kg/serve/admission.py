"""Which client may take an idle query worker now, so one client cannot starve the others.

A client is a remote address. It may have at most `per_client` jobs at once (429 beyond, after a
short wait), and a client that already has a job running may not take the last `reserve` idle
workers: those are kept for clients with nothing running, so four runaway queries from one address
leave a worker for everybody else. A job whose worker was killed (timeout, crash, memory) keeps
counting for its client until the replacement worker is ready. Behind a reverse proxy every request
comes from the proxy's address, so these limits then apply to all clients together.
"""

import threading
import time
from collections import Counter

from kg.serve.execute import HttpError, busy_error


def default_per_client(workers: int) -> int:
    return max(1, workers // 2)


class Admission:
    def __init__(self, workers: int, per_client: int | None = None):
        self.per_client = per_client or default_per_client(workers)
        self.reserve = 1 if workers > 1 else 0
        self.condition = threading.Condition()
        self.idle: list = []          # LIFO: the warmest worker first
        self.running: Counter = Counter()
        self.closed = False

    def idle_count(self) -> int:
        with self.condition:
            return len(self.idle)

    def _may_take(self, client: str) -> bool:
        mine = self.running[client]
        return bool(self.idle) and mine < self.per_client and (mine == 0 or len(self.idle) > self.reserve)

    def take(self, client: str, wait: float, closing=lambda: False):
        """An idle worker for this client, waiting up to `wait` seconds; HttpError 503 or 429 if none."""
        give_up = time.monotonic() + wait
        with self.condition:
            while not self._may_take(client):
                left = give_up - time.monotonic()
                if self.closed or closing():
                    raise HttpError(503, "the server is shutting down")
                if left <= 0:
                    if self.idle and self.running[client] >= self.per_client:
                        raise HttpError(429, f"too many queries from your address at once: {self.running[client]} "
                                             f"running, this server allows {self.per_client} (--per-client); wait "
                                             "for them to finish", {"Retry-After": "1"})
                    raise busy_error()
                self.condition.wait(left)
            self.running[client] += 1
            return self.idle.pop()

    def add(self, worker):
        with self.condition:
            self.idle.append(worker)
            self.condition.notify_all()

    def release(self, client: str, worker=None):
        """The client's job is over; `worker` (if any) is idle again."""
        with self.condition:
            self.running[client] -= 1
            if self.running[client] <= 0:
                del self.running[client]
            if worker is not None and not self.closed:
                self.idle.append(worker)
            self.condition.notify_all()

    def replace_idle(self, fresh: list) -> list:
        """Make `fresh` the idle workers at once; returns the previous idle ones (to stop)."""
        with self.condition:
            previous, self.idle = self.idle, list(fresh)
            self.condition.notify_all()
            return previous

    def close(self):
        with self.condition:
            self.closed = True
            self.condition.notify_all()
