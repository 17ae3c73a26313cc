"""Who signed, in shapes real pages use beyond 'A and B signed' and 'was signed by A and B':

- 'The agreement, endorsed by Dr. A, President of X, and Rector B, ...';
- 'The signing was conducted by X Rector, Prof. A';
- 'the Vice-Chancellor, Prof. A, signed the MoU on behalf of X' even when an earlier clause of
  the sentence has another 'by' ('According to a statement issued by C, ...');
and one veto: 'signed by the Office of X, after a proposal by Dr. A': A follows another 'by'.
"""

import re

from kg.extract import behalf_hands
from kg.extract import roles as role_mod
from kg.extract.honorifics import after_postnominals
from kg.textnorm import fold

# Wordings of the act besides 'sign' and 'ink' ('A and B put pen to paper on the deal'), as a regex
# alternation for kg.extract.people.SIGN_VERBS.
OTHER_SIGN_VERBS = (r"penned|pens|put\s+pen\s+to\s+paper|entered\s+into|enter\s+into|initiall?ed|singed|"   # (a typo)
                    r"(?:put|puts|affixed|affix|appended|placed)\s+(?:their|his|her)\s+signatures?")
# A signing told by its agent after 'by'.
BY_SIGNER = re.compile(r"\b(?:endorsed|countersigned|signing(?:\s+of\s+(?:the|this|these|an?)(?:\s+[\w-]+){1,4}?)?\s+(?:was|were)\s+(?:conducted|done|performed|"
                       r"carried\s+out|made|led)|(?:mou|moa|agreement|memorandum|document|contract)\s+(?:was|were)\s+"
                       r"certified)\s+by\b", re.I)       # 'The document was certified by A and B' (a translation)
# 'C witnessed the signing of the MoU by A and B', 'The signing of an agreement on research by A and B took
# place': the act named by its noun, its agents after 'by' (no participle between: 'the signing of the MoU
# hosted by C' names a host)
SIGNING_OF_BY = re.compile(r"\bsigning\s+of\s+(?:the|this|these|an?|their)\s+(?:mou|moa|agreement|memorandum|"
                           r"document|contract|deal|accord|charter|protocol)(?:\s+(?!(?-i:[a-z]+ed\b))[\w-]+){0,4}?\s+by\b",
                           re.I)
# The words between the verb and 'by': a short adjunct ('signed in Rome by'), or one set off by
# commas that closes right before 'by' ('signed on Friday, March 3, by'); a comma followed by more
# words is another clause ('signed today, according to a statement by').
# Also a longer adjunct of time or place without a comma ('signed today at the main building of the
# Lorem campus by'). No other participle stands in either ('signed at the forum hosted by A': A hosted).
_NO_PARTICIPLE = r"(?!(?-i:[a-z]+ed\b)|presence\b|witness)"
BEFORE_BY = r"(?:(?:\s+" + _NO_PARTICIPLE + r"[\w'’]+){0,5}?|(?:[\s,]+[\w'’]+){1,8}?,|" \
            r"\s+(?:today|yesterday|on|at|in|during)(?:\s+" + _NO_PARTICIPLE + r"[\w'’-]+){1,9}?|" \
            r"\s+and\s+(?:exchanged|sealed|stamped))\s+"       # 'were signed and exchanged by A and B': signed
SIGNED_BY = re.compile(r"\b(?:signed|inked|initialled|executed|endorsed)\b" + BEFORE_BY + r"by\b", re.I)
# Between 'by' and the person: another role in the event ends the list of signers.
NOT_SIGNER = re.compile(r";(?!\s*and\b)|\b(?:witness\w*|attend\w*|presence|while|who|whereas|welcomed|visited|"
                        r"led|represented|presented)\b", re.I)
# Right after the person (and an appositive between commas): the verb.
# (never across a blank line: a caption's 'Right: Dr. A, CEO of X' then a heading 'MoU signed with X')
_NO_BREAK = r"(?!\n[^\S\n]*\n)"
SIGNED_NEXT = re.compile(r"(?:,(?:" + _NO_BREAK + r"[^,;.()]){1,90})?,?(?:" + _NO_BREAK + r"\s)+"
                         r"(?:has\s+|had\s+|then\s+|also\s+)?(?:signed|inked|countersigned|"
                         + OTHER_SIGN_VERBS + r")\b")
# 'Under the leadership of Prof. A, President of X, X signed ...': the patron of the act, not its hand.
PATRON_BEFORE = re.compile(r"\b(?:under|with)\s+the\s+(?:leadership|patronage|auspices|guidance|direction|chairmanship|"
                           r"sponsorship|blessing)\s+of\s+(?:the\s+)?[^,;.]{0,60}$", re.I)
OBSERVER_BEFORE = re.compile(r"\b(?:presence\s+of|witnessed\s+by|attended\s+by|accompanied\s+by|led\s+by)\s+(?:the\s+)?"
                             r"[^,;.]{0,60}$", re.I)


def signed(text: str, start: int, end: int, sentences, found: bool) -> bool:
    """The person named at text[start:end] signed: `found` (the reading of kg.extract.people)
    corrected by the shapes above."""
    sent = next((s for s in sentences if s.start <= start < s.end), None)
    if inside_body_name(text, end):
        return False             # 'Kazi Rahman Islam University ... have signed': a body named after the person
    if sent is None:
        return found
    before = text[sent.start:start]
    after_letters = text[after_postnominals(text, end):sent.end]      # after the name and its letters ('A, PhD,')
    if _verb_follows(text, start, end, before) or _who_signed(text[end:sent.end]):
        return True
    if _listed_before_who(text[end:sent.end]) or _gathered_to_sign(after_letters) or _signatures_of(before) \
            or _with_signing(before, after_letters) or _partner_of_signing(before) or _perfect_subject(text[end:sent.end]) \
            or _subject_of_as_clause(before, after_letters) \
            or _signing_between(before, after_letters) or _represented_in_signing(before) or _subject_of_opening_participle(before) \
            or _second_of_ellipsis(before, after_letters) \
            or _side_representative(before, after_letters) \
            or _other_side_while(before, after_letters) or _represented_subject(before, after_letters) \
            or _visited_and_signed(after_letters) or _joined_to_sign(before, after_letters) \
            or behalf_hands.second_behalf_hand(before) or behalf_hands.caption_after_signing(before, after_letters):
        return True
    if found:
        return not _after_another_by(before) and not _means_of_subject(text[end:sent.end]) \
            and not OBSERVER_BEFORE.search(before) and not _another_clause(text[end:sent.end]) \
            and not _speaker_after_signing(before, after_letters) \
            and not _another_part_before(before) and not PATRON_BEFORE.search(before) \
            and not _with_attending(before, text[end:sent.end]) and not _met_with_object(before, after_letters)
    by = list(BY_SIGNER.finditer(before)) + list(SIGNING_OF_BY.finditer(before))
    by.sort(key=lambda m: m.end())
    return bool(by) and not NOT_SIGNER.search(before[by[-1].end():])


