import datetime
import io
import threading

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from members.factories import MemberFactory
from mentorship import flow
from mentorship.factories import MentorProfileFactory, MentorshipFactory
from mentorship.models import (
    MentorProfile,
    Mentorship,
    MentorshipRequest,
    MentorshipSettings,
    RequestStatus,
)

pytestmark = pytest.mark.django_db

REQUEST = {
    "message": "I am a second-year student hoping to apply in pediatrics next year.",
    "goals": ["applications"],
    "preferred_format": "video",
}


def listed(mentor):
    return MentorProfile.objects.with_active_mentees().get(pk=mentor.pk)


def ask(mentee, mentor, **overrides):
    return flow.send_request(mentee, listed(mentor), **{**REQUEST, **overrides})


@pytest.fixture
def mentor(protocol):
    return MentorProfileFactory(capacity=1)


@pytest.fixture
def mentee(db):
    return MemberFactory(first_name="Nia", last_name="Okafor")


# --- Sending --------------------------------------------------------------------------------


def test_a_request_is_pending_and_the_mentor_is_emailed(mentor, mentee):
    request = ask(mentee, mentor)
    assert request.status == RequestStatus.PENDING
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == [mentor.user.email]
    assert "Nia Okafor" in email.body and "apply in pediatrics" in email.body
    assert mentee.email not in email.body


def test_the_mentor_email_is_in_the_mentors_language(mentor, mentee):
    mentor.member.language = "es"
    mentor.member.save()
    ask(mentee, mentor)
    assert "Hola" in mail.outbox[0].body


def test_open_requests_are_capped(mentee, protocol):
    mentors = [MentorProfileFactory() for _ in range(4)]
    for mentor in mentors[:3]:
        ask(mentee, mentor)
    with pytest.raises(flow.Refused, match="already have 3 requests"):
        ask(mentee, mentors[3])
    flow.withdraw(MentorshipRequest.objects.filter(mentee=mentee).first().pk, mentee)
    ask(mentee, mentors[3])
    assert flow.open_requests(mentee).count() == 3


def test_the_cap_follows_the_setting(mentee, protocol):
    settings = MentorshipSettings.load()
    settings.open_request_limit = 1
    settings.save()
    ask(mentee, MentorProfileFactory())
    with pytest.raises(flow.Refused):
        ask(mentee, MentorProfileFactory())


def test_asking_the_same_mentor_twice_is_refused(mentor, mentee):
    ask(mentee, mentor)
    with pytest.raises(flow.Refused, match="already asked"):
        ask(mentee, mentor)
    assert MentorshipRequest.objects.count() == 1


@pytest.mark.parametrize(
    "change", [{"paused": True}, {"accepting_mentees": False}, {"capacity": 0}]
)
def test_paused_not_accepting_or_full_mentors_cannot_be_asked(mentor, mentee, change):
    if change.get("capacity") == 0:
        MentorshipFactory(mentor=mentor.user)
    else:
        MentorProfile.objects.filter(pk=mentor.pk).update(**change)
    with pytest.raises(flow.Refused, match="not taking new mentees"):
        ask(mentee, mentor)
    assert not mail.outbox


def test_nobody_asks_themselves(mentor):
    with pytest.raises(flow.Refused, match="yourself"):
        ask(mentor.user, mentor)


# --- Answering ------------------------------------------------------------------------------


def test_accepting_creates_the_mentorship_and_tells_the_mentee(mentor, mentee):
    request = ask(mentee, mentor)
    mail.outbox.clear()
    mentorship = flow.accept(request.pk, mentor.user)
    request.refresh_from_db()
    assert request.status == RequestStatus.ACCEPTED and request.mentorship == mentorship
    assert mentorship.mentee == mentee and mentorship.mentor == mentor.user
    assert mail.outbox[0].to == [mentee.email]
    assert mentor.user.email in mail.outbox[0].body


