"""Signer and person-name shapes of English cooperation news written world-wide (issue 12, round 3).

The shapes come from how such announcements are commonly worded, not from any page; every sentence
here is invented. Each case is a tiny article; the expectation is what a reader would annotate."""

import pytest

from kg.extract import extract

HEAD = "Alpha University (AU) and Beta Institute of Technology (BIT) signed a memorandum of understanding.\n"
BOTH = {"Anna Berg", "Karl Lund"}


def _people(text):
    return {p["name"]: p for p in extract(HEAD + text)["people"]}


def _signed(text):
    return {name for name, p in _people(text).items() if p["signed"]}


@pytest.mark.parametrize("sentence", [
    # other wordings of the act
    "Dr. Anna Berg and Prof. Karl Lund put pen to paper on the agreement.",
    "Dr. Anna Berg and Prof. Karl Lund put their signatures on the agreement.",
    "Dr. Anna Berg and Prof. Karl Lund affixed their signatures to the MoU.",
    "Dr. Anna Berg and Prof. Karl Lund penned the agreement.",
    "The agreement was entered into by Dr. Anna Berg and Prof. Karl Lund.",
    "Dr. Anna Berg and Prof. Karl Lund entered into the agreement on behalf of their institutions.",
    # the signatories named in an appositive
    "The two signatories, Dr. Anna Berg and Prof. Karl Lund, praised the deal.",
    # the perfect tense, with nothing but names before the auxiliary
    "Dr. Anna Berg and Prof. Karl Lund have signed the agreement.",
    # a relative clause about the whole list
    "Dr. Anna Berg and Prof. Karl Lund, who signed the MoU, said it was important.",
    # the verb left out before the second signer
    "Dr. Anna Berg signed for AU and Prof. Karl Lund for BIT.",
    # the other hand of the signing after 'with' (a caption)
    "Dr. Anna Berg (right) signs the MoU with Prof. Karl Lund.",
    "Dr. Anna Berg signed the MoU along with Prof. Karl Lund, President of BIT.",
    # each side's signer after 'for X by'
    "The agreement was signed for AU by Dr. Anna Berg and for BIT by Prof. Karl Lund.",
    # the parties' representatives after 'represented by'
    "The MoU was signed by AU and BIT, represented by Dr. Anna Berg and Prof. Karl Lund respectively.",
    # a side's representative in a sentence telling the signing
    "Dr. Anna Berg, on behalf of AU, signed the MoU with BIT, represented by Prof. Karl Lund.",
    "Signing on behalf of AU was its Rector, Dr. Anna Berg, while BIT was represented by its President, "
    "Prof. Karl Lund.",
    # 'Also signing were', 'were the signatories', a relative clause about the subject
    "Also signing were Dr. Anna Berg and Prof. Karl Lund.",
    "Dr. Anna Berg and Prof. Karl Lund were the signatories.",
    "Prof. Karl Lund, who represented BIT, signed the agreement with Dr. Anna Berg.",
    # the subject of an opening participle of signing
    "After signing the MoU, Dr. Anna Berg and Prof. Karl Lund toured the campus.",
    # 'initialed' as the act
    "Prof. Anna Berg signed on behalf of AU while Dr Karl Lund initialed for BIT.",
])
def test_both_signed(sentence):
    assert _signed(sentence) == BOTH


