"""Invitations: choosing records, sending batches throttled in the background, single-use
expiring links that pre-fill sign-up and link the record on confirmation, unsubscribing for
good, bounces, and who may see any of it."""

import datetime
import hashlib
import io
import re

import pytest
import time_machine
from django.core import mail
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks import default_task_backend

from alumni import invitations
from alumni.factories import (
    AlumniAwardFactory,
    AlumniContactFactory,
    AlumniRecordFactory,
    ClaimPageFactory,
)
from alumni.models import (
    AlumniContact,
    AlumniRecord,
    ChangeAction,
    ContactStatus,
    Invitation,
    InvitationBatch,
    InvitationStatus,
    RecordChange,
    Suppression,
)
from members.factories import MemberFactory, staff_user
from members.models import User
from members.permissions import ALUMNI_RELATIONS, EDITORS, MENTORSHIP_STAFF

pytestmark = pytest.mark.django_db

INDEX_URL = "/admin/alumni/invitations/"
NEW_URL = "/admin/alumni/invitations/new/"
DUMMY_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
LINK = re.compile(r"http://testserver(/(?:en|es)/invited/([\w-]+)/)")


def reachable(email=None, confidence=90, **record_fields):
    """A record NMF may write to, with one working email."""
    record = AlumniRecordFactory(**record_fields)
    AlumniContactFactory(
        record=record, confidence=confidence, **({"value": email} if email else {})
    )
    return record


def chosen(**filters):
    return set(invitations.select_records(**filters).values_list("pk", flat=True))


def invitation_link(message):
    """(path, token) of the invitation link in an email."""
    match = LINK.search(message.body)
    return match.group(1), match.group(2)


@pytest.fixture
def alumni_staff():
    return staff_user(ALUMNI_RELATIONS)


@pytest.fixture
def claim_page(home_page):
    return ClaimPageFactory(parent=home_page)


@pytest.fixture
def sent(home_page):
    """One invitation, sent to ada@example.org: (invitation, link path, token)."""
    reachable(email="ada@example.org", first_name="Ada", last_name="Mensah")
    invitations.create_batch("Spring", {"months": 12})
    invitation = Invitation.objects.get()
    path, token = invitation_link(mail.outbox[0])
    return invitation, path, token


# --- Who may see it --------------------------------------------------------------------------


@pytest.mark.parametrize("group_name", [EDITORS, MENTORSHIP_STAFF])
def test_other_staff_cannot_reach_invitations(client, home_page, group_name):
    batch = InvitationBatch.objects.create(name="Spring")
    client.force_login(staff_user(group_name))
    for url in [INDEX_URL, NEW_URL, f"{INDEX_URL}{batch.pk}/"]:
        response = client.get(url)
        assert response.status_code in (302, 403), url
    response = client.get("/admin/")
    assert INDEX_URL not in response.text


@pytest.mark.parametrize("group_name", [ALUMNI_RELATIONS, None])
def test_alumni_relations_and_superusers_reach_invitations(client, home_page, group_name):
    reachable(email="ada@example.org")
    batch = InvitationBatch.objects.create(name="Spring")
    client.force_login(staff_user(group_name))
    assert client.get(INDEX_URL).status_code == 200
    new = client.get(NEW_URL)
    assert new.status_code == 200
    assert "ada@example.org" in new.text
    assert client.get(f"{INDEX_URL}{batch.pk}/").status_code == 200
    assert INDEX_URL in client.get("/admin/").text


# --- Selection -------------------------------------------------------------------------------


def test_only_records_with_a_usable_email_and_no_member_are_chosen():
    usable = reachable()
    reachable(contact_status=ContactStatus.DO_NOT_CONTACT)
    AlumniContactFactory(status=ContactStatus.BOUNCED)
    AlumniRecordFactory()  # no email at all
    AlumniContactFactory(kind="phone", value="555-0100")
    reachable(member=MemberFactory())
    assert chosen() == {usable.pk}


def test_selection_by_region_decade_and_award_program():
    west = reachable(state="CA", graduation_year=1995)
    south = reachable(state="GA", graduation_year=1991)
    AlumniAwardFactory(record=south, program="Fellowship in Aging")
    assert chosen(region="west") == {west.pk}
    assert chosen(region="south") == {south.pk}
    assert chosen(decade="1990") == {west.pk, south.pk}
    assert chosen(decade="2000") == set()
    assert chosen(award_program="Fellowship in Aging") == {south.pk}


