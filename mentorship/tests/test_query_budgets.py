"""Queries per page stay the same at 10 and at 2,000 mentors."""

import pytest
from wagtail.search import index

from mentorship.factories import MentorshipFactory
from mentorship.tests.conftest import bulk_mentors

pytestmark = pytest.mark.django_db
SIZES = [10, 2000]


@pytest.fixture(params=SIZES)
def many_mentors(request, directory, specialties_page):
    mentors = bulk_mentors(request.param, state="GA")
    for mentor in mentors[:5]:
        index.insert_or_update_object(mentor)
    return mentors


def test_directory_queries_hold_with_three_filters_and_a_search(
    member_client, directory, many_mentors, django_assert_max_num_queries
):
    query = {"specialty": "family-medicine", "region": "south", "accepting": "1", "q": "Bulk"}
    member_client.get(directory.url, query)
    with django_assert_max_num_queries(36):
        response = member_client.get(directory.url, query)
    assert response.status_code == 200
    assert "Bulk Mentor" in response.content.decode()


def test_directory_with_recommendations_queries_hold(
    member_client, member, directory, many_mentors, django_assert_max_num_queries
):
    member.profile.state = "GA"
    member.profile.save()
    member_client.get(directory.url)
    with django_assert_max_num_queries(42):
        response = member_client.get(directory.url)
    assert "Recommended for you" in response.content.decode()


def test_directory_overview_queries_hold_for_visitors(
    client, directory, many_mentors, django_assert_max_num_queries
):
    client.get(directory.url)
    with django_assert_max_num_queries(22):
        response = client.get(directory.url)
    assert f"{len(many_mentors)} volunteer mentors" in response.content.decode()


def test_mentor_profile_queries_hold(
    member_client, directory, many_mentors, django_assert_max_num_queries
):
    url = f"{directory.url}{many_mentors[-1].public_id}/"
    member_client.get(url)
    with django_assert_max_num_queries(25):
        response = member_client.get(url)
    assert response.status_code == 200


@pytest.mark.parametrize("signed_in", [False, True])
def test_specialty_pages_queries_hold(
    client, member, specialties_page, many_mentors, django_assert_max_num_queries, signed_in
):
    if signed_in:
        client.force_login(member)
    url = f"{specialties_page.url}family-medicine/"
    client.get(url)
    with django_assert_max_num_queries(34):
        assert client.get(url).status_code == 200
    client.get(specialties_page.url)
    with django_assert_max_num_queries(24):
        assert client.get(specialties_page.url).status_code == 200


def test_my_hub_for_a_mentor_queries_hold(
    client, directory, many_mentors, django_assert_max_num_queries
):
    """A mentor with requests waiting and a mentee; more data, same queries."""
    from django.urls import reverse

    from mentorship.models import MentorshipRequest

    mentor = many_mentors[-1]
    MentorshipFactory(mentor=mentor.member.user)
    others = [m.member.user for m in many_mentors[: min(len(many_mentors) - 1, 30)]]
    MentorshipRequest.objects.bulk_create(
        MentorshipRequest(
            mentee=other,
            mentor=mentor.member.user,
            message="Hello",
            goals=["career"],
            preferred_format="video",
        )
        for other in others
    )
    client.force_login(mentor.member.user)
    client.get(reverse("members:dashboard"))
    # +2: My Hub's employer-nominations panel (its list and the nominate link's page).
    # +1: active mentorships and those waiting for feedback are two short queries.
    # +1: the "Did NMF support you?" panel (record, claims and the claim page in one query).
    with django_assert_max_num_queries(40):
        response = client.get(reverse("members:dashboard"))
    html = response.content.decode()
    assert "You have 1 open place." in html
    assert html.count('class="request"') == len(others)


@pytest.mark.parametrize("check_ins", [1, 60])
def test_mentorship_page_queries_hold(client, protocol, django_assert_max_num_queries, check_ins):
    from django.urls import reverse

    from mentorship.factories import AgreedMentorshipFactory, CheckInFactory

    mentorship = AgreedMentorshipFactory()
    CheckInFactory.create_batch(check_ins, mentorship=mentorship)
    CheckInFactory.create_batch(
        check_ins, mentorship=mentorship, author=mentorship.mentor, support_requested=True
    )
    client.force_login(mentorship.mentor)
    url = reverse("mentorship:mentorship", args=[mentorship.pk])
    client.get(url)
    with django_assert_max_num_queries(14):
        response = client.get(url)
    assert response.content.decode().count("Logged by") == 2 * check_ins


@pytest.mark.parametrize("mentorships", [1, 12])
def test_my_hub_with_mentorships_in_every_state_queries_hold(
    client, directory, django_assert_max_num_queries, mentorships
):
    from django.urls import reverse
    from django.utils import timezone

    from members.factories import MemberFactory
    from mentorship.factories import AgreedMentorshipFactory, MentorshipFeedbackFactory

    mentee = MemberFactory()
    for _ in range(mentorships):
        MentorshipFactory(mentee=mentee)
        AgreedMentorshipFactory(mentee=mentee)
        MentorshipFeedbackFactory(
            mentorship=AgreedMentorshipFactory(mentee=mentee, ended_at=timezone.now()),
            role="mentor",
        )
    client.force_login(mentee)
    url = reverse("members:dashboard")
    client.get(url)
    # +2: My Hub's employer-nominations panel (its list and the nominate link's page).
    # +1: the "Did NMF support you?" panel (record, claims and the claim page in one query).
    with django_assert_max_num_queries(37):
        response = client.get(url)
    assert "Tell NMF how it went" in response.content.decode()
