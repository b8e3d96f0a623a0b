"""iCalendar files: one event, and the feed of every upcoming event in a language.

Times are written in UTC, so every calendar places them right without time-zone tables. The
UID is the event's translation key, so the English and Spanish pages are one event in a
visitor's calendar, and a re-published event updates in place. The join link is for
signed-in members only: it is never written here.
"""

import datetime
from urllib.parse import urlsplit

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from icalendar import Calendar, Event
from wagtail.models import Locale

from resources.calendar import upcoming
from resources.models import EventFormat, EventPage

PRODID = "-//National Medical Fellowships//The Hub//EN"
CONTENT_TYPE = "text/calendar; charset=utf-8"
FEED_FILENAME = "nmf-hub-events.ics"
# Calendar apps poll feeds; a quarter of an hour is fresh enough and spares the database.
MAX_AGE = 15 * 60


def event_location(event):
    """The address for in-person and hybrid events; "Online" otherwise (never the join link)."""
    if event.event_format == EventFormat.ONLINE or not event.location.strip():
        return gettext("Online")
    address = ", ".join(line.strip() for line in event.location.splitlines() if line.strip())
    if event.event_format == EventFormat.HYBRID:
        return gettext("%(address)s (and online)") % {"address": address}
    return address


def event_component(event, request, stamp):
    url = event.get_full_url(request)
    component = Event()
    component.add("uid", f"{event.translation_key}@{urlsplit(url).hostname}")
    component.add("dtstamp", stamp)
    component.add("dtstart", event.starts_at.astimezone(datetime.UTC))
    component.add("dtend", event.ends_at.astimezone(datetime.UTC))
    component.add("summary", event.title)
    description = "\n\n".join(part for part in (event.summary, url) if part)
    component.add("description", description)
    component.add("url", url)
    component.add("location", event_location(event))
    modified = event.last_published_at or event.latest_revision_created_at
    if modified:
        component.add("last-modified", modified.astimezone(datetime.UTC))
    return component


def build_calendar(events, request, name=None):
    """iCalendar bytes for ``events``."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
    stamp = timezone.now().astimezone(datetime.UTC).replace(microsecond=0)
    for event in events:
        calendar.add_component(event_component(event, request, stamp))
    return calendar.to_ical()


def calendar_response(content, filename, disposition):
    response = HttpResponse(content, content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


def live_events():
    return EventPage.objects.live().public().defer_streamfields()


@cache_control(max_age=MAX_AGE, public=True)
@require_GET
def event_feed(request):
    """Every upcoming event in the active language, for subscribing in a calendar app."""
    events = upcoming(live_events().filter(locale=Locale.get_active()))
    content = build_calendar(events, request, name=gettext("NMF Hub events"))
    return calendar_response(content, FEED_FILENAME, "inline")


@cache_control(max_age=MAX_AGE, public=True)
@require_GET
def event_file(request, page_id):
    """One event, to add to a calendar."""
    event = get_object_or_404(live_events(), pk=page_id)
    content = build_calendar([event], request)
    return calendar_response(content, f"{event.slug}.ics", "attachment")