# 'President A visited Lorem and signed the MoU': the subject of a visit whose second verb is the signing
_VISITED_AND_SIGNED = re.compile(r"(?:,[^,;.()]{1,90},)?\s+(?:visited|travell?ed\s+to|arrived\s+in|came\s+to)\s+"
                                 r"(?:the\s+)?[A-Z][^,;.]{0,60}?\s+and\s+(?:then\s+|later\s+)?(?:signed|inked)\b")


def _visited_and_signed(after: str) -> bool:
    """'A visited Lorem and signed the MoU with B' (also 'A, Rector of X, travelled to Y and signed'): A signed."""
    return bool(_VISITED_AND_SIGNED.match(after) or _MET_AND_SIGNED.match(after))


# 'A, Minister of X, had a meeting with Mr. B, Minister of Y, and signed the MoU': the subject of both verbs
# signed; B is the object of 'with', not the subject of 'signed'.
_MEETING_WITH = r"(?:met|had\s+(?:a\s+)?(?:meeting|talks)|held\s+(?:a\s+meeting|talks))\s+with\s+"
# (the subject's post may hold a comma: 'Minister of Economy, Trade and Industry')
_MET_AND_SIGNED = re.compile(r"(?:,[^;.()]{1,90}?,)?\s+" + _MEETING_WITH + r"(?:[^.;]|\.(?=\s*[A-Z])){1,150}?,?\s+and\s+"
                             r"(?:then\s+|later\s+)?(?:signed|inked)\b")
_MET_WITH_BEFORE = re.compile(r"\b" + _MEETING_WITH + r"(?:(?:the|his|her|their)\s+)?(?:[A-Z][\w'’.-]*\s+){0,6}$")
_AND_SIGNED_NEXT = re.compile(r"(?:,[^,;.()]{1,90})?,?\s+and\s+(?:then\s+|later\s+)?(?:signed|inked)\b")


def _met_with_object(before: str, after: str) -> bool:
    """'A had a meeting with B, Minister of Y, and signed': B (after 'met with') is not the one who signed."""
    return bool(_MET_WITH_BEFORE.search(before)) and bool(_AND_SIGNED_NEXT.match(after))


# 'Chief A was joined by B, president of Y, in Lorem to sign the agreement': A and B are the hands
_JOINED_BY = r"\bwas\s+joined\s+(?:(?:on|in|at)\s+[\w-]+\s+)?by\b"
_OTHER_PART = r"(?!\b(?:witness\w*|attend\w*|presence|who|which|while)\b)"     # another role or clause
_TO_SIGN = r"(?:" + _OTHER_PART + r"[^.;]){0,160}?\bto\s+(?:sign|ink|formally\s+sign)\b"
_JOINED_SUBJECT = re.compile(r"(?:,[^,;.()]{1,90},)?\s+" + _JOINED_BY + _TO_SIGN)
_JOINED_AGENT = re.compile(_JOINED_BY + r"(?:" + _OTHER_PART + r"[^.;])*$", re.I)


def _joined_to_sign(before: str, after: str) -> bool:
    """'A was joined by B [, post,] [in Lorem] to sign the MoU': the subject and the one who joined
    them (not 'joined by B to witness the signing': 'to sign' must follow)."""
    if _JOINED_SUBJECT.match(after):
        return True
    return bool(_JOINED_AGENT.search(before)) and bool(re.match(_TO_SIGN, after))


def _subject_of_as_clause(before: str, after: str) -> bool:
    """'C looked on as A and B signed the MoU', 'C witnessed as A signed': the subject of a clause opened by
    'as/while/when' whose verb is the signing (only names, roles and 'and' between the person and it)."""
    if not re.search(r"\b(?:as|while|when)\s+$", before):
        return False
    m = re.match(r"((?:[^;.]|\.(?=\s+[A-Z]))*?)\s(?:(?:jointly|formally|officially|then)\s+)?(?:signed|inked|signs?|inks?)\b",
                 after)            # (a full stop only after a title or an initial: 'as Dr. A and Dr. B signed')
    return bool(m) and all(w in _LIST_WORDS or role_mod.starts_with_role(w.capitalize())
                           for w in re.findall(r"\b[a-z][\w'’-]*", m.group(1)))


def inside_body_name(text: str, end: int) -> bool:
    """The name goes straight on into a body's name ('Rahman Islam University', 'Anna Berg Memorial
    Hospital'): a mention of the body, not of the person."""
    from kg.extract.name_shapes import organisation_word
    words = re.match(r"(?:[ \t]+[A-Z][\w'’-]*){1,3}", text[end:])
    return bool(words) and any(organisation_word(w) for w in words.group().split())


def _listed_before_who(after: str) -> bool:
    """'A and B, who signed the MoU, said ...': only names, commas and 'and' between the person and
    the relative clause, so it is about the whole list."""
    m = re.match(r"(?:\s*(?:,|\band\b|[A-Z][\w.'’-]*|\([^()]{1,20}\)))*,\s*who\s+(?:also\s+|jointly\s+)?"
                 r"(?:signed|inked|countersigned)\b", after)
    return bool(m) and not _EARLIER_ACT.match(after, m.end())      # 'who signed the 2015 agreement': another act


# 'Dr. A signs the MoU with [BIT President] Prof. B': the other hand of the signing, after 'with'.
# (also with the acronym and a short adjunct of time or place before 'with': 'signed a Memorandum of
# Understanding (MOU) last weekend with B', 'signed an MoU on Monday with Prof. B'; and past a post's
# brackets: 'along with Alpha deputy rector (research) Prof. B'; the side signed for before 'with' ('signed
# the MoU on behalf of X with B'), 'alongside', and a post set off by a comma: 'with the President of Y, B',
# 'with Y's President, B', 'with his counterpart, B'; a 'protocol' is signed as an MoU is)
_SIGNING_WITH = re.compile(r"\b(?:signs?|signed|signing|inks?|inked)\s+(?:(?:the|an?|this)\s+)?(?:[\w-]+\s+){0,3}?"
                           r"(?:mou|moa|agreement|memorandum(?:\s+of\s+understanding)?|contract|deal|protocol)"
                           r"(?:\s*\([A-Za-z]{2,6}\))?(?:\s+(?:on|in|at|last|this|yesterday|today|earlier)(?:\s+[\w'’-]+){0,3}?)?"
                           r"(?:\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of|and|[A-Z][\w'’.-]*)){0,6}?)?"
                           r"(?:\s+(?:(?:along|together)\s+)?with|,?\s+alongside)\s+"
                           r"(?:(?:the|his|her|their|its)\s+)?(?:(?:[A-Z][\w'’.-]*|of|for|\([^()]{1,40}\))\s+){0,8}"
                           r"(?P<post>(?:[A-Z][\w'’.-]*|of|for|\([^()]{1,40}\)),\s+)?$", re.I)
