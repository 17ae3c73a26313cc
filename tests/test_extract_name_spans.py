"""Where a name starts and ends on real pages, and sides named without a head noun (issue 12).

Each case is a tiny invented article; the expectation is the institution list a reader would write."""

import pytest

from kg.extract import extract
from kg.extract.institutions import candidates


def _institutions(text):
    return {i["name"]: i["party"] for i in extract(text, gazetteer=None)["institutions"]}


def _parties(text):
    return {name for name, party in _institutions(text).items() if party}


@pytest.mark.parametrize("text, expected", [
    # a place or a country in front of the name is not part of it
    ("Riverton-based Alder University signed an MoU with Birch College on May 2.",
     {"Alder University", "Birch College"}),
    ("Birch College signed an MoU with the ABCS-run Alder Nursing College on May 2.",
     {"Alder Nursing College", "Birch College"}),
    ("Kenya's Alder University signed an MoU with Birch College on May 2.",
     {"Alder University", "Birch College"}),
    ("Sides signed a memorandum between Armenia’s Alder Road University and Moldova’s Birch College.",
     {"Alder Road University", "Birch College"}),
    ("An MoU was signed between Birch College and UK's Alder Valley University.",
     {"Birch College", "Alder Valley University"}),
    # 'and' inside a name whose parent follows through 'of the'
    ("An MoU was signed between the Institute of Optics and Laser Problems of the National Academy of Sciences "
     "of Freedonia (IOLP) and Birch College.",
     {"Institute of Optics and Laser Problems of the National Academy of Sciences of Freedonia", "Birch College"}),
    # a ministry's portfolio list, with its country
    ("Ministry of Industry, Trade and Fisheries of Kenya and Birch College signed a memorandum today.",
     {"Ministry of Industry, Trade and Fisheries of Kenya", "Birch College"}),
    # sector words joined by 'and' inside a company's name, cut at the wrong 'and' before
    ("Alder University and Larch Hill Trading Investment and Construction Joint Stock Company sign a memorandum "
     "on May 3. Ms. Vo Thi Lan, Director of Larch Hill JSC, spoke.",
     {"Alder University", "Larch Hill Trading Investment and Construction Joint Stock Company"}),
    # 'Company Limited', and the short company name later in the page
    ("Alder University signed an MoU with Maple Leaf Holiday Travel Company Limited on June 4. "
     "Maple Leaf Company will offer internships.",
     {"Alder University", "Maple Leaf Holiday Travel Company Limited"}),
    # 'An' starting a name, seen so mid-sentence
    ("An Lorem General Hospital and Birch College signed an agreement on May 5. Director Tran Binh of An Lorem "
     "General Hospital spoke.", {"An Lorem General Hospital", "Birch College"}),
    # two sides joined in a headline, one of them without a head noun
    ("Ministry of Mines and Energy and Lorem Province sign cooperation agreement\nOn May 2, the Ministry of Mines "
     "and Energy (MME) and the People's Committee of Lorem Province signed a cooperation agreement.",
     {"Ministry of Mines and Energy", "People's Committee of Lorem Province"}),
    # a name defined by its acronym: two heads in one name, or no head at all
    ("On May 5, Alder University and Birch Medical University Second Hospital (BMUSH) held a signing ceremony.",
     {"Alder University", "Birch Medical University Second Hospital"}),
    ("Alder University (AU) and Freedonian Chamber of Commerce and Industry (FCCI) have signed an MoU.",
     {"Alder University", "Freedonian Chamber of Commerce and Industry"}),
])
def test_name_spans(text, expected):
    assert _parties(text) == expected


def test_same_company_aliases_join_one_group():
    text = ("Alder University signed an MoU with Maple Leaf Holiday Travel Company Limited on June 4. "
            "Maple Leaf Company will offer internships.")
    entry = next(i for i in extract(text, gazetteer=None)["institutions"] if i["name"].startswith("Maple"))
    assert "Maple Leaf Company" in entry["aliases"]


