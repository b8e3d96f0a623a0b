import re

import pytest
from django.utils import translation

from members.factories import MemberFactory
from mentorship.directory import MentorDirectory
from mentorship.factories import MentorProfileFactory, MentorshipFactory
from mentorship.models import ProtocolAcknowledgement
from mentorship.tests.conftest import language, make_mentor, specialty

pytestmark = pytest.mark.django_db


@pytest.fixture
def mentors(directory):
    """Five listed mentors who differ in every filter."""
    return {
        "ada": make_mentor(
            "Ada",
            "Obi",
            state="GA",
            headline="Pediatrician in Atlanta",
            bio="I love helping students with residency interviews.",
            specialties=[specialty("pediatrics")],
            areas=["applications", "career"],
            stages=["student"],
            formats=["video"],
            languages=[language("en"), language("yo")],
        ),
        "bea": make_mentor(
            "Beatriz",
            "Soto",
            state="NM",
            headline="Emergency physician and researcher",
            bio="Ask me about research years and work-life integration.",
            specialties=[specialty("emergency-medicine")],
            areas=["research", "work_life"],
            stages=["resident"],
            formats=["phone", "in_person"],
            languages=[language("en"), language("es")],
        ),
        "cal": make_mentor(
            "Calvin",
            "Young",
            state="NY",
            headline="Family doctor and clinic owner",
            bio="Running a practice, contracts and debt.",
            specialties=[specialty("family-medicine"), specialty("pediatrics")],
            areas=["practice", "finances"],
            stages=["early_career"],
            formats=["video", "phone"],
            capacity=1,
        ),
        "dee": make_mentor(
            "Deandra",
            "Wells",
            state="TX",
            headline="Psychiatrist who talks about wellness",
            bio="Coping with racism in training and practice.",
            specialties=[specialty("psychiatry")],
            areas=["wellness"],
            stages=["student", "resident"],
            formats=["video"],
            accepting_mentees=False,
        ),
        "eli": make_mentor(
            "Elias",
            "Begay",
            state="AZ",
            headline="Surgeon and residency program leader",
            bio="Leadership and surgical careers for Native students.",
            specialties=[specialty("general-surgery")],
            areas=["leadership", "career"],
            stages=["pre_health", "student"],
            formats=["in_person"],
            languages=[language("en"), language("nv")],
        ),
    }


def names_in(response):
    html = response.content.decode()
    return {
        name
        for name in ["Ada Obi", "Beatriz Soto", "Calvin Young", "Deandra Wells", "Elias Begay"]
        if name in html
    }


def test_visitors_see_counts_and_an_invitation_never_names(client, mentors, directory):
    response = client.get(directory.url)
    assert response.status_code == 200
    assert names_in(response) == set()
    html = response.content.decode()
    assert "5 volunteer mentors are part of the network" in html
    assert "Pediatrics" in html and "Northeast" in html
    assert "Join the Hub" in html


def test_members_who_have_not_verified_their_email_see_no_names(client, mentors, directory):
    client.force_login(MemberFactory(verified=False))
    response = client.get(directory.url)
    assert names_in(response) == set()
    assert "Confirm your email address" in response.content.decode()