def test_only_the_mentor_can_accept(mentor, mentee):
    request = ask(mentee, mentor)
    for someone in [mentee, MemberFactory(), MentorProfileFactory().user]:
        with pytest.raises(flow.Refused):
            flow.accept(request.pk, someone)
    request.refresh_from_db()
    assert request.status == RequestStatus.PENDING
    assert not Mentorship.objects.exists()


@pytest.mark.parametrize("closing", ["withdraw", "decline", "accept"])
def test_a_closed_request_cannot_be_accepted(mentor, mentee, closing):
    request = ask(mentee, mentor)
    if closing == "withdraw":
        flow.withdraw(request.pk, mentee)
    elif closing == "decline":
        flow.decline(request.pk, mentor.user, "time")
    else:
        flow.accept(request.pk, mentor.user)
    with pytest.raises(flow.Refused, match="already closed"):
        flow.accept(request.pk, mentor.user)
    assert Mentorship.objects.count() == (1 if closing == "accept" else 0)


def test_an_expired_request_cannot_be_accepted(mentor, mentee):
    request = ask(mentee, mentor)
    later = timezone.now() + datetime.timedelta(days=11)
    with time_machine.travel(later), pytest.raises(flow.Refused, match="expired"):
        flow.accept(request.pk, mentor.user)
    request.refresh_from_db()
    assert request.status == RequestStatus.EXPIRED
    assert not Mentorship.objects.exists()


def test_a_full_mentor_cannot_accept_another_request(mentor, mentee):
    first = ask(mentee, mentor)
    second = ask(MemberFactory(), mentor)
    flow.accept(first.pk, mentor.user)
    with pytest.raises(flow.Refused, match="All your places are taken"):
        flow.accept(second.pk, mentor.user)
    assert Mentorship.objects.filter(mentor=mentor.user).count() == 1


def test_declining_tells_the_mentee_kindly(mentor, mentee):
    request = ask(mentee, mentor)
    mail.outbox.clear()
    flow.decline(request.pk, mentor.user, "fit")
    assert "Another mentor could help you more" in mail.outbox[0].body
    assert "not a judgement on you" in mail.outbox[0].body


def test_only_the_mentee_can_withdraw(mentor, mentee):
    request = ask(mentee, mentor)
    with pytest.raises(flow.Refused):
        flow.withdraw(request.pk, mentor.user)
    flow.withdraw(request.pk, mentee)
    with pytest.raises(flow.Refused):
        flow.withdraw(request.pk, mentee)


# --- Reminders and expiry -------------------------------------------------------------------


def process():
    call_command("process_mentorship_requests", stdout=io.StringIO())


def test_reminders_and_expiry_follow_the_clock(mentor, mentee):
    now = timezone.now()
    request = ask(mentee, mentor)
    mail.outbox.clear()
    with time_machine.travel(now + datetime.timedelta(days=2)):
        process()
    assert not mail.outbox
    with time_machine.travel(now + datetime.timedelta(days=3, minutes=1)):
        process()
        process()
    assert [email.to for email in mail.outbox] == [[mentor.user.email]]
    assert "waiting for your answer" in mail.outbox[0].subject
    mail.outbox.clear()
    with time_machine.travel(now + datetime.timedelta(days=10, minutes=1)):
        process()
        process()
    request.refresh_from_db()
    assert request.status == RequestStatus.EXPIRED
    assert [email.to for email in mail.outbox] == [[mentee.email]]
    assert "mentors/?accepting=1" in mail.outbox[0].body


def test_answered_requests_get_no_reminder(mentor, mentee):
    request = ask(mentee, mentor)
    flow.decline(request.pk, mentor.user, "time")
    mail.outbox.clear()
    with time_machine.travel(timezone.now() + datetime.timedelta(days=20)):
        assert flow.process_due_requests() == (0, 0)
    assert not mail.outbox


# --- Pages ----------------------------------------------------------------------------------