@pytest.mark.parametrize("sentence, signers", [
    # a witness in the opening phrase
    ("In the presence of Minister Tom Hale, Dr. Anna Berg and Prof. Karl Lund signed the MoU.", BOTH),
    # the verb belongs to a later clause
    ("Dr. Anna Berg delivered a speech before Prof. Karl Lund signed the MoU.", {"Karl Lund"}),
    ("Dr. Anna Berg said Prof. Karl Lund signed the MoU.", {"Karl Lund"}),
    # a military rank's abbreviation ends no sentence: the signing 'by' still governs the name
    ("The MoU was signed by Lt. General Omar Saleh, Under-Secretary of BIT, and Dr. Anna Berg.",
     {"Omar Saleh", "Anna Berg"}),
    # a helper of the signing, the object of a later passive verb, a speaker after the pair
    ("The MoU was signed with the support of Mr. Tom Hale.", set()),
    ("The MoU, signed by Dr. Anna Berg, was presented to Mr. Tom Hale.", {"Anna Berg"}),
    ("At the signing between Dr. Anna Berg and Prof. Karl Lund, Mr. Tom Hale spoke.", BOTH),
    # a noun 'the signing' opening the sentence, a past deal 'with' someone
    ("Following the signing, Dr. Anna Berg said the deal was historic.", set()),
    ("Dr. Anna Berg recalled that she had signed a similar deal with Prof. Karl Lund in 2015.", set()),
    # 'have' after another clause is no signing of the subject
    ("Dr. Anna Berg said the universities have signed many deals with Prof. Karl Lund's help.", set()),
])
def test_signers_exactly(sentence, signers):
    assert _signed(sentence) == signers


@pytest.mark.parametrize("sentence, name", [
    ("Present was Alhaji Musa Bello, Chairman of BIT.", "Musa Bello"),
    ("Present was Sir Tom Hale, Chancellor of AU.", "Tom Hale"),
    ("Present was Dame Ann Lowe, Chancellor of AU.", "Ann Lowe"),
    ("Present was Rev. Fr. John Okoro, Vice-Chancellor of AU.", "John Okoro"),
    ("Present was Dato' Sri Ahmad Zaki, Chairman of BIT.", "Ahmad Zaki"),
    ("Present was Mme Claire Dubois, Director of BIT.", "Claire Dubois"),
    ("Present was Hajjah Siti Aminah, Dean of AU.", "Siti Aminah"),
    ("Present was Dr Hj Mohd Yusof, Rector of AU.", "Mohd Yusof"),
    ("The MoU was signed by Atty. Jose Cruz and Bro. Ramon Reyes.", "Ramon Reyes"),
    # a Myanmar name word that is a Malaysian title elsewhere stays in the name
    ("The MoU was signed by Dr. Tun Aung, Rector of AU, and Prof. Karl Lund.", "Tun Aung"),
    ("Present was Col. Tunde Bakare, Commandant of BIT.", "Tunde Bakare"),
    ("Guests included M.S. Tran Minh Long Giang and others.", "Tran Minh Long Giang"),
    ("Guests included PhD Candidate Le Thu Ha, Deputy Head of the Office of AU.", "Le Thu Ha"),
    # an untitled name with degree letters or a dash before its role
    ("Present was Anna Berg, PhD, Rector of AU.", "Anna Berg"),
    ("Guests: Prof. Karl Lund; Nguyen Van Hung - Director of BIT.", "Nguyen Van Hung"),
])
def test_titles_and_untitled_names(sentence, name):
    assert name in _people(sentence)


@pytest.mark.parametrize("sentence, not_a_person", [
    # a rank is no name
    ("He thanked the Deputy Supreme Commander of the Armed Forces for his support.", "Supreme Commander"),
    # a country or a place before ', Role'
    ("It welcomed the Dean of Health Sciences, Beta University, South Africa, Professor Karl Lund, on a visit.",
     "South Africa"),
    ("Speaking at the ceremony in Lorem Ipsum, Deputy Minister of Education Karl Lund said it mattered.",
     "Lorem Ipsum"),
    # a post in lowercase before words that are no name
    ("The talk was given by its director, Quality Assurance Office staff said.", "Quality Assurance"),
    ("It thanked the rector, Beta National University and others.", "Beta National"),
])
def test_not_a_person(sentence, not_a_person):
    assert not any(name.startswith(not_a_person) for name in _people(sentence))


