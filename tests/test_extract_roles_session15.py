"""Role wordings added in session 15 (a person found with no role on real pages), with invented text."""

from kg.article import Article
from kg.extract import extract
from kg.extract.roles import role_key, starts_with_role

HEAD = "Loremton University signs MoU with Ipsum College\n\nLoremton University and Ipsum College signed an MoU. "


def roles(text):
    return {p["name"]: [(r["role"], r["institution"]) for r in p["roles"]] for p in extract(Article(text))["people"]}


# --- degree, fellowship and service letters between a name and its post ------------------------------------

def test_a_post_after_degree_and_fellowship_letters():
    found = roles(HEAD + "Prof. Anna Berg, MD, FRCP, President of Loremton University, signed with Dr. Karl Dorn, "
                         "Vice Chancellor of Ipsum College.")
    assert found["Anna Berg"] == [("President", "Loremton University")]


def test_a_post_after_dotted_letters_with_no_comma_before_it():
    found = roles(HEAD + "Prof. Ir. Tomas Ber, M.App.Sc., Ph.D. Dean of the Faculty of Law of Loremton University, "
                         "attended.")
    assert found["Tomas Ber"] == [("Dean of the Faculty of Law", "Loremton University")]


def test_posts_after_letters_in_a_list_of_one_side():
    found = roles(HEAD + "From Ipsum College, attendees included Dr. Ir. Mira Solt, MM, Vice Rector III; Mr. Ansel "
                         "Vik, S.T., MM, Director of Public Relations; and Mrs. Desa Ram, S.Kom., MT., Dean of the "
                         "Faculty of Engineering.")
    assert found["Mira Solt"] == [("Vice Rector III", "Ipsum College")]
    assert found["Ansel Vik"] == [("Director of Public Relations", "Ipsum College")]
    assert found["Desa Ram"] == [("Dean of the Faculty of Engineering", "Ipsum College")]


def test_a_service_mark_with_a_bracketed_qualifier_then_a_dash():
    found = roles("Loremton Naval Academy signs MoU with Ipsum College\n\nLoremton Naval Academy and Ipsum College "
                  "signed an MoU. The academy delegation included COL Vero Dant, PAF (GSC) – Chief of Staff of "
                  "Loremton Naval Academy.")
    assert found["Vero Dant"] == [("Chief of Staff", "Loremton Naval Academy")]


def test_a_body_s_acronym_before_its_post_is_no_letters():
    # 'A B, ICL President': the acronym names the body; it is not skipped as letters
    found = roles("Loremton University signs MoU with Ipsum College\n\nLoremton University (LU) and Ipsum College "
                  "(ICL) signed an MoU. Dr. Karl Dorn, LU President with Dr. Mira Solt, ICL President led the "
                  "signing.")
    assert found["Mira Solt"] == [("President", "Ipsum College")]


# --- a grade before a post --------------------------------------------------------------------------------

def test_a_grade_word_opens_a_post_only_before_a_post_word():
    assert starts_with_role("Additional Mission Director")
    assert starts_with_role("Joint Secretary")
    assert not starts_with_role("Joint Research Centre")
    assert not starts_with_role("Special Economic Zone")


def test_a_post_with_a_grade_before_the_name():
    found = roles("Lorem Skills Council signs MoU with Ipsum College\n\nThe Lorem Skills Council (LSC) and Ipsum "
                  "College signed an MoU. The MoU was signed by Additional Mission Director Priya Sen on behalf of "
                  "LSC, along with Principal Karl Dorn of Ipsum College.")
    assert found["Priya Sen"] == [("Additional Mission Director", "Lorem Skills Council")]


# --- two lowercase posts joined by 'and', then the body's acronym -----------------------------------------------

def test_two_lowercase_posts_joined_by_and_before_the_acronym():
    found = roles("Loremton University signs MoU with Ipsum College\n\nLoremton University (LU) and Ipsum College "
                  "signed an MoU. From left: Dr. Bernie Cole, executive vice president and provost, LU; and "
                  "Dr. Jorge Garr, vice president and COO, LU.")
    assert found["Bernie Cole"] == [("executive vice president and provost", "Loremton University")]
    assert found["Jorge Garr"] == [("vice president and COO", "Loremton University")]


# --- a unit's name, then the post heading it, before the titles -------------------------------------------------

def test_a_unit_then_its_head_before_the_titles():
    found = roles("Loremton University signs MoU with Ipsum Council\n\nLoremton University (LU) and the Ipsum "
                  "Council signed an MoU in a meeting in which LU VC Prof Karl Dorn, Department of Archeology "
                  "Chairman Dr Ansel Vik, School of Communication and Media Dean Mr. Tomas Ber and other officials "
                  "participated.")
    assert found["Ansel Vik"] == [("Department of Archeology Chairman", "Loremton University")]
    assert found["Tomas Ber"] == [("School of Communication and Media Dean", "Loremton University")]


def test_a_body_then_its_unit_and_a_lowercase_head():
    found = roles(HEAD + "Loremton University Faculty of Engineering dean Prof Dr Lina Dorr witnessed the signing.")
    assert found["Lina Dorr"] == [("Faculty of Engineering dean", "Loremton University")]


