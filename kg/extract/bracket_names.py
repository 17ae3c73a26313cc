"""A post and a name in brackets after the body they serve (session 17, lists of schools and companies on
real pages): 'School № 12 (Director – A B. C)', 'Lorem Glass Co., Ltd. (President: A B)'. The bracket holds
only a capitalised post, a colon or a dash, and a name of two words or more."""

import re

from kg.extract.name_shapes import organisation_word


def post_in_brackets_names(text: str, found: list, read_name, role_words: str) -> list:
    """The names of '(Post: A B)' and '(Post – A B)' brackets that other readers did not find."""
    taken, extra = [(s, e) for _, s, e, _ in found], []
    for m in re.finditer(r"\((?:%s)(?:\s+[A-Z][\w-]*){0,2}\s*(?::|\s[–—-])\s*(?=[A-ZÀ-Ỵ])" % role_words, text):
        span = read_name(text, m.end(), max_words=4)
        if not span or any(s <= span[0] < e for s, e in taken) or not re.match(r"\s*\)", text[span[1]:]):
            continue
        words = text[span[0]:span[1]].split()
        if len(words) >= 2 and not any(organisation_word(w) for w in words):
            extra.append((span[0], span[0], span[1], []))
            taken.append(span)
    return extra
