"""A fixed pool of query worker processes the server can kill: the cure for queries that never end,
crash the engine or eat the memory.

Oxigraph cannot cancel a query, and an aggregate over a cross product computes for hours before its
first row. So each worker is a process (started with 'spawn': forking a threaded server is unsafe)
that opens the store once and answers jobs sent over a pipe (jobs.py). When a job overruns its
deadline the request gets 503 at once, the worker is killed, which frees its core, and a fresh one is
started in the background. A worker that crashes (a segmentation fault) or runs out of its memory
limit (RLIMIT_DATA, --max-memory: Oxigraph aborts) is replaced the same way; only its request fails.
A worker also exits when the server dies without stopping it, so none is ever left computing alone.

Fairness (admission.py): who may take an idle worker. Rebuilds: the pool notices when build/store
is replaced and switches all workers to the new store at once (a "generation").
"""

import multiprocessing
import os
import resource
import signal
import sys
import threading
import time
from pathlib import Path

from kg.errors import CoopKGError
from kg.serve import jobs
from kg.serve.admission import Admission
from kg.serve.execute import Budget, HttpError
from kg.graph.store import STORE_DIR_NAME

START_TIMEOUT = 60.0   # seconds a new worker may take to import and open the store
GRACE = 0.2            # after the deadline, the time a worker gets to report its own timeout (no kill)
STOP_WAIT = 2.0        # seconds a worker gets to exit on SIGTERM before SIGKILL
PARENT_CHECK = 0.5     # how often a worker checks that the server is still alive
EXIT_WAIT = 1.0        # seconds to wait for a dead worker's exit code (to say why it died)


def store_identity(build_dir: Path) -> tuple | None:
    """What changes when a build replaces build/ (the store folder's inode, the report's inode and
    time); None while there is no store."""
    try:
        store = os.stat(build_dir / STORE_DIR_NAME)
    except OSError:
        return None
    try:
        report = os.stat(build_dir / "report.json")
        marker = (report.st_ino, report.st_mtime_ns)
    except OSError:
        marker = None
    return (store.st_dev, store.st_ino, marker)


def memory_message(limit: int) -> str:
    return (f"the query needed more memory than this server allows a query ({limit >> 20} MiB, --max-memory); "
            "make it more selective (a LIMIT does not help ORDER BY or GROUP BY over a large product)")


def worker_main(connection, build_dir: str, parent_pid: int, writable: bool, max_memory: int):
    """The body of a worker process: open the store, then answer jobs until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group; the server stops us
    threading.Thread(target=_exit_when_orphaned, args=(parent_pid,), daemon=True).start()
    if max_memory:
        # RLIMIT_DATA counts the heap and anonymous mappings, not the store's mapped files.
        resource.setrlimit(resource.RLIMIT_DATA, (max_memory, max_memory))
    try:
        identity, store = _open(Path(build_dir), writable)
    except CoopKGError as exc:
        connection.send(("failed", exc.message, exc.where, exc.fix))
        return
    connection.send(("ready", identity))
    while True:
        try:
            kind, args, seconds = connection.recv()
        except (EOFError, OSError):  # the server closed the pipe: stop
            return
        try:
            outcome = jobs.perform(store, kind, args, Budget(seconds))
        except MemoryError:
            outcome = ("fatal", 503, memory_message(max_memory), {"Retry-After": "1"})
        connection.send(outcome)
        if outcome[0] == "fatal":
            os._exit(1)  # the heap may be in any state: the pool starts a fresh worker


def _open(build_dir: Path, writable: bool):
    """The store and the identity of the build it belongs to (checked around the open, so a
    rebuild that lands meanwhile is never mislabelled)."""
    from kg.graph.store import open_store, open_writable  # here, so the server process does not need them
    for _ in range(5):
        before = store_identity(build_dir)
        store = open_writable(build_dir) if writable else open_store(build_dir)
        if store_identity(build_dir) == before:
            return before, store
        del store
    raise CoopKGError("the build kept changing while a query worker opened it", where=str(build_dir))


def _exit_when_orphaned(parent_pid: int):
    # Oxigraph releases the GIL while it evaluates, so this runs even during a runaway query.
    while os.getppid() == parent_pid:
        time.sleep(PARENT_CHECK)
    os._exit(0)


class Worker:
    """One worker process and the server's end of its pipe."""

    def __init__(self, context, build_dir: Path, writable: bool, max_memory: int):
        self.connection, theirs = context.Pipe(duplex=True)
        self.process = context.Process(target=worker_main,
                                       args=(theirs, str(build_dir), os.getpid(), writable, max_memory),
                                       name="coopkg-query-worker", daemon=True)
        self.process.start()
        theirs.close()
        self.identity = None
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
        self.identity = message[1]

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