def test_records_invited_in_the_last_months_are_left_out(home_page):
    recent, long_ago, never = reachable(), reachable(), reachable()
    batch = InvitationBatch.objects.create(name="Earlier")
    now = timezone.now()
    for record, sent_at in [
        (recent, now - datetime.timedelta(days=60)),
        (long_ago, now - datetime.timedelta(days=500)),
    ]:
        Invitation.objects.create(
            batch=batch,
            record=record,
            email="x@example.org",
            token_hash=invitations.hash_token(str(record.pk)),
            status=InvitationStatus.SENT,
            sent_at=sent_at,
        )
    assert chosen(months=12) == {long_ago.pk, never.pk}
    assert chosen(months=1) == {recent.pk, long_ago.pk, never.pk}
    assert chosen(months=24) == {never.pk}


def test_the_new_batch_page_counts_and_samples_the_matching_records(
    client, home_page, alumni_staff
):
    for _n in range(25):
        reachable(state="NY")
    reachable(state="TX")
    client.force_login(alumni_staff)
    response = client.get(NEW_URL, {"months": 12, "region": "northeast"})
    assert response.context["matched"] == 25
    assert len(response.context["sample"]) == 20
    assert "25 records match" in response.text


def test_nonsense_filters_get_a_message_not_an_error(client, home_page, alumni_staff):
    client.force_login(alumni_staff)
    response = client.get(NEW_URL, {"months": "many", "region": "mars"})
    assert response.status_code == 200
    assert "matched" not in response.context
    assert response.context["selection"].errors.keys() == {"months", "region"}


# --- Sending ---------------------------------------------------------------------------------


def test_sending_a_batch_from_the_admin_invites_each_record_at_its_best_email_once(
    client, home_page, alumni_staff
):
    record = AlumniRecordFactory(first_name="Ada")
    AlumniContactFactory(
        record=record, value="old@example.org", confidence=90, observed_on=datetime.date(2020, 1, 1)
    )
    AlumniContactFactory(
        record=record, value="new@example.org", confidence=90, observed_on=datetime.date(2025, 1, 1)
    )
    AlumniContactFactory(
        record=record,
        value="weak@example.org",
        confidence=40,
        observed_on=datetime.date(2026, 1, 1),
    )
    client.force_login(alumni_staff)
    form = client.get(NEW_URL, {"months": 12})
    token = form.context["send_form"]["token"].value()
    data = {
        "months": 12,
        "region": "",
        "decade": "",
        "award_program": "",
        "name": "Spring",
        "token": token,
    }
    first = client.post(NEW_URL, data)
    again = client.post(NEW_URL, data)
    batch = InvitationBatch.objects.get()
    assert first.url == again.url == f"{INDEX_URL}{batch.pk}/"
    assert batch.filters["months"] == 12 and batch.created_by == alumni_staff
    invitation = Invitation.objects.get()
    assert invitation.email == "new@example.org"
    assert invitation.status == InvitationStatus.SENT
    assert [message.to for message in mail.outbox] == [["new@example.org"]]
    message = mail.outbox[0]
    assert "Ada" in message.body and "NMF supported your training" in message.body
    assert "/en/invited/" in message.body and "/unsubscribe/" in message.body
    assert "/en/invited/" in message.alternatives[0][0]
    # Nothing from the record but the name.
    assert "Howard" not in message.body and "2012" not in message.body
    page = client.get(f"{INDEX_URL}{batch.pk}/")
    assert "new@example.org" in page.text
    assert batch.finished_at is not None


def test_a_batch_without_a_name_is_shown_again_with_its_filters_and_sends_nothing(
    client, home_page, alumni_staff
):
    reachable(state="CA")
    client.force_login(alumni_staff)
    response = client.post(
        NEW_URL,
        {
            "months": 6,
            "region": "west",
            "decade": "",
            "award_program": "",
            "name": " ",
            "token": "5f0c5b8e-8d5e-4a53-9a54-0d6a8f0c2b11",
        },
    )
    assert response.status_code == 200
    assert "Give this batch a name." in response.text
    assert response.context["filters"]["region"] == "west"
    assert response.context["matched"] == 1
    assert not InvitationBatch.objects.exists()
    assert not mail.outbox


def test_do_not_contact_and_unsubscribed_addresses_never_receive_mail(home_page):
    reachable(email="yes@example.org")
    reachable(email="never@example.org", contact_status=ContactStatus.DO_NOT_CONTACT)
    reachable(email="Gone@Example.org")
    Suppression.objects.create(
        email_hash=invitations.hash_email("gone@example.org"), reason="unsubscribed"
    )
    batch, skipped, _created = invitations.create_batch("Spring", {"months": 12})
    assert skipped == 1
    assert [message.to for message in mail.outbox] == [["yes@example.org"]]
    assert list(batch.invitations.values_list("email", flat=True)) == ["yes@example.org"]


