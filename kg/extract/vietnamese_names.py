"""Institution names written in Vietnamese in running text: 'Trường Đại học Cần Thơ', 'Học viện
Ngân hàng', 'Công ty Cổ phần FPT', 'Sở Giáo dục và Đào tạo Đồng Nai'.

A Vietnamese name starts with its head ('Trường Đại học' = university, 'Học viện' = academy) and
the proper words follow it, mostly capitalised; a lowercase word between two of them belongs to the
name ('Bách khoa Hà Nội'), an English word ends it ('... Cần Thơ and Alpha University').
"""

import re

from kg.textnorm import fold

# The head, with the lowercase words it is written with. Longest alternatives first.
_HEAD = re.compile(
    r"(?<![\w])(?:Trường\s+(?:Đại\s+học|Cao\s+đẳng|Trung\s+cấp)|Đại\s+học|Học\s+viện|Bệnh\s+viện|Viện"
    r"|Tập\s+đoàn|Tổng\s+công\s+ty|Công\s+ty(?:\s+(?:Cổ\s+phần|TNHH))?|Ngân\s+hàng|Sở"
    r"|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)(?![\w])")
COMPANY_HEADS = ("Tập", "Tổng", "Công", "Ngân")
# Words that end a Vietnamese name written inside English text.
ENGLISH_WORDS = {"and", "of", "the", "with", "to", "in", "at", "on", "for", "from", "by", "signed", "sign",
                 "signs", "has", "have", "had", "will", "a", "an", "is", "was", "were", "are", "as"}
_WORD = re.compile(r"[^\W_][\w\-]*")
_VIETNAMESE_LETTER = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯà-ỹÀ-Ỹ]")


def vietnamese_names(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, name as written, kind) of each Vietnamese name outside brackets, with at least
    one proper word after its head; kind is 'company' or 'institution'."""
    found = []
    for head in _HEAD.finditer(text):
        if text.rfind("(", 0, head.start()) > text.rfind(")", 0, head.start()):
            continue                        # inside brackets: read as another name's alias
        if re.search(r"[A-ZÀ-ỸĐ][\w]*\s+$", text[max(0, head.start() - 20):head.start()]):
            continue                        # 'Trần Viện Hùng': inside a person's name, not a head
        end = _name_end(text, head.end())
        if end > head.end() and _VIETNAMESE_LETTER.search(text[head.start():end]):
            kind = "company" if head.group().startswith(COMPANY_HEADS) else "institution"
            found.append((head.start(), end, text[head.start():end], kind))
    return found


def _name_end(text: str, pos: int) -> int:
    """End of the proper words after a head at pos (pos itself when there are none)."""
    words = list(_WORD.finditer(text, pos))
    end, k = pos, 0
    while k < len(words):
        w = words[k]
        if re.search(r"[^\s]", text[end:w.start()]) or w.group().lower() in ENGLISH_WORDS:
            break                           # punctuation or an English word ends the name
        nxt = words[k + 1].group() if k + 1 < len(words) else ""
        proper = w.group()[:1].isupper()
        # a lowercase word inside the name: Vietnamese ('Giáo dục và Đào tạo') or before a proper word
        # ('Bách khoa Hà Nội')
        inside = end > pos and w.group() == w.group().lower() and (
            _VIETNAMESE_LETTER.search(w.group()) or nxt[:1].isupper()
            and not re.search(r"[^\s]", text[w.end():words[k + 1].start()]))
        if not (proper or inside):
            break
        end = w.end()
        k += 1
    trailing = re.search(r"\s+và$", text[pos:end])
    return pos + trailing.start() if trailing else end


# The commonest Vietnamese family names, folded (general vocabulary): where a run of capitalised words
# 'Minister of Education and Training Hoang Minh Son' turns from a ministry's domain into a person.
FAMILY_NAMES = {"nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho",
                "ngo", "duong", "ly", "dinh", "truong", "mai", "luu", "trinh", "lam", "doan", "cao", "ha", "chu",
                "luong", "ta", "thai", "quach", "ton", "kieu", "tong", "lai", "nghiem", "khuat", "giang", "lo",
                "hua", "tieu", "diep", "vuong", "dao", "tang", "la", "thach", "trieu", "van", "au", "phung", "chau",
                "khong", "man", "ong", "quan", "tu", "than", "nong", "y"}


def starts_with_family_name(name: str) -> bool:
    words = fold(name).split()
    return bool(words) and words[0] in FAMILY_NAMES
