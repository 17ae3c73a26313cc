"""One body written two ways in one article, where the text itself shows the two are one (the word-by-word
comparison of institutions._same cannot see it): a place's possessive in front of a name that the text also
writes with the place as a plain word ("Loremia's State Agrarian University" ... "Loremia State Agrarian
University"). Each function returns the pairs (shorter group, fuller group) to join."""

import re

from kg.names import name_key

# "Loremia's", "New Loremia’s": one or two capitalised words and a possessive
_POSSESSOR = r"([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)['’]s\s+"


def possessive_place_pairs(text: str, groups) -> list:
    """(g, h) where the text writes "P's F" for a form F of g (or g's form is "P's F" itself) and h has the
    form 'P F'."""
    keys = {id(h): {name_key(f) for f in h.forms} for h in groups}
    pairs = []
    for g in groups:
        for form in g.forms:
            written = list(re.finditer(_POSSESSOR + re.escape(form) + r"(?![\w-])", text))
            whole_form = re.fullmatch(_POSSESSOR + r"(.+)", form)
            for possessor, rest in [(m.group(1), form) for m in written] + \
                    ([whole_form.groups()] if whole_form else []):
                whole = name_key(possessor + " " + rest)
                fuller = [h for h in groups if h is not g and whole in keys[id(h)]]
                if len(fuller) == 1 and (g, fuller[0]) not in pairs:
                    pairs.append((g, fuller[0]))
    return pairs


def possessive_forms(forms: list) -> list:
    """The forms "P's F" of a list that also holds 'P F' (kept as aliases, never the name)."""
    if not any("'s " in f or "’s " in f for f in forms):
        return []
    keys = {name_key(f) for f in forms}
    return [f for f in forms if (m := re.fullmatch(_POSSESSOR + r"(.+)", f))
            and name_key(m.group(1) + " " + m.group(2)) in keys and name_key(f) != name_key(m.group(1) + " " + m.group(2))]
