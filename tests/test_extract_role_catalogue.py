"""Person-role-institution shapes from how English news writes posts world-wide (issue 12, round 3),
on invented sentences: possessive owners, lowercase posts, pairs given 'respectively' or before
the names, a post introduced by 'its'."""

from kg.extract import extract

HEAD = "Alpha University (AU), Beta Bank and Gamma Institute of Technology (GIT) signed a memorandum of understanding.\n"


def _roles(text):
    return {p["name"]: [(r["role"], r["institution"]) for r in p["roles"]] for p in extract(HEAD + text)["people"]}


def test_two_different_roles_shared_respectively():
    roles = _roles("Dr. Ruth Oko and Mr. Pete Lane, the Registrar of Alpha University and the Managing Director "
                   "of Beta Bank, respectively, signed the document.")
    assert roles["Ruth Oko"] == [("Registrar", "Alpha University")]
    assert roles["Pete Lane"] == [("Managing Director", "Beta Bank")]


def test_two_roles_respectively_without_articles():
    roles = _roles("Prof. Alan Moss and Mr. Ade Cole, Vice-Chancellor of AU and Managing Director of Beta Bank "
                   "respectively, signed.")
    assert roles["Alan Moss"] == [("Vice-Chancellor", "Alpha University")]
    assert roles["Ade Cole"] == [("Managing Director", "Beta Bank")]


def test_plural_role_before_a_pair_of_names():
    roles = _roles("The Vice-Chancellors of Alpha University and Gamma Institute of Technology, Prof. Alan Moss "
                   "and Prof. Mary Chen, signed the agreement.")
    assert roles["Alan Moss"] == [("Vice-Chancellor", "Alpha University")]
    assert roles["Mary Chen"] == [("Vice-Chancellor", "Gamma Institute of Technology")]


def test_two_roles_before_a_pair_of_names():
    roles = _roles("The Rector of Alpha University and the Managing Director of Beta Bank, Prof. Alan Moss and "
                   "Mr. Ade Cole, signed.")
    assert roles["Alan Moss"] == [("Rector", "Alpha University")]
    assert roles["Ade Cole"] == [("Managing Director", "Beta Bank")]


def test_possessive_owner_with_a_lowercase_post_after_an_untitled_name():
    roles = _roles("“This is a milestone,” said Alan Moss, Alpha University's vice-chancellor.")
    assert roles["Alan Moss"] == [("vice-chancellor", "Alpha University")]


def test_possessive_common_noun_points_back_to_the_institution():
    roles = _roles("Prof. Alan Moss, the university's Vice-Chancellor, said the deal was important.\n"
                   "Mr. Ade Cole, the bank's Managing Director, agreed.")
    assert roles["Alan Moss"] == [("Vice-Chancellor", "Alpha University")]
    assert roles["Ade Cole"] == [("Managing Director", "Beta Bank")]


def test_role_first_possessive_with_a_common_noun():
    roles = _roles("The bank's Managing Director, Mr. Ade Cole, attended.")
    assert roles["Ade Cole"] == [("Managing Director", "Beta Bank")]


def test_possessive_of_an_unknown_owner_gives_no_person():
    assert "Jane Roe" not in _roles("Jane Roe, her sister's manager, came too.")


def test_lowercase_posts_of_many_sectors():
    roles = _roles("According to Alan Moss, provost of Alpha University, the deal is important. "
                   "Ade Cole, chief executive of Beta Bank, agreed.")
    assert roles["Alan Moss"] == [("provost", "Alpha University")]
    assert roles["Ade Cole"] == [("chief executive", "Beta Bank")]


def test_its_post_after_a_verb():
    roles = _roles("Signing for Alpha University was its Vice-Chancellor, Prof. Alan Moss, while Mr. Ade Cole, "
                   "Managing Director, signed for Beta Bank.")
    assert roles["Alan Moss"] == [("Vice-Chancellor", "Alpha University")]


def test_a_later_possessive_does_not_become_the_previous_persons_role():
    roles = _roles("The MoU was signed by AU's Vice-Chancellor, Prof. Alan Moss, and Beta Bank's Managing "
                   "Director, Mr. Ade Cole.")
    assert roles["Alan Moss"] == [("Vice-Chancellor", "Alpha University")]


