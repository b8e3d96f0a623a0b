"""The events calendar: upcoming events first, then past ones, filtered; and how times read.

Times are shown in the event's own zone ("Thu 3 Dec 2026, 7:00 p.m. ET") inside a
``<time datetime="…Z">`` element, so a little JavaScript can add the visitor's own time.
"""

import datetime

from django.core.paginator import Paginator
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.utils.translation import pgettext

from hub.views import paginate
from learning.models import Topic
from mentorship.models import Specialty
from resources.event_forms import EventFilterForm

UPCOMING_PER_PAGE = 12
PAST_PER_PAGE = 12
# The past list pages on its own, so paging through it keeps the upcoming list where it is.
PAST_PAGE_PARAMETER = "past_page"

# Short names for the event zones, the way US invitations write them. The zones without
# daylight saving time get their one exact abbreviation.
ZONE_ABBREVIATIONS = {
    "America/New_York": "ET",
    "America/Chicago": "CT",
    "America/Denver": "MT",
    "America/Phoenix": "MST",
    "America/Los_Angeles": "PT",
    "America/Anchorage": "AKT",
    "Pacific/Honolulu": "HST",
    "America/Puerto_Rico": "AST",
    "UTC": "UTC",
}


def upcoming(events, now=None):
    """Events that have not ended (one under way is still "upcoming"), soonest first."""
    return events.filter(ends_at__gt=now or timezone.now()).order_by("starts_at", "pk")


def past(events, now=None):
    """Events that have ended, most recent first."""
    return events.filter(ends_at__lte=now or timezone.now()).order_by("-starts_at", "-pk")


def event_index_context(page, request):
    now = timezone.now()
    topics = list(Topic.objects.live().filter(locale=page.locale))
    form = EventFilterForm(request.GET, topics=topics, specialties=Specialty.objects.all())
    events = form.apply(page.events().defer_streamfields())
    return {
        "filter_form": form,
        "is_filtered": bool(form.filters()),
        "topics": topics,
        "upcoming_events": paginate(request, upcoming(events, now), UPCOMING_PER_PAGE),
        "past_events": Paginator(past(events, now), PAST_PER_PAGE).get_page(
            request.GET.get(PAST_PAGE_PARAMETER)
        ),
        "feed_url": reverse("resources:event_feed"),
    }


# --- How times read ----------------------------------------------------------------------


def utc_iso(value):
    """An aware datetime as ISO 8601 in UTC, for <time datetime> and for JavaScript."""
    return value.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def zone_abbreviation(time_zone, moment=None):
    if time_zone in ZONE_ABBREVIATIONS:
        return ZONE_ABBREVIATIONS[time_zone]
    return moment.tzname() if moment is not None else time_zone


def short_when(event):
    """The start in the event's zone, short: "Thu 3 Dec 2026, 7:00 p.m." (no zone)."""
    # Translators: a date format (https://docs.djangoproject.com/en/stable/ref/templates/builtins/#date)
    return format_date(event.local_start, pgettext("short event start", "D j M Y, g:i a"))


def long_date(moment):
    # Translators: a date format (https://docs.djangoproject.com/en/stable/ref/templates/builtins/#date)
    return format_date(moment, pgettext("event date", "l j F Y"))


def clock(moment):
    # Translators: a time format (https://docs.djangoproject.com/en/stable/ref/templates/builtins/#date)
    return format_date(moment, pgettext("event time", "g:i a"))


def long_start(event):
    """ "Thursday 3 December 2026, 7:00 p.m." in the event's zone."""
    return f"{long_date(event.local_start)}, {clock(event.local_start)}"


def long_end(event):
    """The end in the event's zone: the time alone when it ends on the day it starts."""
    end = event.local_end
    if end.date() == event.local_start.date():
        return clock(end)
    return f"{long_date(end)}, {clock(end)}"
