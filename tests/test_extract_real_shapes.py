"""Name, title and signer shapes seen on real web pages (issue 12), on invented sentences.

Each case is a tiny article; the expectation is what a reader would annotate."""

import pytest

from kg.extract import extract
from kg.extract.honorifics import after_postnominals, without_qualifier
from kg.extract.name_shapes import cut_token, initial_gap, name_from_role_run

HEAD = "Alpha University (AU) and Beta Institute of Technology (BIT) signed a memorandum of understanding.\n"


def _people(text):
    return {p["name"]: p for p in extract(HEAD + text)["people"]}


def _roles(text):
    return {name: [(r["role"], r["institution"]) for r in p["roles"]] for name, p in _people(text).items()}


def _signed(text):
    return {name for name, p in _people(text).items() if p["signed"]}


@pytest.mark.parametrize("sentence, name, role", [
    # a role joined to the name by a hyphen, the institution after another hyphen
    ("The talks opened with Dr. Min Jae-Rector of Beta Institute of Technology.", "Min Jae",
     ("Rector", "Beta Institute of Technology")),
    ("Guests included Mr. Oh Sung Taek-Dean of Global Affairs- BIT, and others.", "Oh Sung Taek",
     ("Dean of Global Affairs", "Beta Institute of Technology")),
    # a surname in capitals after the title
    ("Present was Prof. PARK Jiwon, President of Beta Institute of Technology.", "PARK Jiwon",
     ("President", "Beta Institute of Technology")),
    # initials with periods
    ("Present was Prof. R. T. Menon, Rector of Alpha University.", "R. T. Menon", ("Rector", "Alpha University")),
    # post-nominal letters between the name and the role
    ("Present was Dr. Karin Holm, Ph.D., Rector of Alpha University.", "Karin Holm", ("Rector", "Alpha University")),
    ("Present was Professor Mark Dunne CBE, Beta Institute of Technology Vice-Chancellor.", "Mark Dunne",
     ("Vice-Chancellor", "Beta Institute of Technology")),
    # a one-word name with titles, letters and a role
    ("Present was Prof. Dr. Suharyo, MA, Rector of Alpha University.", "Suharyo", ("Rector", "Alpha University")),
    # stacked South-East Asian honorifics
    ("Present was Prof. Datuk Ts. Dr Aminah Rahim, Rector of Alpha University.", "Aminah Rahim",
     ("Rector", "Alpha University")),
    # 'Role, ABC' after the name
    ("Prof. L. Varma, Vice-Chancellor, AU and others were present.", "L. Varma", ("Vice-Chancellor", "Alpha University")),
    # a role clause with a bracketed qualifier, opening after 'by'
    ("It was witnessed by the Deputy Rector (Research and Planning) of BIT, Dr. Sari Lahti.", "Sari Lahti",
     ("Deputy Rector", "Beta Institute of Technology")),
])
def test_name_and_role_shapes(sentence, name, role):
    assert _roles(sentence).get(name) == [role]


def test_role_and_institution_run_before_an_untitled_name():
    roles = _roles("The memorandum was signed by President of Beta Institute of Technology Ivan Sokolov and "
                   "Chairman of the Quang Tri Provincial People's Committee Vo Thanh Long.")
    assert roles["Ivan Sokolov"] == [("President", "Beta Institute of Technology")]
    assert "Vo Thanh Long" in roles
    # words of a unit name after 'of' are not a person
    assert "Foreign Languages" not in _roles("The Dean of Faculty of Foreign Languages, Dr. Lan Chi, spoke.")


def test_plural_title_shared_by_a_list():
    people = _people("The guests were Associate Professors Anna Berg and Ole Lund from Alpha University.")
    assert {"Anna Berg", "Ole Lund"} <= set(people)
    assert not any(name.startswith("Professors") for name in people)


