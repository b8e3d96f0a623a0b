"""The registration panel on an event page and My Hub's "Your upcoming events", each in a fixed
number of queries."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language

from resources.models import EventPage, Registration, RegistrationStatus
from resources.registrations import (
    LIVE,
    has_started,
    in_language,
    live_registration,
    local_when,
    places_taken,
    with_waiting_position,
)

register = template.Library()


@dataclass
class RegistrationPanel:
    is_past: bool
    has_started: bool
    is_open: bool  # members may register now
    capacity: int | None
    places_left: int | None  # None: no limit
    signed_in: bool
    registration: Registration | None  # live, else the latest cancelled one, else None

    @property
    def is_full(self):
        return self.places_left == 0

    @property
    def state(self):
        return self.registration.status if self.registration else ""


@register.simple_tag
def event_registration(page, user):
    """What the registration panel shows for ``page`` to ``user``: at most three queries."""
    now = timezone.now()
    started = has_started(page, now)
    key = page.translation_key
    registration = None
    signed_in = user.is_authenticated
    if signed_in:
        registration = (
            live_registration(key, user)
            or Registration.objects.filter(
                event_key=key, user=user, status=RegistrationStatus.CANCELLED
            )
            .order_by("-cancelled_at", "-pk")
            .first()
        )
    places_left = None
    if page.capacity is not None:
        places_left = max(page.capacity - places_taken(key), 0)
    return RegistrationPanel(
        is_past=page.is_past(now),
        has_started=started,
        is_open=page.registration_open and not started,
        capacity=page.capacity,
        places_left=places_left,
        signed_in=signed_in,
        registration=registration,
    )


@dataclass
class UpcomingEvent:
    page: EventPage
    registration: Registration
    when: str  # in the event's zone


@register.simple_tag
def my_upcoming_events(user):
    """The member's registered and waitlisted events that have not ended, soonest first, each
    as an ``UpcomingEvent`` with the page in the active language (or else English). Two
    queries."""
    registrations = {
        registration.event_key: registration
        for registration in with_waiting_position(
            Registration.objects.filter(user=user, status__in=LIVE)
        )
    }
    if not registrations:
        return []
    pages = {}
    for page in (
        EventPage.objects.live()
        .filter(translation_key__in=registrations, ends_at__gt=timezone.now())
        .select_related("locale")
        .defer_streamfields()
    ):
        pages.setdefault(page.translation_key, []).append(page)
    language = get_language()
    upcoming = []
    for key, translations in pages.items():
        page = in_language(translations, language, settings.LANGUAGE_CODE)
        upcoming.append(UpcomingEvent(page, registrations[key], local_when(page)))
    return sorted(upcoming, key=lambda item: (item.page.starts_at, item.page.pk))
