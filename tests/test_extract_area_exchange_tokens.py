"""'exchange' followed by what the sides hand over or say at the meeting ('an exchange of gifts', 'to exchange
views', 'exchange cooperation plans') names no area (kg.extract.areas.EXCHANGE_TOKENS); invented sentences."""

from tests.draft_facts import area_keys


def test_an_exchange_of_gifts_is_not_an_area():
    areas = area_keys("Loremton University and Ipsum College signed an MoU on 2 May 2024 on joint research, "
                      "followed by an exchange of gifts between the two rectors.")
    assert "exchange" not in areas and "joint-research" in areas


def test_exchanging_plans_at_a_visit_is_not_an_area():
    areas = area_keys("The Ipsum delegation visited Loremton University on 2 May 2024 to exchange cooperation plans "
                      "and sign an MoU on joint research.")
    assert "exchange" not in areas


def test_exchange_views_is_not_an_area():
    areas = area_keys("Loremton University and Ipsum College signed an MoU on 2 May 2024; the two sides will "
                      "exchange views on joint research.")
    assert "exchange" not in areas


def test_an_exchange_of_students_is_still_read():
    areas = area_keys("Loremton University and Ipsum College signed an MoU on 2 May 2024 on joint research and "
                      "the exchange of students.")
    assert "student-exchange" in areas
