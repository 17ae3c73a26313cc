"""'expert' as a person's post ('the leading expert A B', 'Ms A B, expert for ...') names no area of the agreement
(kg.extract.area_checks.EXPERT_POST); invented sentences."""

from tests.draft_facts import area_keys


def test_an_expert_before_a_name_is_a_post():
    areas = area_keys("Loremton University and Ipsum College signed an MoU on 2 May 2024 on joint research, "
                      "with the senior expert Dolor Sitamet attending for the ministry.")
    assert "expert-sharing" not in areas and "joint-research" in areas


def test_a_name_then_expert_for_a_field_is_a_post():
    areas = area_keys("Ms Dolor Sitamet, expert for quality management at Ipsum College, witnessed the signing of "
                      "the MoU with Loremton University on 2 May 2024 on joint research.")
    assert "expert-sharing" not in areas


def test_sharing_experts_is_still_read():
    areas = area_keys("Loremton University and Ipsum College signed an MoU on 2 May 2024 on joint research and "
                      "the exchange of experts.")
    assert "expert-sharing" in areas
