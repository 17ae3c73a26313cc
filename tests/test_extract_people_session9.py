"""People and signers in list and clause shapes of real press English (session 9), with invented
sentences: names listed after a colon, a name led by initials before its post, the holder closing a
semicolon list item, a hand 'representing X' and the other side's hand after 'while'."""

from kg.article import Article
from kg.extract import extract


def people(text):
    return {p["name"]: p for p in extract(Article(text))["people"]}


def test_names_listed_after_a_colon_following_a_plural_noun_for_people():
    found = people("Lorem University and Ipsum Institute of Technology signed an MoU. Four exchange students from "
                   "Ipsum Institute of Technology attended the ceremony : Anan Sombat, Pichit Wongsa-ngam, Kanya "
                   "Srisuk and Niran Boonma.")
    assert {"Anan Sombat", "Pichit Wongsa-ngam", "Kanya Srisuk", "Niran Boonma"} <= set(found)


def test_delegation_members_listed_after_were_and_a_colon():
    found = people("Members of the Ipsum delegation were: Olga Petrova, Ivan Sokolov and Maria Lind.")
    assert {"Olga Petrova", "Ivan Sokolov", "Maria Lind"} <= set(found)


def test_a_colon_after_another_noun_lists_no_people():
    found = people("Our students won prizes in two categories: Best Design and Best Paper.")
    assert not found


def test_a_colon_list_with_a_body_or_a_place_is_read_as_nothing():
    found = people("Guests came from three partners: Lorem Holdings, Ipsum City and Dolor Amet.")
    assert not found
    found = people("The visiting delegates included: Dolor Amet, Ipsum Province and Anna Berg.")
    assert not found


def test_a_name_led_by_initials_before_a_comma_and_a_post():
    found = people("Lorem University and Ipsum Centre signed an MoU. K. Raman, MoU coordinator, Department of "
                   "Physics, Lorem University, said the partnership matters. The agreement was signed by "
                   "S. R. Iyer, registrar of Lorem University.")
    assert "K. Raman" in found and "S. R. Iyer" in found


def test_initials_without_a_post_after_them_are_no_name():
    found = people("The U.S. Army, the Lorem Fund and J. Ipsum Foods joined the programme last year.")
    assert not found


def test_the_holder_closing_a_semicolon_list_item():
    found = people("The Lorem University delegation includes the Provost, Professor Anna Berg; Director of Global, "
                   "Dr Adam Lam; and Director of the Office of the Provost and President, Rebecca Moreno.")
    assert "Rebecca Moreno" in found


def test_a_semicolon_item_not_led_by_a_post_gives_no_holder():
    found = people("The programme covers two fields; Applied Physics, Material Science; and Bio Engineering.")
    assert not found


def test_an_untitled_hand_representing_a_side_signed():
    found = people("The MoU was signed between Chief Secretary Peter Kamau on behalf of the state government and "
                   "Anil R Mehta representing Ipsum Trusts for a period of five years.")
    assert found["Anil R Mehta"]["signed"] and found["Peter Kamau"]["signed"]


def test_representing_outside_a_signing_sentence_gives_no_name():
    found = people("The panel included students and Anil Mehta representing Ipsum Trusts at the fair.")
    assert "Anil Mehta" not in found


def test_the_other_sides_hand_after_while_signed():
    found = people("The Vice-Chancellor, Prof. Ali Musa, signed the MoU on behalf of Lorem University, while the "
                   "Vice-Chancellor of Ipsum University, Prof. Peter Kamau, stood in for the Kenyan university.")
    assert found["Peter Kamau"]["signed"] and found["Ali Musa"]["signed"]


def test_a_person_doing_something_else_after_while_did_not_sign():
    found = people("Prof. Ali Musa signed the MoU for Lorem University, while Prof. Peter Kamau, President of Ipsum "
                   "University, delivered a speech for the guests.")
    assert found["Ali Musa"]["signed"] and not found["Peter Kamau"]["signed"]


def test_a_titled_one_word_name_with_degree_letters_after_it_is_a_person():
    found = people("Lorem University signed the MoA with Ipsum State University, represented by its counselor "
                   "Dr. Sutrisno DPA. After the signing, Dr. Sutrisno gave a lecture.")
    assert "Sutrisno" in found


def test_a_titled_surname_alone_stays_out():
    found = people("Lorem University hosted Dr. Smith at the event. Dr. Smith said the visit went well.")
    assert "Smith" not in found


def test_an_untitled_name_opening_a_bulleted_line_with_a_post():
    found = people("Lorem University and Ipsum University signed an MoA. Attending were these members of Lorem "
                   "University:\n- Ta Van Son, the hero of labour, Managing Director\n- Hoa Binh Street, Lorem City\n"
                   "- Anna Berg, a graduate of the programme, spoke")
    assert "Ta Van Son" in found
    assert "Hoa Binh Street" not in found and "Anna Berg" not in found


def test_untitled_hands_after_represented_by_in_a_signing_sentence():
    found = people("The pact was signed by Lorem University and Ipsum Institute, represented by Musa Ali and Bala "
                   "Yusuf respectively.")
    assert found["Musa Ali"]["signed"] and found["Bala Yusuf"]["signed"]