@pytest.mark.parametrize("sentence, signers", [
    # a word that lost its space on the web page
    ("The MoU was duly signed byDr Anna Berg, Rector, AU and Prof Karl Lund, President, BIT.", BOTH),
    # the two hands a signing is 'between'
    ("The signing was made in a working session between the university's Rector Prof. Anna Berg and "
     "Canadian Ambassador to Vietnam Karl Lund.", BOTH),
    ("The signing took place between Dr. Anna Berg, Rector of AU, and Prof. Karl Lund, President of BIT.", BOTH),
    # ... but not a person named after a signing between institutions
    ("The MoU was signed between AU and BIT, and Dr. Anna Berg said it mattered.", set()),
    # the signers told by their posts only, in the active voice or in lowercase
    ("The Rector of Alpha University and the President of Beta Institute of Technology signed the agreement. "
     "Dr. Anna Berg, Rector of AU, thanked Prof. Karl Lund, President of BIT.", BOTH),
    ("The MoU was signed by the rector of AU and the president of BIT. AU Rector Dr. Anna Berg said it was a "
     "milestone. BIT President Prof. Karl Lund agreed.", BOTH),
    ("The Rector of AU and the President of BIT attended. Dr. Anna Berg, Rector of AU, thanked Prof. Karl Lund, "
     "President of BIT.", set()),
])
def test_more_signers(sentence, signers):
    assert _signed(sentence) == signers


def test_a_city_ending_a_role_run_is_no_person():
    people = _people("Speaking was Dr. Anna Berg, Director of the Beta National University Ho Chi Minh City, "
                     "and Mayor of Lorem City Watanabe Kenji.")
    assert "Ho Chi Minh City" not in people and "City Watanabe Kenji" not in people


@pytest.mark.parametrize("sentence, name", [
    # titles written after the name in a list of guests, double spaces inside a name
    ("Guests from AU:\n- Tran Minh Khoa, Assoc. Prof. Dr, Vice Rector\n- Le  Thi Lan, Dr, Dean of Law\n",
     "Tran Minh Khoa"),
    ("Guests from AU:\n- Tran Minh Khoa, Assoc. Prof. Dr, Vice Rector\n- Le  Thi Lan, Dr, Dean of Law\n",
     "Le Thi Lan"),
    # the Vietnamese name word Thế without its accent at the end of the name
    ("Guests from AU:\n- Phan Minh The, Assoc. Prof. Dr, the Rector\n", "Phan Minh The"),
    # a Korean given-name syllable spelt like an English word
    ("The agreement was signed by Dr. Kim In Chul, President of BIT, and Dr. Anna Berg.", "Kim In Chul"),
    # a Filipino middle initial
    ("The agreement was signed by Dr. Maria dC. Santos, Chancellor of BIT, and Dr. Anna Berg.", "Maria dC. Santos"),
])
def test_list_and_regional_name_shapes(sentence, name):
    assert name in _people(sentence)


def test_a_middle_initial_ends_no_sentence():
    assert _signed("The MoU was signed by Dr. Anna Berg, Rector of AU, Dr. Maria dC. Santos, Chancellor of "
                   "BIT, and Prof. Karl Lund, Dean of BIT.") == BOTH | {"Maria dC. Santos"}


@pytest.mark.parametrize("sentence, name", [
    # an untitled name with its role in brackets
    ("The delegation was received by Karin Holm (Assistant to the President, BIT) on Monday.", "Karin Holm"),
    # newspaper style: a post in lowercase, a comma, then the name
    ("The plan was put to the visiting Freedonian president, Ana Lucia Moreno, last year.", "Ana Lucia Moreno"),
    ("Also on hand was Canada's ambassador, Gwen Hart.", "Gwen Hart"),
    ("\"It is a milestone,\" said Tom Hale, BIT's manager of strategic initiatives.", "Tom Hale"),
    ("It was signed by the president of Beta Institute of Technology, Omar Saleh and Dr. Anna Berg.", "Omar Saleh"),
])
def test_untitled_names_by_their_posts(sentence, name):
    assert name in _people(sentence)