@pytest.mark.parametrize("text, expected", [
    # subject of the signing, role of a person, 'Representing'
    ("ABCU has signed an MoU with Birch College. The signing was conducted by ABCU Rector, Prof. Lan Anh.",
     {"ABCU", "Birch College"}),
    ("On May 3, the leader of ABCU, Prof. Tran Van Binh, and representatives of Birch College signed a memorandum.",
     {"ABCU", "Birch College"}),
    ("MAY 3 - ABCU welcomed Birch College for an MoU signing. Representing ABCU were Dr. Lan Anh, President; Dr. Minh Duc, "
     "Vice President. Both parties signed a memorandum of understanding.",
     {"ABCU", "Birch College"}),
    # a province named as a side, joined to its People's Committee
    ("ABCU and Lorem province sign a cooperation agreement\nThe ceremony was held on May 3. ABCU President Le Hoa "
     "spoke. The plan covers four tasks. Chairman of Lorem Provincial People's Committee Tran Van Binh was present.",
     {"ABCU", "Lorem Provincial People's Committee"}),
])
def test_bare_sides(text, expected):
    assert _parties(text) == expected


@pytest.mark.parametrize("text, absent", [
    # a country in front only: 'King's College' keeps its first word
    ("King's College Riverton signed an MoU with Birch College.", "College Riverton"),
    # a unit of generic words after a role is not an institution
    ("Alder University signed an MoU with Birch College. Dr. Lan Anh, Director of the International Institute, "
     "spoke.", "International Institute"),
    ("Alder University signed an MoU with Birch College. Dr. Lan Anh, Head of the Finance Department at the "
     "Research Institute, spoke.", "Research Institute"),
    # a province inside a longer name is not a side of its own
    ("An MoU was signed between Alder University and the Department of Culture of Lorem and Ipsum province.",
     "Ipsum province"),
    # a list of parties after a ministry is not its portfolio
    ("The Ministry of Health, Birch College and Alder University signed an agreement.",
     "Ministry of Health, Birch College and Alder University"),
    # an article at a sentence's start is not a name's word
    ("An Alder University delegation visited. Alder University and Birch College signed an MoU.",
     "An Alder University"),
    # a defined acronym of a document or a role is no institution
    ("Alder University signed a Memorandum of Understanding (MoU) with Birch College; the Vice Rector (VR) spoke.",
     "Memorandum of Understanding"),
])
def test_shapes_that_stay_out(text, absent):
    assert absent not in _institutions(text)


def test_unit_acronym_after_a_unit_role_is_not_a_side():
    text = "Alder University signed an MoU with Birch College. Dr. Lan Anh, Dean of FEE, spoke."
    assert "FEE" not in _institutions(text)


def test_acronym_in_a_parenthesis_is_not_a_bare_side():
    text = ("An MoU was signed between the Institute of Optics of the Academy of Freedonia (IOAF RA) and Birch "
            "College. Dr. Lan Anh signed on behalf of IOAF RA.")
    assert "IOAF" not in _institutions(text)


@pytest.mark.parametrize("text, name", [
    ("Dr. Lan Anh, Deputy Director of the Lorem Department of Labour, Invalids and Social Affairs, attended.",
     "Lorem Department of Labour, Invalids and Social Affairs"),
    ("Mr. Tran Binh, Ambassador of the Socialist Republic of Vietnam to Kenya, attended.",
     "Socialist Republic of Vietnam"),
    ("The Ministry of Mines, Energy and Water of Namibia hosted the talks.",
     "Ministry of Mines, Energy and Water of Namibia"),
    ("It included the researcher of the Alder Institute of the Academy of Sciences of Kenya Peter Mwangi.",
     "Alder Institute of the Academy of Sciences of Kenya"),
])
def test_whole_names_are_candidates(text, name):
    assert name in [c[2] for c in candidates(text)]


def test_truncated_forms_are_not_candidates():
    text = "Ministry of Industry, Trade and Fisheries and Birch College signed a memorandum."
    names = [c[2] for c in candidates(text)]
    assert "Ministry of Industry" not in names
    assert "Ministry of Industry, Trade and Fisheries" in names


def test_generic_name_before_its_parent_stays():
    text = ("Alder Group and the University of Science and Technology – The University of Riverton (USTR) signed "
            "an agreement.")
    assert "University of Science and Technology – The University of Riverton" in _parties(text)