def test_represented_by_places_gives_no_names():
    found = people("The pact was signed by Lorem University and Ipsum Institute, represented by Lorem Province "
                   "and Dolor Amet.")
    assert not found


def test_exchanging_the_signed_documents_is_not_signing():
    found = people("Prof. Musa Ali and Dr. Bala Yusuf exchanged the signed copies after the ceremony.")
    assert not found["Musa Ali"]["signed"] and not found["Bala Yusuf"]["signed"]


def test_untitled_names_listed_after_a_cue_of_presence():
    found = people("Lorem University signed an MoU with Ipsum Labs. Also present were Anil Kumar from Ipsum Labs "
                   "and Sara Lee from Lorem University.")
    assert {"Anil Kumar", "Sara Lee"} <= set(found)
    found = people("The meeting was attended by Anil Kumar, Dr. Sara Lee, Tom Berg and other officials.")
    assert {"Anil Kumar", "Sara Lee", "Tom Berg"} <= set(found)


def test_a_presence_list_holding_a_body_gives_no_names():
    found = people("Present at the ceremony were Ipsum Labs, Anil Kumar and Dolor Amet.")
    assert not found


def test_a_company_named_like_a_person_is_no_signer():
    found = people("Lorem State and Ipsum Trusts signed an MoU on Monday.")
    assert not found


def test_a_sarawak_honorific_is_a_title_not_a_name():
    found = people("The MoU was signed by Lorem State Secretary the Honourable Tan Sri Datuk Amar Haji Ahmad Razak "
                   "bin Abdul Hamid and Ipsum Vice-Chancellor Professor Anna Berg AO at the campus.")
    assert found["Ahmad Razak bin Abdul Hamid"]["signed"]
    assert "Datuk Amar" in found["Ahmad Razak bin Abdul Hamid"]["titles"]


def test_the_guest_of_a_visit_during_which_the_agreement_was_signed_did_not_sign():
    found = people("Lorem University signed a protocol with Ipsum University. The agreement was signed during the "
                   "official visit of Prof. Dr. Karim Nasser, President of Ipsum University.")
    assert not found["Karim Nasser"]["signed"]
    found = people("The agreement was signed by Prof. Karim Nasser and Dr. Omar Fathi during the visit of "
                   "Dr. Ali Musa.")
    assert found["Omar Fathi"]["signed"] and not found["Ali Musa"]["signed"]


def test_a_signing_on_the_sidelines_keeps_its_signers():
    found = people("The MoU was signed on the sidelines of the summit by Prof. Karim Nasser and Dr. Omar Fathi.")
    assert found["Karim Nasser"]["signed"] and found["Omar Fathi"]["signed"]


def test_a_caption_order_or_an_attendance_cue_lists_people():
    for cue in ("From left:", "(L-R)", "Pictured from left are", "Also in attendance were"):
        found = people(f"Lorem University signed an MoU with Ipsum Labs. {cue} Anil Kumar, Sara Lee and Tom Berg "
                       "at the ceremony.")
        assert {"Anil Kumar", "Sara Lee", "Tom Berg"} <= set(found), cue


def test_left_in_directions_lists_no_people():
    found = people("Turn left: Lorem Road and Ipsum Street lead to the campus. From left: Lorem Group, Anil Kumar "
                   "and Sara Lee.")
    assert not found


def test_the_patron_of_a_signing_did_not_sign():
    found = people("In line with its policy of openness, under the leadership of Prof. Dr. Karim Nasser, President of "
                   "the University, Lorem University signed a protocol with Ipsum University.")
    assert not found["Karim Nasser"]["signed"]
    found = people("Under the patronage of Minister Dr. Omar Fathi, Prof. Karim Nasser and Dr. Ali Musa signed the MoU.")
    assert not found["Omar Fathi"]["signed"] and found["Karim Nasser"]["signed"] and found["Ali Musa"]["signed"]


def test_signed_by_a_semicolon_list_closing_with_and():
    found = people("It was signed by Anna Berg, Rector of Lorem University; and Karl Lund, President of Ipsum College.")
    assert found["Anna Berg"]["signed"] and found["Karl Lund"]["signed"]
    found = people("It was signed by Anna Berg, Rector of Lorem University; Karl Lund, President of Ipsum College, "
                   "witnessed it.")
    assert not found["Karl Lund"]["signed"]


def test_french_czech_and_emeritus_titles_stay_out_of_the_name():
    found = people("Lorem University signed an MoU with Ipsum College. Pr. Jean Dupont, President of Ipsum College, "
                   "spoke. doc. Ing. Jan Novak, PhD, Rector of Lorem University, and RNDr. Petr Svoboda, Dean of "
                   "Science, attended with Mgr. Eva Dvorak and Professor Emeritus Anna Berg.")
    assert {"Jean Dupont", "Jan Novak", "Petr Svoboda", "Eva Dvorak", "Anna Berg"} <= set(found)
    assert found["Jean Dupont"]["titles"] == ["Pr."] and found["Jan Novak"]["titles"] == ["doc.", "Ing."]


def test_a_field_of_study_after_a_title_is_no_name():
    found = people("The delegation includes Emeritus Professor International Law, Professor David Price; and "
                   "Lecturer, Dr Nathan Hill. Prof. Dean Lewis also came.")
    assert "International Law" not in found and "Dean Lewis" in found
