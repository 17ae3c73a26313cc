"""Parts of a real news page that hold area words but do not say what the agreement covers
(kg.extract.areas reads them as scope otherwise):

- a profile of one institution: 'Beta University, located in ..., is known for ... and offers 120
  programmes ranging from undergraduate to doctoral', 'has cooperation relationships with many
  leading universities', 'gave an overview of Beta University';
- what was done before: 'have already enjoyed academic exchanges', 'the former cooperation of';
- a description set beside a name: '..., a prestigious public institution of higher education',
  '... – one of the largest technology and innovation groups';
- the aims of one side or of the sector: 'commitment to internationalisation', 'the future of higher
  education';
- people named by their function: 'the leadership delegation', 'the senior management teams',
  'with the participation of the leadership of both universities'.
"""

import re

PROFILE = re.compile(r"\b(?:(?:is|are)\s+known\s+(?:for|as)|ranging\s+from|overview\s+of|"
                     r"offers\s+(?:nearly\s+|about\s+|over\s+|more\s+than\s+|some\s+|around\s+)?\d+|"
                     r"(?:has|have)\s+(?:\w+\s+)?relationships\s+with|with\s+many\s+(?:of\s+the\s+)?(?:leading\s+)?"
                     r"(?:universities|partners|institutions)|"
                     # done before ('have already enjoyed', not 'have already agreed to')
                     r"(?:has|have)\s+already\s+(?:enjoyed|had|cooperated|worked|conducted|run|carried)|"
                     r"already\s+(?:enjoyed|had)|former\s+(?:\w+\s+)?(?:cooperation|collaboration|partnership)"
                     r")\b|,\s*located\s+in\b", re.I)
_DESCRIBED = (r"(?:institution|university|college|company|corporation|group|institute|centre|center|school|"
              r"enterprise|bank|hospital|organi[sz]ation|chamber|association)s?")
# ', a prestigious public institution of higher education in X', ' – one of the largest ... groups in X'
APPOSITIVE = re.compile(r"(?:,|\s[–—-])\s+(?:an?|one\s+of\s+the)\s+(?:[\w'’-]+\s+){0,5}?" + _DESCRIBED
                        + r"\b(?:\s+(?:of|in|for)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2})*", re.I)
# 'the leadership delegation', 'senior management teams', 'participation of the leadership of'
PEOPLE_GROUP = re.compile(r"\b(?:leadership|management|administration)\s+(?:delegations?|teams?|boards?|members|"
                          r"staff|officials|representatives)\b"
                          r"|\b(?:participation|presence|attendance)\s+of\s+(?:the\s+)?(?:\w+\s+)?"
                          r"(?:leadership|management|administration)\b", re.I)

# An institution's strategy or the sector at large, not this agreement: 'the future of higher education',
# 'the pursuit of knowledge and innovation', 'commitment to internationalisation', 'orientation towards
# international cooperation', 'public institutions of higher education'
GENERAL_AIM = re.compile(r"\b(?:future|pursuit|orientation|commitment|institutions|landscape)\s+(?:of|to|towards)\s+"
                         r"(?:(?:the|its|their|higher|knowledge|and)\s+){0,3}[\w-]+", re.I)

# A post and its field: 'assistant professor of curriculum, leadership and instruction', 'head of consultancy &
# outreach', 'Director Office of the Research, Innovation and Commercialization', 'under the administration of'
_FIELD = r"[\w'’-]+(?:\s+[\w'’-]+){0,2}"
ROLE_FIELD = re.compile(r"\b(?:professor|lecturer|head|director|dean|chair(?:man|woman|person)?|office|manager|"
                        r"coordinator|officer|under\s+the\s+administration)\s+(?:of|for)\s+(?:the\s+)?"
                        + _FIELD + r"(?:(?:,\s*|,?\s+(?:and|&)\s+)" + _FIELD + r"){0,4}", re.I)