_COUNTERPART = re.compile(r"\bcounterparts?\b", re.I)


def _subject_of_opening_participle(before: str) -> bool:
    """'After signing the MoU, A and B toured the campus', 'While signing the deal, Dr A said': the subject of a
    sentence opening with a participle of signing (not 'Following the signing, A said': a noun)."""
    return bool(re.match(r"\s*(?:After|Upon|Having|On|While|Whilst|When)\s+(?:signing|signed|inking|inked)\b[^,;]{0,80},\s+"
                         r"(?:[A-Z][\w.'’-]*\s*|,\s*|and\s+|\([^()]{0,20}\)\s*)*$", before))


def _partner_of_signing(before: str) -> bool:
    """The person is named right after 'signs/signed the MoU with' (their role or institution between),
    in a sentence about this signing ('she had signed a similar deal with B' is another)."""
    m = _SIGNING_WITH.search(before)
    if m and (re.search(r"\b(?:had|previous(?:ly)?|earlier|recalled|similar|former)\b", before, re.I)
              or re.search(r"\blast\b(?!\s+(?:week|weekend|month|monday|tuesday|wednesday|thursday|friday|saturday|"
                           r"sunday)\b)", before, re.I)):
        return False
    if m and _another_part_before(before):
        return False           # 'signed the MoU on Monday with the support of Dr. B': a helper
    if not m:
        return False
    tail = m.group()[max(m.group().lower().rfind(" with "), m.group().lower().rfind(" alongside ")):]
    if m.group("post") and not (_COUNTERPART.search(tail)
                                or any(role_mod.starts_with_role(w.capitalize()) for w in re.findall(r"[\w-]+", tail))):
        return False           # 'signed the MoU with Y, Dr. B said': a comma after a body, not after a post
    return not re.search(r"\b(?:Prof|Dr|Mr|Mrs|Ms)\b\.?\s+\S", tail)


# 'The signing was made ... between the university's Rector Prof. A and Ambassador B': the two hands.
_BETWEEN = re.compile(r"\b(?:signing|signed|inked|signature)\b[^.;]{0,100}?\bbetween\s+(?P<pair>[^;]*)$", re.I)
_PAIR_WORDS = {"and", "the", "of", "to", "for", "at"}


def _lower_post(word: str, pair: str) -> bool:
    """A post written in lowercase before its holder's name ('between X director Dr A and Y pro
    vice-chancellor Prof B'): a role word followed, within the post, by a capitalised name or the
    person."""
    return role_mod.starts_with_role(word.capitalize()) and bool(
        re.search(r"\b" + re.escape(word) + r"(?:\s+[a-z][\w-]*){0,2}\s*(?:[A-Z]|$)", pair))     # (the name itself ends the pair)


def _signing_between(before: str, after: str = "") -> bool:
    """The person is one of the two people a signing is 'between': only titles, roles and names (and
    possessives) before them from 'between', and when second, the first of the pair is a person too
    (has a title or a role: 'between AU and BIT, and Dr. A said' is not)."""
    m = _BETWEEN.search(before)
    if not m or not all(w in _PAIR_WORDS or re.search(r"['’]s$", w) or _lower_post(w, m.group("pair"))
                        for w in re.findall(r"(?<![\w'’])[a-z][\w'’-]*", m.group("pair"))):   # not the 's' of "People’s"
        return False
    members = re.split(r"\s+and\s+", m.group("pair"))
    # 'At the signing between A and B, Mr. C spoke': C comes after the pair; but a post set off by a comma
    # before the name ('between Director X Department, A and Director Y, B') ends the clause with the name
    post_comma = re.fullmatch(r"(?:the\s+)?([^,]+),\s*", members[-1])
    if "," in members[-1] and not (post_comma and role_mod.starts_with_role(post_comma.group(1))
                                   and re.match(r"\s*(?:[.;]|$|,|\s+(?:and|on\s+behalf|for|representing)\b)", after)):
        return False
    if len(members) == 1:
        return True
    return len(members) == 2 and bool(
        re.search(r"\b(?:Prof|Dr|Mr|Mrs|Ms)\b", members[0])
        or any(role_mod.starts_with_role(w) for w in members[0].split()))


# 'signed the MoU with BIT, represented by Prof. B', 'Signing for X was A, while Y was represented by
# its President, B': a side's representative in a sentence that tells the signing.
_REPRESENTED = re.compile(r"\b(?:[Ss]igned|[Ii]nked|[Ss]igning\s+(?:the|an?|on\s+behalf|for)\b)[^;]*?\brepresented\s+by\s+"
                          r"(?:(?:its|their|the)\s+)?(?:(?:[A-Z][\w'’.-]*|of|for|the)\s+){0,6}?(?:[A-Z][\w'’.-]*,\s+)?$")


def _represented_in_signing(before: str) -> bool:
    """The person is the one a side 'was represented by' in a sentence about signing (no other person
    named since 'represented by')."""
    m = _REPRESENTED.search(before)
    return bool(m) and not re.search(r"\b(?:Prof|Dr|Mr|Mrs|Ms)\b\.?\s+[A-Z][\w'’-]*\s+[A-Z]",
                                      m.group()[m.group().rfind("represented by"):])


# The second side after the verb left out: 'for Y', 'on behalf of Y', also a side in lowercase closing the
# clause ('for the company.'); a post between commas may come first (', Director, on behalf of Y').
_SECOND_SIDE = re.compile(r"(?:,[^,;]{1,60})?,?\s+(?:for|on\s+behalf\s+of)\s+(?:(?:the\s+)?[A-Z]|"
                          r"(?:the|its|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*(?:[.,;]|$))")
# '..., and on behalf of Y, [Role] B.': the second side told first, its hand closing the clause.
_SIDE_THEN_HAND = re.compile(r"\b(?:signed|inked|signing)\b[^;]*?,?\s+(?:and|while)\s+"
                             r"(?:for|on\s+behalf\s+of)\s+[^,;]{1,60},\s+(?:(?:the|its|their)\s+)?"
                             r"(?:(?:[A-Z][\w.'’-]*|of|for)\s+){0,6}$")


# 'X, represented by [its Rector] A, and Y, represented by B, signed ...': a side's representative inside the
# subject of the signing.
# (also both sides' hands in one list: 'X and Y, represented by A and B [respectively], signed')
_REPRESENTED_BY = re.compile(r"\brepresented\s+by\s+(?:(?:its|their|the)\s+)?(?:(?:[A-Z][\w'’.-]*|of|for)\s+){0,6}"
                             r"(?:and\s+(?:(?:[A-Z][\w'’.-]*|of|for)\s+){0,6})?$")
