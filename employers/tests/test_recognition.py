"""How points become a tier, how long a designation lasts, and what a page shows as current."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from employers.factories import EmployerIndexPageFactory, EmployerPageFactory, designate, scores
from employers.models import (
    Designation,
    RecognitionSettings,
    Tier,
    compute_tier,
)
from employers.models.criteria import Criterion

SETTINGS = RecognitionSettings(
    criterion_met_percent=50,
    recognized_percent=60,
    distinguished_percent=75,
    exemplary_percent=90,
)
CRITERIA = [
    Criterion("recruitment", 20, True),
    Criterion("retention", 20, True),
    Criterion("pipeline", 20, False),
    Criterion("belonging", 20, False),
    Criterion("community", 20, False),
]


def tier(**points):
    return compute_tier(points, CRITERIA, SETTINGS).tier


# --- Tier computation on crafted cases --------------------------------------------------------


def test_full_marks_are_exemplary():
    assert (
        tier(recruitment=20, retention=20, pipeline=20, belonging=20, community=20) == "exemplary"
    )


@pytest.mark.parametrize(
    ("total", "expected"),
    [
        (90, "exemplary"),
        (89, "distinguished"),
        (75, "distinguished"),
        (74, "recognized"),
        (60, "recognized"),
        (59, ""),
    ],
)
def test_the_share_of_all_points_decides_the_tier(total, expected):
    # Foundational criteria full; the rest spread over the others.
    rest = total - 40
    points = {"recruitment": 20, "retention": 20, "pipeline": min(rest, 20)}
    points["belonging"] = min(max(rest - 20, 0), 20)
    points["community"] = max(rest - 40, 0)
    assert tier(**points) == expected


def test_a_foundational_criterion_below_half_blocks_every_tier():
    outcome = compute_tier(
        {"recruitment": 9, "retention": 20, "pipeline": 20, "belonging": 20, "community": 20},
        CRITERIA,
        SETTINGS,
    )
    assert outcome.points == 89
    assert outcome.tier == ""
    assert outcome.unmet_foundational == ("recruitment",)


def test_a_foundational_criterion_at_exactly_half_is_met():
    assert tier(recruitment=10, retention=20, pipeline=20, belonging=20, community=20) == (
        "exemplary"
    )


def test_non_foundational_criteria_can_be_zero():
    assert tier(recruitment=20, retention=20, pipeline=20, belonging=20) == "distinguished"


def test_points_above_the_maximum_count_as_the_maximum_and_negative_as_zero():
    outcome = compute_tier(
        {"recruitment": 50, "retention": 20, "pipeline": -5, "belonging": 20, "community": 20},
        CRITERIA,
        SETTINGS,
    )
    assert (outcome.points, outcome.max_points, outcome.tier) == (80, 100, "distinguished")


def test_thresholds_come_from_the_settings():
    lenient = RecognitionSettings(
        criterion_met_percent=50,
        recognized_percent=30,
        distinguished_percent=40,
        exemplary_percent=95,
    )
    points = {"recruitment": 10, "retention": 10, "pipeline": 10, "belonging": 10}
    assert compute_tier(points, CRITERIA, lenient).tier == "distinguished"
    assert compute_tier(points, CRITERIA, SETTINGS).tier == ""


def test_tiers_must_rise_in_the_settings():
    with pytest.raises(ValidationError):
        RecognitionSettings(
            recognized_percent=80, distinguished_percent=75, exemplary_percent=90
        ).clean()


# --- Designations on pages --------------------------------------------------------------------


@pytest.fixture
def employer(home_page):
    index = EmployerIndexPageFactory(parent=home_page)
    return EmployerPageFactory(parent=index)


@pytest.mark.django_db
def test_a_designation_works_out_its_tier_and_validity_when_saved(employer):
    designation = designate(employer, 2025, {"Community investment": 0, "Retention": 12})
    assert (designation.points, designation.max_points) == (82, 100)
    assert designation.tier == Tier.DISTINGUISHED
    assert designation.valid_until == datetime.date(2026, 12, 31)


@pytest.mark.django_db
def test_missing_a_foundational_criterion_means_no_tier(employer):
    designation = designate(employer, 2025, {"Inclusive environment and belonging": 5})
    assert designation.tier == ""
    assert designation.tier_label == "No tier reached"
    assert not designation.is_current(datetime.date(2025, 6, 1))


@pytest.mark.django_db
def test_a_tier_once_awarded_stays_when_thresholds_move_and_the_page_is_saved_again(employer):
    designation = designate(employer, 2025, {"Community investment": 0})  # 90 points
    assert designation.tier == Tier.EXEMPLARY
    settings = RecognitionSettings.load()
    settings.exemplary_percent = 95
    settings.save()
    designation.citation = "For a decade of pathway programs."
    designation.save()
    assert Designation.objects.get(pk=designation.pk).tier == Tier.EXEMPLARY
    designation.scores = scores({"Community investment": 1})
    designation.save()
    assert Designation.objects.get(pk=designation.pk).tier == Tier.DISTINGUISHED


@pytest.mark.django_db
def test_an_expired_designation_is_past_never_current(employer):
    designate(employer, 2023)
    designate(employer, 2024, {"Community investment": 0, "Leadership accountability": 5})
    page = type(employer).objects.get(pk=employer.pk)
    assert page.current_designation(datetime.date(2025, 12, 31)).year == 2024
    assert page.current_designation(datetime.date(2026, 1, 1)) is None
    annotated = (
        type(employer).objects.with_recognition(datetime.date(2026, 1, 1)).get(pk=employer.pk)
    )
    assert annotated.current_tier is None and annotated.latest_year == 2024


@pytest.mark.django_db
def test_history_groups_years_by_tier_and_counts_consecutive_years(employer):
    designate(employer, 2021)
    recognized = {
        "Community investment": 0,
        "Leadership accountability": 0,
        "Matriculation and pipeline": 5,
    }
    designate(employer, 2023, recognized)
    designate(employer, 2024, recognized)
    designate(employer, 2025, {"Community investment": 0, "Leadership accountability": 5})
    designate(employer, 2026, {"Retention": 0})  # foundational unmet: not awarded
    page = type(employer).objects.get(pk=employer.pk)
    assert [(str(label), years) for label, years in page.history()] == [
        ("Exemplary", [2021]),
        ("Recognized", [2023, 2024]),
        ("Distinguished", [2025]),
    ]
    assert page.consecutive_years() == 3


@pytest.mark.django_db
def test_a_page_cannot_have_two_designations_for_one_year(employer):
    page = type(employer).objects.get(pk=employer.pk)
    page.designations.add(Designation(year=2025), Designation(year=2025))
    with pytest.raises(ValidationError, match="2025 appears more than once"):
        page.full_clean()


@pytest.mark.django_db
def test_a_score_above_its_criterion_maximum_is_refused():
    from employers.blocks import ScoresBlock

    block = ScoresBlock()
    value = block.to_python(
        [
            {"type": "score", "value": {"criterion": criterion.pk, "points": points}}
            for criterion, points in [
                (criterion, 99) for criterion in type(scores()[0][1]["criterion"]).scored()[:1]
            ]
        ]
    )
    with pytest.raises(ValidationError):
        block.clean(value)


@pytest.mark.django_db
def test_a_criterion_scored_twice_is_refused():
    from employers.blocks import ScoresBlock

    first = scores()[0][1]["criterion"]
    block = ScoresBlock()
    value = block.to_python(
        [{"type": "score", "value": {"criterion": first.pk, "points": 5}} for _ in range(2)]
    )
    with pytest.raises(ValidationError):
        block.clean(value)
