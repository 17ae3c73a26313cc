"""Decoding text files that people hand us: UTF-8 only, with a precise error otherwise."""

from kg.errors import CoopKGError


def decode_utf8(raw: bytes, display: str, what: str = "text") -> str:
    """bytes -> str. A UTF-8 BOM is dropped; UTF-16, binary data and invalid UTF-8 are refused
    with the file, line and byte offset, and how to convert."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise CoopKGError(f"the {what} is UTF-16, not UTF-8", where=display,
                          fix="convert it, e.g. iconv -f UTF-16 -t UTF-8")
    nul = raw.find(b"\x00", 0, 8192)
    if nul >= 0:
        raise CoopKGError(f"binary content (NUL byte at offset {nul}), not a UTF-8 {what}", where=display)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise CoopKGError(f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})",
                          where=f"{display}:{line}",
                          fix="save it as UTF-8, e.g. iconv -f WINDOWS-1258 -t UTF-8") from exc