_SUBJECT_SIGNED = re.compile(r"(?:,?\s+and\s+(?:[^.;]|\.(?=\s*[A-Z])){0,100}?\brepresented\s+by\b"
                             r"(?:[^.;]|\.(?=\s*[A-Z])){0,100}?|"
                             r"\s+and\s+(?:(?:[A-Z][\w'’.-]*|of|for)\s+){0,6}[A-Z][\w'’-]*)?(?:\s+respectively)?,\s+"
                             r"(?:(?:have|has|jointly|formally|officially)\s+)*(?:signed|inked)\b")


def _represented_subject(before: str, after: str) -> bool:
    """'X, represented by its Rector A, and Y, represented by B, signed the MoU': A (and B) signed."""
    return bool(_REPRESENTED_BY.search(before)) and bool(_SUBJECT_SIGNED.match(after))


def _second_of_ellipsis(before: str, after: str) -> bool:
    """'A signed for X and Prof. B for Y' (also '..., with A signing for X and B for Y', 'A, Rector, signed
    for X, and B, Director, for the company', 'A signed for X, and for Y, President B'): the verb left out
    before the second signer."""
    if _SIDE_THEN_HAND.search(before) and re.match(r"\s*(?:[.;]|$)|,\s+(?:in\s+the\s+presence\s+of|witnessed\s+by)\b",
                                                   after):         # (the onlookers may close the sentence)
        return True
    return bool(re.search(r"\b(?:signed|inked|signing)\s+(?:(?:the|an?)\s+[\w-]+\s+)?(?:for|on\s+behalf\s+of)\s+[^,;]{1,60}?,?"
                          r"\s+and\s+(?:[A-Z][\w.'’-]*\s+){0,4}$", before)) \
        and bool(_SECOND_SIDE.match(after))


# The words after a representative of a side: 'representing X', 'on behalf of X', 'for X'.
_FOR_SIDE = r",?\s+(?:representing|on\s+behalf\s+of|for)\s+(?:the\s+)?[A-Z]"
# 'signed between [Role] A on behalf of X and ': a signing whose first hand was named with their side.
_FIRST_HAND = re.compile(r"\b(?:signed|inked|signing)\s+(?:(?:the|an?)\s+[\w-]+\s+)?(?:between|by)\s+[^;]{1,120}?"
                         r"\b(?:representing|on\s+behalf\s+of|for)\s+[^;]{1,80}?,?\s+and\s+"
                         r"(?:(?:the\s+)?(?:[A-Z][\w.'’-]*|of|for)\s+){0,8}$")


def _side_representative(before: str, after: str) -> bool:
    """'The MoU was signed between Chief Secretary A on behalf of the state government and B representing
    Y': the second hand of a signing 'between'/'by' two sides' representatives (nothing but a role and
    the name between 'and' and the person)."""
    return bool(_FIRST_HAND.search(before)) and bool(re.match(_FOR_SIDE, after)) \
        and not NOT_SIGNER.search(before[before.rfind(" and "):])


# 'A signed the MoU on behalf of X, while the Rector of Y, Prof. B, stood in for the Kenyan university.'
# (or 'A represented X in signing the MoU while B represented Y')
_WHILE_AFTER_SIGNING = re.compile(r"(?:\b(?:signed|inked)\b[^;]*?\b(?:on\s+behalf\s+of|for)\b[^;]*?,?|"
                                  r"\brepresented\b[^;]*?\bin\s+(?:signing|inking)\b[^;]*?,?)\s+while\s+"
                                  r"(?:(?:the|its|their)\s+|[A-Z][\w.'’-]*,?\s+|(?:of|for|and)\s+){0,12}$")
_STOOD_FOR = re.compile(r",?\s+(?:stood\s+in\s+for|represented|signed\s+(?:for|on\s+behalf\s+of)|did\s+(?:so|the\s+same)\s+for|"
                        r"acted\s+for)\s+(?:the\s+|its\s+)?[A-Za-z]")


def _other_side_while(before: str, after: str) -> bool:
    """'A signed on behalf of X, while [Role of Y,] B stood in for Y': the other side's hand after 'while'
    in a sentence whose first clause told the signing for a side."""
    return bool(_WHILE_AFTER_SIGNING.search(before)) and bool(_STOOD_FOR.match(after))


def _without_posts(clause: str) -> str:
    """'A, Vice-Chancellor of the university, and B, the group's CEO, were ...': the posts set off by commas
    dropped (a role among their first words), so that the words of their owners do not end the list."""
    def drop(m):
        words = re.findall(r"[\w'’-]+", m.group(1))[:4]
        return "," if any(role_mod.starts_with_role(re.sub(r"['’]s$", "", w).capitalize()) for w in words) else m.group()
    return re.sub(r",\s*([^,;]{1,80})(?=,)", drop, clause)


def _perfect_subject(after: str) -> bool:
    """'A and B have signed the MoU', 'A, Rector of X, has signed': the auxiliary right before the verb
    and only names, roles and 'and' before it (the old reading refused every 'has/have'); posts between
    commas may hold any words ('A, Rector of the university, and B, CEO of the group, were the signatories')."""
    after = _without_posts(after)
    m = re.match(r"([^;]*?)\s(?:(?:has|have)\s+(?:(?:also|now|officially|formally|jointly|successfully)\s+)?"
                 r"(?:signed|inked)|(?:were|was|are|is)\s+(?:the\s+)?(?:two\s+)?signator(?:y|ies))\b", after)
    # (a post written in lowercase before the next name: '... and acting director of X B have signed')
    # (a possessive's 's is no word of its own: '... and C, Director of Care, St. Anne’s Hospital have signed')
    return bool(m) and all(w in _LIST_WORDS or role_mod.starts_with_role(w.capitalize())
                           for w in re.findall(r"\b[a-z][\w'’-]*", re.sub(r"(?<=\w)['’]s\b", "", m.group(1))))


_LIST_WORDS = {"and", "of", "the", "for", "at", "both", "respectively", "also", "on", "behalf",
               # small words inside names and the names of places ('Ana de la Vega', 'mayor of Lorem de la Sierra')
               "de", "la", "las", "los", "del", "da", "das", "do", "dos", "di", "du", "le", "van", "von", "der", "den",
               "bin", "binti", "ben", "al", "el", "y"}


def _signatures_of(before: str) -> bool:
    """'The agreement bears the signatures of Prof. A, Rector of X, and B': the hands named after
    'the signatures of' (only names, posts and list words since)."""
    m = re.search(r"\b(?:bears?|bore|carr(?:y|ies|ied)|with|under)\s+the\s+signatures?\s+of\s+([^;.]|\.(?=\s*[A-Z]))*$",
                  before)
    return bool(m) and all(w in _LIST_WORDS or role_mod.starts_with_role(w.capitalize())
                           for w in re.findall(r"\b[a-z][\w'’-]*", m.group()[m.group().find(" of ") + 4:]))


