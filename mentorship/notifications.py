"""Emails about requests and mentorships, each in its recipient's language, sent as background
tasks.

The ``notify*`` functions are called inside the transaction that makes the change. In
production the task is a row written in that same transaction (so a change that is rolled back
sends nothing) and ``manage.py db_worker`` sends it; in development and tests it runs at once.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import mail_admins, send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_tasks import task

from members.permissions import MENTORSHIP_STAFF

SUBJECTS = {
    "request_received": _("A member would like you as their mentor"),
    "request_reminder": _("A mentorship request is waiting for your answer"),
    "request_accepted": _("Your mentorship request was accepted"),
    "request_declined": _("About your mentorship request"),
    "request_expired": _("Your mentorship request has closed"),
    "agreement_proposed": _("Please confirm your mentorship agreement"),
    "agreement_confirmed": _("Your mentorship agreement is confirmed"),
    "mentorship_closed": _("Your mentorship has been closed"),
    "support_requested": _("A mentorship check-in asks for staff support"),
}
# Who each request email goes to: the request's mentor or its mentee.
RECIPIENT = {
    "request_received": "mentor",
    "request_reminder": "mentor",
    "request_accepted": "mentee",
    "request_declined": "mentee",
    "request_expired": "mentee",
}


def notify(kind, request_id):
    send_request_email.enqueue(kind, request_id)


def notify_partner(kind, mentorship, actor):
    """Tell the other person in ``mentorship`` what ``actor`` just did."""
    partner = mentorship.partner_of(actor)
    send_mentorship_email.enqueue(kind, mentorship.pk, partner.pk)


def notify_staff_of_support(check_in_id):
    send_support_alert.enqueue(check_in_id)


def _language_of(user):
    profile = getattr(user, "profile", None)
    return profile.language if profile else settings.LANGUAGE_CODE


def _send(kind, recipient, context):
    if not recipient.is_active:
        return
    language = _language_of(recipient)
    with translation.override(language):
        body = render_to_string(
            f"mentorship/email/{kind}.txt",
            {
                **context,
                "recipient": recipient,
                "site": settings.WAGTAILADMIN_BASE_URL,
                "language": language,
            },
        )
        send_mail(
            subject=f"[The Hub] {SUBJECTS[kind]}",
            message=body,
            from_email=None,
            recipient_list=[recipient.email],
        )


@task()
def send_request_email(kind, request_id):
    from mentorship.models import MentorshipRequest

    request = (
        MentorshipRequest.objects.select_related("mentee__profile", "mentor__profile")
        .filter(pk=request_id)
        .first()
    )
    if request is not None:
        _send(kind, getattr(request, RECIPIENT[kind]), {"request": request})


@task()
def send_mentorship_email(kind, mentorship_id, recipient_id):
    from mentorship.models import Mentorship

    mentorship = (
        Mentorship.objects.select_related("mentor__profile", "mentee__profile", "ended_by")
        .filter(pk=mentorship_id)
        .first()
    )
    if mentorship is None or recipient_id not in (mentorship.mentor_id, mentorship.mentee_id):
        return
    recipient = mentorship.mentor if recipient_id == mentorship.mentor_id else mentorship.mentee
    _send(
        kind,
        recipient,
        {"mentorship": mentorship, "partner": mentorship.partner_of(recipient)},
    )


@task()
def send_support_alert(check_in_id):
    """Every active member of Mentorship Program Staff hears of it, each in their language;
    the site's administrators do when that group is empty."""
    from mentorship.models import CheckIn

    check_in = (
        CheckIn.objects.select_related("author", "mentorship__mentor", "mentorship__mentee")
        .filter(pk=check_in_id)
        .first()
    )
    if check_in is None:
        return
    staff = list(
        get_user_model()
        .objects.filter(groups__name=MENTORSHIP_STAFF, is_active=True)
        .select_related("profile")
        .distinct()
    )
    for person in staff:
        _send("support_requested", person, {"check_in": check_in})
    if not staff:
        body = render_to_string(
            "mentorship/email/support_requested.txt",
            {"check_in": check_in, "site": settings.WAGTAILADMIN_BASE_URL},
        )
        mail_admins(str(SUBJECTS["support_requested"]), body)