def test_lowercase_role_before_a_titled_and_an_untitled_name():
    roles = _roles("The MoU was signed by the vice rector of Alpha University (AU), Dr. Gus Budi, and the "
                   "chief executive of Beta Bank, Ade Cole.")
    assert roles["Gus Budi"] == [("vice rector", "Alpha University")]
    assert roles["Ade Cole"] == [("chief executive", "Beta Bank")]


def test_translated_role_with_a_lowercase_head_word():
    roles = _roles("Attending were Dr. Tran Minh Duc - Vice president of Alpha University, and others.")
    assert roles["Tran Minh Duc"] == [("Vice president", "Alpha University")]


def test_role_words_of_more_sectors():
    roles = _roles("The MoU was signed by Dr. Saif Omar, Under-Secretary of Beta Bank, and Prof. Gil Awa, "
                   "Pro Vice-Chancellor of AU.\nDr. Ruth Oko, former president of GIT, attended.")
    assert roles["Saif Omar"] == [("Under-Secretary", "Beta Bank")]
    assert roles["Gil Awa"] == [("Pro Vice-Chancellor", "Alpha University")]
    assert roles["Ruth Oko"] == [("former president", "Gamma Institute of Technology")]


def test_plural_role_shared_over_names_with_portfolios_in_brackets():
    roles = _roles("AU was represented by Deputy Vice Chancellors Prof Jon Ndu (Research), Mr Pete Wawe (Finance "
                   "and Planning), and Ms Bibi Wai (Academic Affairs).")
    for name in ("Jon Ndu", "Pete Wawe", "Bibi Wai"):
        assert roles[name] == [("Deputy Vice Chancellor", "Alpha University")]


def test_visiting_before_the_institution_is_not_part_of_its_name():
    roles = _roles("Visiting GIT Vice Chancellor, Prof. Kamal Obi, said the deal was good.")
    assert roles["Kamal Obi"] == [("Vice Chancellor", "Gamma Institute of Technology")]


def test_institution_then_a_lowercase_post_before_the_titles():
    roles = _roles("The idea came from a contest that Alpha University lecturer Dr. Ken Mwe won in June.")
    assert roles["Ken Mwe"] == [("lecturer", "Alpha University")]


def test_the_delegation_a_person_led_names_the_owner_of_a_bare_role():
    roles = _roles("The ceremony was held at Alpha University.\n"
                   "Vice Chancellor Prof. Jo Lee, PhD, led the Beta Bank delegation.")
    assert roles["Jo Lee"] == [("Vice Chancellor", "Beta Bank")]


def test_associate_before_a_role_and_the_parent_after_a_comma_and_at():
    roles = _roles("In his remarks, Prof. Stan Flin, Associate Vice-President International, at Alpha University, "
                   "spoke.")
    assert roles["Stan Flin"] == [("Associate Vice-President International", "Alpha University")]


def test_a_unit_role_goes_to_the_parent_written_after_a_dash():
    roles = _roles("At the ceremony, Prof. Dang Van Phu, Head of Faculty of Medicine - Gamma Institute of Technology "
                   "gave a speech.")
    assert roles["Dang Van Phu"] == [("Head of Faculty of Medicine", "Gamma Institute of Technology")]


def test_a_unit_read_as_an_institution_hands_its_roles_to_the_parent_it_is_written_with():
    text = ("The College of Arts and Letters at Alpha University (AU) and Beta Bank signed a memorandum.\n"
            "It was signed by Professor Hal Nabo, Dean of the College of Arts and Letters.")
    roles = {p["name"]: [(r["role"], r["institution"]) for r in p["roles"]] for p in extract(text)["people"]}
    # the unit stays in the role string (dev-articles convention); the institution is its parent
    assert roles["Hal Nabo"] == [("Dean of the College of Arts and Letters", "Alpha University")]


