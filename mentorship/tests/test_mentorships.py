"""A mentorship after the request is accepted: agreement, check-ins, closing and feedback."""

import datetime
import uuid

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from members.factories import MemberFactory
from members.permissions import EDITORS, MENTORSHIP_STAFF
from mentorship import flow
from mentorship.factories import (
    AgreedMentorshipFactory,
    CheckInFactory,
    MentorProfileFactory,
    MentorshipFactory,
)
from mentorship.models import CheckIn, Mentorship, MentorshipFeedback, MentorshipRequest

pytestmark = pytest.mark.django_db

TODAY = datetime.date.today
AGREEMENT = {
    "agreed_goals": "Choose programmes and prepare the personal statement for the match.",
    "meeting_rhythm": "monthly",
    "preferred_contact": "video",
    "contact_notes": "Weekday evenings work best.",
    "start_date": "",
}
FEEDBACK = {"helpfulness": "5", "goals_met": "partly", "would_recommend": "True", "comments": ""}


def agreement(**overrides):
    data = {**AGREEMENT, "start_date": timezone.localdate().isoformat()}
    return {**data, **overrides}


def agreement_data(**overrides):
    data = {**AGREEMENT, "start_date": timezone.localdate(), **overrides}
    return data


@pytest.fixture
def mentorship(protocol):
    return MentorshipFactory(
        mentor=MentorProfileFactory(capacity=1).member.user,
        mentee=MemberFactory(first_name="Nia", last_name="Okafor"),
    )


def page(mentorship, name="mentorship"):
    return reverse(f"mentorship:{name}", args=[mentorship.pk])


def staff(group_name=MENTORSHIP_STAFF, **kwargs):
    user = MemberFactory(is_staff=True, **kwargs)
    user.groups.add(Group.objects.get(name=group_name))
    return user


# --- Who sees a mentorship ------------------------------------------------------------------


def test_both_people_see_the_page_and_each_others_email(client, mentorship):
    for viewer, partner in [
        (mentorship.mentor, mentorship.mentee),
        (mentorship.mentee, mentorship.mentor),
    ]:
        client.force_login(viewer)
        html = client.get(page(mentorship)).content.decode()
        assert f"mailto:{partner.email}" in html
        assert f"Your mentorship with {partner.display_name}" in html


def test_anyone_else_gets_not_found_on_every_page(client, mentorship):
    client.force_login(MemberFactory())
    for name in ["mentorship", "agreement", "check_in", "close", "feedback"]:
        assert client.get(page(mentorship, name)).status_code == 404
    assert client.post(page(mentorship, "confirm_agreement"), {"version": 0}).status_code == 404


def test_visitors_are_sent_to_sign_in(client, mentorship):
    response = client.get(page(mentorship))
    assert response.status_code == 302 and "login" in response["Location"]


def test_accepting_a_request_leads_to_the_mentorship_page(client, protocol):
    mentor = MentorProfileFactory(capacity=1)
    mentee = MemberFactory()
    request = MentorshipRequest.objects.create(
        mentee=mentee,
        mentor=mentor.user,
        message="I would value advice on applying to family medicine.",
        goals=["applications"],
        preferred_format="video",
    )
    client.force_login(mentor.user)
    response = client.post(reverse("mentorship:accept_request", args=[request.pk]))
    mentorship = Mentorship.objects.get()
    assert response["Location"] == page(mentorship)
    assert "No agreement yet" in client.get(page(mentorship)).content.decode()


# --- The agreement --------------------------------------------------------------------------


def test_writing_the_agreement_confirms_it_for_the_writer_and_asks_the_partner(mentorship):
    flow.save_agreement(mentorship.pk, mentorship.mentee, agreement_data())
    mentorship.refresh_from_db()
    assert mentorship.agreement_version == 1
    assert mentorship.confirmed_by("mentee") and not mentorship.confirmed_by("mentor")
    assert not mentorship.agreement_confirmed
    assert [email.to for email in mail.outbox] == [[mentorship.mentor.email]]
    assert "Please confirm your mentorship agreement" in mail.outbox[0].subject
    assert "Choose programmes" in mail.outbox[0].body


