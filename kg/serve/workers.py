"""A fixed pool of query worker processes the server can kill: the cure for queries that never end.

Oxigraph cannot cancel a query, and an aggregate over a cross product computes for hours before its
first row. So each worker is a process (started with 'spawn': forking a threaded server is unsafe)
that opens the store read-only once (RocksDB allows many read-only openers) and answers jobs sent
over a pipe (jobs.py). When a job overruns its deadline the request gets 503 at once, the worker is
killed, which frees its core, and a fresh one is started in the background. A worker also exits when
the server dies without stopping it, so none is ever left computing alone.
"""

import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
from pathlib import Path

from kg.errors import CoopKGError
from kg.serve import jobs
from kg.serve.execute import Budget, HttpError, busy_error

START_TIMEOUT = 60.0   # seconds a new worker may take to import and open the store
GRACE = 0.2            # after the deadline, the time a worker gets to report its own timeout (no kill)
STOP_WAIT = 2.0        # seconds a worker gets to exit on SIGTERM before SIGKILL
PARENT_CHECK = 0.5     # how often a worker checks that the server is still alive


def worker_main(connection, build_dir: str, parent_pid: int):
    """The body of a worker process: open the store, then answer jobs until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group; the server stops us
    threading.Thread(target=_exit_when_orphaned, args=(parent_pid,), daemon=True).start()
    from kg.store import open_store  # here, so the server process does not need it
    try:
        store = open_store(Path(build_dir))
    except CoopKGError as exc:
        connection.send(("failed", exc.message, exc.where, exc.fix))
        return
    connection.send(("ready",))
    while True:
        try:
            kind, args, seconds = connection.recv()
        except (EOFError, OSError):  # the server closed the pipe: stop
            return
        connection.send(jobs.perform(store, kind, args, Budget(seconds)))


def _exit_when_orphaned(parent_pid: int):
    # Oxigraph releases the GIL while it evaluates, so this runs even during a runaway query.
    while os.getppid() == parent_pid:
        time.sleep(PARENT_CHECK)
    os._exit(0)


class Worker:
    """One worker process and the server's end of its pipe."""

    def __init__(self, context, build_dir: Path):
        self.connection, theirs = context.Pipe(duplex=True)
        self.process = context.Process(target=worker_main, args=(theirs, str(build_dir), os.getpid()),
                                       name="coopkg-query-worker", daemon=True)
        self.process.start()
        theirs.close()
        self._close_lock = threading.Lock()

    @property
    def pid(self) -> int:
        return self.process.pid

    def wait_ready(self, timeout: float):
        try:
            if not self.connection.poll(timeout):
                raise CoopKGError(f"a query worker did not start within {timeout:g} s")
            message = self.connection.recv()
        except (EOFError, OSError):
            raise CoopKGError(f"a query worker exited while starting (exit code {self.process.exitcode})") from None
        if message[0] != "ready":
            raise CoopKGError(message[1], where=message[2], fix=message[3])

    def kill(self):
        """SIGKILL now: the CPU is freed at once (reap() collects the exit status)."""
        self.process.kill()
        self.close_pipe()

    def close_pipe(self):
        # A request thread (kill) and shutdown (stop) may close the same pipe at once: close it once.
        with self._close_lock:
            if not self.connection.closed:
                self.connection.close()

    def stop(self):
        # Signal first, close after: a request thread may still be waiting on this pipe (it sees EOF).
        self.process.terminate()
        self.process.join(STOP_WAIT)
        if self.process.exitcode is None:
            self.process.kill()
        self.reap()
        self.close_pipe()

    def reap(self):
        self.process.join(STOP_WAIT)


class ProcessPool:
    """`workers` worker processes; a job waits briefly for an idle one, then gets 503 busy."""

    def __init__(self, build_dir: Path, workers: int, queue_wait: float = 1.0):
        self.build_dir = Path(build_dir)
        self.queue_wait = queue_wait
        self.context = multiprocessing.get_context("spawn")
        self.idle: queue.LifoQueue[Worker] = queue.LifoQueue()  # LIFO: the warmest worker first
        self.lock = threading.Lock()
        self.live: set[Worker] = set()          # every started, not yet stopped worker
        self.restarts: list[threading.Thread] = []
        self.closed = False
        try:
            starting = [self._start() for _ in range(workers)]
            for worker in starting:
                worker.wait_ready(START_TIMEOUT)
                self.idle.put(worker)
        except BaseException:
            self.shutdown()
            raise

    def pids(self) -> list[int]:
        with self.lock:
            return sorted(worker.pid for worker in self.live)

    def run(self, kind: str, args: dict, seconds: float) -> tuple:
        """The job's outcome (jobs.perform); ("timeout",) after killing a worker that overran."""
        deadline = time.monotonic() + seconds
        try:
            worker = self.idle.get(timeout=min(self.queue_wait, seconds))
        except queue.Empty:
            raise busy_error() from None
        try:
            worker.connection.send((kind, args, max(0.0, deadline - time.monotonic())))
            if worker.connection.poll(max(0.0, deadline - time.monotonic()) + GRACE):
                outcome = worker.connection.recv()
                self.idle.put(worker)
                return outcome
        except (EOFError, OSError):  # it died under us: crashed, or stopped by shutdown
            self._replace(worker)
            if self.closed:
                raise HttpError(503, "the server is shutting down") from None
            return ("error", 500, "the query worker failed; retry shortly", {"Retry-After": "1"})
        self._replace(worker)  # still computing after the deadline: kill it, its core is needed
        return ("timeout",)

    def _start(self) -> Worker:
        with self.lock:
            if self.closed:
                raise CoopKGError("the query worker pool is shut down")
            worker = Worker(self.context, self.build_dir)
            self.live.add(worker)
            return worker

    def _replace(self, worker: Worker):
        worker.kill()
        thread = threading.Thread(target=self._restart, args=(worker,), name="query-worker-restart", daemon=True)
        with self.lock:  # started under the lock, so shutdown() only ever joins started threads
            thread.start()
            self.restarts = [t for t in self.restarts if t.is_alive()] + [thread]

    def _restart(self, old: Worker):
        old.reap()
        with self.lock:
            self.live.discard(old)
        while not self.closed:
            try:
                worker = self._start()
            except CoopKGError:  # shut down meanwhile
                return
            try:
                worker.wait_ready(START_TIMEOUT)
            except CoopKGError as exc:
                worker.stop()
                with self.lock:
                    self.live.discard(worker)
                if self.closed:
                    return
                print(f"coopkg serve: cannot start a query worker: {exc}; retrying", file=sys.stderr)
                time.sleep(1.0)
                continue
            self.idle.put(worker)
            return

    def shutdown(self):
        """Stop every worker, busy or not, and wait for them: no child process outlives the pool."""
        with self.lock:
            self.closed = True
            workers, restarts = list(self.live), list(self.restarts)
        for worker in workers:
            worker.process.terminate()  # all at once, then wait for each
        for worker in workers:
            worker.stop()
        for thread in restarts:
            thread.join(START_TIMEOUT)
        with self.lock:
            leftovers = list(self.live - set(workers))  # started by a restart racing with us
            self.live.clear()
        for worker in leftovers:
            worker.stop()
