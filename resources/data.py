"""What the events section holds about a member, for "download my data" and deletion."""

import contextlib

from django.db.models import OuterRef, Subquery

from members.data import register_eraser, register_exporter
from resources import registrations
from resources.models import EventPage, Registration


@register_exporter("events")
def export_events(user):
    title = (
        EventPage.objects.filter(translation_key=OuterRef("event_key"))
        .order_by("pk")
        .values("title")[:1]
    )
    starts = (
        EventPage.objects.filter(translation_key=OuterRef("event_key"))
        .order_by("pk")
        .values("starts_at")[:1]
    )

    def iso(moment):
        return moment.isoformat() if moment else None

    return {
        "registrations": [
            {
                "event": registration.event_title,
                "event_starts_at": iso(registration.event_starts_at),
                "status": registration.status,
                "registered_at": iso(registration.created_at),
                "waitlisted_at": iso(registration.waitlisted_at),
                "given_a_place_at": iso(registration.promoted_at),
                "cancelled_at": iso(registration.cancelled_at),
            }
            for registration in Registration.objects.filter(user=user)
            .annotate(event_title=Subquery(title), event_starts_at=Subquery(starts))
            .order_by("created_at", "pk")
        ]
    }


@register_eraser
def erase_events(user):
    """Live registrations are cancelled first, as if the member had clicked "cancel": a place
    they free goes to the next person on the waiting list, who is told. The member is not
    emailed. Then every registration of theirs is deleted: attendance counts need no record
    of who a deleted member was."""
    live = Registration.objects.filter(user=user, status__in=registrations.LIVE)
    for event_key in live.values_list("event_key", flat=True).distinct():
        # Refused only when the event itself is gone: then nobody is waiting for it.
        with contextlib.suppress(registrations.Refused):
            registrations.cancel(event_key, user, tell_member=False, force=True)

    Registration.objects.filter(user=user).delete()