def test_both_confirm_and_a_change_asks_the_other_again(mentorship):
    flow.save_agreement(mentorship.pk, mentorship.mentee, agreement_data())
    flow.confirm_agreement(mentorship.pk, mentorship.mentor, 1)
    mentorship.refresh_from_db()
    assert mentorship.agreement_confirmed
    assert "confirmed your mentorship agreement" in mail.outbox[-1].body
    assert mail.outbox[-1].to == [mentorship.mentee.email]

    flow.save_agreement(mentorship.pk, mentorship.mentor, agreement_data(meeting_rhythm="weekly"))
    mentorship.refresh_from_db()
    assert mentorship.agreement_version == 2
    assert mentorship.confirmed_by("mentor") and not mentorship.confirmed_by("mentee")


def test_confirming_an_agreement_that_changed_since_it_was_read_is_refused(mentorship):
    flow.save_agreement(mentorship.pk, mentorship.mentee, agreement_data())
    flow.save_agreement(mentorship.pk, mentorship.mentee, agreement_data(meeting_rhythm="weekly"))
    with pytest.raises(flow.Refused, match="changed after you opened it"):
        flow.confirm_agreement(mentorship.pk, mentorship.mentor, 1)
    mentorship.refresh_from_db()
    assert not mentorship.confirmed_by("mentor")


def test_saving_the_same_agreement_twice_changes_nothing(mentorship):
    flow.save_agreement(mentorship.pk, mentorship.mentee, agreement_data())
    flow.save_agreement(mentorship.pk, mentorship.mentee, agreement_data())
    mentorship.refresh_from_db()
    assert mentorship.agreement_version == 1
    assert len(mail.outbox) == 1


def test_confirming_twice_sends_one_email(mentorship):
    flow.save_agreement(mentorship.pk, mentorship.mentee, agreement_data())
    flow.confirm_agreement(mentorship.pk, mentorship.mentor, 1)
    flow.confirm_agreement(mentorship.pk, mentorship.mentor, 1)
    assert len(mail.outbox) == 2


def test_nobody_else_can_write_or_confirm_the_agreement(mentorship):
    stranger = MemberFactory()
    with pytest.raises(flow.Refused):
        flow.save_agreement(mentorship.pk, stranger, agreement_data())
    flow.save_agreement(mentorship.pk, mentorship.mentee, agreement_data())
    with pytest.raises(flow.Refused):
        flow.confirm_agreement(mentorship.pk, stranger, 1)


def test_the_agreement_pages_save_and_confirm(client, mentorship):
    client.force_login(mentorship.mentee)
    assert "Your mentorship agreement" in client.get(page(mentorship, "agreement")).content.decode()
    response = client.post(page(mentorship, "agreement"), agreement())
    assert response["Location"] == page(mentorship)
    html = client.get(page(mentorship)).content.decode()
    assert "Waiting for" in html and "Choose programmes" in html

    client.force_login(mentorship.mentor)
    html = client.get(page(mentorship)).content.decode()
    assert "Please read it and confirm it" in html
    client.post(page(mentorship, "confirm_agreement"), {"version": "1"})
    assert "Confirmed by both of you" in client.get(page(mentorship)).content.decode()