@override_settings(TASKS=DUMMY_TASKS)
def test_marks_made_between_selection_and_sending_stop_the_email(home_page):
    later_dnc = reachable(email="dnc@example.org")
    reachable(email="unsub@example.org")
    bounced = reachable(email="bounced@example.org")
    reachable(email="fine@example.org")
    batch, _skipped, _created = invitations.create_batch("Spring", {"months": 12})
    assert not mail.outbox
    AlumniRecord.objects.filter(pk=later_dnc.pk).update(contact_status=ContactStatus.DO_NOT_CONTACT)
    Suppression.objects.create(
        email_hash=invitations.hash_email("unsub@example.org"), reason="unsubscribed"
    )
    AlumniContact.objects.filter(record=bounced).update(status=ContactStatus.BOUNCED)
    invitations.send_invitation_batch.call(batch.pk)
    assert [message.to for message in mail.outbox] == [["fine@example.org"]]
    statuses = dict(batch.invitations.values_list("email", "status"))
    assert statuses == {
        "dnc@example.org": InvitationStatus.SUPPRESSED,
        "unsub@example.org": InvitationStatus.SUPPRESSED,
        "bounced@example.org": InvitationStatus.SUPPRESSED,
        "fine@example.org": InvitationStatus.SENT,
    }
    assert not batch.invitations.filter(status=InvitationStatus.SUPPRESSED, sent_at__isnull=False)


@override_settings(TASKS=DUMMY_TASKS, INVITATIONS_PER_RUN=2)
def test_each_run_sends_at_most_the_limit_and_queues_itself_for_the_rest(home_page):
    for _n in range(5):
        reachable()
    batch, _skipped, _created = invitations.create_batch("Spring", {"months": 12})
    default_task_backend.clear()
    assert invitations.send_invitation_batch.call(batch.pk) == 2
    assert len(mail.outbox) == 2
    assert [result.args for result in default_task_backend.results] == [[batch.pk]]
    invitations.send_invitation_batch.call(batch.pk)
    invitations.send_invitation_batch.call(batch.pk)
    assert len(mail.outbox) == 5
    assert len(default_task_backend.results) == 2  # the last run had nothing left to queue
    batch.refresh_from_db()
    assert batch.finished_at is not None


# --- The link --------------------------------------------------------------------------------


def test_the_token_is_stored_only_as_its_hash_and_expires_in_30_days(sent):
    invitation, _path, token = sent
    invitation.refresh_from_db()
    assert invitation.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert len(token) >= 40
    assert token not in str(Invitation.objects.values().get())
    assert invitation.expires_at - invitation.sent_at == datetime.timedelta(days=30)


def test_opening_the_link_marks_it_opened_and_goes_to_sign_up_with_the_email(client, sent):
    invitation, path, _token = sent
    response = client.get(path)
    assert response.status_code == 302
    assert response.url == "/en/accounts/signup/?email=ada%40example.org"
    invitation.refresh_from_db()
    assert invitation.status == InvitationStatus.OPENED
    assert invitation.opened_at is not None
    assert client.session[invitations.SESSION_KEY] == invitation.pk
    form = client.get(response.url)
    assert 'value="ada@example.org"' in form.text


def test_an_unknown_link_gets_a_kind_page(client, home_page):
    response = client.get("/en/invited/not-a-real-token/")
    assert response.status_code == 404
    assert "This link does not work" in response.text


def test_an_expired_link_offers_did_nmf_support_me(client, sent, claim_page):
    invitation, path, _token = sent
    with time_machine.travel(timezone.now() + datetime.timedelta(days=31)):
        response = client.get(path)
    assert response.status_code == 410
    assert "This invitation has expired" in response.text
    assert claim_page.url in response.text
    invitation.refresh_from_db()
    assert invitation.opened_at is None


def test_signing_up_with_the_invited_email_links_the_record_and_the_link_works_once(client, sent):
    invitation, path, _token = sent
    client.get(path)
    client.post(
        "/en/accounts/signup/",
        {
            "first_name": "Ada",
            "last_name": "Mensah",
            "email": "ada@example.org",
            "password1": "Stethoscope-2031!",
            "password2": "Stethoscope-2031!",
            "stage": "early_career",
        },
    )
    invitation.refresh_from_db()
    assert invitation.status == InvitationStatus.OPENED  # not until the address is confirmed
    confirm = re.search(r"http://testserver(/en/accounts/confirm-email/\S+/)", mail.outbox[-1].body)
    client.post(confirm.group(1))
    user = User.objects.get(email="ada@example.org")
    invitation.refresh_from_db()
    record = invitation.record
    assert record.member == user and record.verified_at is not None
    assert invitation.status == InvitationStatus.JOINED
    assert invitation.joined_at is not None and invitation.used_at is not None
    assert RecordChange.objects.filter(record=record, action=ChangeAction.LINKED).count() == 1

    again = client.get(path)
    assert again.status_code == 200
    assert "already been used" in again.text


def test_confirming_another_address_joins_nothing(sent):
    invitation, _path, _token = sent
    user = MemberFactory(email="someone.else@example.org")
    assert invitations.join_on_verified_email(user, "someone.else@example.org") is None
    invitation.refresh_from_db()
    assert invitation.status == InvitationStatus.SENT
    assert invitation.record.member is None


