"""A post written after a body's name and a comma, before a titled name: 'On behalf of Lorem University,
President of the University, Prof. A' (guide D6). The clause before the post is the body, not a person, so
the post cannot end an earlier person's role: it opens a new member, the post of the name that follows."""

import re

from kg.extract import roles as role_mod

_TITLE = re.compile(r"\b(?:Prof|Dr|Mr|Mrs|Ms|Assoc|Eng|Sir|Dame)\b")


def after_body_name(before: str, cut: int, institutions) -> bool:
    """True when before[:cut] ends with the name of a drafted body and a comma, the clause holding that
    name is no post and names no titled person, and before[cut:] reads as a post."""
    head = before[:cut]
    if not re.search(r",\s+$", head) or not role_mod.starts_with_role(before[cut:]):
        return False
    prev = head.rstrip()[:-1].rstrip()
    clause = prev[max(prev.rfind(c) for c in ",;:.()\n") + 1:].strip()
    clause = re.sub(r"^(?:and|while|with)\s+", "", clause)
    if role_mod.starts_with_role(clause) or _TITLE.search(clause):
        return False            # 'Dr. A, Rector of Lorem University, ...': the previous person's post series
    for inst in institutions:
        for label in inst.labels():
            if len(label) > 3 and prev.endswith(label) and not prev[:-len(label)][-1:].isalnum():
                return True
    return False
