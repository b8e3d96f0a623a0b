"""Registering for events: one click to take a place (or join the waiting list), one click to
give it back, and the waiting list moving up when a place opens.

A registration is kept by the event's translation key, so a place taken on the Spanish page
holds on the English one. Every change happens inside a transaction that first locks one row
per event, the *canonical* page: of the pages that share the translation key, the one with the
lowest primary key (the original every translation was copied from, normally the English
page). Page primary keys never change, so every request for an event queues on the same row;
places are counted inside the lock, so capacity is never exceeded, and a double click finds
the work already done. The capacity, dates and "registration open" switch are read from that
locked row (Wagtail Localize keeps them in step across translations).
"""

from django.contrib import messages
from django.db import transaction
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from members.views import members_only
from resources.models import EventPage, Registration, RegistrationStatus
from resources.notifications import notify

LIVE = (RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED)


class Refused(Exception):
    """A step that cannot happen; the message is written for the person who tried."""


# --- Reading ---------------------------------------------------------------------------------


def with_waiting_position(registrations):
    """Annotate ``waiting_position``: 1 for the first person on an event's waiting list, 2 for
    the next... (meaningful on waitlisted registrations only). One subquery, whatever the size
    of the list."""
    ahead = (
        Registration.objects.filter(
            event_key=OuterRef("event_key"), status=RegistrationStatus.WAITLISTED
        )
        .filter(
            Q(waitlisted_at__lt=OuterRef("waitlisted_at"))
            | Q(waitlisted_at=OuterRef("waitlisted_at"), pk__lt=OuterRef("pk"))
        )
        .order_by()
        .values("event_key")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return registrations.annotate(
        waiting_position=Coalesce(Subquery(ahead, output_field=IntegerField()), Value(0)) + 1
    )


def live_registration(event_key, user):
    """The member's registered or waitlisted registration for the event, or None."""
    return (
        with_waiting_position(Registration.objects.filter(event_key=event_key, user=user))
        .filter(status__in=LIVE)
        .first()
    )


def places_taken(event_key):
    return Registration.objects.filter(
        event_key=event_key, status=RegistrationStatus.REGISTERED
    ).count()


def in_language(pages, language, default_language="en"):
    """Of one event's pages (its translations), the one in ``language``, else the English one,
    else any."""
    by_language = {page.locale.language_code: page for page in pages}
    return (
        by_language.get(language)
        or by_language.get(default_language)
        or next(iter(by_language.values()), None)
    )


def left_waiting_list(registration):
    """A cancelled registration that never had a place."""
    return registration.waitlisted_at is not None and registration.promoted_at is None


def local_when(event):
    """The start in the event's own zone, in the active language's format, with the zone:
    "Dec. 3, 2026, 7 p.m. (Eastern time)" / "3 de diciembre de 2026 a las 19:00 (...)"."""
    return f"{date_format(event.local_start, 'DATETIME_FORMAT')} ({event.get_time_zone_display()})"


def has_started(event, now=None):
    return event.starts_at <= (now or timezone.now())


# --- The flow --------------------------------------------------------------------------------


def _lock_event(event_key):
    """Lock and return the event's canonical page (see the module's docstring)."""
    event = (
        EventPage.objects.select_for_update(of=("self",))
        .filter(translation_key=event_key)
        .order_by("pk")
        .first()
    )
    if event is None:
        raise Refused(_("This event no longer exists."))
    return event


def _fill_free_places(event, now):
    """Give free places to the waiting list, first come first served; returns those promoted.
    Called under the event's lock."""
    waiting = Registration.objects.filter(
        event_key=event.translation_key, status=RegistrationStatus.WAITLISTED
    ).order_by("waitlisted_at", "pk")
    if event.capacity is not None:
        free = event.capacity - places_taken(event.translation_key)
        if free <= 0:
            return []
        waiting = waiting[:free]
    promoted = list(waiting)
    for registration in promoted:
        registration.status = RegistrationStatus.REGISTERED
        registration.promoted_at = now
        registration.save(update_fields=["status", "promoted_at"])
        notify("promoted", registration.pk)
    return promoted


def register(event_key, user):
    """Take a place at the event, or a place on its waiting list when it is full. Registering
    again while registered or waitlisted returns the registration the member already has."""
    now = timezone.now()
    with transaction.atomic():
        event = _lock_event(event_key)
        existing = live_registration(event_key, user)
        if existing is not None:
            return existing
        if event.is_past(now):
            raise Refused(_("This event has ended, so registration is closed."))
        if has_started(event, now):
            raise Refused(_("This event has already started, so registration is closed."))
        if not event.registration_open:
            raise Refused(_("Registration for this event is closed."))
        # Places freed (or added) since someone joined the waiting list are theirs first.
        _fill_free_places(event, now)
        if event.capacity is None or places_taken(event_key) < event.capacity:
            registration = Registration.objects.create(
                event_key=event_key, user=user, status=RegistrationStatus.REGISTERED
            )
            notify("registered", registration.pk)
        else:
            registration = Registration.objects.create(
                event_key=event_key,
                user=user,
                status=RegistrationStatus.WAITLISTED,
                waitlisted_at=now,
            )
            notify("waitlisted", registration.pk)
    return live_registration(event_key, user)


def cancel(event_key, user, *, tell_member=True, force=False):
    """Give up a place (or leave the waiting list). When a place frees, the first person on the
    waiting list gets it and is told. Returns the cancelled registration, or None when there
    was nothing to cancel (a second click changes nothing).

    ``force`` cancels even once the event has started (used when an account is deleted)."""
    now = timezone.now()
    with transaction.atomic():
        event = _lock_event(event_key)
        registration = (
            Registration.objects.filter(event_key=event_key, user=user, status__in=LIVE)
            .select_for_update()
            .first()
        )
        if registration is None:
            return None
        if not force and has_started(event, now):
            raise Refused(
                _("This event has already started, so your registration can no longer change.")
            )
        was_waiting = registration.status == RegistrationStatus.WAITLISTED
        registration.status = RegistrationStatus.CANCELLED
        registration.cancelled_at = now
        registration.save(update_fields=["status", "cancelled_at"])
        if tell_member:
            notify("left_waiting_list" if was_waiting else "cancelled", registration.pk)
        if not has_started(event, now):
            _fill_free_places(event, now)
    return registration


# --- Views -----------------------------------------------------------------------------------


def _event_page(pk):
    page = EventPage.objects.live().filter(pk=pk).first()
    if page is None:
        raise Http404
    return page


@members_only
@require_http_methods(["GET", "POST"])
def register_view(request, pk):
    """POST registers. A GET (after signing in from an expired session) goes to the event."""
    page = _event_page(pk)
    if request.method == "POST":
        already = live_registration(page.translation_key, request.user)
        try:
            registration = register(page.translation_key, request.user)
        except Refused as refusal:
            messages.error(request, str(refusal))
        else:
            if already is not None:
                messages.info(request, _("You are already signed up for this event."))
            elif registration.status == RegistrationStatus.REGISTERED:
                messages.success(
                    request,
                    _(
                        "You are registered. We have emailed you the details with an invitation "
                        "for your calendar."
                    ),
                )
            else:
                messages.success(
                    request,
                    _(
                        "The event is full, so you are number %(position)s on the waiting list. "
                        "We will email you as soon as a place opens."
                    )
                    % {"position": registration.waiting_position},
                )
    return redirect(page.get_url(request))


@members_only
@require_http_methods(["GET", "POST"])
def cancel_view(request, pk):
    page = _event_page(pk)
    if request.method == "POST":
        try:
            registration = cancel(page.translation_key, request.user)
        except Refused as refusal:
            messages.error(request, str(refusal))
        else:
            if registration is None:
                messages.info(request, _("You have no registration to cancel for this event."))
            elif left_waiting_list(registration):
                messages.success(request, _("You have left the waiting list."))
            else:
                messages.success(
                    request,
                    _("Your registration is cancelled. Thank you for letting us know."),
                )
    return redirect(page.get_url(request))