def test_a_bad_agreement_re_renders_with_every_error(client, mentorship):
    client.force_login(mentorship.mentee)
    too_early = (timezone.localdate() - datetime.timedelta(days=30)).isoformat()
    response = client.post(
        page(mentorship, "agreement"),
        agreement(agreed_goals="Hi", meeting_rhythm="", start_date=too_early),
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Please check the highlighted fields" in html
    assert "Please say in a sentence or two" in html
    assert "cannot be before the mentorship began" in html
    assert 'value="Weekday evenings work best."' in html  # nothing typed is lost
    mentorship.refresh_from_db()
    assert not mentorship.has_agreement


def test_a_confirm_without_a_version_is_refused_kindly(client, mentorship):
    flow.save_agreement(mentorship.pk, mentorship.mentee, agreement_data())
    client.force_login(mentorship.mentor)
    response = client.post(page(mentorship, "confirm_agreement"), {}, follow=True)
    assert "Please confirm the agreement from its page" in response.content.decode()
    mentorship.refresh_from_db()
    assert not mentorship.confirmed_by("mentor")


# --- Check-ins ------------------------------------------------------------------------------


def check_in_form(**overrides):
    data = {
        "token": str(uuid.uuid4()),
        "met_on": timezone.localdate().isoformat(),
        "topics": "Went through the first draft of the personal statement.",
        "next_steps": "Nia sends a new draft in two weeks.",
    }
    return {**data, **overrides}


def test_a_check_in_is_logged_once_whatever_the_clicks(client, mentorship):
    client.force_login(mentorship.mentee)
    data = check_in_form()
    client.post(page(mentorship, "check_in"), data)
    client.post(page(mentorship, "check_in"), data)
    assert CheckIn.objects.count() == 1
    client.force_login(mentorship.mentor)
    html = client.get(page(mentorship)).content.decode()
    assert "first draft of the personal statement" in html
    assert "Logged by Nia Okafor" in html


def test_asking_for_support_emails_staff_and_not_the_partner(client, mentorship):
    first = staff(first_name="Dana")
    second = staff(first_name="Luis")
    second.profile.language = "es"
    second.profile.save()
    staff(EDITORS)
    client.force_login(mentorship.mentee)
    client.post(
        page(mentorship, "check_in"),
        check_in_form(support_requested="on", support_note="I am struggling to find time."),
    )
    recipients = sorted(email.to[0] for email in mail.outbox)
    assert recipients == sorted([first.email, second.email])
    english = next(email for email in mail.outbox if email.to == [first.email])
    assert "I am struggling to find time." in english.body
    assert "/admin/support-requests/" in english.body
    client.force_login(mentorship.mentor)
    html = client.get(page(mentorship)).content.decode()
    assert "struggling" not in html and "asked NMF staff" not in html


def test_a_support_note_without_the_box_ticked_is_an_error(client, mentorship):
    client.force_login(mentorship.mentee)
    response = client.post(page(mentorship, "check_in"), check_in_form(support_note="Help"))
    assert "Tick this box so NMF staff receive your note" in response.content.decode()
    assert not CheckIn.objects.exists()


@pytest.mark.parametrize(
    ("days", "error"),
    [(1, "after you meet, not before"), (-400, "before your mentorship began")],
)
def test_check_in_dates_must_be_real(client, mentorship, days, error):
    client.force_login(mentorship.mentee)
    met_on = (timezone.localdate() + datetime.timedelta(days=days)).isoformat()
    response = client.post(page(mentorship, "check_in"), check_in_form(met_on=met_on))
    assert error in response.content.decode()
    assert not CheckIn.objects.exists()


def test_a_used_form_token_cannot_log_into_another_mentorship(protocol, mentorship):
    check_in = CheckInFactory(mentorship=mentorship)
    other = MentorshipFactory()
    data = {"met_on": timezone.localdate(), "topics": "Anything", "next_steps": ""}
    with pytest.raises(flow.Refused):
        flow.log_check_in(other.pk, other.mentee, data, check_in.token)


# --- Closing and feedback -------------------------------------------------------------------


def close_form(**overrides):
    return {"end_reason": "goals_met", **FEEDBACK, **overrides}


def test_either_side_closes_with_feedback_and_the_other_is_asked_for_theirs(client, mentorship):
    client.force_login(mentorship.mentee)
    client.post(page(mentorship, "close"), close_form(comments="My mentor was wonderful."))
    mentorship.refresh_from_db()
    assert not mentorship.is_active
    assert mentorship.ended_by == mentorship.mentee and mentorship.end_reason == "goals_met"
    feedback = MentorshipFeedback.objects.get()
    assert (feedback.role, feedback.helpfulness, feedback.goals_met) == ("mentee", 5, "partly")
    assert feedback.would_recommend is True
    assert mail.outbox[-1].to == [mentorship.mentor.email]
    assert page(mentorship, "feedback") in mail.outbox[-1].body

    client.force_login(mentorship.mentor)
    dashboard = client.get(reverse("members:dashboard")).content.decode()
    assert page(mentorship, "feedback") in dashboard
    client.post(page(mentorship, "feedback"), {**FEEDBACK, "would_recommend": "False"})
    mentor_feedback = MentorshipFeedback.objects.get(author=mentorship.mentor)
    assert mentor_feedback.role == "mentor" and mentor_feedback.would_recommend is False
    assert (
        page(mentorship, "feedback")
        not in client.get(reverse("members:dashboard")).content.decode()
    )


def test_closing_frees_the_mentors_place(mentorship):
    mentor_profile = mentorship.mentor.profile.mentor_profile
    request = MentorshipRequest.objects.create(
        mentee=MemberFactory(),
        mentor=mentorship.mentor,
        message="Hoping to talk about research careers.",
        goals=["research"],
        preferred_format="video",
    )
    with pytest.raises(flow.Refused, match="All your places are taken"):
        flow.accept(request.pk, mentorship.mentor)
    flow.close_mentorship(
        mentorship.pk,
        mentorship.mentor,
        "time",
        {"helpfulness": 4, "goals_met": "yes", "would_recommend": True, "comments": ""},
    )
    assert flow.accept(request.pk, mentorship.mentor).is_active
    assert mentor_profile.capacity == 1


def test_closing_twice_changes_nothing_and_feedback_is_given_once(mentorship):
    feedback = {"helpfulness": 3, "goals_met": "no", "would_recommend": True, "comments": ""}
    flow.close_mentorship(mentorship.pk, mentorship.mentee, "fit", feedback)
    flow.close_mentorship(mentorship.pk, mentorship.mentee, "fit", feedback)
    with pytest.raises(flow.Refused, match="already closed"):
        flow.close_mentorship(mentorship.pk, mentorship.mentor, "fit", feedback)
    assert MentorshipFeedback.objects.count() == 1
    assert len(mail.outbox) == 1
    flow.give_feedback(mentorship.pk, mentorship.mentor, feedback)
    with pytest.raises(flow.Refused, match="already shared"):
        flow.give_feedback(mentorship.pk, mentorship.mentor, feedback)
    assert MentorshipFeedback.objects.count() == 2


def test_feedback_is_not_asked_while_the_mentorship_is_active(client, mentorship):
    with pytest.raises(flow.Refused):
        flow.give_feedback(
            mentorship.pk,
            mentorship.mentee,
            {"helpfulness": 3, "goals_met": "no", "would_recommend": True, "comments": ""},
        )
    client.force_login(mentorship.mentee)
    assert client.get(page(mentorship, "feedback"))["Location"] == page(mentorship)


def test_a_closed_mentorship_takes_no_more_changes(client, mentorship):
    flow.close_mentorship(
        mentorship.pk,
        mentorship.mentee,
        "time",
        {"helpfulness": 4, "goals_met": "yes", "would_recommend": True, "comments": ""},
    )
    with pytest.raises(flow.Refused, match="closed"):
        flow.save_agreement(mentorship.pk, mentorship.mentor, agreement_data())
    with pytest.raises(flow.Refused, match="closed"):
        flow.log_check_in(
            mentorship.pk,
            mentorship.mentor,
            {"met_on": timezone.localdate(), "topics": "x", "next_steps": ""},
            uuid.uuid4(),
        )
    client.force_login(mentorship.mentor)
    html = client.get(page(mentorship)).content.decode()
    assert "This mentorship closed on" in html and "Log a check-in" not in html


def test_the_close_form_re_renders_with_errors(client, mentorship):
    client.force_login(mentorship.mentor)
    response = client.post(page(mentorship, "close"), {"comments": "Keep this text"})
    html = response.content.decode()
    assert "Please check the highlighted fields" in html and "Keep this text" in html
    mentorship.refresh_from_db()
    assert mentorship.is_active


# --- My Hub ---------------------------------------------------------------------------------


def test_my_hub_says_what_each_mentorship_needs(client, protocol):
    waiting = MentorshipFactory()
    to_confirm = MentorshipFactory(mentee=waiting.mentee)
    flow.save_agreement(to_confirm.pk, to_confirm.mentor, agreement_data())
    agreed = AgreedMentorshipFactory(mentee=waiting.mentee)
    client.force_login(waiting.mentee)
    html = client.get(reverse("members:dashboard")).content.decode()
    for mentorship in (waiting, to_confirm, agreed):
        assert page(mentorship) in html
    assert html.count("Agreement to write") == 1
    assert html.count("Agreement to confirm") == 1


# --- Staff: support requests ----------------------------------------------------------------


def test_staff_see_only_check_ins_that_ask_for_support_and_mark_them_handled(client, protocol):
    quiet = CheckInFactory(topics="A private conversation about interviews")
    asking = CheckInFactory(support_requested=True, support_note="Please call me")
    client.force_login(staff())
    listing = client.get(reverse("support_requests:index")).content.decode()
    assert reverse("support_requests:edit", args=[asking.pk]) in listing
    assert reverse("support_requests:edit", args=[quiet.pk]) not in listing
    inspect = client.get(reverse("support_requests:inspect", args=[asking.pk])).content.decode()
    assert "Please call me" in inspect
    hidden = client.get(reverse("support_requests:inspect", args=[quiet.pk]), follow=True)
    assert hidden.status_code == 404
    client.post(reverse("support_requests:edit", args=[asking.pk]), {"handled": "on"})
    asking.refresh_from_db()
    assert asking.support_handled_at is not None


def test_editors_cannot_read_support_requests(client, protocol):
    CheckInFactory(support_requested=True)
    client.force_login(staff(EDITORS))
    response = client.get(reverse("support_requests:index"))
    assert response.status_code in (302, 403)


# --- Your data ------------------------------------------------------------------------------


def test_export_and_erase_cover_agreements_check_ins_and_feedback(protocol):
    from members.data import erase_member, export_member_data

    check_in = CheckInFactory(support_requested=True, support_note="Call me")
    mentorship = check_in.mentorship
    mentee = mentorship.mentee
    exported = export_member_data(mentee)["mentoring"]
    assert exported["mentorships"][0]["agreement"]["meeting_rhythm"] == "monthly"
    assert exported["check_ins"][0]["support_note"] == "Call me"

    erase_member(mentee)
    mentorship.refresh_from_db()
    check_in.refresh_from_db()
    assert not mentorship.is_active
    assert (check_in.topics, check_in.support_note) == ("", "")


# --- In Spanish -----------------------------------------------------------------------------


def test_emails_about_a_mentorship_are_in_the_recipients_language(mentorship):
    mentorship.mentor.profile.language = "es"
    mentorship.mentor.profile.save()
    flow.save_agreement(mentorship.pk, mentorship.mentee, agreement_data())
    email = mail.outbox[-1]
    assert email.subject == "[The Hub] Por favor, confirme su acuerdo de mentoría"
    assert "/es/my/mentorships/" in email.body
    flow.confirm_agreement(mentorship.pk, mentorship.mentor, 1)
    assert "/en/my/mentorships/" in mail.outbox[-1].body  # the mentee reads English


def test_the_mentorship_page_reads_in_spanish(client, mentorship):
    client.force_login(mentorship.mentee)
    response = client.get(page(mentorship).replace("/en/", "/es/", 1))
    html = response.content.decode()
    assert response.status_code == 200
    assert f"Su mentoría con {mentorship.mentor.display_name}" in html
    assert "Notas de seguimiento" in html
