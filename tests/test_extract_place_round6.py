"""How far a place phrase reaches (issue 12, round 6): generic rules on the structure of a place
phrase (kg.extract.place_extent), each tried on invented sentences in several wordings."""

import pytest

from kg.extract import extract


def _place(text):
    return extract(text, gazetteer=None)["agreement"]["place"]


@pytest.mark.parametrize("text, place", [
    # a place phrase goes on through ', at X', ', in Y' while each part is place-shaped
    ("The agreement was signed on Monday at the Council Chamber, at the Senate Building, in Riverton.",
     "Council Chamber, at the Senate Building, in Riverton"),
    ("The memorandum was inked in the Rector's Lounge, at Lorem Lodge, in Southtown, on 3 May 2024.",
     "Rector's Lounge, at Lorem Lodge, in Southtown"),
    ("On 5 May, at the Senate Room, at Alpha Hall, in Riverton, Alpha University and Beta College signed an MoU.",
     "Senate Room, at Alpha Hall, in Riverton"),
    ("The deal was concluded and signed at Ipsum Tower, in Lorem Ipsum town, by both presidents.",
     "Ipsum Tower, in Lorem Ipsum town"),
    # ... past an acronym in brackets, and 'in downtown Y'
    ("The signing ceremony took place at the Alpha Science Park (ASP) in Riverton.",
     "Alpha Science Park (ASP) in Riverton"),
    ("Both sides inked the deal at the Grand Plaza (GP) in Southtown on Friday.", "Grand Plaza (GP) in Southtown"),
    ("The pact was signed at the Riverton Tower in downtown Southtown.", "Riverton Tower in downtown Southtown"),
    # ... and on to the campus the venue is on
    ("The MoU was signed at Alpha Hall on the main campus of Beta University in Riverton.",
     "Alpha Hall on the main campus of Beta University in Riverton"),
    ("The deal was inked at Lorem Pavilion, on the north campus of Beta College, on 5 May.",
     "Lorem Pavilion, on the north campus of Beta College"),
    # a trailing locality noun belongs to the name before it
    ("The agreement was signed in Riverton town on Friday.", "Riverton town"),
    ("The MoU was inked in Lorem county last week.", "Lorem county"),
    ("Representatives of both sides signed the document in Ipsum prefecture.", "Ipsum prefecture"),
    # a descriptive lead-in is not part of the place
    ("The MoU was signed in the esteemed setting of the Great Hall of Alpha University.",
     "Great Hall of Alpha University"),
    ("The agreement was signed amid celebrations at the serene surroundings of the Lorem Gardens.", "Lorem Gardens"),
    ("The pact was inked in the hallowed halls of Alpha University on Friday.", "Alpha University"),
    ("The agreement was signed at the newly renovated Senate Hall of Alpha University.",
     "Senate Hall of Alpha University"),
    ("The signing took place at the prestigious Lotus Palace Hotel in Riverton.", "Lotus Palace Hotel in Riverton"),
    ("The MoU was signed at the iconic Riverton Tower.", "Riverton Tower"),
    # a party's premises named by its common noun, governed by the signing verb
    ("Alpha University signed an MoU with Beta University at the university.", "the university"),
    ("The two sides signed the agreement at the academy on 12 January.", "the academy"),
    ("The accord was inked at the institute in the presence of the minister.", "the institute"),
])
def test_whole_place_phrase(text, place):
    assert _place(text) == place


@pytest.mark.parametrize("text, place", [
    # (already read before this round; kept as they were)
    ("The memorandum was inked at Lorem Lodge, in Southtown, on 3 May 2024, by the two rectors.",
     "Lorem Lodge, in Southtown"),
    ("On 5 May, at the Lotus Hotel, in Riverton, Alpha University and Beta College signed an MoU.",
     "Lotus Hotel, in Riverton"),
    ("The MoU was signed at Alpha House, Riverton, Freedonia, on Monday.", "Alpha House, Riverton, Freedonia"),
    # a fronted place: the bare name after its comma is the subject, not more of the place
    ("At Hall A1, Alpha University of Industry (AUI) and Beta College signed a cooperation agreement.", "Hall A1"),
    ("On 20 May, at Alpha University's main campus in Riverton, Alpha University (AU) and Beta University "
     "signed an agreement.", "Alpha University's main campus in Riverton"),
    ("At the headquarters of Lorem Group, Beta University and Lorem Group signed an MoU.",
     "the headquarters of Lorem Group"),
    # a bare ', Y' that the clause does not end after
    ("The MoU was signed at Alpha House, Beta Institute and Gamma College taking part.", "Alpha House"),
    # locating words stay; a possessive or a venue noun is no lead-in
    ("The MoU was signed at the main Conference Room of Alpha University.", "the main Conference Room of Alpha University"),
    ("The accord was signed at the municipal Riverton Arena.", "the municipal Riverton Arena"),
    ("The agreement was signed at the headquarters of the Ministry in Lorem province.",
     "the headquarters of the Ministry in Lorem province"),
    # a month, a weekday or a person after ', in' / ', at' is no part of the place
    ("The MoU was signed at the Lotus Hotel, in March 2024.", "Lotus Hotel"),
    ("The agreement was signed at Alpha Hall, at Dr. Lorem's invitation.", "Alpha Hall"),
    # 'town hall' is a venue of its own: the locality noun does not end the place there
    ("The agreement was signed in Riverton town hall on Friday.", "Riverton town hall"),
])
def test_place_phrase_stops(text, place):
    assert _place(text) == place


@pytest.mark.parametrize("text, place", [
    # a relative clause about the signing itself, or one closed before the place, does not hide it
    ("The MoU, which was signed in Riverton on Monday, covers research.", "Riverton"),
    ("Alpha University signed an MoU with Beta College, which was founded in 1950, at the Lotus Hotel in Riverton.",
     "Lotus Hotel in Riverton"),
    ("Alpha University and Beta Group, who signed the agreement at the Lotus Hotel, will start in May.",
     "Lotus Hotel"),
])
def test_place_beside_a_relative_clause(text, place):
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    # 'at the university' said of research or study, not of the signing
    "Speaking at the signing ceremony, the Director said the deal will enhance research at the university.",
    "Alpha College signed an MoU with Beta University so that students can study at the university.",
    "The agreement, signed last week, lets Alpha staff teach at the college.",
    "Dr. Lorem, a lecturer at the university, welcomed the new agreement with Beta Institute.",
    # where a party is or works, told in a description or a relative clause after the signing word
    "Alpha University signed an MoU with Beta Group, a company operating in Riverton.",
    "Alpha University signed the MoU with Beta Group, a firm with factories in Riverton.",
    "Alpha College inked a deal with Beta Motors, a firm making buses in Riverton.",
    "Alpha University signed an MoU with Beta Group, whose factory in Riverton employs 500 people.",
    "The institute signed the memorandum with Beta Corporation, whose shipyard at Southtown Port is the largest.",
    "Both sides signed the pact with Lorem Foundation, who fund scholarships at Ipsum Hall.",
    # where the story was filed, or where people taking part are from
    "Posted in Riverton on 5 May 2024. Alpha University signed an MoU with Beta College.",
    "Published at Southtown, 3 June 2024. Alpha College and Beta Institute signed a memorandum.",
    "Alpha University signed an MoU with Beta College. The ceremony was attended by guests in Riverton.",
    "The signing ceremony drew delegates in Lorem province and officials from the ministry.",
])
def test_no_place(text):
    assert _place(text) is None
