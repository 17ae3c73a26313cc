"""Each part of the extractor on sentences written for the tests."""

import pytest

from kg.extract import extract
from kg.extract.agreement_type import find_type
from kg.extract.areas import covers, find_areas
from kg.extract.dates import dateline, find_dates
from kg.extract.institutions import find_institutions
from kg.extract.people import find_people
from kg.extract.places import find_place
from kg.extract.roles import normalise_role
from kg.extract.text import quote_occurs, sentences


def _institutions(text):
    return {i.name: i.aliases() for i in find_institutions(text)}


def _people(text):
    insts = find_institutions(text)
    return {p.name: p for p in find_people(text, insts, sentences(text), None)}


# ---- institutions
def test_acronym_in_parentheses_and_later_use():
    found = _institutions("Yen Bai University of Forestry (YBUF) and Lao Cai College signed an MoU. "
                          "YBUF will send lecturers.")
    assert found == {"Yen Bai University of Forestry": ["YBUF"], "Lao Cai College": []}


def test_name_with_diacritics_and_without_is_one_institution():
    found = _institutions("Trường Đại học Công nghiệp signed with Da Lat College. "
                          "Later Da Lat College and Đà Lạt College met.")
    assert found["Da Lat College"] == ["Đà Lạt College"]
    # the Vietnamese name in running text is an institution of its own (head first: 'Trường Đại học')
    assert list(found) == ["Trường Đại học Công nghiệp", "Da Lat College"]


def test_internal_units_are_not_institutions():
    found = _institutions("Dr. A B, Dean of the Faculty of Mechanics, School of Chemistry of "
                          "Quy Nhon University, spoke at the Office of International Affairs.")
    assert list(found) == ["Quy Nhon University"]


def test_headline_in_capitals_and_word_order_variants():
    text = ("SIGNING BETWEEN INDUSTRIAL COLLEGE OF MECHANICS AND HUE UNIVERSITY OF ARTS\n"
            "The College of Industrial Mechanics signed with Hue University of Arts.")
    found = _institutions(text)
    assert found["College of Industrial Mechanics"] == ["Industrial College of Mechanics"]
    assert "Hue University of Arts" in found


def test_company_with_place_qualifier():
    found = _institutions("HaUI and Minh Phat – TECH Co., Ltd. (Bac Giang) signed a cooperation agreement.")
    assert found["Minh Phat – TECH Co., Ltd. (Bac Giang)"] == ["Minh Phat – TECH (Bac Giang)", "Minh Phat – TECH"]


# ---- people and roles
@pytest.mark.parametrize("text, name, titles, role, institution", [
    ("Assoc. Prof. Dr. Tran Van An, Rector of Vinh University, spoke.", "Tran Van An",
     ["Assoc. Prof.", "Dr."], "Rector", "Vinh University"),
    ("Mr. Nguyễn Văn Bình – Vice Principal of Hue College, spoke.", "Nguyễn Văn Bình",
     ["Mr."], "Vice Principal", "Hue College"),
    ("The MoU was signed by Rector of Vinh University Prof. Le Thi Hoa yesterday.", "Le Thi Hoa",
     ["Prof."], "Rector", "Vinh University"),
    ("At Vinh University (VU), MSc. Pham Duc Long, Deputy Head of the Office of Training, spoke.",
     "Pham Duc Long", ["MSc."], "Deputy Head of the Office of Training", "Vinh University"),
    ("The Hue College delegation was led by Vice President Ho Thi Mai at the event.", "Ho Thi Mai",
     [], "Vice President", "Hue College"),
])
def test_role_phrases_in_different_orders(text, name, titles, role, institution):
    person = _people(text)[name]
    assert person.titles == titles
    assert [(r.role, r.institution.name if r.institution else None) for r in person.roles] == [(role, institution)]


def test_several_roles_and_the_school_anaphor():
    text = ("The delegation of Hue College led by comrade Dao Van Quang – Deputy Secretary of the Party "
            "Committee, Principal of the school visited Vinh University.")
    person = _people(text)["Dao Van Quang"]
    assert person.titles == ["comrade"]
    assert [(r.role, r.institution.name) for r in person.roles] == [
        ("Deputy Secretary of the Party Committee", "Hue College"), ("Principal", "Hue College")]


