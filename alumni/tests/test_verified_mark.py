"""What members see of alumni discovery: the "Verified NMF alum" mark on profiles and in the
mentor directory, the "Did NMF support you?" panel on My Hub, and their claims in "download my
data" and deletion."""

import json

import pytest
from django.urls import reverse
from django.utils import timezone

from alumni.factories import AlumniAwardFactory, AlumniRecordFactory, ClaimFactory, ClaimPageFactory
from alumni.models import AlumniRecord, Claim, ClaimStatus, RecordChange
from conftest import publish_translation
from members.data import erase_member
from members.factories import MemberFactory
from mentorship.factories import (
    MentorDirectoryPageFactory,
    MentorProfileFactory,
    VolunteerProtocolPageFactory,
)

pytestmark = pytest.mark.django_db

MARK = "Verified NMF alum"


def verified_alum(**kwargs):
    member = MemberFactory(**kwargs)
    AlumniRecordFactory(member=member, verified_at=timezone.now())
    return member


@pytest.fixture
def viewer(client, home_page):
    client.force_login(MemberFactory())
    return client


@pytest.fixture
def directory(home_page):
    VolunteerProtocolPageFactory(parent=home_page)
    return MentorDirectoryPageFactory(parent=home_page)


def profile_url(member):
    return reverse("members:profile", args=[member.profile.public_id])


# --- The mark ------------------------------------------------------------------------------


def test_a_verified_alums_profile_shows_the_mark(viewer):
    assert MARK in viewer.get(profile_url(verified_alum())).text


@pytest.mark.parametrize("linked_unverified", [False, True])
def test_other_profiles_show_no_mark(viewer, linked_unverified):
    member = MemberFactory()
    if linked_unverified:
        AlumniRecordFactory(member=member, verified_at=None)
    else:
        AlumniRecordFactory()  # in the registry, but not linked to anyone
    assert MARK not in viewer.get(profile_url(member)).text


def test_the_directory_marks_verified_alumni_only(viewer, directory):
    alum = MentorProfileFactory(member=verified_alum(first_name="Imani").profile)
    other = MentorProfileFactory(member=MemberFactory(first_name="Tomas").profile)
    # Filtered, so the page lists cards only (no "recommended for you" first).
    html = viewer.get(directory.url, {"accepting": "1"}).text
    assert html.count(MARK) == 1
    alum_card = html[html.index(str(alum.public_id)) :]
    assert alum_card.index(MARK) < alum_card.index("</li>")
    assert MARK in viewer.get(f"{directory.url}{alum.public_id}/").text
    assert MARK not in viewer.get(f"{directory.url}{other.public_id}/").text


@pytest.mark.parametrize("alumni", [1, 11])  # one page of cards holds 12
def test_the_directory_queries_do_not_grow_with_verified_alumni(
    viewer, directory, django_assert_max_num_queries, alumni
):
    for _ in range(alumni):
        MentorProfileFactory(member=verified_alum().profile)
    MentorProfileFactory()
    viewer.get(directory.url, {"accepting": "1"})
    with django_assert_max_num_queries(36):
        html = viewer.get(directory.url, {"accepting": "1"}).text
    assert html.count(MARK) == alumni


# --- My Hub --------------------------------------------------------------------------------


@pytest.fixture
def member(client, home_page):
    member = MemberFactory(email="nia@example.org")
    client.force_login(member)
    return member


def panel(client):
    html = client.get("/en/my/").text
    start = html.index('aria-labelledby="claims-heading"')
    return html[start : html.index("</section>", start)]


def test_my_hub_invites_a_member_without_claim_or_record_to_ask(client, member, home_page):
    claim_page = ClaimPageFactory(parent=home_page)
    text = panel(client)
    assert "Did NMF support you?" in text
    assert f'href="{claim_page.url}"' in text
    assert "/en/did-nmf-support-me/" in text


def test_my_hub_links_to_the_claim_page_in_the_members_language(
    client, member, home_page, spanish_home, locales
):
    claim_page = ClaimPageFactory(parent=home_page)
    publish_translation(claim_page, locales.es, title="¿Me apoyó NMF?")
    html = client.get("/es/my/").text
    assert "/es/did-nmf-support-me/" in html