# Values a side holds or a partnership stands for, not fields it covers: 'promote a culture of learning and
# innovation', 'fostering a spirit of collaboration and innovation', 'built on shared values of academic
# excellence, innovation, and cultural exchange', 'fostering innovation and excellence' (only the coordinated
# words after 'of': 'the culture of Portuguese-speaking countries' keeps its 'culture')
_VALUE = r"(?!(?:and|in|on|for|with|to|of)\b)[\w'’-]+(?:\s+(?!and\b)[\w'’-]+){0,2}"
VALUES = re.compile(r"\b(?:(?:a|the)\s+(?:spirit|culture)|values)\s+of\s+" + _VALUE + r"(?:(?:,\s*|,?\s+(?:and|&)\s+)"
                    + _VALUE + r"){0,4}|\b[\w'’-]+\s+and\s+excellence\b", re.I)


# Round 3 (shapes of English announcements world-wide):
# 'Prof. A B, PhD, led ...', 'Prof.PhD.MD A': a degree after a name or inside a title run
DEGREE_AFTER_NAME = re.compile(r"(?<=[,.])\s*Ph\.?\s?D\.?(?=\s*[,.)]|\.?[A-Z])")
# 'Mr A B (Finance, Administration and Planning)': a post's portfolio in brackets after a name
PORTFOLIO = re.compile(r"(?<=[A-Z][a-z])\s*\((?:[A-Z][\w'’-]*(?:,?\s+(?:(?:and|of|for|&)\s+)?(?=[A-Z]))?)+\)")
# the occasion of the signing: 'hosted a Forum on ...', 'the conference and MoU signing ceremony'
OCCASION = re.compile(r"\b(?:hosted|held|organi[sz]ed|attended|convened|facilitated|during|on\s+the\s+sidelines\s+of)\s+"
                      r"(?:the\s+|an?\s+)?(?:[\w“”\"'’-]+\s+){0,3}?[“\"‘']?(?:conference|forum|seminar|workshop|summit|symposium)s?\b"
                      r"|\b(?:conference|forum|seminar|workshop|summit)\s+and\s+(?:\w+\s+){0,2}signing\b", re.I)
# 'After the signing, Dr A delivered a lecture on ...': what happened next
AFTER_SIGNING = re.compile(r"^(?:After|Following|Prior\s+to|Before)\s+(?:the\s+)?(?:signing|ceremony|event)\b", re.I)
# a head-last post or unit: 'Health Minister Dr A', 'Education Secretary B', 'the Internationalisation Office'
HEAD_LAST_POST = re.compile(r"\b[A-Z][\w&'’-]*(?:\s+(?:(?:and|&)\s+)?[A-Z][\w&'’-]*){0,3}\s+(?:Minister|Ministry|Secretary|"
                            r"Commissioner|Department|Faculty|School|Institute|Centre|Center|Council|Board|Committee|"
                            r"Office|Director|Dean|Officer|Unit|Division|Bureau|Agency|Authority)\b")
# one side's own profile: 'The University's mission is to ...', 'is proud of', 'a strategic plan',
# 'highlighted the university's activities in'; and the clause 'with their experience in X and Y,'
OWN_PROFILE = re.compile(r"\bmission\s+is\b|\bproud\s+of\b|\bstrategic\s+plan\b|"
                         r"\b(?:university|college|institute|company)['’]s\s+activities\b", re.I)
# what a party does, set beside its name: ', which specialises in agriculture,', ', a firm operating in tourism,'
SPECIALISES_IN = re.compile(r"\b(?:speciali[sz](?:es|ing|ed)|operat(?:es|ing)|is\s+active|engaged|leading\s+\w+)\s+in\s+"
                            r"[^,.;]*", re.I)
