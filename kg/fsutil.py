"""File writes that never leave a half-written file, and a lock against concurrent builds."""

import fcntl
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from kg.errors import CoopKGError


@contextmanager
def _complete_temp_file(path: Path, data: bytes):
    """Yields the name of a temporary file beside `path` holding all of data (flushed to disk),
    and removes it afterwards unless it was renamed. An OSError names `path` (a failed write()
    alone does not say which file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, 0o644)  # mkstemp makes files private; outputs are meant to be shared
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        yield tmp
    except OSError as exc:
        if exc.filename or isinstance(exc, FileExistsError):
            raise
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def atomic_write_bytes(path: Path, data: bytes):
    """Write to a temporary file beside `path`, then rename it over `path`."""
    with _complete_temp_file(path, data) as tmp:
        os.replace(tmp, path)


def atomic_write_text(path: Path, text: str):
    atomic_write_bytes(path, text.encode("utf-8"))


def create_new_text(path: Path, text: str):
    """Write a file that must not exist yet, complete or not at all. The text goes to a temporary
    file that is then hard-linked to `path`: link() fails with EEXIST instead of replacing, so of
    two processes creating the same file exactly one succeeds (the other gets FileExistsError)."""
    with _complete_temp_file(path, text.encode("utf-8")) as tmp:
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links: exclusive creation, then the content
            with open(path, "xb") as handle:
                handle.write(text.encode("utf-8"))


@contextmanager
def exclusive_lock(lock_path: Path, what: str):
    """Hold an exclusive lock for the duration; refuse at once if someone else holds it."""
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(lock_path, "a+")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as exc:
        handle.close()
        raise CoopKGError(f"another {what} is running (lock {lock_path} is held)",
                          fix="wait for it to finish, then try again") from exc
    try:
        yield
    finally:
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


_RENAME_EXCHANGE = 2  # from <linux/fs.h>


def exchange_paths(a: Path, b: Path) -> bool:
    """Atomically swap two existing paths (Linux renameat2 RENAME_EXCHANGE). False where the
    system cannot, so the caller falls back to two renames."""
    import ctypes
    import ctypes.util
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd = -100
    result = renameat2(at_fdcwd, os.fsencode(str(a)), at_fdcwd, os.fsencode(str(b)), _RENAME_EXCHANGE)
    return result == 0
