"""Signers told only by a post both sides share: 'the MoU was signed by the presidents of the two
universities', 'the rectors of both institutions signed', 'signed by the two deans'. The people who hold
that post elsewhere in the text are the hands, when exactly two do and they are not of one body."""

import re

from kg.extract import roles as role_mod
from kg.textnorm import fold

_PLURAL = r"([A-Za-z][\w-]*s)"
_BOTH = r"(?:of\s+(?:the\s+two|both(?:\s+the)?)\s+[a-z]+|of\s+(?:the\s+)?(?:respective|two)\s+[a-z]+)"
# 'signed by the presidents of the two universities', 'signed by the two rectors'
_AGENT = re.compile(r"\b(?:signed|inked)\s+by\s+(?:the\s+(?:two\s+)?|both\s+)" + _PLURAL + r"(?:\s+" + _BOTH + r")?\b", re.I)
# 'The presidents of the two universities (then) signed'
_SUBJECT = re.compile(r"\b(?:the\s+|both\s+)" + _PLURAL + r"\s+" + _BOTH
                      + r"\s+(?:(?:then|also|jointly|formally|officially|have|had)\s+)?(?:signed|inked)\b", re.I)


def _posts(text: str) -> list[str]:
    """The singular posts told as the signers' ('president' for 'the presidents of the two universities')."""
    found = []
    for m in list(_AGENT.finditer(text)) + list(_SUBJECT.finditer(text)):
        post = re.sub(r"(?<=[a-z])s$", "", m.group(1))
        if not post.lower().endswith(("ss", "ie", "ty")) and role_mod.starts_with_role(post.capitalize()):
            found.append(post)
    return found


def _holds(role, post: str) -> bool:
    """The role is the post, by concept and in the same word: 'heads' is no 'Director General' (both
    directors by concept), 'representatives' no 'Manager'."""
    return role_mod.role_key(role.role) == role_mod.role_key(post) \
        and bool(re.search(r"\b" + re.escape(fold(post)) + r"\b", fold(role.role)))


def shared_post_signers(people, text: str) -> None:
    """Mark signed the two holders of a post that the text says both sides' holders signed in."""
    for post in _posts(text):
        holders = [p for p in people if any(_holds(r, post) for r in p.roles)]
        if len(holders) != 2:
            continue
        bodies = [{id(r.institution) for r in p.roles if _holds(r, post) and r.institution} for p in holders]
        if bodies[0] and bodies[1] and bodies[0] == bodies[1]:
            continue             # one body's two holders of a post: not the two sides' hands
        for p in holders:
            p.signed = True
