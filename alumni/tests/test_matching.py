"""Names and schools compare equal however they are written, and the score says how sure a
match is, with its reasons."""

import pytest

from alumni.matching import (
    SAME_PERSON,
    UNCERTAIN,
    Match,
    Person,
    RegistryIndex,
    candidates_for,
    is_uncertain,
    score,
)
from alumni.models import AlumniRecord
from alumni.names import fold, last_name_keys, name_key, school_key


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("José-Luis", "jose luis"),
        ("  PÉREZ ", "Perez"),
        ("Mary Ann", "Mary-Ann"),
        ("O'Neal", "ONeal"),
        ("Washington Jr.", "Washington"),
    ],
)
def test_names_written_differently_share_a_key(one, other):
    assert name_key(one) == name_key(other)


def test_different_names_do_not_share_a_key():
    assert name_key("Maria") != name_key("Mario")
    assert fold("Ñandú") == "nandu"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Howard University College of Medicine", "Howard Univ. Coll. of Medicine"),
        ("Meharry Medical College", "MEHARRY MEDICAL COLLEGE"),
        ("Universidad Central del Caribe", "Universidad Central Del Caribe"),
    ],
)
def test_schools_written_differently_share_a_key(one, other):
    assert school_key(one) == school_key(other)


def test_former_names_are_keys_too():
    assert last_name_keys("Okafor-Reyes", ["Adaeze Okafor", "Nwosu"]) == [
        "okaforreyes",
        "okafor",
        "adaezeokafor",
        "nwosu",
    ]


def person(first="Adaeze", last="Okafor", school="Howard University", year=2012, others=()):
    return Person.of(first, last, school, year, others)


def test_the_same_person_scores_a_hundred_with_every_reason():
    points, reasons = score(person(), person(first="ADAEZE", school="Howard Univ."))
    assert points == SAME_PERSON
    assert reasons == ["last_name", "first_name", "school", "year"]


def test_a_former_name_a_short_first_name_and_a_year_off_are_uncertain():
    asker = person(first="Ada", last="Okafor", year=2013)
    known = person(last="Bello", others=["Okafor"])
    points, reasons = score(asker, known)
    assert reasons == ["former_name", "first_name_start", "school", "year_near"]
    assert points == 35 + 15 + 20 + 5
    assert points < SAME_PERSON and points >= UNCERTAIN


def test_only_a_first_name_that_agrees_makes_an_import_row_uncertain():
    same_school = Match(1, *score(person(first="Chinedu"), person()))
    assert same_school.score == 70  # last name, school and year
    assert not is_uncertain(same_school)
    short_name = Match(1, *score(person(first="Ada", year=2013), person()))
    assert is_uncertain(short_name)
    assert not is_uncertain(Match(1, *score(person(), person())))


def test_no_shared_last_name_is_no_match():
    assert score(person(last="Mensah"), person()) == (0, [])


@pytest.mark.django_db
def test_claim_candidates_come_best_first_in_two_queries(django_assert_max_num_queries):
    best = AlumniRecord.objects.create(
        first_name="Adaeze", last_name="Okafor", school="Howard University", graduation_year=2012
    )
    married = AlumniRecord.objects.create(
        first_name="Adaeze",
        last_name="Bello",
        other_names="Okafor",
        school="Howard University",
        graduation_year=2012,
    )
    AlumniRecord.objects.create(
        first_name="Chinedu", last_name="Okafor", school="Meharry", graduation_year=1990
    )
    AlumniRecord.objects.create(first_name="Adaeze", last_name="Mensah", school="Howard")
    with django_assert_max_num_queries(2):
        matches = candidates_for(person())
    assert [(match.record_id, match.score) for match in matches] == [
        (best.pk, 100),
        (married.pk, 95),
    ]


@pytest.mark.django_db
def test_renaming_a_record_updates_its_keys():
    record = AlumniRecord.objects.create(
        first_name="Adaeze", last_name="Okafor", school="Howard University", graduation_year=2012
    )
    record.last_name = "Bello"
    record.other_names = "Okafor"
    record.save()
    assert sorted(record.name_keys.values_list("key", flat=True)) == ["bello", "okafor"]
    assert [match.record_id for match in candidates_for(person(last="Bello"))] == [record.pk]


def test_the_registry_index_finds_by_external_id_and_by_any_last_name():
    index = RegistryIndex(
        [
            (1, "NMF-001", "Adaeze", "Bello", "Okafor", "Howard University", 2012),
            (2, "", "Chinedu", "Okafor", "", "Meharry Medical College", 1990),
        ]
    )
    assert index.by_external_id == {"NMF-001": 1}
    match = index.best(person())
    assert (match.record_id, match.score) == (1, 95)
    assert index.best(person(last="Nobody")) is None