@pytest.mark.parametrize("sentence, name", [
    ("Also present were VP for Finance Ana Cruz, DVC Ravi Rao and others.", "Ana Cruz"),
    ("Also present were VP for Finance Ana Cruz, DVC Ravi Rao and others.", "Ravi Rao"),
    ("The forum was moderated by Rina Dewi from AU.", "Rina Dewi"),
    ("The MoU was signed by Dr. Anna Berg and witnessed by Tom Hale and Jane Roe.", "Jane Roe"),
])
def test_untitled_names_after_a_post_or_an_act(sentence, name):
    assert name in _people(sentence)




def test_signers_named_by_surname_after_an_aside():
    text = ("Fanshawe president Karl Lund met the visiting Freedonian president, Ana Lucia Moreno, last year.\n"
            "Lund and Moreno — who was replaced as president by Tom Hale this week — signed the deal in Riverton.")
    assert _signed(text) == {"Karl Lund", "Ana Lucia Moreno"}


def test_initials_written_without_spaces():
    assert _signed("The MoU was signed by Dr. R.K. Sharma, Director of AU, and Prof. A.K.M. Rahman, "
                   "Vice-Chancellor of BIT.") == {"R.K. Sharma", "A.K.M. Rahman"}


@pytest.mark.parametrize("sentence, signers", [
    # untitled names standing where only signers stand
    ("The MoU was signed by Anna Berg and Karl Lund.", BOTH),
    ("Anna Berg and Karl Lund signed the agreement on behalf of their respective institutions.", BOTH),
    ("The MoU was signed by Nguyen Van Hung and Tran Thi Lan on Monday.", {"Nguyen Van Hung", "Tran Thi Lan"}),
    ("Zhang Wei and Li Ming, presidents of AU and BIT respectively, signed the deal.", {"Zhang Wei", "Li Ming"}),
    ("Anna Berg (left) and Karl Lund (right) sign the MoU.", BOTH),
    # ... but not places signing as sides, nor an institution's name
    ("Lorem Nam and Ipsum Tho signed the agreement. Officials in Lorem Nam were pleased.", set()),
    ("The MoU was signed by Gamma Medical University and Delta Trading Company.", set()),
    ("Gamma Medical and Delta Central signed the agreement.", set()),
    ("Mekong Foods and Delta Motors signed the agreement.", set()),
    # the agent of another act of the event is a person but no signer
    ("The MoU was signed by Dr. Anna Berg and witnessed by Tom Hale and Jane Roe.", {"Anna Berg"}),
])
def test_untitled_signers(sentence, signers):
    assert _signed(sentence) == signers


@pytest.mark.parametrize("sentence", [
    "Dr. Anna Berg and Prof. Karl Lund, respectively the Rector of AU and President of BIT, signed the MoU.",
    "Dr. Anna Berg and Prof. Karl Lund, Rector and President of AU and BIT respectively, signed the MoU.",
])
def test_two_roles_shared_out_respectively(sentence):
    roles = {name: [(r["role"], r["institution"]) for r in p["roles"]] for name, p in _people(sentence).items()}
    assert roles == {"Anna Berg": [("Rector", "Alpha University")],
                     "Karl Lund": [("President", "Beta Institute of Technology")]}


@pytest.mark.parametrize("sentence, signers", [
    # 'Md.' (Mohammad) ends no sentence inside a list of signers
    ("The MoU was signed by Prof. Md. Rafiq Hasan – the Rector of AU, and Mr. Tran Van Long – the Director "
     "of BIT.", {"Md. Rafiq Hasan", "Tran Van Long"}),
    # a common typo of the verb
    ("Dr. Anna Berg and Prof. Karl Lund singed the MoU on behalf of their sides.", BOTH),
    # an East Asian name referred to by its first word (the family name) after a post
    ("President Wang Hua and two delegates from BIT attended the ceremony. President Wang and Dr. Anna Berg "
     "signed the agreement.", {"Wang Hua", "Anna Berg"}),
])
def test_page_writing_habits(sentence, signers):
    assert _signed(sentence) == signers