def test_possessive_and_title_word_are_not_names():
    people = _people("Photo: Prof.Dr. Kim Soo Hyun's speech. Dr. Lee Min, Associate Professor of Civil "
                     "Engineering, attended.")
    assert "Kim Soo Hyun" in people
    assert not any(name.lower().startswith("of ") or name.endswith("s") and "'" in name for name in people)


@pytest.mark.parametrize("sentence, signers", [
    ("The agreement, endorsed by Dr. Omar Said, President of AU, and Rector Yu. P. Orlov, is valid for five years.",
     {"Omar Said", "Yu. P. Orlov"}),
    ("The signing was conducted by AU Rector, Prof. Tomas Berg, in Oslo.", {"Tomas Berg"}),
    ("According to a note issued by Dr. Ade Musa, the Rector, Prof. Femi Bello, signed the MoU on behalf of AU.",
     {"Femi Bello"}),
    ("The MoU was signed by the Office of External Relations of AU, after a proposal by Dr. Arash Nouri.", set()),
    ("The MoU was signed by Prof. Dr Amir Hakim Rusli and Prof. Lin Wei. Prof. Dr Amir Hakim said it mattered.",
     {"Amir Hakim Rusli", "Lin Wei"}),
])
def test_signer_shapes(sentence, signers):
    assert _signed(sentence) == signers


def test_short_form_joins_the_full_name():
    people = _people("Prof. Dr Amir Hakim Rusli, Rector of AU, spoke. The MoU was signed by Dr Amir Hakim.")
    assert "Amir Hakim" not in people and people["Amir Hakim Rusli"]["signed"]


def test_signed_on_behalf_of_sets_the_role_institution():
    roles = _roles("Assoc. Prof. Dr. Nida Phan, Vice President, Research and Innovation signed on behalf of BIT.")
    assert roles["Nida Phan"] == [("Vice President", "Beta Institute of Technology")]


def test_helpers():
    text = "Hoon-Rector Kim's Won-Chemical & Co"
    assert text[:cut_token(text, 0, 11)[0]] == "Hoon"
    assert cut_token(text, 12, 17) == (15, True)
    assert initial_gap("R. K. Menon", 0, 1) == 2 and initial_gap("Yu. S. Orlov", 0, 2) == 2
    assert initial_gap("Plan B. The end", 5, 6) == 0
    assert name_from_role_run("Academy of Sciences Ivan Petrov") == len("Academy of Sciences ")
    assert name_from_role_run("Faculty of Foreign Languages") is None
    assert after_postnominals("Ann Lee, Ph.D., Rector", 7) == 14
    assert without_qualifier("Deputy Rector (Research & Planning) of X") == "Deputy Rector of X"
    assert without_qualifier("Vice-Chancellor (VC)") == "Vice-Chancellor (VC)"


def test_respectively_shares_a_plural_role_in_order():
    roles = _roles("Professor Ir. Dr. Nora Aziz and Professor Tom Reed CBE, the vice-chancellors of Alpha "
                   "University and Beta Institute of Technology, respectively, opened the ceremony.")
    assert ("vice-chancellor", "Alpha University") in roles["Nora Aziz"]
    assert ("vice-chancellor", "Beta Institute of Technology") in roles["Tom Reed"]


def test_several_roles_in_a_row_before_a_name():
    roles = _roles("The AU delegation was led by AU Party Committee Secretary, President Dao Minh Tam.")
    assert roles["Dao Minh Tam"] == [("Party Committee Secretary", "Alpha University"), ("President", "Alpha University")]


def test_untitled_name_before_a_modified_role_and_its_owner():
    roles = _roles("Dr Eva Lind, Director of Alpha University, and Ken Ito, Regional Managing Director for "
                   "Beta Institute of Technology’s Tokyo Hub, will follow the work.")
    assert roles["Ken Ito"] == [("Regional Managing Director for Beta Institute of Technology’s Tokyo Hub",
                                 "Beta Institute of Technology")]
    roles = _roles("It was attended by Mei Lin Tan, National Vice President and the regional chairperson of BIT.")
    assert roles["Mei Lin Tan"][0][1] == "Beta Institute of Technology"