def test_short_reference_joins_full_name_and_signers():
    text = ("Dr. Kiều Văn Sơn, Rector of Vinh University and Mr. Lê An Bình, Director of Hue College signed "
            "the agreement. Mr. Sơn thanked the guests.")
    people = _people(text)
    assert set(people) == {"Kiều Văn Sơn", "Lê An Bình"}
    assert people["Kiều Văn Sơn"].signed and len(people["Kiều Văn Sơn"].mentions) == 2


def test_role_normalisation():
    assert normalise_role("President") == normalise_role("Rector") == normalise_role("Principal of the school")
    assert normalise_role("Vice Rector") == normalise_role("Vice President of the University")
    assert normalise_role("focal person") is None


# ---- dates
@pytest.mark.parametrize("text, iso, month_day, written", [
    ("signed on November 26, 2025 in Hanoi", "2025-11-26", "--11-26", "on November 26, 2025"),
    ("dated 26/11/2025.", "2025-11-26", "--11-26", "26/11/2025"),
    ("On the afternoon of November 26, they met", None, "--11-26", "On the afternoon of November 26"),
    ("held on 26 November 2025.", "2025-11-26", "--11-26", "on 26 November 2025"),
    ("signed Nov. 26 at noon", None, "--11-26", "Nov. 26"),
    ("On 7th March, the", None, "--03-07", "On 7th March"),
])
def test_date_formats(text, iso, month_day, written):
    found = find_dates(text)[0]
    assert (found.iso(), found.month_day(), found.text) == (iso, month_day, written)


def test_year_from_dateline_only():
    with_dateline = "Tuesday - 29/10/2024 08:00\nThis morning (October 29), HUST and BOKU renewed their MoU."
    assert dateline(with_dateline).iso() == "2024-10-29"
    assert extract(with_dateline)["agreement"]["date"] == "2024-10-29"
    without = "Vinh University and Hue College signed an MoU on October 29.\nPosted 30/10/2024"
    agreement = extract(without)["agreement"]
    assert agreement["date"] is None and agreement["date_text"] == "on October 29"


def test_weekday_with_agency_dateline():
    text = "HANOI, (VNA - 6th Dec, 2023) Vinh University and Hue College Wednesday signed an MoU."
    assert extract(text)["agreement"]["date"] == "2023-12-06"


# ---- type, place, areas
@pytest.mark.parametrize("text, kind", [
    ("They signed a Memorandum of Understanding (MoU).", "MoU"),
    ("The two sides signed a framework agreement on training.", "framework agreement"),
    ("agreed to sign a memorandum of cooperation with", "memorandum of cooperation"),
    ("X and Y signed an academic cooperation agreement.", "cooperation agreement"),
    ("A letter of intent between X and Y was signed online.", "letter of intent"),
    ("X and Y signed an academic exchange agreement in Tokyo.", "academic exchange agreement"),
    ("X, Y and Z signed a tripartite agreement on vocational guidance.", "tripartite agreement"),
])
def test_agreement_type(text, kind):
    assert find_type(text)[0] == kind


def test_place_skips_where_an_institution_is():
    text = "Vinh University and Graz University (GU) in Graz, Austria signed an MoU at the Rector's office."
    assert find_place(text, sentences(text))[0] == "Rector's office"
    text = "Vinh University and Hue College signed the MoU at the vice rector's office."
    assert find_place(text, sentences(text))[0] == "the vice rector's office"


def test_areas_from_scope_text_only():
    text = ("Vinh University boasts 60 undergraduate programs and a history of research.\n"
            "The two sides agreed to cooperate in student exchange, joint research and e-learning.")
    keys = [a.key for a in find_areas(text, sentences(text))]
    assert keys == ["student-exchange", "joint-research", "e-learning"]


def test_covers_uses_narrower_labels():
    assert covers("exchange", "exchange of doctoral students")
    assert covers("education", "joint training programs")          # via narrower 'joint training'
    assert not covers("student-exchange", "joint research")


def test_every_quote_is_verbatim():
    text = ("On June 26, Vinh University (VU) and Hue College signed a Memorandum of Understanding "
            "in   education and research.\nDr. Tran An, Rector of VU, spoke.")
    draft = extract(text)
    quotes = [i["quote"] for i in draft["institutions"] + draft["people"] + draft["agreement"]["areas"]]
    assert quotes and all(quote_occurs(q, text) for q in quotes + [draft["agreement"]["quote"]])
    assert all(0 <= i["confidence"] <= 1 for i in draft["institutions"] + draft["people"])