@pytest.mark.parametrize(
    ("status", "message", "expected"),
    [
        (ClaimStatus.UNCONFIRMED, "", "Waiting for you to confirm your email address"),
        (ClaimStatus.PENDING, "", "Waiting for review"),
        (ClaimStatus.MORE_INFO, "Which years were you at Howard?", "NMF asked for more"),
        (ClaimStatus.DECLINED, "We could not find a record, sorry.", "Declined"),
    ],
)
def test_my_hub_shows_each_claims_state_in_plain_words(client, member, status, message, expected):
    ClaimFactory(member=member, status=status, staff_message=message)
    text = panel(client)
    assert expected in text
    if message:
        assert message in text
    assert MARK not in text


def test_my_hub_shows_an_approved_claim_as_verified(client, member):
    record = AlumniRecordFactory(member=member, verified_at=timezone.now())
    ClaimFactory(member=member, status=ClaimStatus.APPROVED, record=record)
    text = panel(client)
    assert "Approved: verified" in text
    assert MARK in text


def test_my_hub_finds_claims_sent_from_a_verified_address_but_not_anyone_elses(client, member):
    ClaimFactory(email="NIA@example.org", status=ClaimStatus.PENDING)
    ClaimFactory(email="someone@example.org", status=ClaimStatus.DECLINED, staff_message="Hidden")
    text = panel(client)
    assert "Waiting for review" in text
    assert "Hidden" not in text


def test_my_hub_shows_the_mark_for_a_record_linked_by_invitation(client, member):
    AlumniRecordFactory(member=member, verified_at=timezone.now())
    text = panel(client)
    assert MARK in text
    assert "you can ask us privately" not in text


@pytest.mark.parametrize("claims", [1, 10])
def test_my_hub_queries_do_not_grow_with_claims(
    client, member, django_assert_max_num_queries, claims
):
    ClaimFactory.create_batch(claims, member=member, status=ClaimStatus.DECLINED)
    client.get("/en/my/")
    # My Hub for a member without claims (members/tests/test_profile.py), +1 for the claims.
    with django_assert_max_num_queries(30):
        response = client.get("/en/my/")
    assert response.text.count('class="alumni-claim"') == claims


# --- Download my data, and deletion ---------------------------------------------------------


def test_download_my_data_includes_my_claims_and_my_record(client, member):
    record = AlumniRecordFactory(member=member, verified_at=timezone.now())
    AlumniAwardFactory(record=record, program="NMF Need-Based Scholarship", year=2009)
    ClaimFactory(
        member=member,
        status=ClaimStatus.DECLINED,
        note="My aid letter named a foundation.",
        staff_message="Please send the letter.",
    )
    ClaimFactory(email="nia@example.org", status=ClaimStatus.PENDING, school="Meharry")
    ClaimFactory(email="other@example.org", school="Someone else's school")
    data = json.loads(client.get("/en/my/data/export/").content)["alumni"]
    assert [claim["status"] for claim in data["claims"]] == ["declined", "pending"]
    assert data["claims"][0]["note"] == "My aid letter named a foundation."
    assert data["claims"][0]["message_from_nmf"] == "Please send the letter."
    assert data["claims"][1]["school"] == "Meharry"
    assert data["alumni_record"]["awards"] == [
        {"program": "NMF Need-Based Scholarship", "year": 2009}
    ]
    assert "Someone else's school" not in json.dumps(data)


def test_deleting_an_account_deletes_its_claims_and_unlinks_its_record(member):
    record = AlumniRecordFactory(member=member, verified_at=timezone.now())
    ClaimFactory(member=member, status=ClaimStatus.APPROVED, record=record)
    ClaimFactory(email="nia@example.org", status=ClaimStatus.PENDING)
    kept = ClaimFactory(email="other@example.org")
    erase_member(member)
    assert list(Claim.objects.all()) == [kept]
    record = AlumniRecord.objects.get(pk=record.pk)
    assert (record.member, record.verified_at) == (None, None)
    assert RecordChange.objects.get(record=record).changes["member"] == [member.pk, None]