def test_verified_members_see_every_listed_mentor_in_a_stable_order(
    member_client, mentors, directory
):
    response = member_client.get(directory.url)
    html = response.content.decode()
    html = html[html.index('id="results-heading"') :]  # the results, after any suggestions
    assert names_in(response) == {
        "Ada Obi",
        "Beatriz Soto",
        "Calvin Young",
        "Deandra Wells",
        "Elias Begay",
    }
    # Ordered by last name: Begay, Obi, Soto, Wells, Young.
    positions = [
        html.index(name)
        for name in ["Elias Begay", "Ada Obi", "Beatriz Soto", "Deandra Wells", "Calvin Young"]
    ]
    assert positions == sorted(positions)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("specialty=pediatrics", {"Ada Obi", "Calvin Young"}),
        ("region=west", {"Beatriz Soto", "Elias Begay"}),
        ("state=NY", {"Calvin Young"}),
        ("area=career", {"Ada Obi", "Elias Begay"}),
        ("stage=resident", {"Beatriz Soto", "Deandra Wells"}),
        ("language=es", {"Beatriz Soto"}),
        ("format=in_person", {"Beatriz Soto", "Elias Begay"}),
        ("accepting=1", {"Ada Obi", "Beatriz Soto", "Calvin Young", "Elias Begay"}),
        ("q=residency", {"Ada Obi", "Elias Begay"}),
        ("q=Soto", {"Beatriz Soto"}),
        ("q=clinic+owner", {"Calvin Young"}),
    ],
)
def test_each_filter_alone(member_client, mentors, directory, query, expected):
    assert names_in(member_client.get(f"{directory.url}?{query}")) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("specialty=pediatrics&region=south", {"Ada Obi"}),
        ("region=west&format=in_person&language=nv", {"Elias Begay"}),
        ("area=career&stage=student&accepting=1&q=residency", {"Ada Obi", "Elias Begay"}),
        ("specialty=psychiatry&accepting=1", set()),
    ],
)
def test_filters_combined(member_client, mentors, directory, query, expected):
    assert names_in(member_client.get(f"{directory.url}?{query}")) == expected


@pytest.mark.parametrize(
    "query",
    [
        "specialty=astrology",
        "region=mars",
        "state=ZZ",
        "area=<script>",
        "stage=99",
        "language=klingon",
        "format=telepathy",
        "page=abc",
        "page=9999",
        "q=" + "x" * 500,
    ],
)
def test_invalid_filter_values_are_ignored(member_client, mentors, directory, query):
    response = member_client.get(f"{directory.url}?{query}")
    assert response.status_code == 200
    if not query.startswith("q=") and not query.startswith("page=9999"):
        assert len(names_in(response)) == 5


def test_a_bad_value_does_not_spoil_the_other_filters(member_client, mentors, directory):
    response = member_client.get(f"{directory.url}?specialty=astrology&state=NY")
    assert names_in(response) == {"Calvin Young"}


@pytest.mark.parametrize(
    "filters",
    [{}, {"region": "south"}, {"area": "career", "accepting": "1"}, {"q": "residency"}],
)
def test_facet_counts_match_the_results_they_lead_to(mentors, directory, filters):
    directory_view = MentorDirectory(filters)
    facets = directory_view.facets()
    checked = 0
    for name in ["specialty", "language", "state", "region", "area", "stage", "format"]:
        for value, count in facets[name].items():
            if not count:
                continue
            results = MentorDirectory({**filters, name: value}).filtered().count()
            assert results == count, (name, value)
            checked += 1
    accepting = MentorDirectory({**filters, "accepting": "1"}).filtered().count()
    assert facets["accepting"] == accepting
    assert checked >= 3


def test_facet_counts_are_shown_on_each_option(member_client, mentors, directory):
    html = member_client.get(f"{directory.url}?region=south").content.decode()
    assert re.search(r'<option value="pediatrics"[^>]*>Pediatrics \(1\)</option>', html)
    assert re.search(r'<option value="west"[^>]*>West \(2\)</option>', html)
    assert "Accepting new mentees now (1)" in html


def test_paused_mentor_never_appears(member_client, mentors, directory):
    mentors["ada"].paused = True
    mentors["ada"].save()
    assert "Ada Obi" not in names_in(member_client.get(directory.url))
    assert "Ada Obi" not in names_in(member_client.get(f"{directory.url}?q=Obi"))
    assert member_client.get(f"{directory.url}{mentors['ada'].public_id}/").status_code == 404


def test_mentor_who_never_accepted_the_protocol_never_appears(member_client, directory):
    user = MemberFactory(first_name="Ada", last_name="Obi")
    MentorProfileFactory(member=user.profile, protocol_version=0)
    assert names_in(member_client.get(directory.url)) == set()