def _with_signing(before: str, after: str) -> bool:
    """'The two sides signed the MoU, with Prof. A signing for X and Dr. B for Y': the subject of 'signing'
    after 'with' (its role between commas allowed); also a pair ('with A and B signing on behalf of ...')."""
    return bool(re.search(r"\bwith\s+(?:(?:the|its|their)\s+|[A-Z][\w.'’-]*\s+|(?:of|for)\s+|"
                          r"[A-Z][\w.'’-]*(?:,[^,;]{1,80})?,?\s+and\s+)*$", before)) \
        and bool(re.match(r"(?:,[^,;]{1,80},)?(?:,?\s+and\s+(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*(?:,[^,;]{1,80},)?)?"
                          r"\s+signing\s+(?:for|on\s+behalf\s+of|the|an?|this)\b", after))


def _gathered_to_sign(after: str) -> bool:
    """'A, Chief of X; B, President of Y; and C were on hand at the X office to sign the MoU': a list
    of names and posts (semicolons allowed) whose verb says they came to sign."""
    m = re.match(r"((?:[^.]|\.(?=\s*[A-Z]))*?)\s(?:(?:were|was)\s+(?:all\s+)?(?:on\s+hand|present|there|in\s+attendance)|"
                 r"met|gathered|came\s+together)\b[^.;]{0,80}?\bto\s+(?:sign|ink)\b", after)
    return bool(m) and all(w in _LIST_WORDS or role_mod.starts_with_role(w.capitalize())
                           for w in re.findall(r"\b[a-z][\w'’-]*", m.group(1)))


def _speaker_after_signing(before: str, after: str) -> bool:
    """'The MoU was signed between AU and BIT, and Dr. A said ...': the person is the subject of another
    verb of the sentence (no 'by' names them as the signing's agent)."""
    return not re.search(r"\bby\b", before) and bool(
        re.match(r"(?:,[^,;]{1,80},)?\s+(?:said|says|added|noted|stressed|thanked|welcomed|spoke|delivered|"
                 r"highlighted|emphasi[sz]ed|expressed|congratulated)\b", after))


def _another_part_before(before: str) -> bool:
    """'signed with the support of Mr. C', 'The MoU, signed by A, was presented to Mr. C': the person
    comes after another part in the event (a helper, or the object of a later passive verb)."""
    return bool(re.search(r"\b(?:support|help|assistance|guidance|patronage|auspices|coordination|facilitation)\s+of\s+"
                          r"[^,;]{0,60}$", before)) \
        or bool(re.search(r"\bby\b[^;]*?\b(?:was|were|is|are)\s+(?:\w+\s+)?(?!(?:signed|inked|initiall?ed|countersigned)\b)"
                          r"\w+(?:ed|en)\s+(?:to|by|with)\s+[^,;]{0,60}$", before))   # (not 'Witnessed by C, it was signed by A')


# 'A thanked B for signing', 'A lauded B’s gesture in travelling here to sign': the person praises,
# thanks or invites another, whose act the non-finite 'sign(ing)' is
_PRAISED_OTHER = re.compile(r"\b(?:praised|praises|lauded|lauds|thanked|thanks|commended|commends|hailed|hails|"
                            r"congratulated|congratulates|applauded|invited|invites|urged|urges)\b", re.I)


# 'signed by A, with B, C and professors of both sides attending': after 'with', the onlookers
_CLAUSE = r"(?:[^.;]|\.(?=\s*[A-Z]))*"            # (a full stop only after a title or an initial)
_WITH_AFTER_VERB = re.compile(r"\b(?:signed|inked|signing)\b" + _CLAUSE + r"\bwith\b(?!" + _CLAUSE
                              + r"\b(?:signed|inked|signing)\b)", re.I)
_ATTENDING_CLOSE = re.compile(_CLAUSE + r"?\b(?:attending|in\s+attendance|present|looking\s+on|"
                              r"witnessing|watching|on\s+hand)\s*(?:[.;]|$)")


def _with_attending(before: str, after: str) -> bool:
    """The person is listed after 'with' in a clause that closes with 'attending' ('present', 'looking on'):
    'The MoU was signed by A, with Dean B and Secretary C attending' (B and C attended)."""
    close = _ATTENDING_CLOSE.match(after)      # (not 'signed with B, with the deans present': B is the other hand)
    return bool(_WITH_AFTER_VERB.search(before)) and bool(close) and not re.search(r"\bwith\b", close.group())


def _another_clause(after: str) -> bool:
    """'A delivered a speech before B signed', 'A said B signed': the verb read after the person
    belongs to another clause."""
    verb = re.search(r"\b(?:signed|signs?|signing|inked)\b", after)
    if verb and verb.group() in ("sign", "signing") and _PRAISED_OTHER.search(after[:verb.start()]):
        return True
    return bool(verb) and bool(re.search(r"\b(?:before|after|when|until|once|said|says|told|added|noted|"
                                         r"announced|explained|stated|recalled)\b"
                                         # 'C looked on as A signed': an onlooker
                                         r"|\b(?:look(?:ed|s)?\s+on|watch(?:ed|es)?|applaud(?:ed|s)?|cheer(?:ed|s)?|"
                                         r"observ(?:ed|es)|stood\s+by|smil(?:ed|es)|witness(?:ed|es))\s+(?:\w+\s+)?(?:as|while)\b",
                                         after[:verb.start()]))


def _verb_follows(text, start, end, before) -> bool:
    """'Prof. A, signed', 'Prof. A, Rector of X, signed', 'Prof. A, who represented X, signed': the
    person is the subject of 'signed'."""
    if OBSERVER_BEFORE.search(before):
        return False
    after = text[after_postnominals(text, end):]
    about = re.match(r",\s*who\s+(?:represented|represents|heads|headed|leads|led|is|was)\b[^,;.()]{1,80}(?=,)", after)
    after = after[about.end():] if about else after
    m = SIGNED_NEXT.match(after)
    return bool(m) and not re.search(r"\b(?:who|which|and|were|was)\b", m.group())


_EARLIER_ACT = re.compile(r"\s+(?:the|an?|its|their)\s+(?:[\w-]+\s+){0,2}?(?:(?:19|20)\d\d|previous|earlier|"
                          r"original|first|former|last|prior)\b")


def _who_signed(after: str) -> bool:
    """'X, Vice President of Y, led the visiting team, who came and signed': a relative
    clause about X (no other person named between) says X signed."""
    m = re.match(r"[^.;]*?,\s*who\s+(?:[a-z]+\s+(?:and\s+)?)?(?:signed|inked|countersigned|" + OTHER_SIGN_VERBS + r")\b",
                 after)     # also 'who initialled for his company', 'who put pen to paper for X'
    if m and re.search(r"\b(?:entered|enter)\s+into\b", m.group()[m.group().rfind("who"):]):
        return False       # 'who entered into talks': not the act of signing
    if m and _EARLIER_ACT.match(after, m.end()):
        return False       # 'C, who signed the 2015 agreement, attended': a signer of another act
    return bool(m) and not re.search(r"\b(?:Dr|Prof|Mr|Mrs|Ms|Assoc)\b|\band\s+[A-Z]", m.group())


