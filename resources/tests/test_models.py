"""Event rules that hold whatever the page: times, zones, the join window, one live place."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from resources.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    RegistrationFactory,
    in_days,
)
from resources.models import EventPage

UTC = datetime.UTC


def test_an_event_shows_its_times_in_its_own_zone():
    event = EventPage(
        starts_at=datetime.datetime(2026, 12, 3, 0, 30, tzinfo=UTC),
        ends_at=datetime.datetime(2026, 12, 3, 1, 30, tzinfo=UTC),
        time_zone="America/Los_Angeles",
    )
    assert event.local_start.strftime("%Y-%m-%d %H:%M %Z") == "2026-12-02 16:30 PST"
    assert event.local_end.hour == 17


def test_the_join_link_opens_half_an_hour_before_and_closes_at_the_end():
    start = datetime.datetime(2026, 12, 3, 18, 0, tzinfo=UTC)
    event = EventPage(
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=1),
        online_url="https://meet.example.org/x",
    )
    assert not event.join_link_open(start - datetime.timedelta(minutes=31))
    assert event.join_link_open(start - datetime.timedelta(minutes=30))
    assert event.join_link_open(start + datetime.timedelta(minutes=59))
    assert not event.join_link_open(start + datetime.timedelta(hours=1))
    event.online_url = ""
    assert not event.join_link_open(start)


def test_an_event_ends_after_it_starts_and_in_person_needs_a_place():
    start = datetime.datetime(2026, 12, 3, 18, 0, tzinfo=UTC)
    event = EventPage(title="Town hall", slug="town-hall", starts_at=start, ends_at=start)
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "ends_at" in error.value.message_dict
    event.ends_at = start + datetime.timedelta(hours=1)
    event.event_format = "in_person"
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "location" in error.value.message_dict


@pytest.mark.django_db
def test_a_member_holds_one_live_registration_per_event(home_page):
    event = EventPageFactory(parent=EventIndexPageFactory(parent=home_page), starts_at=in_days(3))
    first = RegistrationFactory(event=event)
    RegistrationFactory(event=event, user=first.user, status="cancelled")
    with pytest.raises(IntegrityError):
        RegistrationFactory(event=event, user=first.user, status="waitlisted")
