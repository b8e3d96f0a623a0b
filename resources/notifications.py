"""Emails about event registrations, each in its recipient's language, sent as background tasks
(as mentorship/notifications.py explains: in production the task is a row written in the
transaction that made the change; in development and tests it runs at once).

A registration and a place given from the waiting list come with the event as an iCalendar
attachment, the same file (and UID) as the event page's "add to calendar" link.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_tasks import task

SUBJECTS = {
    "registered": _("You are registered: %(title)s"),
    "waitlisted": _("You are on the waiting list: %(title)s"),
    "promoted": _("A place opened up for you: %(title)s"),
    "cancelled": _("Your registration is cancelled: %(title)s"),
    "left_waiting_list": _("You have left the waiting list: %(title)s"),
}
# These carry the event for the member's calendar.
WITH_INVITATION = {"registered", "promoted"}


def notify(kind, registration_id):
    send_registration_email.enqueue(kind, registration_id)


def _language_of(user):
    profile = getattr(user, "profile", None)
    return profile.language if profile else settings.LANGUAGE_CODE


@task()
def send_registration_email(kind, registration_id):
    from resources.ical import build_calendar
    from resources.models import EventPage, Registration
    from resources.registrations import (
        in_language,
        local_when,
        with_waiting_position,
    )

    registration = (
        with_waiting_position(Registration.objects.filter(pk=registration_id))
        .select_related("user__profile")
        .first()
    )
    if registration is None or not registration.user.is_active:
        return
    recipient = registration.user
    language = _language_of(recipient)
    pages = EventPage.objects.filter(translation_key=registration.event_key).select_related(
        "locale"
    )
    event = in_language(pages.live(), language) or in_language(pages, language)
    if event is None:
        return
    with translation.override(language):
        url = event.get_full_url()
        context = {
            "recipient": recipient,
            "registration": registration,
            "event": event,
            "when": local_when(event),
            "url": url,
            "site": settings.WAGTAILADMIN_BASE_URL,
            "language": language,
        }
        message = EmailMessage(
            subject=f"[The Hub] {SUBJECTS[kind] % {'title': event.title}}",
            body=render_to_string(f"resources/email/{kind}.txt", context),
            to=[recipient.email],
        )
        if kind in WITH_INVITATION:
            message.attach(f"{event.slug}.ics", build_calendar([event], None), "text/calendar")
        message.send()