def _means_of_subject(after: str) -> bool:
    """'A thanked B by donating a gift and signing the MoU': the signing after 'by <verb>ing' is the
    subject's, not B's."""
    verb = re.search(r"\b(?:signed|signing|sign|signs|inked)\b", after)
    return bool(verb) and bool(re.search(r"\bby\s+\w+ing\b", after[:verb.start()]))


def _after_another_by(before: str) -> bool:
    """'signed by the Office of X, after introducing ... by Dr. A': the last 'by' before the person is
    not the signing's, and nothing joins them ('and by')."""
    signing = list(SIGNED_BY.finditer(before))
    if not signing:
        return False
    later = list(re.finditer(r"\bby\b", before[signing[-1].end():]))
    if not later:
        return False
    gap = before[signing[-1].end():signing[-1].end() + later[-1].start()]
    # joined: '..., and by B', '... and for Y by B', 'signed by X, represented by B'
    return not re.search(r"(?:,|\band)(?:\s+(?:for|on\s+behalf\s+of)\s+[^,;]{1,60}?)?\s*$|,\s*(?:respectively\s+)?represented\s*$",
                         gap)


# 'Prof. A, Rector of X, signed the MoU on behalf of Y': the side the person signed for.
_SIDE = re.compile(r"(?:,[^,;.()]{1,90}){0,2},?\s+(?:has\s+|had\s+)?(?:signed|inked|sign)\b(?:\s+(?:the|this|an?)\s+"
                   r"(?:[\w-]+\s+){0,3}?(?:mou|moa|agreement|memorandum|document|contract))?\s+"
                   r"(?:for|on\s+behalf\s+of)\s+(?:the\s+)?([A-Z][\w&'’.-]*(?:\s+(?:of|for|and|the|[A-Z][\w&'’.-]*))*)",
                   re.I)


def side(text: str, end: int, institutions):
    """The institution a person 'signed (the MoU) on behalf of', written right after the name."""
    from kg.extract.institutions import refers_to
    m = _SIDE.match(text, after_postnominals(text, end))
    if not m:
        return None
    words = m.group(1).split()
    for k in range(len(words), 0, -1):        # 'Alpha University, Hanoi': the longest name that is one
        inst = refers_to(" ".join(words[:k]).rstrip(",."), institutions)
        if inst:
            return inst
    return None


# Verbs that make 'A, on behalf of X, ...' a speech or a welcome rather than a signature.
_OTHER_ACTS = re.compile(r"\b(?:spoke|speech|remarks?|welcom\w*|thank\w*|deliver\w*|present\w*|gift\w*|receiv\w*|"
                         r"said|expressed|introduc\w*|attend\w*|witness\w*)\b", re.I)


def on_behalf_lists(people, text: str, sentences) -> None:
    """'The MoU was signed by the rectors. In the ceremony, Dr. A on behalf of X, and Prof. B, on
    behalf of Y, ...': in a sentence about the signing (or right after one) that names two or more
    people each 'on behalf of' a side, with no other act, each of them signed."""
    for i, sent in enumerate(sentences):
        if len(re.findall(r"\bon\s+behalf\s+of\b", sent.text)) < 2 or _OTHER_ACTS.search(sent.text):
            continue
        about = sent.text + (sentences[i - 1].text if i else "")
        if not re.search(r"\bsign\w*\b", about, re.I):
            continue
        # 'A on behalf of X', or the verb left out: '... and, on behalf of Y, Deputy Director, B'
        listed = [p for p in people for s, e in p.mentions
                  if sent.start <= s < sent.end and (re.match(r",?\s+on\s+behalf\s+of\b", text[e:])
                                                     or re.search(r"\bon\s+behalf\s+of\s+[^,;.]+,(?:[^,;.]+,)?\s*$",
                                                                  text[sent.start:s]))]
        signing = [p for p in people if p.signed and any(sent.start <= s < sent.end for s, _ in p.mentions)]
        if len(listed) >= 2 or listed and signing:
            for p in listed:
                p.signed = True


# 'was signed by the chancellors of the two universities': the role of both signers, told once.
PLURAL_SIGNERS = re.compile(r"\bsigned\s+by\s+the\s+([A-Za-z-]+s)\s+of\s+(?:the\s+two|both)\s+[a-z]+", re.I)


def plural_signers(people, text: str, sentences, is_role_word, make_role) -> None:
    """'The MoU was signed by the presidents of the two universities. ... Dr. A on behalf of X, and
    Prof. B on behalf of Y': each of the two signers without a role, in that sentence or the next,
    holds the role (its institution is left to the context, e.g. 'on behalf of')."""
    for m in PLURAL_SIGNERS.finditer(text):
        word = m.group(1)[:-1]
        here = next((i for i, s in enumerate(sentences) if s.start <= m.start() < s.end), None)
        if here is None or not is_role_word(word[:1].upper() + word[1:]):
            continue
        span = (sentences[here].start, sentences[min(here + 1, len(sentences) - 1)].end)
        bare = [p for p in people if p.signed and not p.roles
                and any(span[0] <= s < span[1] for s, _ in p.mentions)]
        if len(bare) == 2:
            for p in bare:
                p.roles.append(make_role(word, None, m.start(1)))