def _death_outcome(exit_code: int | None, max_memory: int) -> tuple:
    """What a request gets when its worker died under it, by the way it died."""
    if exit_code == -signal.SIGABRT and max_memory:  # Rust aborts when an allocation fails
        return ("error", 503, memory_message(max_memory) + "; its worker was replaced", {"Retry-After": "1"})
    if exit_code == -signal.SIGSEGV:
        return ("error", 500, "the query crashed the query engine; its worker was replaced and the server "
                              "keeps serving", {})
    return ("error", 500, "the query worker failed; retry shortly", {"Retry-After": "1"})


class ProcessPool:
    """`workers` worker processes over build/store (one writable one with `writable`); a job waits
    briefly for a worker its client may take (admission.py), then gets 503 busy or 429."""

    def __init__(self, build_dir: Path, workers: int, *, writable: bool = False, max_memory: int = 0,
                 per_client: int | None = None, queue_wait: float = 1.0, watch_interval: float | None = 1.0,
                 log=None):
        self.build_dir = Path(build_dir)
        self.size = 1 if writable else workers  # one process owns a writable store
        self.writable, self.max_memory = writable, max_memory
        self.queue_wait = queue_wait
        self.log = log or (lambda message: print(f"coopkg serve: {message}", file=sys.stderr, flush=True))
        self.context = multiprocessing.get_context("spawn")
        self.admission = Admission(self.size, per_client)
        self.lock = threading.Lock()
        self.live: set[Worker] = set()          # every started, not yet stopped worker
        self.threads: list[threading.Thread] = []
        self.closed = False
        self.generation = None                  # the store identity new jobs are served from
        try:
            started = self._start_all()
            self.generation = started[0].identity
            for worker in started:
                self.admission.add(worker)
        except BaseException:
            self.shutdown()
            raise
        if watch_interval:
            self._background(self._watch, watch_interval, name="build-watcher")

    def pids(self) -> list[int]:
        with self.lock:
            return sorted(worker.pid for worker in self.live)

    def run(self, kind: str, args: dict, seconds: float, client: str = "") -> tuple:
        """The job's outcome (jobs.perform); ("timeout",) after killing a worker that overran."""
        deadline = time.monotonic() + seconds
        worker = self.admission.take(client, min(self.queue_wait, seconds), lambda: self.closed)
        try:
            worker.connection.send((kind, args, max(0.0, deadline - time.monotonic())))
            if worker.connection.poll(max(0.0, deadline - time.monotonic()) + GRACE):
                outcome = worker.connection.recv()
                if outcome[0] == "fatal":  # the worker exits after saying so
                    self._replace(worker, client)
                else:
                    self._give_back(worker, client)
                return outcome
        except (EOFError, OSError):  # it died under us: crashed, out of memory, or stopped by shutdown
            worker.process.join(EXIT_WAIT)
            exit_code = worker.process.exitcode
            self._replace(worker, client)
            if self.closed:
                raise HttpError(503, "the server is shutting down") from None
            return _death_outcome(exit_code, self.max_memory)
        self._replace(worker, client)  # still computing after the deadline: kill it, its core is needed
        return ("timeout",)

    # --- workers coming and going ---------------------------------------------------------------

    def _start(self) -> Worker:
        with self.lock:
            if self.closed:
                raise CoopKGError("the query worker pool is shut down")
            worker = Worker(self.context, self.build_dir, self.writable, self.max_memory)
            self.live.add(worker)
            return worker

    def _start_all(self) -> list[Worker]:
        """`size` ready workers (all started at once, then waited for)."""
        starting = [self._start() for _ in range(self.size)]
        try:
            for worker in starting:
                worker.wait_ready(START_TIMEOUT)
        except BaseException:
            for worker in starting:
                self._retire(worker)
            raise
        return starting

    def _retire(self, worker: Worker):
        worker.stop()
        with self.lock:
            self.live.discard(worker)

    def _give_back(self, worker: Worker, client: str):
        """The job is done: the worker serves again, unless the build changed meanwhile."""
        current = worker.identity == self.generation and not self.closed
        self.admission.release(client, worker if current else None)
        if not current:
            self._background(self._retire, worker, name="query-worker-retire")

    def _replace(self, worker: Worker, client: str):
        """Kill the worker; its client keeps the slot until the replacement is ready (a client whose
        queries get killed cannot immediately take the next worker too)."""
        worker.kill()
        self._background(self._restart, worker, client, name="query-worker-restart")

    def _restart(self, old: Worker, client: str):
        old.reap()
        with self.lock:
            self.live.discard(old)
        fresh = None
        while not self.closed and fresh is None:
            try:
                fresh = self._start()
            except CoopKGError:  # shut down meanwhile
                break
            try:
                fresh.wait_ready(START_TIMEOUT)
            except CoopKGError as exc:
                self._retire(fresh)
                fresh = None
                if not self.closed:
                    self.log(f"cannot start a query worker: {exc}; retrying")
                    time.sleep(1.0)
        if fresh is not None and fresh.identity != self.generation:
            self._retire(fresh)  # it opened a new build; the generation switch brings a full set
            fresh = None
        self.admission.release(client, fresh)

    def _background(self, target, *args, name: str):
        thread = threading.Thread(target=target, args=args, name=name, daemon=True)
        with self.lock:  # started under the lock, so shutdown() only ever joins started threads
            if self.closed and name != "query-worker-retire":
                return
            thread.start()
            self.threads = [t for t in self.threads if t.is_alive()] + [thread]

    # --- rebuilds ---------------------------------------------------------------------------------

    def _watch(self, interval: float):
        while not self.closed:
            time.sleep(interval)
            identity = store_identity(self.build_dir)
            if identity is not None and identity != self.generation and not self.closed:
                self._switch(identity)

    def _switch(self, identity: tuple):
        """Start a full set of workers on the new build, then hand them every new job at once."""
        try:
            fresh = self._start_all()
        except CoopKGError as exc:
            self.log(f"the build in {self.build_dir} changed, but workers cannot open it: {exc}; "
                     "still serving the previous build")
            return
        if any(worker.identity != identity for worker in fresh):  # rebuilt again meanwhile: next round
            for worker in fresh:
                self._retire(worker)
            return
        self.generation = identity
        previous = self.admission.replace_idle(fresh)
        for worker in previous:
            self._retire(worker)
        self.log(f"the build in {self.build_dir} changed: {len(fresh)} query worker(s) now serve the new store "
                 "(queries still running on the previous one finish there)")

    def shutdown(self):
        """Stop every worker, busy or not, and wait for them: no child process outlives the pool."""
        with self.lock:
            self.closed = True
            workers, threads = list(self.live), list(self.threads)
        self.admission.close()
        for worker in workers:
            worker.process.terminate()  # all at once, then wait for each
        for worker in workers:
            worker.stop()
        for thread in threads:
            if thread is not threading.current_thread():
                thread.join(START_TIMEOUT)
        with self.lock:
            leftovers = list(self.live - set(workers))  # started by a restart racing with us
            self.live.clear()
        for worker in leftovers:
            worker.stop()