# --- Unsubscribing ---------------------------------------------------------------------------


def test_unsubscribing_asks_first_then_suppresses_the_address_for_good(client, sent):
    invitation, path, _token = sent
    page = client.get(path + "unsubscribe/")
    assert page.status_code == 200
    assert "<form" in page.text and not Suppression.objects.exists()
    with time_machine.travel(timezone.now() + datetime.timedelta(days=400)):
        done = client.post(path + "unsubscribe/")
        client.post(path + "unsubscribe/")
    assert "You are unsubscribed" in done.text
    suppression = Suppression.objects.get()
    assert suppression.email_hash == invitations.hash_email("ada@example.org")
    assert suppression.reason == "unsubscribed"
    record = invitation.record
    record.refresh_from_db()
    assert record.contact_status == ContactStatus.OK  # they may still claim or join later

    mail.outbox.clear()
    with time_machine.travel(timezone.now() + datetime.timedelta(days=800)):
        batch, skipped, _created = invitations.create_batch("Years later", {"months": 12})
    assert skipped == 1
    assert not batch.invitations.exists()
    assert not mail.outbox


# --- Bounces ---------------------------------------------------------------------------------


def test_staff_mark_an_invitation_bounced_with_its_contact(client, sent, alumni_staff):
    invitation, _path, _token = sent
    client.force_login(alumni_staff)
    client.post(f"{INDEX_URL}{invitation.batch_id}/", {"invitation": [invitation.pk]})
    invitation.refresh_from_db()
    assert invitation.status == InvitationStatus.BOUNCED
    assert invitation.bounced_at is not None
    contact = AlumniContact.objects.get(value="ada@example.org")
    assert contact.status == ContactStatus.BOUNCED
    assert not invitations.select_records().exists()


def test_a_bounce_list_import_marks_invitations_and_contacts_bounced(sent, tmp_path):
    invitation, _path, _token = sent
    joined = reachable(email="kofi@example.org", first_name="Kofi", last_name="Asante")
    bounces = tmp_path / "bounces.csv"
    bounces.write_text(
        "Address,Reason\nADA@example.org,mailbox full\nnobody@example.org,unknown user\n"
    )
    out = io.StringIO()
    call_command("import_bounces", str(bounces), stdout=out)

    assert "3 addresses read" not in out.getvalue()
    assert "2 addresses read: 1 invitations and 1 contact details" in out.getvalue()
    invitation.refresh_from_db()
    assert invitation.status == InvitationStatus.BOUNCED
    assert AlumniContact.objects.get(value="ada@example.org").status == ContactStatus.BOUNCED
    assert AlumniContact.objects.get(record=joined).status == ContactStatus.OK
    # Bounced addresses are never chosen again.
    assert list(invitations.select_records()) == [joined]


def test_an_unreadable_bounce_list_is_refused_clearly(tmp_path):
    with pytest.raises(CommandError, match="Cannot open"):
        call_command("import_bounces", str(tmp_path / "missing.csv"))


def test_staff_who_may_only_look_cannot_mark_bounced(client, sent):
    invitation, _path, _token = sent
    client.force_login(staff_user(EDITORS))
    client.post(f"{INDEX_URL}{invitation.batch_id}/", {"invitation": [invitation.pk]})
    invitation.refresh_from_db()
    assert invitation.status == InvitationStatus.SENT


# --- Both languages and query budgets --------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "es"])
def test_invitation_pages_render_in_each_language(client, sent, spanish_home, language):
    _invitation, path, token = sent
    path = path.replace("/en/", f"/{language}/")
    for url in [f"/{language}/invited/nonsense/", path + "unsubscribe/"]:
        response = client.get(url)
        assert f'<html lang="{language}"' in response.text
        assert response.text.count("<h1") == 1
    assert client.get(path).url.startswith(f"/{language}/accounts/signup/")


@pytest.mark.parametrize("size", [3, 30])
def test_admin_pages_read_a_constant_number_of_queries(
    client, home_page, alumni_staff, django_assert_max_num_queries, size
):
    for _n in range(size):
        AlumniAwardFactory(record=reachable())
    invitations.create_batch("Spring", {"months": 0})
    batch = InvitationBatch.objects.get()
    invitations.mark_bounced(batch.invitations.values("pk")[:2])
    client.force_login(alumni_staff)
    with django_assert_max_num_queries(15):
        assert client.get(INDEX_URL).status_code == 200
    with django_assert_max_num_queries(15):
        assert client.get(f"{INDEX_URL}{batch.pk}/").status_code == 200
    with django_assert_max_num_queries(15):
        assert client.get(NEW_URL, {"months": 0}).status_code == 200