# 'the signing of an MoU by the Rector of X and the Rector of Y': the signers told by their posts only
SIGNED_BY_POSTS = re.compile(r"\b(?:signed|signing\s+of\s+[^.;]{0,80}?)\s+by\s+the\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
                             r"\s+of\s+([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,5})\s+and\s+the\s+"
                             r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+of\s+([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,5})")


# 'The Director of X and the Director of Y signed ...', 'signed by the rector of X and the president
# of Y': the same told in the active voice, or with the posts in lowercase.
_POST = r"([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})"
_OWNER = r"(?:the\s+)?([A-Z][\w&'’-]*(?:\s+(?:of\s+)?[A-Z][\w&'’-]*){0,7})"
POSTS_SIGNED = re.compile(r"(?:^|(?<=[.;\n])\s*|\b[Ss]igned\s+by\s+)[Tt]he\s+" + _POST + r"\s+of\s+" + _OWNER
                          + r"\s+and\s+the\s+" + _POST + r"\s+of\s+" + _OWNER
                          + r"(?=\s+(?:(?:jointly|officially|formally|then)\s+)?(?:signed|inked)\b|\s*[.;,]|"
                          r"\s+(?:on|in|at|during|yesterday|today|last|this)\s+[\w-]+[^.;,]{0,30}[.;])", re.M)


# 'The presidents of X and Y signed ...', 'signed by the rectors of X and Y': one post, told once for two owners
# (also after a dateline's dash: 'RIVERTON (AB)- The presidents of X and Y signed')
SHARED_POST = re.compile(r"(?:^|(?<=[.;\n])\s*|(?<=[–—:-])\s*(?=The\b)|\b[Ss]igned\s+by\s+)[Tt]he\s+" + _POST + r"\s+of\s+(?:both\s+)?" + _OWNER
                         + r"\s+and\s+(?:of\s+)?" + _OWNER
                         + r"(?=\s+(?:(?:jointly|officially|formally|then|have|has)\s+)?(?:signed|inked)\b|\s*[.;,])", re.M)


def _shared_posts(text: str) -> list:
    """(post, owner) twice for each 'the Ps of X and Y' that signed (the verb after it, or 'signed by' before)."""
    pairs = []
    for m in SHARED_POST.finditer(text):
        post = re.sub(r"(?<=[a-z])s$", "", m.group(1))          # 'presidents' -> 'president'
        if not role_mod.starts_with_role(post.capitalize()) or post.lower().endswith(("ss", "ies")):
            continue
        if re.match(r"[Ss]igned", m.group()) or re.match(r"\s+(?:\w+\s+)?(?:signed|inked)", text[m.end():]):
            pairs += [(post, m.group(2)), (post, m.group(3))]
    return pairs


def signers_by_post(people, text: str, institutions, role_key, refers_to) -> None:
    """'... signing of an MoU by the Rector of X and the Rector of Y ...; Rector of X Prof. A said':
    the one person holding each post named there signed."""
    posts = [m for m in POSTS_SIGNED.finditer(text)
             if role_mod.starts_with_role(m.group(1).capitalize()) and role_mod.starts_with_role(m.group(3).capitalize())
             and (re.match(r"[Ss]igned", m.group()) or re.match(r"\s+(?:\w+\s+)?(?:signed|inked)", text[m.end():]))]
    pairs = [pair for m in list(SIGNED_BY_POSTS.finditer(text)) + posts
             for pair in ((m.group(1), m.group(2)), (m.group(3), m.group(4)))]
    for role, owner in pairs + _shared_posts(text):
        inst = refers_to(owner, institutions)
        # the post as the role names it ('Rector of Unud', owner unresolved), or its owner resolved
        holders = [p for p in people if any(
            fold(r.role) == fold(f"{role} of {owner}")
            or inst is not None and r.institution is inst and role_key(r.role) == role_key(role) for r in p.roles)]
        if not holders:          # 'the hospital manager, Dr A': the post written before the name only
            holders = [p for p in people if any(re.search(r"\b" + re.escape(role) + r",?\s*$", text[max(0, s - 40):s], re.I)
                                                for s, _ in p.mentions)]
        if len(holders) == 1:
            holders[0].signed = True


def without_asides(clause: str) -> str:
    """The clause without asides between dashes or brackets ('A and B — who was replaced as
    president by C — signed'): what they say is not about the signing."""
    return re.sub(r"\s[—–]\s[^—–\n]{1,160}?\s[—–]\s|\s\([^()]{1,80}\)", " ", clause)


def _short_mentions(person, people, text: str) -> list:
    """Mentions of the person by one word of the name shared with no other person: the last word
    ('Devlin', 'Mr. Binh') not after another capitalised word, or the first after a title or a post
    ('President Cheng' for Cheng Hua)."""
    words = person.name.split()
    found = []
    for word, last in ((words[-1], True), (words[0], False)):
        if len(word) < 3 or not word[0].isupper() or any(p is not person and word in p.name.split() for p in people):
            continue
        for m in re.finditer(r"(?<![\w.’'-])" + re.escape(word) + r"(?![\w’'-])", text):
            lead = text[max(0, m.start() - 30):m.start()]
            if last and not re.search(r"[A-Z][\w.’'-]*\s$", lead) \
                    or not last and re.search(r"\b(?:Mr|Mrs|Ms|Dr|Prof|President|Rector|Chairman|Director|Dean)\.?\s$", lead) \
                    and not text.startswith(" " + words[1], m.end()):
                found.append(m)
    return found


def surname_signers(people, text: str, sentences, reading) -> None:
    """'Devlin and Humala signed the deal': a person named in full before, later by the last word of
    the name alone (shared with no other person), is read as a signer by `reading` (people._signed)
    and by signed() like a full mention."""
    for person in people:
        words = person.name.split()
        if person.signed or len(words) < 2 or len(words[-1]) < 3 or not words[-1][0].isupper():
            continue
        first = min(s for s, _ in person.mentions)
        for m in _short_mentions(person, people, text):
            if m.start() <= first:
                continue               # the full name itself
            if signed(text, m.start(), m.end(), sentences, reading(text, m.start(), m.end(), sentences)):
                person.signed = True
                break


# Where only signers stand: after 'signed ... by', or as the whole subject of 'signed the ...'.
_BY_SLOT = re.compile(r"\b(?:signed|inked|initiall?ed|penned)\s+(?:[\w'’]+\s+){0,5}?by\s+(?=[A-ZÀ-Ỵ])|"
                      # other acts of the event's people: 'moderated by A B from X', 'witnessed by A B'
                      r"\b(?:led|hosted|chaired|moderated|presented|attended|witnessed|accompanied|received|welcomed|"
                      r"opened|introduced)\s+by\s+(?=[A-ZÀ-Ỵ])")
_SUBJECT_SLOT = re.compile(r"(?:^|(?<=[.;:\n])|,\s+)\s*(?=[A-ZÀ-Ỵ])")
_SLOT_END = re.compile(r"\s*(?:[.,;:]|$)|\s+(?:on|at|in|for|from|during|yesterday|today|respectively|signed|inked)\b")
_NAME_WORD = re.compile(r"[A-ZÀ-Ỵ][a-zà-ỹ'’-]+")


def untitled_signer_names(text: str, found: list, read_name, institutions) -> list:
    """'The MoU was signed by Anna Berg and Karl Lund.', 'Nguyen Van An and Tran Thi Binh signed the
    agreement', 'moderated by Anna Berg from X': untitled names of two to four ordinary words filling a
    signer's slot or an agent's of another act of the event, each one
    (start, start, end, []) mention not overlapping a name or an institution already found, and
    none written elsewhere as a place ('in X', 'X Province')."""
    taken = [(s, e) for _, s, e, _ in found] + [(m.start, m.end) for i in institutions for m in i.mentions]
    extra = []
    slots = [m.end() for m in _BY_SLOT.finditer(text)]
    slots += [m.end() for m in _SUBJECT_SLOT.finditer(text)]
    for pos in slots:
        names, subject = _names_listed(text, pos, read_name), pos not in [m.end() for m in _BY_SLOT.finditer(text)]
        if not names:
            continue
        if subject and not re.match(r"(?:" + _SIDE_NOTE + r")?(?:,[^,;.()]{1,80},)?\s+(?:(?:also|jointly|formally|officially|then)\s+)?"
                                    r"(?:signed|inked|sign)\s+"
                                    r"(?:the|an?|this|a\s+)", text[names[-1][1]:]):
            continue
        if not subject and not _SLOT_END.match(text, names[-1][1]):
            continue
        if any(any(s < e2 and s2 < e for s2, e2 in taken) or _written_as_place(text, text[s:e]) for s, e in names):
            continue
        extra += [(s, s, e, []) for s, e in names]
        taken += names
    return extra


# A caption's note of where a person stands: ' (left)', ' (R)', ' (second from right)'.
_SIDE_NOTE = r"\s*\((?:left|right|centre|center|middle|L|R|C|[\w ]{0,12}from (?:left|right))\)"


# Words that end a company's name without a legal form ('Mekong Foods and Delta Motors signed ...').
_COMPANY_WORDS = {"foods", "food", "capital", "partners", "motors", "airlines", "airways", "pharma", "pharmaceuticals",
                  "logistics", "energy", "media", "telecom", "systems", "digital", "ventures", "consulting", "global",
                  "holding", "enterprises", "trading", "education", "academy", "labs", "biotech", "power", "steel",
                  "petroleum", "oil", "gas", "water", "construction", "development", "investment", "securities",
                  "insurance", "finance", "financial", "tech", "network", "networks", "resources", "mining",
                  "chemicals", "textile", "textiles", "garment", "garments", "health", "healthcare", "port", "airport"}


def _names_listed(text: str, pos: int, read_name) -> list:
    """The names listed from pos ('A B, C D and E F'), all of two to four ordinary words; [] when
    anything else stands in the list."""
    from kg.extract.name_shapes import organisation_word
    names = []
    while True:
        span = read_name(text, pos, max_words=4)
        words = text[span[0]:span[1]].split() if span else []
        if not 2 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(w) for w in words) \
                or any(organisation_word(w) or role_mod.starts_with_role(w) or w.lower() in _COMPANY_WORDS for w in words):
            return []
        names.append(span)
        side = re.match(_SIDE_NOTE, text[span[1]:])
        after = span[1] + (side.end() if side else 0)
        joint = re.match(r",\s+(?:and\s+)?(?=[A-ZÀ-Ỵ])|\s+and\s+(?=[A-ZÀ-Ỵ])", text[after:])
        if not joint:
            return names
        pos = after + joint.end()