def test_hidden_or_unverified_members_are_not_listed_as_mentors(member_client, mentors, directory):
    mentors["ada"].member.hidden_from_directory = True
    mentors["ada"].member.save()
    mentors["bea"].user.emailaddress_set.update(verified=False)
    assert names_in(member_client.get(directory.url)) == {
        "Calvin Young",
        "Deandra Wells",
        "Elias Begay",
    }


def test_a_new_protocol_version_hides_mentors_until_they_accept_it(
    member_client, mentors, directory, protocol
):
    protocol.version = 2
    protocol.save_revision().publish()
    assert names_in(member_client.get(directory.url)) == set()
    ProtocolAcknowledgement.objects.create(user=mentors["cal"].user, version=2)
    assert names_in(member_client.get(directory.url)) == {"Calvin Young"}


def test_full_is_shown_when_a_mentor_reaches_capacity(member_client, mentors, directory):
    MentorshipFactory(mentor=mentors["cal"].user)  # capacity 1
    html = member_client.get(f"{directory.url}?q=Young").content.decode()
    assert "Full" in html
    assert names_in(member_client.get(f"{directory.url}?accepting=1")) == {
        "Ada Obi",
        "Beatriz Soto",
        "Elias Begay",
    }
    html = member_client.get(f"{directory.url}?q=Obi").content.decode()
    assert "2 open places" in html


def test_an_ended_mentorship_frees_its_place(member_client, mentors, directory):
    from django.utils import timezone

    MentorshipFactory(mentor=mentors["cal"].user, ended_at=timezone.now())
    assert "Calvin Young" in names_in(member_client.get(f"{directory.url}?accepting=1"))


def test_no_email_or_phone_in_the_directory_or_a_profile(member_client, mentors, directory):
    mentor = mentors["ada"]
    for url in [directory.url, f"{directory.url}{mentor.public_id}/"]:
        html = member_client.get(url).content.decode()
        assert mentor.user.email not in html
        assert "@example.org" not in html
        assert "mailto:" not in html and "tel:" not in html


def test_results_are_paginated(member_client, directory):
    for index in range(14):
        make_mentor("Mentor", f"Number{index:02}")
    first = member_client.get(directory.url).content.decode()
    first = first[first.index('id="results-heading"') :]  # after the suggestions
    second = member_client.get(f"{directory.url}?page=2").content.decode()
    assert "Number00" in first and "Number11" in first and "Number12" not in first
    assert "Number12" in second and "Number13" in second and "Number00" not in second


def test_the_empty_state_helps(member_client, mentors, directory):
    html = member_client.get(f"{directory.url}?specialty=psychiatry&accepting=1").content.decode()
    assert "No mentor matches all of these filters" in html
    assert "Remove a filter" in html


def test_filters_in_use_can_be_removed_one_by_one(member_client, mentors, directory):
    html = member_client.get(f"{directory.url}?region=west&format=in_person").content.decode()
    assert 'href="?format=in_person"' in html
    assert 'href="?region=west"' in html


def test_search_finds_a_renamed_mentor(member_client, mentors, directory):
    user = mentors["ada"].user
    user.last_name = "Okonkwo"
    user.save()
    assert names_in(member_client.get(f"{directory.url}?q=Okonkwo")) == set()  # new name shown
    assert "Ada Okonkwo" in member_client.get(f"{directory.url}?q=Okonkwo").content.decode()


def test_directory_reads_in_spanish(member_client, mentors, directory, locales, spanish_home):
    from conftest import publish_translation

    spanish = publish_translation(directory, locales.es, title="Mentoría")
    with translation.override("es"):
        html = member_client.get(spanish.url).content.decode()
    assert "Pediatría" in html
    assert "Encuentre un mentor" in html
    assert "Ada Obi" in html


def test_visitors_overview_reads_in_spanish(client, mentors, directory, locales, spanish_home):
    from conftest import publish_translation

    spanish = publish_translation(directory, locales.es, title="Mentoría")
    html = client.get(spanish.url).content.decode()
    assert "Ada Obi" not in html
    assert "Pediatría" in html
    assert "Únase al Hub" in html