def test_a_second_role_owned_by_an_institution_written_first():
    roles = _roles("Attending were Prof. Chau Van Min, Member of the Standing Board and AU President; Prof. Chu "
                   "Hoa Ha, AU Vice President and Chairman of the Council of Beta Bank.")
    assert roles["Chau Van Min"][-1] == ("President", "Alpha University")
    assert roles["Chu Hoa Ha"] == [("Vice President", "Alpha University"), ("Chairman of the Council", "Beta Bank")]


def test_bulleted_lists_under_headers_that_name_each_side():
    roles = _roles("Attending the ceremony were the following members of Alpha University:\n\n"
                   "-   Tran Xuan Min, Assoc. Prof. Dr, Vice Rector\n"
                   "-   Do Le Hai, MA, Director of International Training Center\n\n"
                   "And the members of Beta Bank:\n\n"
                   "-   Ngo Manh Hung, PhD, the Chairman\n")
    assert roles["Tran Xuan Min"] == [("Vice Rector", "Alpha University")]
    assert roles["Do Le Hai"] == [("Director of International Training Center", "Alpha University")]
    assert roles["Ngo Manh Hung"] == [("Chairman", "Beta Bank")]


def test_role_first_after_whereas_and_after_a_comma():
    roles = _roles("Whereas the Acting Vice-Chancellor of AU, Prof. Fred Kwa Sar, signed the MoU on behalf of AU, "
                   "the President of Beta Bank, Dr. Ebo Ham, signed for Beta Bank.")
    assert roles["Fred Kwa Sar"] == [("Acting Vice-Chancellor", "Alpha University")]
    assert roles["Ebo Ham"] == [("President", "Beta Bank")]


def test_president_and_ceo_is_one_post():
    roles = _roles("Dr. Val Ver, President and CEO of Beta Bank, attended.")
    assert roles["Val Ver"] == [("President and CEO", "Beta Bank")]


def test_role_first_list_after_were_the():
    roles = _roles("Alpha University hosted the event. Present at the ceremony were the Deputy Vice-Chancellor, "
                   "Prof. Al Mos; the Registrar, Dr. Ru Oko; and the Bursar, Mr. Sam Udo.")
    assert roles["Al Mos"] == [("Deputy Vice-Chancellor", "Alpha University")]
    assert roles["Sam Udo"] == [("Bursar", "Alpha University")]


def test_who_is_before_the_role_of_an_untitled_name_and_a_unit_after_a_comma():
    roles = _roles("Jane Roe, who is the Managing Director of Beta Bank, spoke.\n"
                   )
    assert roles["Jane Roe"] == [("Managing Director", "Beta Bank")]
    text = ("Alpha University and the Department of Higher Education signed an MoU on Monday. Shri Anil Sha, "
            "Secretary, Department of Higher Education, attended.")
    people = {p["name"]: [(r["role"], r["institution"]) for r in p["roles"]] for p in extract(text)["people"]}
    assert people["Anil Sha"] == [("Secretary", "Department of Higher Education")]


def test_untitled_names_set_off_after_roles_that_name_their_institution():
    roles = _roles("AU's Vice-Chancellor, Al Moss, and Beta Bank's Managing Director, Ade Col, signed.")
    assert roles["Al Moss"] == [("Vice-Chancellor", "Alpha University")]
    assert roles["Ade Col"] == [("Managing Director", "Beta Bank")]


def test_a_post_its_unit_and_the_parent_set_off_by_commas_before_the_name():
    roles = _roles("The VC received the Deputy Dean, Faculty of Health Sciences, Gamma Institute of Technology, "
                   "South Africa, Professor Efe Use, on a visit.")
    assert roles["Efe Use"] == [("Deputy Dean, Faculty of Health Sciences", "Gamma Institute of Technology")]
    assert not roles.get("South Africa")          # (a country before the titles gets no role)


def test_lowercase_post_after_the():
    roles = _roles("Jane Roe, the chief executive officer of Beta Bank, said the deal was important.")
    assert roles["Jane Roe"] == [("chief executive officer", "Beta Bank")]


def test_on_behalf_of_after_the_role_names_the_side():
    roles = _roles("The agreement was signed by Prof. Al Mos on behalf of Alpha University and Mr. Ade Col, "
                   "Managing Director, on behalf of Beta Bank.")
    assert roles["Ade Col"] == [("Managing Director", "Beta Bank")]


