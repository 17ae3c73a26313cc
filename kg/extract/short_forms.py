"""A titled person named again by the family names alone (session 17): 'Prof. Reza Lorem Ipsum, president of
the Academy, signed ... Prof. Lorem Ipsum then spoke.' is one person. Both forms must follow a title: a name
read from a role run ('Minister of Science and Technology A B C' read as 'Technology A B C') is no full form
of the correctly read 'Minister A B C'."""

from kg.textnorm import fold


def merge_family_name_forms(people, add_role) -> list:
    """people without the titled two-word-or-more short forms that end exactly one longer titled name; the
    short form's mentions, roles and signature go to the full one."""
    merged = []
    for short in people:
        words = fold(short.name).split()
        if len(words) < 2 or not short.title_led:
            continue
        full = [p for p in people if p is not short and p not in merged and p.title_led
                and len(fold(p.name).split()) > len(words) and fold(p.name).split()[-len(words):] == words]
        if len(full) != 1:
            continue
        full[0].mentions += short.mentions
        full[0].signed |= short.signed
        for role in short.roles:
            add_role(full[0], role)
        merged.append(short)
    return [p for p in people if p not in merged]