def test_a_member_requests_from_the_mentor_profile(client, directory, mentor, mentee):
    client.force_login(mentee)
    profile = f"{directory.url}{mentor.public_id}/"
    assert f'href="{profile}request/"' in client.get(profile).content.decode()
    form = client.get(f"{profile}request/").content.decode()
    assert 'value="video"' in form and 'value="phone"' not in form  # the mentor's formats only
    response = client.post(
        f"{profile}request/",
        {"message": REQUEST["message"], "goals": ["applications"], "preferred_format": "video"},
    )
    assert response.status_code == 302
    assert MentorshipRequest.objects.get().mentee == mentee
    html = client.get(profile).content.decode()
    assert "they have not answered yet" in html


def test_the_request_form_re_renders_with_errors(client, directory, mentor, mentee):
    client.force_login(mentee)
    response = client.post(
        f"{directory.url}{mentor.public_id}/request/",
        {"message": "Hi", "preferred_format": "phone"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Please write a little more" in html and "Please check the highlighted fields" in html
    assert not MentorshipRequest.objects.exists()


def test_emails_are_visible_only_after_acceptance(client, directory, mentor, mentee):
    request = ask(mentee, mentor)
    client.force_login(mentor.user)
    dashboard = client.get(reverse("members:dashboard")).content.decode()
    assert "Requests waiting for your answer" in dashboard
    assert mentee.email not in dashboard
    client.post(reverse("mentorship:accept_request", args=[request.pk]))
    assert f"mailto:{mentee.email}" in client.get(reverse("members:dashboard")).content.decode()
    client.force_login(mentee)
    assert (
        f"mailto:{mentor.user.email}" in client.get(reverse("members:dashboard")).content.decode()
    )


def test_decline_and_withdraw_pages(client, mentor, mentee):
    request = ask(mentee, mentor)
    client.force_login(mentor.user)
    form = client.get(reverse("mentorship:decline_request", args=[request.pk]))
    assert "Another mentor could help you more" in form.content.decode()
    client.post(reverse("mentorship:decline_request", args=[request.pk]), {"reason": "full"})
    client.force_login(mentee)
    html = client.get(reverse("members:dashboard")).content.decode()
    assert "My mentoring places are all taken right now." in html
    other = ask(mentee, MentorProfileFactory())
    client.post(reverse("mentorship:withdraw_request", args=[other.pk]))
    other.refresh_from_db()
    assert other.status == RequestStatus.WITHDRAWN


def test_someone_elses_request_cannot_be_answered_through_the_pages(client, mentor, mentee):
    request = ask(mentee, mentor)
    client.force_login(MemberFactory())
    client.post(reverse("mentorship:accept_request", args=[request.pk]))
    assert client.get(reverse("mentorship:decline_request", args=[request.pk])).status_code == 404
    request.refresh_from_db()
    assert request.status == RequestStatus.PENDING


# --- Capacity under real concurrency ----------------------------------------------------------


# serialized_rollback: the flush after this test leaves the database empty (no post_migrate
# rows), so the next test that restores the migrated rows starts clean.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite has no row locks to race against; this runs in CI's PostgreSQL pass",
)
def test_two_accepts_at_the_last_place_never_exceed_capacity(protocol):
    mentor = MentorProfileFactory(capacity=1)
    requests = [ask(MemberFactory(), mentor) for _ in range(4)]
    barrier = threading.Barrier(len(requests))
    outcomes = []

    def accept(request_id):
        from django.db import connection as thread_connection

        try:
            barrier.wait()
            flow.accept(request_id, mentor.user)
            outcomes.append("accepted")
        except flow.Refused:
            outcomes.append("refused")
        finally:
            thread_connection.close()

    threads = [threading.Thread(target=accept, args=(r.pk,)) for r in requests]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["accepted", "refused", "refused", "refused"]
    assert Mentorship.objects.filter(mentor=mentor.user, ended_at__isnull=True).count() == 1
