"""The events calendar and an event's page cost the same number of queries whatever their size."""

import datetime

import pytest
import wagtail_factories
from django.utils import timezone

from conftest import bulk_pages
from learning.factories import PersonFactory, TopicFactory
from members.factories import MemberFactory
from mentorship.factories import SpecialtyIndexPageFactory
from mentorship.models import Specialty
from resources.factories import EventIndexPageFactory, EventPageFactory
from resources.models import EventFormat, EventPage, EventSpeaker, EventSpecialty

pytestmark = pytest.mark.django_db
FORMATS = EventFormat.values


def bulk_events(index, count, topics):
    """``count`` live events under ``index``, half ended and half to come, each with two
    specialties."""
    now = timezone.now()

    def event(number, page):
        starts_at = now + datetime.timedelta(hours=(number - count // 2) * 5 + 1)
        event_format = FORMATS[number % len(FORMATS)]
        return EventPage(
            page_ptr=page,
            introduction="An hour with NMF alumni on the questions you bring.",
            starts_at=starts_at,
            ends_at=starts_at + datetime.timedelta(hours=1),
            time_zone="America/Chicago" if number % 2 else "America/New_York",
            event_format=event_format,
            location="" if event_format == EventFormat.ONLINE else "1 Peachtree St, Atlanta",
            online_url="https://meet.example.org/room",
            topic=topics[number % len(topics)],
            recording_url="https://video.example.org/x" if number % 3 == 0 else "",
        )

    events = bulk_pages(index, EventPage, count, "Bulk event", event)
    family, pediatrics = Specialty.objects.filter(slug__in=["family-medicine", "pediatrics"])
    EventSpecialty.objects.bulk_create(
        EventSpecialty(content_object_id=event.pk, tag=tag)
        for event in events
        for tag in (family, pediatrics)
    )
    return events


@pytest.fixture
def index(home_page):
    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def topics(db):
    return [TopicFactory(slug="debt-management"), TopicFactory(slug="leadership")]


def test_bulk_events_are_real_live_pages_split_by_the_clock(client, index, topics):
    bulk_events(index, 4, topics)
    events = list(index.events().order_by("title"))
    assert [event.url for event in events] == [
        f"/en/events/bulk-event-{number:04}/" for number in range(4)
    ]
    assert sum(event.is_past() for event in events) == 2
    assert client.get(events[0].url).status_code == 200


@pytest.mark.parametrize("size", [10, 1000])
@pytest.mark.parametrize(
    "query",
    [
        {},
        {"topic": "debt-management", "specialty": "pediatrics", "format": "hybrid"},
        {"page": 2, "past_page": 3, "format": "bogus"},
    ],
)
def test_calendar_queries_hold_at_any_size(
    client, index, topics, django_assert_max_num_queries, size, query
):
    bulk_events(index, size, topics)
    client.get(index.url, query)
    with django_assert_max_num_queries(26):
        response = client.get(index.url, query)
    assert response.status_code == 200
    if not query:
        html = response.content.decode()
        assert f"{size // 2} upcoming events" in html
        assert html.count('class="card event-card"') == 2 * min(size // 2, 12)


@pytest.mark.parametrize("size", [10, 1000])
def test_feed_queries_hold_at_any_size(client, index, topics, django_assert_max_num_queries, size):
    bulk_events(index, size, topics)
    with django_assert_max_num_queries(5):
        response = client.get("/en/events/calendar.ics")
    assert response.content.count(b"BEGIN:VEVENT") == size // 2


def event_with(index, count, past=False):
    """An event with a host, ``count`` speakers with photos, and ``count`` documents and links."""
    photo = wagtail_factories.ImageFactory(title="Portrait")
    start = timezone.now() + datetime.timedelta(days=-2 if past else 2)
    documents = [wagtail_factories.DocumentFactory(title=f"Slides {n}") for n in range(count)]
    event = EventPageFactory(
        parent=index,
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=1),
        host=PersonFactory(photo=photo),
        topic=TopicFactory(),
        recording_url="https://video.example.org/x",
        materials=[("document", document) for document in documents]
        + [
            ("link", {"label": f"Reading {n}", "url": "https://example.org/r", "page": None})
            for n in range(count)
        ],
    )
    for number in range(count):
        EventSpeaker.objects.create(
            page=event, person=PersonFactory(photo=photo), sort_order=number
        )
    event.specialties.add(*Specialty.objects.all()[:count])
    event.save_revision().publish()
    return event


@pytest.mark.parametrize("count", [1, 10])
@pytest.mark.parametrize("past", [False, True])
# A member costs their session, user and verified email, and the site frame's account links.
@pytest.mark.parametrize(("member", "budget"), [(False, 24), (True, 29)])
def test_event_page_queries_hold_whatever_the_speakers_and_materials(
    client, index, django_assert_max_num_queries, count, past, member, budget
):
    SpecialtyIndexPageFactory(parent=index.get_parent())
    event = event_with(index, count, past=past)
    if member:
        client.force_login(MemberFactory())
    client.get(event.url)  # renditions are made on the first visit
    with django_assert_max_num_queries(budget):
        response = client.get(event.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('class="person"') == count + 1
    if past:
        assert html.count("Slides ") == count