def test_a_unit_then_a_word_that_heads_nothing_is_no_post():
    # 'Department of Archeology Professor Dr A': a rank, no post heading the unit
    found = roles(HEAD + "Department of Archeology Professor Dr Ansel Vik attended.")
    assert found.get("Ansel Vik", []) == []


# --- the kind of body an agency, council or commission is --------------------------------------------------------

AGENCY = "Loremton University signs MoU with Ipsum Agency\n\nLoremton University and the Ipsum Agency signed an MoU. "


def test_an_academic_post_with_no_owner_never_goes_to_an_agency():
    # the agency is named last before the deans, but holds no dean: the university does
    found = roles(AGENCY + "Also present were Jane Roe, Dean of Law, and Karl Dorn, Dean of Science.")
    assert found["Jane Roe"] == [("Dean of Law", "Loremton University")]
    assert found["Karl Dorn"] == [("Dean of Science", "Loremton University")]


def test_agencies_councils_and_commissions_are_bodies_of_another_kind():
    from kg.extract.institutions import Institution
    from kg.extract.role_kinds import OTHER, body_kind
    for name in ("Ipsum Agency", "Lorem Higher Education Commission", "Dolor Research Council",
                 "Sit Revenue Authority"):
        assert body_kind(Institution(forms=[name])) == OTHER
    assert body_kind(Institution(forms=["Riverton City Council"])) != OTHER     # a city's council governs


# --- a possessive post covering a region ---------------------------------------------------------------------

def test_a_possessive_lowercase_post_for_a_region():
    found = roles(AGENCY + "Karl Dorn, the Ipsum Agency's country director for Loremia, said it mattered.")
    assert found["Karl Dorn"] == [("country director for Loremia", "Ipsum Agency")]


# --- lowercase posts after a name ----------------------------------------------------------------------------

def test_a_lowercase_post_with_an_abbreviated_one_inside():
    found = roles(AGENCY + "Dr. Jane Roe, president and CEO of the Ipsum Agency, said it mattered.")
    assert found["Jane Roe"] == [("president and CEO", "Ipsum Agency")]


def test_an_academic_rank_held_at_a_body():
    found = roles(AGENCY + "Dr. Karl Dorn, senior lecturer at Loremton University, attended.")
    assert found["Karl Dorn"] == [("senior lecturer", "Loremton University")]


def test_an_untitled_name_after_and_ends_the_lowercase_post_before_it():
    found = roles("Loremton University signs MoU with Ipsum Agency\n\nLoremton University (LU) and the Ipsum Agency "
                  "(IPA) signed an MoU. It was signed by Prof. Jane Roe, vice-chancellor of LU and Karl Dorn, "
                  "director of IPA.")
    assert found["Jane Roe"] == [("vice-chancellor", "Loremton University")]
    assert found["Karl Dorn"] == [("director", "Ipsum Agency")]


def test_a_grave_accent_typed_for_the_apostrophe_of_a_possessive():
    found = roles("Loremton University signs MoU with Ipsum Agency\n\nLoremton University (LU) and the Ipsum Agency "
                  "signed an MoU. Prof. Jane Roe, LU`s Vice-Chancellor, welcomed the guests.")
    assert found["Jane Roe"] == [("Vice-Chancellor", "Loremton University")]


ACRONYMS = ("Loremton University signs MoU with Ipsum Agency\n\nLoremton University (LU) and the Ipsum Agency (IPA) "
            "signed an MoU. ")


def test_an_article_before_a_lowercase_post():
    found = roles(AGENCY + "Dr. Jane Roe, an associate professor at Loremton University, said it mattered.")
    assert found["Jane Roe"] == [("associate professor", "Loremton University")]


def test_the_owner_s_acronym_and_a_lowercase_post_after_the_article_opening_the_clause():
    found = roles(ACRONYMS + "Attending were the IPA chairman, Karl Dorn, and the LU president, Jane Roe.")
    assert found["Karl Dorn"] == [("chairman", "Ipsum Agency")]
    assert found["Jane Roe"] == [("president", "Loremton University")]


def test_an_acronym_then_a_post_in_brackets_after_the_name():
    found = roles(ACRONYMS + "Prof. Jane Roe (LU Vice-Chancellor) and Dr. Karl Dorn (IPA Director-General) signed.")
    assert found["Jane Roe"] == [("Vice-Chancellor", "Loremton University")]
    assert found["Karl Dorn"] == [("Director-General", "Ipsum Agency")]


def test_a_body_s_acronym_in_brackets_after_the_post_owns_it():
    found = roles(ACRONYMS + "Prof. Jane Roe, Vice-Chancellor (LU), and Dr. Karl Dorn, Director-General (IPA), signed.")
    assert found["Karl Dorn"] == [("Director-General", "Ipsum Agency")]


def test_dvc_opens_a_post_as_vc_does():
    # roles.ttl has 'DVC' as a Vice-Rector wording; the reader now starts a post with it
    found = roles(ACRONYMS + "LU DVC (Academic) Prof. Jane Roe said it mattered.")
    assert [role_key(r) for r, _ in found["Jane Roe"]] == ["vice-rector"]
    assert found["Jane Roe"][0][1] == "Loremton University"