EXPERIENCE_IN = re.compile(r"\b(?:their|its|his|her)\s+(?:\w+\s+)?experiences?\s+in\s+[^,.;]*", re.I)
# a kind of institution, not a field: 'top applied science universities'
# (its words modify the head: 'research between both institutions', 'student mobility between member universities'
# name what passes between the parties)
_MODIFIER = r"(?!(?:between|among|amongst|with|of|the|both|two|member|all|other|partner|for|to|from|at|in)\b)[a-z][\w&'’-]*"
KIND_OF_BODY = re.compile(r"\b" + _MODIFIER + r"(?:\s+" + _MODIFIER + r"){0,2}\s+(?=(?:universities|institutions|colleges)\b)")
# 'an enabling environment for learning', 'fostered an environment of trust': a setting, not the
# environment as a field
SETTING = re.compile(r"\b(?:enabling|learning|conducive|appropriate|working|business|academic|safe|supportive|"
                     r"favou?rable|suitable|teaching|study|investment|legal)\s+environments?\b"
                     r"|\benvironments?\s+(?=for\b)|\ban?\s+(?:[\w-]+\s+)?environment\b", re.I)

# Session 5: the event itself, named with a definite article: 'Speaking at the forum', 'The workshop ended
# with the signing', 'a signing event', 'within the framework of the Forum "..."' (areas are written as plurals or with 'joint',
# 'annual': 'joint conferences', 'an annual symposium on ...')
THE_EVENT = re.compile(r"\b(?:the|this|that)\s+(?:[\w’'-]+\s+){0,2}?[“\"‘']?(?:conference|forum|seminar|workshop|summit|"
                       r"symposium|event)\b(?!s)|\ban?\s+(?:[\w’'-]+\s+){0,2}?event\b(?!s)", re.I)
# a party described, not the agreement: 'III is a non-governmental organization promoting research', 'recognised
# as an excellent education and research institution', 'A was the first school in the country to train pharmacy',
# 'B is the largest foundation supporting the natural sciences', 'C is a public research institute'
# (to the end of the clause or '... and can jointly develop'; the words before the head are its modifiers, not
# 'the University's mandate')
DESCRIBED_AS = re.compile(r"\b(?:is|was|as)\s+(?:an?|the|one\s+of\s+the)\s+(?:(?!(?:of|the|to|for|with)\b)[\w'’-]+\s+){0,5}?"
                          r"(?:institution|university|college|organi[sz]ation|school|institute|foundation)s?\b"
                          r"(?:(?!\s+and\s+(?:has|have|can|will|would)\b)[^.;])*", re.I)
# what one side or place is strong in: 'an institution with strengths in foreign languages', 'the province has a
# particular advantage in logistics', 'Japan's strength in science and technology'
STRENGTH_IN = re.compile(r"\b(?:strengths?\s+(?:in|of|for)|advantages?\s+in)\s+[^,.;—–]*", re.I)
# people named by their body: 'the leadership of Alpha City', 'under the leadership of Prof. A', 'met with the
# management of Beta Ltd' (a name follows, so case matters)
LED_BY = re.compile(r"\b(?:[Ll]eadership|[Mm]anagement|[Aa]dministration)\s+of\s+(?:the\s+)?[A-Z]")

# 'expert' as a person's post: 'the leading expert A B', 'Ms A B, expert for training management' (the field
# after it is the person's, not the agreement's)
EXPERT_POST = re.compile(r"\bexpert\s+(?=[A-Z])|(?<=[a-z],)\s+(?:an?\s+)?(?:[\w-]+\s+)?expert\s+(?:for|in|on|at)\s+[^,.;]*")


def not_scope_spans(text: str, sents) -> list[tuple[int, int]]:
    """(start, end) spans whose area words are not the agreement's scope."""
    spans = [(s.start, s.end) for s in sents
             if PROFILE.search(s.text) or OWN_PROFILE.search(s.text) or AFTER_SIGNING.match(s.text)]
    spans += [m.span() for pattern in (APPOSITIVE, PEOPLE_GROUP, GENERAL_AIM, ROLE_FIELD, DEGREE_AFTER_NAME, PORTFOLIO,
                                       OCCASION, KIND_OF_BODY, SETTING, EXPERIENCE_IN, HEAD_LAST_POST, VALUES,
                                       SPECIALISES_IN, THE_EVENT, LED_BY, DESCRIBED_AS, STRENGTH_IN, EXPERT_POST)
              for m in pattern.finditer(text)]
    return spans
