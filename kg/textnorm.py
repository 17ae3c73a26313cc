"""Text folding shared by quote checks, search keys and name resolution."""

import re
import unicodedata

_SPACE = re.compile(r"\s+")
# Letters that Unicode does not decompose into base letter + mark.
_SPECIAL = str.maketrans({"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss",
                          "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i"})
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def squash_spaces(text: str) -> str:
    """Collapse every run of whitespace to one space and trim the ends."""
    return _SPACE.sub(" ", text).strip()


def strip_diacritics(text: str) -> str:
    """'Kiều Xuân Thực' -> 'Kieu Xuan Thuc' (đ -> d as well)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """Key for case-, diacritic-, punctuation-variant- and whitespace-insensitive comparison.

    fold(fold(x)) == fold(x) for every x: one pass can leave work for the next ('Ǣ' decomposes to
    'Æ' + macron, which only a second pass spells 'ae'; compatibility forms can decompose to capitals),
    so passes repeat until nothing changes (two or three in practice).
    """
    for _ in range(8):
        folded = squash_spaces(strip_diacritics(text.translate(_QUOTES)).casefold())
        if folded == text:
            break
        text = folded
    return folded


def normalise_for_quote(text: str) -> str:
    """Form used to check that a quote occurs in a source: NFC, typographic quotes made plain,
    whitespace collapsed. Case and diacritics are kept: a quote must be verbatim."""
    return squash_spaces(unicodedata.normalize("NFC", text).translate(_QUOTES))