def test_possessive_post_after_were_and_a_list_owned_by_the_institution_after_it():
    roles = _roles("Also present were AU's Registrar, Dr. Ru Oko, and Bursar, Mr. Sam Udo.\n"
                   "In attendance were Dr. Eve Ada (Registrar), Mr. Tom Ede (Bursar) and Prof. Mei Che (Dean of "
                   "Science) of Gamma Institute of Technology.")
    assert roles["Ru Oko"] == [("Registrar", "Alpha University")]
    assert roles["Eve Ada"] == [("Registrar", "Gamma Institute of Technology")]
    assert roles["Mei Che"] == [("Dean of Science", "Gamma Institute of Technology")]


def test_head_last_unit_hands_its_role_to_the_parent_written_with_at():
    text = ("The Business School at Alpha University and Beta Bank signed a memorandum.\n"
            "It was signed by Professor Min Hu, Associate Dean in the Business School on behalf of Alpha University.")
    roles = {p["name"]: [(r["role"], r["institution"]) for r in p["roles"]] for p in extract(text)["people"]}
    assert roles["Min Hu"] == [("Associate Dean in the Business School", "Alpha University")]


def test_lowercase_posts_after_an_acronym_and_before_a_unit():
    roles = _roles("Attending were Dr Andy Sto, GIT country director in Vietnam; and others.\n"
                   "Professor Sun Kha, dean, Research and Development at Alpha University, spoke.")
    assert roles["Andy Sto"] == [("country director", "Gamma Institute of Technology")]
    assert roles["Sun Kha"] == [("dean, Research and Development", "Alpha University")]


def test_second_role_after_a_dash_and_a_role_after_as_the():
    roles = _roles("Mr Lin Huo-Hsi, Director of Secretariat – Dean of Office for International Affairs of GIT, spoke.\n"
                   "Guests from Beta Bank were Mr. Pora Poth as the director of the Language Center and Mr. Pab Man.")
    assert roles["Lin Huo-Hsi"][-1] == ("Dean of Office for International Affairs", "Gamma Institute of Technology")
    assert roles["Pora Poth"] == [("director of the Language Center", "Beta Bank")]


def test_the_partner_university_is_the_side_the_host_is_not():
    article = ("url: unknown\ntitle: AU signs MoU with Beta Bank\npublisher: Alpha University (au.edu)\n"
               "published: 2024-01-01\n---\nAU signs MoU with Beta Bank\n\n"
               "Alpha University (AU) welcomed the delegation of Beta Bank to sign an MoU.\n"
               "On behalf of the partner university were Mr. Han Soo Hwa, President; Mr. Lee Im Geu, Vice President.\n"
               "Representing AU were Dr. Ngo Than, President; Dr. Nha Tri, Vice President.\n")
    roles = {p["name"]: [(r["role"], r["institution"]) for r in p["roles"]] for p in extract(article)["people"]}
    assert roles["Han Soo Hwa"] == [("President", "Beta Bank")]
    assert roles["Lee Im Geu"] == [("Vice President", "Beta Bank")]
    assert roles["Ngo Than"] == [("President", "Alpha University")]


def test_a_caption_position_between_the_name_and_the_role():
    roles = _roles("Prof. Al Mos (left), Vice-Chancellor of AU, and Ade Col (second from right), CEO of Beta Bank, "
                   "exchange the documents.")
    assert roles["Al Mos"] == [("Vice-Chancellor", "Alpha University")]
    assert roles["Ade Col"] == [("CEO", "Beta Bank")]


def test_a_signing_partner_with_along_with_is_the_other_side():
    text = ("Alpha University signed an MoU with the Beta Foundation for Children.\n"
            "Prof. Maam Bett, Vice Chancellor for Research, signed the MoU along with Sheikha Sa Al Mans, Acting "
            "Director-General of the Beta Foundation for Children.")
    roles = {p["name"]: [(r["role"], r["institution"]) for r in p["roles"]] for p in extract(text)["people"]}
    assert roles["Maam Bett"] == [("Vice Chancellor for Research", "Alpha University")]


