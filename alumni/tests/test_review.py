"""Claim review: approve (linking the record to the member, or inviting the claimant to join),
ask for more information, decline, back to review; each acts once and emails the claimant in
the claim's language. Also the Claims listing and its review page in the admin."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from alumni import review
from alumni.factories import AlumniRecordFactory, ClaimFactory
from alumni.models import (
    AlumniRecord,
    ChangeAction,
    Claim,
    ClaimCandidate,
    ClaimStatus,
    RecordChange,
)
from members.factories import MemberFactory, staff_user
from members.models import User
from members.permissions import ALUMNI_RELATIONS, EDITORS, MENTORSHIP_STAFF

pytestmark = pytest.mark.django_db

INDEX_URL = "/admin/alumni/claims/"


def review_url(claim):
    return reverse("alumni_claims:inspect", args=[claim.pk])


@pytest.fixture
def reviewer(home_page):
    return staff_user(ALUMNI_RELATIONS, email="reviewer@nmf.example.org")


@pytest.fixture
def record():
    return AlumniRecordFactory(first_name="Adaeze", last_name="Okafor")


@pytest.fixture
def claim(record):
    claim = ClaimFactory(email="adaeze@example.org", status=ClaimStatus.PENDING)
    ClaimCandidate.objects.create(
        claim=claim, record=record, score=100, reasons=["last_name", "first_name", "school"]
    )
    return claim


# --- Approve -------------------------------------------------------------------------------


def test_approving_a_members_claim_links_the_record_and_emails_them_once(reviewer, record, claim):
    member = MemberFactory(email="adaeze@example.org")
    review.approve(claim.pk, record.pk, by=reviewer, message="Welcome back!")
    record.refresh_from_db()
    claim.refresh_from_db()
    assert record.member == member
    assert record.verified_at is not None
    assert (claim.status, claim.record, claim.member) == ("approved", record, member)
    assert (claim.reviewed_by, claim.staff_message) == (reviewer, "Welcome back!")
    assert claim.reviewed_at is not None
    change = RecordChange.objects.get(record=record)
    assert change.action == ChangeAction.LINKED
    assert change.changed_by == reviewer
    assert change.changes["member"] == [None, member.pk]
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["adaeze@example.org"]
    assert "verified NMF alum" in message.subject
    assert "http://testserver/en/my/" in message.body
    assert "Welcome back!" in message.body
    html, mime = message.alternatives[0]
    assert mime == "text/html"
    assert '<html lang="en">' in html


def test_a_second_approval_changes_nothing_and_sends_nothing(reviewer, record, claim):
    MemberFactory(email="adaeze@example.org")
    review.approve(claim.pk, record.pk, by=reviewer)
    with pytest.raises(review.Refused, match="now “Approved”"):
        review.approve(claim.pk, record.pk, by=reviewer)
    assert len(mail.outbox) == 1
    assert RecordChange.objects.count() == 1


def test_a_decision_on_a_claim_that_changed_since_it_was_opened_is_refused(reviewer, record, claim):
    seen = review.version_of(claim)
    review.ask_for_more_information(claim.pk, "Which years?", by=reviewer, seen=seen)
    with pytest.raises(review.Refused, match="changed after you opened it"):
        review.decline(claim.pk, "Sorry.", by=reviewer, seen=seen)
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.MORE_INFO
    assert len(mail.outbox) == 1


def test_approval_of_a_claim_in_spanish_emails_in_spanish(reviewer, record):
    claim = ClaimFactory(email="lucia@example.org", language="es")
    MemberFactory(email="lucia@example.org")
    review.approve(claim.pk, record.pk, by=reviewer)
    message = mail.outbox[0]
    assert "http://testserver/es/my/" in message.body
    assert '<html lang="es">' in message.alternatives[0][0]


def test_a_member_who_already_has_a_record_cannot_be_linked_to_another(reviewer, record, claim):
    member = MemberFactory(email="adaeze@example.org")
    AlumniRecordFactory(member=member)
    with pytest.raises(review.Refused, match="already linked to another record"):
        review.approve(claim.pk, record.pk, by=reviewer)
    claim.refresh_from_db()
    record.refresh_from_db()
    assert claim.status == ClaimStatus.PENDING
    assert record.member is None
    assert not mail.outbox


def test_a_record_linked_to_someone_else_cannot_be_approved_again(reviewer, record, claim):
    record.member = MemberFactory()
    record.save()
    with pytest.raises(review.Refused, match="already linked to another Hub member"):
        review.approve(claim.pk, record.pk, by=reviewer)
    assert not mail.outbox


def test_approving_for_a_non_member_invites_them_and_joining_links_the_record(
    client, reviewer, record, claim
):
    review.approve(claim.pk, record.pk, by=reviewer)
    record.refresh_from_db()
    assert record.member is None
    invitation = mail.outbox[0]
    signup_url = "http://testserver/en/accounts/signup/?email=adaeze%40example.org"
    assert signup_url in invitation.body
    assert signup_url.replace("&", "&amp;") in invitation.alternatives[0][0]

    form = client.get(signup_url.removeprefix("http://testserver"))
    assert 'value="adaeze@example.org"' in form.text
    client.post(
        "/en/accounts/signup/",
        {
            "first_name": "Adaeze",
            "last_name": "Okafor",
            "email": "adaeze@example.org",
            "password1": "Stethoscope-2031!",
            "password2": "Stethoscope-2031!",
            "stage": "early_career",
        },
    )
    record.refresh_from_db()
    assert record.member is None  # not until the address is confirmed
    link = re.search(r"http://testserver(/en/accounts/confirm-email/\S+/)", mail.outbox[-1].body)
    client.post(link.group(1))
    user = User.objects.get(email="adaeze@example.org")
    record.refresh_from_db()
    claim.refresh_from_db()
    assert record.member == user
    assert record.verified_at is not None
    assert claim.member == user
    change = RecordChange.objects.get(record=record)
    assert change.action == ChangeAction.LINKED


def test_confirming_an_address_does_not_take_a_record_already_linked_to_someone_else(
    reviewer, record, claim
):
    review.approve(claim.pk, record.pk, by=reviewer)
    someone = MemberFactory()
    AlumniRecord.objects.filter(pk=record.pk).update(member=someone)
    newcomer = MemberFactory(email="adaeze@example.org")
    review.link_on_verified_email(newcomer, "Adaeze@Example.org")
    record.refresh_from_db()
    assert record.member == someone


# --- More information, decline, back to review ---------------------------------------------


def test_asking_for_more_information_emails_the_question(reviewer, claim):
    review.ask_for_more_information(claim.pk, "Which school did you start at?", by=reviewer)
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.MORE_INFO
    assert claim.reviewed_by == reviewer
    message = mail.outbox[0]
    assert message.to == [claim.email]
    assert "Which school did you start at?" in message.body
    assert "Which school did you start at?" in message.alternatives[0][0]
    assert message.reply_to == ["reviewer@nmf.example.org"]


def test_more_information_needs_a_message(reviewer, claim):
    with pytest.raises(review.Refused):
        review.ask_for_more_information(claim.pk, "  ", by=reviewer)
    assert not mail.outbox


def test_declining_emails_the_kindly_worded_message(reviewer, claim):
    review.decline(claim.pk, "We could not find you, and we are sorry.", by=reviewer)
    claim.refresh_from_db()
    assert (claim.status, claim.staff_message) == (
        "declined",
        "We could not find you, and we are sorry.",
    )
    assert "We could not find you, and we are sorry." in mail.outbox[0].body


def test_back_to_review_sends_nothing_and_allows_a_new_decision(reviewer, record, claim):
    review.decline(claim.pk, "Sorry.", by=reviewer)
    review.reopen(claim.pk, by=reviewer)
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.PENDING
    assert len(mail.outbox) == 1
    review.approve(claim.pk, record.pk, by=reviewer)
    assert len(mail.outbox) == 2


def test_an_unconfirmed_claim_cannot_be_reviewed(reviewer, record):
    claim = ClaimFactory(status=ClaimStatus.UNCONFIRMED)
    for decide in [
        lambda: review.approve(claim.pk, record.pk, by=reviewer),
        lambda: review.decline(claim.pk, "No.", by=reviewer),
        lambda: review.ask_for_more_information(claim.pk, "?", by=reviewer),
    ]:
        with pytest.raises(review.Refused):
            decide()
    assert not mail.outbox


# --- The admin -----------------------------------------------------------------------------


def test_the_review_page_shows_what_was_written_and_the_ranked_candidates(
    client, reviewer, record, claim
):
    weaker = AlumniRecordFactory(first_name="Ada", last_name="Okafor", graduation_year=2013)
    ClaimCandidate.objects.create(
        claim=claim, record=weaker, score=60, reasons=["last_name", "year_near"]
    )
    claim.note = "My aid letter mentioned a foundation."
    claim.save()
    client.force_login(reviewer)
    page = client.get(review_url(claim)).text
    assert "My aid letter mentioned a foundation." in page
    assert page.index(str(record.first_name)) < page.index("Graduation year one year off")
    assert "Same school" in page
    assert "Approve as the chosen record" in page
    assert "Email the question" in page
    assert "We could not find a record" in page


def test_approving_from_the_review_page_then_submitting_again_acts_once(
    client, reviewer, record, claim
):
    member = MemberFactory(email="adaeze@example.org")
    client.force_login(reviewer)
    data = {
        "action": "approve",
        "version": review.version_of(claim),
        "approve-record": record.pk,
    }
    first = client.post(review_url(claim), data)
    assert first.status_code == 302
    again = client.post(review_url(claim), data)
    assert again.status_code == 200
    assert "Nothing was changed or sent" in again.text
    record.refresh_from_db()
    assert record.member == member
    assert len(mail.outbox) == 1


def test_approving_without_choosing_a_record_is_refused_keeping_the_note(client, reviewer, claim):
    client.force_login(reviewer)
    response = client.post(
        review_url(claim),
        {"action": "approve", "version": review.version_of(claim), "approve-message": "Hello!"},
    )
    assert response.status_code == 200
    assert "Choose the record this claim is about" in response.text
    assert "Hello!" in response.text
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.PENDING


def test_declining_with_an_unedited_template_sends_the_template_chosen(client, reviewer, claim):
    client.force_login(reviewer)
    first_text = str(review.DECLINE_TEMPLATES["not_found"][1])
    chosen_text = str(review.DECLINE_TEMPLATES["other_program"][1])
    client.post(
        review_url(claim),
        {
            "action": "decline",
            "version": review.version_of(claim),
            "decline-template": "other_program",
            "decline-message": first_text.replace("\n", "\r\n"),
        },
    )
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.DECLINED
    assert claim.staff_message == chosen_text


def test_more_information_without_a_message_shows_the_error(client, reviewer, claim):
    client.force_login(reviewer)
    response = client.post(
        review_url(claim),
        {"action": "more_info", "version": review.version_of(claim), "more_info-message": ""},
    )
    assert response.status_code == 200
    assert "Write what you would like the claimant to tell you." in response.text
    assert not mail.outbox


@pytest.mark.parametrize("group_name", [EDITORS, MENTORSHIP_STAFF])
def test_other_staff_cannot_see_or_review_claims(client, home_page, record, claim, group_name):
    client.force_login(staff_user(group_name))
    assert client.get(INDEX_URL).status_code == 302
    assert client.get(review_url(claim)).status_code == 302
    response = client.post(
        review_url(claim),
        {"action": "approve", "version": review.version_of(claim), "approve-record": record.pk},
    )
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.PENDING
    assert not mail.outbox
    assert "Claims" not in client.get(reverse("wagtailadmin_home")).text


def test_members_cannot_reach_the_claims(client, home_page, claim):
    client.force_login(MemberFactory())
    response = client.get(review_url(claim))
    assert response.status_code == 302
    assert "login" in response.url


def test_the_list_puts_claims_waiting_for_review_first_oldest_first_and_hides_unconfirmed(
    client, reviewer
):
    declined = ClaimFactory(status=ClaimStatus.DECLINED)
    newer = ClaimFactory(status=ClaimStatus.PENDING)
    older = ClaimFactory(status=ClaimStatus.PENDING)
    Claim.objects.filter(pk=older.pk).update(created_at=newer.created_at.replace(year=2025))
    asked = ClaimFactory(status=ClaimStatus.MORE_INFO)
    unconfirmed = ClaimFactory(status=ClaimStatus.UNCONFIRMED)
    client.force_login(reviewer)

    def listed(query=None):
        response = client.get(INDEX_URL, query or {})
        return [claim.pk for claim in response.context["object_list"]]

    assert listed() == [older.pk, newer.pk, asked.pk, declined.pk]
    assert listed({"status": "declined"}) == [declined.pk]
    assert listed({"status": "unconfirmed"}) == [unconfirmed.pk]


@pytest.mark.parametrize("count", [5, 200])
def test_claims_list_queries_do_not_grow_with_claims(
    client, reviewer, record, django_assert_max_num_queries, count
):
    claims = Claim.objects.bulk_create(
        Claim(
            first_name="Ada",
            last_name=f"Claimant{number}",
            school="Howard",
            graduation_year=2010,
            email=f"c{number}@example.org",
            status=ClaimStatus.PENDING if number % 2 else ClaimStatus.DECLINED,
            reviewed_by=reviewer if number % 2 == 0 else None,
        )
        for number in range(count)
    )
    ClaimCandidate.objects.bulk_create(
        ClaimCandidate(claim=claim, record=record, score=70) for claim in claims
    )
    client.force_login(reviewer)
    client.get(INDEX_URL)
    # About 9 today: the session, the user and permissions, the count, one page of claims.
    with django_assert_max_num_queries(11):
        response = client.get(INDEX_URL, {"q": "Ada"})
    assert len(response.context["object_list"]) == min(count, 50)


def test_the_review_page_queries_do_not_grow_with_candidates(
    client, reviewer, claim, django_assert_max_num_queries
):
    client.force_login(reviewer)
    client.get(review_url(claim))
    with django_assert_max_num_queries(30) as few:
        client.get(review_url(claim))
    for number in range(5):
        ClaimCandidate.objects.create(
            claim=claim, record=AlumniRecordFactory(), score=50 + number, reasons=["last_name"]
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(review_url(claim))


def test_email_addresses_are_compared_without_case(reviewer, record):
    claim = ClaimFactory(email="Adaeze@Example.org")
    member = MemberFactory(email="adaeze@example.org")
    assert EmailAddress.objects.filter(user=member, verified=True).exists()
    review.approve(claim.pk, record.pk, by=reviewer)
    record.refresh_from_db()
    assert record.member == member
