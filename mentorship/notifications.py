"""Emails about requests, each in its recipient's language, sent as background tasks.

``notify(kind, request_id)`` is called inside the transaction that changes the request. In
production the task is a row written in that same transaction (so a change that is rolled back
sends nothing) and ``manage.py db_worker`` sends it; in development and tests it runs at once.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_tasks import task

SUBJECTS = {
    "request_received": _("A member would like you as their mentor"),
    "request_reminder": _("A mentorship request is waiting for your answer"),
    "request_accepted": _("Your mentorship request was accepted"),
    "request_declined": _("About your mentorship request"),
    "request_expired": _("Your mentorship request has closed"),
}
# Who each email goes to: the request's mentor or its mentee.
RECIPIENT = {
    "request_received": "mentor",
    "request_reminder": "mentor",
    "request_accepted": "mentee",
    "request_declined": "mentee",
    "request_expired": "mentee",
}


def notify(kind, request_id):
    send_request_email.enqueue(kind, request_id)


@task()
def send_request_email(kind, request_id):
    from mentorship.models import MentorshipRequest

    request = (
        MentorshipRequest.objects.select_related("mentee__profile", "mentor__profile")
        .filter(pk=request_id)
        .first()
    )
    if request is None:
        return
    recipient = getattr(request, RECIPIENT[kind])
    if not recipient.is_active:
        return
    profile = getattr(recipient, "profile", None)
    language = profile.language if profile else settings.LANGUAGE_CODE
    with translation.override(language):
        context = {
            "request": request,
            "recipient": recipient,
            "site": settings.WAGTAILADMIN_BASE_URL,
            "language": language,
        }
        body = render_to_string(f"mentorship/email/{kind}.txt", context)
        send_mail(
            subject=f"[The Hub] {SUBJECTS[kind]}",
            message=body,
            from_email=None,
            recipient_list=[recipient.email],
        )