def _written_as_place(text: str, name: str) -> bool:
    """The words are a place somewhere in the text: 'in X', 'X Province', 'X City'."""
    from kg.extract.institutions import COUNTRIES
    return fold(name) in COUNTRIES or bool(re.search(
        r"\b(?:in|at|from|to)\s+" + re.escape(name) + r"\b|" + re.escape(name) + r"\s+(?:[Pp]rovince|[Cc]ity|[Dd]istrict)\b",
        text))


def unsign_body_name_tails(people, institutions, text: str) -> None:
    """'Chairman of Enterprise North Shore signed', 'Director of Lorem Hospital of Traditional Chinese
    Medicine': a 'person' read from the last words of a body's name, and written nowhere but inside
    that name (each mention right after the rest of it), is the body mentioned, not a hand of the signing.
    The body's name must be written twice: a real name read into a body's ('Director of Lorem Institute
    Anna Berg') is written once, after the post."""
    for person in people:
        heads = [form[:-len(person.name)] for inst in institutions for form in inst.forms
                 if form.endswith(" " + person.name) and text.count(form) >= 2]
        if person.signed and heads and all(any(text.endswith(head, 0, start) for head in heads)
                                           for start, _ in person.mentions):
            person.signed = False


# 'He signed the MoU along with B': a sentence whose subject is a pronoun and whose verb is this signing.
_PRONOUN_SIGNED = re.compile(r"\s*(?:He|She)\s+(?:(?:also|then|has|formally|officially)\s+)?(?:signed|inked)\s+"
                             r"(?:the|this|an?)\s+(?:[\w-]+\s+){0,3}?(?:mou|moa|agreement|memorandum|document|contract|deal)\b",
                             re.I)


def pronoun_signers(people, sentences) -> None:
    """'The ceremony was hosted by Dr. A. He signed the MoU along with B.': the one person the sentence
    before names is the pronoun's, and signed (not 'He signed a similar deal in 2019')."""
    for i, sent in enumerate(sentences[1:], start=1):
        if not _PRONOUN_SIGNED.match(sent.text) \
                or re.search(r"\b(?:had|previous(?:ly)?|earlier|similar|former|in\s+\d{4})\b", sent.text, re.I):
            continue
        previous = sentences[i - 1]
        named = [p for p in people if any(previous.start <= s < previous.end for s, _ in p.mentions)]
        if len(named) == 1:
            named[0].signed = True


# 'The MoU was signed by:' / 'Signatories:' ending a line, the hands listed on the lines below (one a line,
# bullets allowed). Not a line of attendees ('Present at the signing were:').
_LIST_HEADER = re.compile(r"\b(?:signed\s+by|signator(?:y|ies)|signing\s+(?:for|on\s+behalf\s+of|the\s+(?:mou|moa|agreement|"
                          r"memorandum|document|contract)s?))\b[^.\n:]{0,60}:[ \t]*$", re.I | re.M)
_NOT_HANDS = re.compile(r"\b(?:attend\w*|present|witness\w*|guests?|delegat\w*|members?|observers?)\b", re.I)
_BULLET = re.compile(r"[ \t]*(?:[-–—•*·]|\d{1,2}[.)])?[ \t]*")


def listed_below_signers(people, text: str) -> None:
    """'The agreement was signed by:' and below it '- Prof. A, Rector of X', '- Dr. B, President of Y': the
    first person of each line below the header (a post may come first), up to a line naming nobody near
    its start (or a long paragraph)."""
    starts = {start: p for p in people for start, _ in p.mentions}
    for header in _LIST_HEADER.finditer(text):
        line = text[text.rfind("\n", 0, header.start()) + 1:header.end()]
        if _NOT_HANDS.search(line):
            continue
        for item in re.finditer(r"[^\n]+", text[header.end():]):
            if not item.group().strip():
                continue
            opening = header.end() + item.start() + _BULLET.match(item.group()).end()
            first = min((s for s in starts if opening <= s <= opening + 60), default=None)
            if first is None or len(item.group()) > 200 \
                    or not all(w in _LIST_WORDS for w in re.findall(r"\b[a-z][\w'’-]*", text[opening:first])):
                break          # (a post may come first: 'Rector of X, Prof. A'; not 'A speech by Dr. B')
            person = starts[first]
            person.signed = True