def test_the_unnamed_side_of_a_signing_pair_is_the_other_party():
    roles = _roles("The MoU was signed by Dr. Omar Said, President of AU, and Rector Dr. Ivan Orlov.")
    assert roles["Ivan Orlov"] == [("Rector", "Beta Institute of Technology")]
    # attendees of one side are not paired
    roles = _roles("Present were Prof. Dr. Ha Van Nam, Rector of AU, and Dr. Le Thi Hoa, Vice Rector.")
    assert roles["Le Thi Hoa"] == [("Vice Rector", "Alpha University")]


def test_head_last_role_between_an_institution_and_the_titles():
    roles = _roles("The MoU was signed by the BIT’s country director Dr Omar Said and AU Joint Registrar Dr Lin Wei.")
    assert roles["Omar Said"] == [("country director", "Beta Institute of Technology")]
    assert roles["Lin Wei"] == [("Joint Registrar", "Alpha University")]
    # a role closed by a semicolon belongs to the person before
    roles = _roles("Present were Dr. Ha Van Nam, AU Rector; Dr. Le Thi Hoa, AU Vice Rector.")
    assert roles["Le Thi Hoa"] == [("Vice Rector", "Alpha University")]


def test_people_listed_on_behalf_of_the_sides_of_a_signing():
    text = ("The memorandum was signed by the rectors of the two universities on Monday. In this online "
            "ceremony, Dr. Arash Nouri on behalf of Alpha University, and Professor Lucia Neri, on behalf of "
            "Beta Institute of Technology, with the aim of joint research.")
    assert _signed(text) == {"Arash Nouri", "Lucia Neri"}
    # a speech on behalf of the sides is not a signature
    assert _signed("After the signing, Dr. Arash Nouri on behalf of AU, and Professor Lucia Neri, on behalf "
                   "of BIT, delivered speeches.") == set()


def test_and_after_a_dashed_role_opens_the_other_side():
    roles = _roles("The ceremony took place between Alpha University represented by Dr. Tran Van Binh – Vice "
                   "President and Beta Institute of Technology by Prof. Kim Min Ho – President.")
    assert roles["Tran Van Binh"] == [("Vice President", "Alpha University")]


@pytest.mark.parametrize("sentence, signers", [
    # a relative clause about the leader of a visit
    ("Dr. Tran Thi Lan, Vice President of BIT, led the visiting team, who travelled and signed the MoU.",
     {"Tran Thi Lan"}),
    # the verb left out for the second signer
    ("Deputy Director Ivan Petrov signed on behalf of AU and, on behalf of BIT, Head of Research, Olga Ivanova.",
     {"Ivan Petrov", "Olga Ivanova"}),
    # 'by <verb>ing' is the subject's act, not the object's
    ("Rector Le Van Nam thanked the President of BIT, Prof. Kim Soo Jin, by presenting a gift and signing the "
     "memorandum.", set()),
])
def test_more_signer_shapes(sentence, signers):
    assert _signed(sentence) == signers


def test_names_after_a_plural_role_and_a_degree_title():
    roles = _roles("The AU delegation included Rector Phạm Văn An and Vice Rectors Lê Thị Bình and Đỗ Văn Cường.")
    assert roles["Lê Thị Bình"] == [("Vice Rector", "Alpha University")]
    assert roles["Đỗ Văn Cường"] == [("Vice Rector", "Alpha University")]
    assert "Ngô Thị Hà" in _people("Welcoming the guests, the head of the office, MA. Ngô Thị Hà, spoke.")


def test_academic_rank_written_as_the_position():
    roles = _roles("Prof. Anil Rao, Rector, AU and Dr. Kavita Sen, Associate Professor, AU were present.")
    assert roles["Kavita Sen"] == [("Associate Professor", "Alpha University")]
    roles = _roles("The proposal came from Dr. Reza Tahmasbi, Associate Professor of Civil Engineering, Faculty "
                   "of Earth Sciences, at Beta Institute of Technology.")
    assert roles["Reza Tahmasbi"][0][0] == "Associate Professor of Civil Engineering"


