"""Reading text files that people hand us: regular files of bounded size, UTF-8 only, no hidden
control characters, with a precise error otherwise."""

import os
import re
import stat
import unicodedata
from pathlib import Path

from kg.errors import CoopKGError

# C0 controls other than tab/newline/carriage return, DEL, C1 controls, and the Unicode bidi
# embeddings, overrides and isolates: invisible in an editor, they can make a terminal or a page show
# something other than what is stored (escape sequences, 'Trojan Source' reordering).
_HIDDEN_CONTROLS = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def decode_utf8(raw: bytes, display: str, what: str = "text") -> str:
    """bytes -> str. A UTF-8 BOM is dropped; UTF-16, binary data and invalid UTF-8 are refused
    with the file, line and byte offset, and how to convert."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise CoopKGError(f"the {what} is UTF-16, not UTF-8", where=display,
                          fix="convert it, e.g. iconv -f UTF-16 -t UTF-8")
    nul = raw.find(b"\x00")  # anywhere, not only near the start: text never holds a NUL byte
    if nul >= 0:
        line = raw[:nul].count(b"\n") + 1
        raise CoopKGError(f"binary content (NUL byte at offset {nul}), not a UTF-8 {what}", where=f"{display}:{line}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise CoopKGError(f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})",
                          where=f"{display}:{line}",
                          fix="save it as UTF-8, e.g. iconv -f WINDOWS-1258 -t UTF-8") from exc
    _refuse_hidden_controls(text, display, what)
    return text


def _refuse_hidden_controls(text: str, display: str, what: str):
    found = _HIDDEN_CONTROLS.search(text)
    if found:
        line = text.count("\n", 0, found.start()) + 1
        column = found.start() - (text.rfind("\n", 0, found.start()) + 1) + 1
        char = found.group()
        name = unicodedata.name(char, "control character")
        raise CoopKGError(f"the {what} contains an invisible control character U+{ord(char):04X} ({name}) "
                          f"at column {column}", where=f"{display}:{line}",
                          fix="delete it; such characters can hide or reorder text when it is shown")


def read_bounded(path: Path, display: str, limit: int, what: str, limit_hint: str = "") -> bytes:
    """The bytes of a regular file of at most `limit` bytes. FIFOs, devices and sockets are refused
    without blocking (opened non-blocking, checked with fstat), and at most limit + 1 bytes are read,
    so neither /dev/zero nor a file that grows while it is read can exhaust memory."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise CoopKGError(f"cannot read the {what}: {exc.strerror}", where=display) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise CoopKGError(f"the {what} is not a regular file (but a folder, device, FIFO or socket)",
                              where=display, fix="give a plain file")
        if info.st_size > limit:
            raise CoopKGError(f"the {what} is {info.st_size / 1e6:.1f} MB; the limit is {limit / 1e6:.1f} MB",
                              where=display, fix=limit_hint or "make the file smaller")
        chunks, left = [], limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as exc:
        raise CoopKGError(f"cannot read the {what}: {exc.strerror}", where=display) from exc
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise CoopKGError(f"the {what} grew beyond the {limit / 1e6:.1f} MB limit while it was read", where=display)
    return data


def require_inside(path: Path, folder: Path, display: str, what: str) -> Path:
    """path with every symlink and '..' resolved, refused unless it lies inside folder: a record or
    its metadata must not make the build read (and quote from) files elsewhere on the machine."""
    real, root = path.resolve(), folder.resolve()
    if real != root and root not in real.parents:
        raise CoopKGError(f"the {what} {path} resolves to {real}, outside {root}", where=display,
                          fix=f"keep the file inside {folder} (no '..', absolute paths or symlinks out of it)")
    return real