def test_two_posts_joined_by_a_slash_are_one():
    roles = _roles("The MOA was signed by Assoc. Prof. Dr. Ahm Iza, President/Vice Chancellor of AU, Assoc. Prof. "
                   "Dr. Man Jum, Acting President of Beta Bank.")
    assert roles["Ahm Iza"] == [("President/Vice Chancellor", "Alpha University")]


def test_the_host_who_welcomed_a_delegation_speaks_for_the_other_side():
    text = ("Alpha University and the University of Beta have signed a memorandum of understanding.\n"
            "At a brief signing ceremony, Prof. Gor Awa, Pro Vice-Chancellor, Academic and Student Affairs (ASA), "
            "welcomed the delegation from the University of Beta.")
    roles = {p["name"]: [(r["role"], r["institution"]) for r in p["roles"]] for p in extract(text)["people"]}
    assert roles["Gor Awa"] == [("Pro Vice-Chancellor", "Alpha University")]


def test_posts_of_government_and_boards_have_their_own_concepts():
    from kg.extract.roles import role_key
    assert role_key("Vice Chairman of the Provincial People's Committee") == "vice-chair" != role_key("Chairman")
    assert role_key("Commissioner for Education") == role_key("Commissioner") == "commissioner"
    assert role_key("Vice Governor") == "deputy-governor" != role_key("Governor")
    assert role_key("Permanent Secretary") == "permanent-secretary"
    assert role_key("VP for Finance") == role_key("Vice President") == "vice-rector"


def test_their_respective_posts_follow_the_order_of_the_parties():
    roles = _roles("Alpha University and Beta Bank were represented by their respective Presidents, Prof. Al Mos "
                   "and Mr. Ade Col.")
    assert roles["Al Mos"] == [("President", "Alpha University")]
    assert roles["Ade Col"] == [("President", "Beta Bank")]


def test_a_unit_between_the_post_and_its_parent_and_a_legal_form_is_no_name():
    roles = _roles("Dr. Ruth Oko, Director, Centre for Entrepreneurship, Alpha University, and Mr. Ade Col, Head, "
                   "Corporate Affairs, Beta Bank, signed.")
    assert roles["Ruth Oko"] == [("Director", "Alpha University")]
    assert roles["Ade Col"] == [("Head", "Beta Bank")]
    people = _roles("Mr. Tran Van An, General Director of Beta Bank Joint Stock Company, signed.")
    assert "Joint Stock Company" not in people


def test_a_degree_word_before_the_post_in_translated_lists():
    roles = _roles("On behalf of AU, Doctor, Rector of AU, Mr. Nguyen Van Xua and Doctor, Vice Rector, Mr. Nguyen "
                   "Van Chie together with guests welcomed the delegation.")
    assert roles["Nguyen Van Xua"] == [("Rector", "Alpha University")]
    assert roles["Nguyen Van Chie"] == [("Vice Rector", "Alpha University")]


def test_a_rank_or_a_modifier_alone_is_no_post():
    text = ("Alpha University (AU) and the Ministry of Interior signed a memorandum of understanding.\n"
            "The MoU was signed by Lt. General Saif Al Shaf, Under-Secretary of the Ministry of Interior.\n"
            "Mr. Xu Cha - Deputy Consul General of Norland in Hanoi gave a speech at the Consulate General of "
            "Norland in Hanoi.")
    roles = {p["name"]: [(r["role"], r["institution"]) for r in p["roles"]] for p in extract(text)["people"]}
    assert roles["Saif Al Shaf"] == [("Under-Secretary", "Ministry of Interior")]
    assert roles["Xu Cha"][0][0].startswith("Deputy Consul General")


def test_a_lowercase_qualifier_before_the_post():
    roles = _roles("Prof. Al Mos, the newly appointed Vice-Chancellor of AU, attended.\n"
                   "Dr. Ruth Oko, incoming President of Beta Bank, attended.")
    assert roles["Al Mos"] == [("Vice-Chancellor", "Alpha University")]
    assert roles["Ruth Oko"] == [("President", "Beta Bank")]