# second batch of real pages (round 2): people, roles and signers
def test_an_untitled_name_with_a_lowercase_role_after_a_comma():
    roles = _roles("Karl Marsden, vice president for research at Alpha University, agrees.")
    assert roles == {"Karl Marsden": [("vice president for research", "Alpha University")]}


def test_a_lowercase_role_needs_a_named_owner_to_make_a_person():
    assert _people("Later, Hanoi Street, where the rector of the school lives, was closed.") == {}


def test_a_document_signed_with_someone_is_not_the_holders_signature():
    text = "Karl Marsden, director of Beta Institute of Technology, shows an agreement signed with Alpha University."
    assert "Karl Marsden" in _people(text) and _signed(text) == set()


def test_the_unaccented_vietnamese_middle_name_the_stays_in_the_name():
    roles = _roles("Attending were Dr. Le The Long – Vice Rector of Alpha University, and others.")
    assert roles == {"Le The Long": [("Vice Rector", "Alpha University")]}


def test_a_caption_signing_an_mou_without_article():
    text = "Prof. Dr. Karl Marsden (Rector of AU) and Prof. Dr. Le Van Anh (Rector of BIT) are signing MoU"
    assert _signed(text) == {"Karl Marsden", "Le Van Anh"}


def test_people_representing_their_sides_as_the_signatories_signed():
    text = ("Prof. Dr. Amir Hassan, President of AU and Prof. Dr. Lim Boon Kee, President of BIT represented "
            "their respective universities as the signatories of the MoU.")
    assert _signed(text) == {"Amir Hassan", "Lim Boon Kee"}


def test_indonesian_degrees_after_a_name_are_not_part_of_it():
    text = "The MoU was signed by Dr Karim, MPd, the Rector of AU and Prof Dr Anwar Basri MSi, the Rector of BIT."
    assert _roles(text) == {"Karim": [("Rector", "Alpha University")],
                            "Anwar Basri": [("Rector", "Beta Institute of Technology")]}
    assert _signed(text) == {"Karim", "Anwar Basri"}


def test_a_role_then_a_comma_then_the_whole_untitled_name():
    roles = _roles("For her part, the President of Beta Institute of Technology, Ana Lucia Moreno, stressed it.")
    assert roles == {"Ana Lucia Moreno": [("President", "Beta Institute of Technology")]}


def test_a_role_by_an_acronym_already_known_adds_no_second_institution():
    result = extract(HEAD + "Meanwhile, the President of BIT Lorem, Ana Lucia Moreno, spoke.")
    assert sum(1 for i in result["institutions"] if "BIT" in (i.get("aliases") or []) + [i["name"]]) <= 1


def test_lowercase_head_last_roles_before_untitled_names():
    roles = _roles("Alpha University was represented by its group general manager Tan Wei Ming, and witnessed by "
                   "deputy general manager Lee Kok Wah.")
    assert roles == {"Tan Wei Ming": [("group general manager", "Alpha University")],
                     "Lee Kok Wah": [("deputy general manager", "Alpha University")]}


def test_an_acronym_and_a_lowercase_role_before_a_name_and_a_lowercase_title():
    people = _people("The MoU was signed by AU VC prof. Arun Mehta and BIT general secretary Ravi Kumar Shah.")
    assert sorted(people) == ["Arun Mehta", "Ravi Kumar Shah"] and all(p["signed"] for p in people.values())
    assert people["Arun Mehta"]["roles"] == [{"role": "VC", "institution": "Alpha University"}]
    assert people["Ravi Kumar Shah"]["roles"][0]["institution"] == "Beta Institute of Technology"


def test_a_lowercase_role_of_something_is_no_head_last_role():
    assert _people("The report names the director of the Lorem Centre and the manager of Ipsum Lab.") == {}



def test_a_degree_before_a_name_does_not_end_the_sentence():
    # the publisher's institution is the default owner of a bare role in a sentence naming none
    article = ("publisher: Alpha University (au.example)\n---\n" + HEAD + "Representing BIT were M.A. Tran Van Hai "
               "– President; and M.A. Ho Thi Lan – Deputy Head of the Office of Administration.\n")
    people = {p["name"]: p for p in extract(article)["people"]}
    assert people["Ho Thi Lan"]["roles"][0]["institution"] == "Beta Institute of Technology"


def test_an_assistant_professor_keeps_the_whole_rank():
    person = _people("The ceremony was hosted by Toka Sema, Assistant Professor, Department of Civil Engineering, "
                     "BIT.")["Toka Sema"]
    assert [(r["role"], r["institution"]) for r in person["roles"]] == [("Assistant Professor",
                                                                        "Beta Institute of Technology")]


def test_signers_told_by_their_posts_are_the_holders_named_later():
    signed = _signed("The ties were marked by the signing of a MoU by the Rector of AU and the Rector of BIT at the "
                     "hall. Rector of AU Prof. Karl Marsden in his speech praised it. Meanwhile, Rector of BIT Prof. "
                     "Anwar Basri said more. The Dean of AU Dr. Le Minh Duc attended.")
    assert signed == {"Karl Marsden", "Anwar Basri"}


def test_a_long_name_with_particles_and_a_role_of_x_for_a_portfolio():
    roles = _roles("It was signed in the presence of Professor Omar Ali Al Hadrami Al Noor, Deputy Vice Chancellor "
                   "of AU for Research, and others.")
    assert roles == {"Omar Ali Al Hadrami Al Noor": [("Deputy Vice Chancellor", "Alpha University")]}


def test_an_authority_ending_a_role_run_is_no_persons_name():
    people = _people("The ceremony took place in the presence of Mr. Lam Van Hai, Deputy Head of Lorem Economic Zone "
                     "Authority; Dr. Vo Thi Lan, Vice Rector of AU.")
    assert sorted(people) == ["Lam Van Hai", "Vo Thi Lan"]


def test_also_before_a_role_after_a_dash():
    roles = _roles("Present were Dr. Le Van Hai – Head of the Office of Training; and M.A. Vo Thi Lan – also Deputy "
                   "Head of the Office of Training of BIT.")
    assert roles["Vo Thi Lan"] == [("Deputy Head of the Office of Training", "Beta Institute of Technology")]


def test_the_honorific_haji_before_a_full_name_is_no_initial():
    assert sorted(_people("The ceremony was attended by the Rector of BIT, Dr. H. Ahmad Fauzi, M.M., M.H., and "
                          "Prof. H. K. Sharma and Dr. H. Smith.")) == ["Ahmad Fauzi", "H. K. Sharma", "H. Smith"]


def test_a_provincial_body_in_a_role_before_an_untitled_name():
    roles = _roles("Witnessing the signing, Secretary of the provincial Party Committee Ngo Van Binh stressed it.")
    assert [role for role, _ in roles["Ngo Van Binh"]] == ["Secretary of the provincial Party Committee"]


def test_and_other_officials_of_x_names_the_last_persons_institution():
    roles = _roles("Also attending were Prof. Dr. Lim Kok Wah, Vice President of R&D of BIT; Prof. Dr. Amir Hassan, "
                   "Vice President of Market Exploration (VP ME) and other AU officials.")
    assert roles["Amir Hassan"] == [("Vice President of Market Exploration", "Alpha University")]
    assert roles["Lim Kok Wah"] == [("Vice President of R&D", "Beta Institute of Technology")]


def test_malaysian_honorifics_with_periods_do_not_end_a_caption():
    assert _signed("Prof. Dr. Karl Marsden, MA (Rector of AU) and Y.Bhg. Prof. Dato’. Dr. Musa Ahmad (Rector of BIT) "
                   "are signing MoU") == {"Karl Marsden", "Musa Ahmad"}
