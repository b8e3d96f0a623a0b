"""The events calendar, each event's page, and the iCalendar files, in both languages."""

import datetime
import re

import pytest
import time_machine
import wagtail_factories
from icalendar import Calendar

from conftest import publish_translation
from learning.factories import PersonFactory, TopicFactory
from members.factories import MemberFactory
from mentorship.factories import SpecialtyIndexPageFactory
from mentorship.models import Specialty
from resources import calendar
from resources.factories import EventIndexPageFactory, EventPageFactory
from resources.models import EventSpeaker

pytestmark = pytest.mark.django_db
UTC = datetime.UTC
# A Monday at noon, Eastern time.
NOW = datetime.datetime(2026, 6, 1, 16, 0, tzinfo=UTC)
JOIN_URL = "https://meet.example.org/secret-room"


@pytest.fixture
def clock():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


@pytest.fixture
def index(home_page, clock):
    return EventIndexPageFactory(parent=home_page)


def at(days, hour=19, tz=UTC):
    return datetime.datetime.combine(
        NOW.date() + datetime.timedelta(days=days), datetime.time(hour), tzinfo=tz
    )


def event(index, title, days, hours=1, **fields):
    starts_at = fields.pop("starts_at", at(days))
    return EventPageFactory(
        parent=index,
        title=title,
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=hours),
        **fields,
    )


def section(html, heading):
    """The HTML of the index section under ``heading`` (up to the next section)."""
    start = html.index(f">{heading}</h2>")
    end = html.find("</section>", start)
    return html[start:end]


def titles_in(html, titles):
    """``titles`` in the order they appear in ``html`` (those that appear)."""
    return sorted((t for t in titles if t in html), key=html.index)


# --- The calendar --------------------------------------------------------------------------


def test_the_calendar_lists_upcoming_events_soonest_first_then_past_ones_latest_first(
    client, index
):
    titles = ["Ended last week", "Ended yesterday", "Under way", "Tomorrow", "Next month"]
    event(index, "Next month", 30)
    event(index, "Ended last week", -7)
    event(index, "Tomorrow", 1)
    event(index, "Ended yesterday", -1)
    event(index, "Under way", 0, starts_at=NOW - datetime.timedelta(minutes=30))

    response = client.get("/en/events/")

    assert response.status_code == 200
    html = response.content.decode()
    upcoming = section(html, "Upcoming events")
    past = section(html, "Past events")
    assert titles_in(upcoming, titles) == ["Under way", "Tomorrow", "Next month"]
    assert titles_in(past, titles) == ["Ended yesterday", "Ended last week"]
    assert "3 upcoming events" in upcoming


def test_an_event_moves_to_the_past_when_it_ends(client, index, clock):
    event(index, "Webinar on loans", 0, starts_at=NOW + datetime.timedelta(hours=1))
    html = client.get("/en/events/").content.decode()
    assert "Webinar on loans" in section(html, "Upcoming events")
    assert "Past events" not in html

    clock.shift(datetime.timedelta(hours=2, seconds=1))

    html = client.get("/en/events/").content.decode()
    assert "Webinar on loans" in section(html, "Past events")
    assert "No events are scheduled just now" in html


def test_past_events_say_when_a_recording_is_available(client, index):
    event(index, "Recorded town hall", -3, recording_url="https://video.example.org/th")
    event(index, "Unrecorded town hall", -2)
    html = client.get("/en/events/").content.decode()
    past = section(html, "Past events")
    recorded = past[past.index("Recorded town hall") :]
    unrecorded = past[past.index("Unrecorded town hall") : past.index("Recorded town hall")]
    assert "Recording available" in recorded
    assert "Recording available" not in unrecorded


def test_past_events_page_on_their_own_and_keep_the_upcoming_list(client, index):
    for number in range(calendar.PAST_PER_PAGE + 1):
        event(index, f"Past session {number:02}", -1 - number)
    event(index, "Coming soon", 2)

    html = client.get("/en/events/", {"past_page": 2}).content.decode()

    past = section(html, "Past events")
    assert titles_in(past, [f"Past session {n:02}" for n in range(13)]) == ["Past session 12"]
    assert "Coming soon" in section(html, "Upcoming events")
    assert "Page 2 of 2" in past


def test_filters_by_topic_specialty_and_format(client, index):
    money = TopicFactory(name="Debt management", slug="debt-management")
    leading = TopicFactory(name="Leadership", slug="leadership")
    pediatrics = Specialty.objects.get(slug="pediatrics")
    loans = event(index, "Loans clinic", 3, topic=money)
    loans.specialties.add(pediatrics)
    loans.save_revision().publish()
    event(index, "Leading teams", 4, topic=leading, event_format="in_person", location="Atlanta")
    event(index, "Past loans clinic", -4, topic=money)
    titles = ["Loans clinic", "Leading teams", "Past loans clinic"]

    def shown(**query):
        return titles_in(client.get("/en/events/", query).content.decode(), titles)

    assert shown(topic="debt-management") == ["Loans clinic", "Past loans clinic"]
    assert shown(specialty="pediatrics") == ["Loans clinic"]
    assert shown(format="in_person") == ["Leading teams"]
    assert shown(topic="debt-management", format="in_person") == []


@pytest.mark.parametrize(
    "query",
    [
        {"topic": "no-such-topic"},
        {"specialty": "astrology"},
        {"format": "telepathy"},
        {"page": "abc", "past_page": "-3"},
        {"topic": ["a", "b"], "page": "99999"},
    ],
)
def test_bad_filter_values_are_ignored(client, index, query):
    event(index, "Loans clinic", 3)
    event(index, "Old clinic", -3)
    response = client.get("/en/events/", query)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Loans clinic" in html
    assert "Old clinic" in html


def test_cards_show_the_time_in_the_event_zone_in_a_time_element(client, index):
    event(
        index,
        "West coast mixer",
        0,
        starts_at=datetime.datetime(2026, 12, 3, 0, 30, tzinfo=UTC),
        time_zone="America/Los_Angeles",
        topic=TopicFactory(name="Career advancement"),
    )
    html = client.get("/en/events/").content.decode()
    assert '<time datetime="2026-12-03T00:30:00Z">Wed 2 Dec 2026, 4:30 p.m.</time>' in html
    assert '<abbr title="Pacific time">PT</abbr>' in html
    assert "Online · Career advancement" in html


def test_the_calendar_links_to_its_feed(client, index):
    html = client.get("/en/events/").content.decode()
    assert 'href="/en/events/calendar.ics"' in html


def test_draft_and_unpublished_events_are_not_listed(client, index):
    draft = event(index, "Secret planning meeting", 3)
    draft.unpublish()
    assert "Secret planning meeting" not in client.get("/en/events/").content.decode()


def upcoming_section(home, how_many=3):
    home.sections = [
        {
            "type": "upcoming_events",
            "value": {
                "heading": "Upcoming events",
                "introduction": "",
                "how_many": how_many,
                "more": {"label": "", "page": None, "url": ""},
            },
        }
    ]
    home.save_revision().publish()


def test_the_home_page_lists_the_soonest_upcoming_events(client, home_page, index):
    for title, days in [("Last week", -7), ("Next month", 30), ("Tomorrow", 1), ("Friday", 4)]:
        event(index, title, days)
    event(index, "Unpublished", 2).unpublish()
    upcoming_section(home_page, how_many=2)

    html = section(client.get("/en/").text, "Upcoming events")
    assert titles_in(html, ["Last week", "Next month", "Tomorrow", "Friday", "Unpublished"]) == [
        "Tomorrow",
        "Friday",
    ]


def test_the_home_page_says_when_no_event_is_planned(client, home_page, index):
    event(index, "Last week", -7)
    upcoming_section(home_page)
    assert "No events are planned just now." in client.get("/en/").text


@pytest.mark.parametrize("count", [1, 30])
def test_the_home_page_events_cost_the_same_at_any_number(
    client, home_page, index, django_assert_max_num_queries, count
):
    upcoming_section(home_page, how_many=6)
    specialties = list(Specialty.objects.all()[:2])
    for number in range(count):
        page = event(index, f"Event {number}", number + 1, topic=TopicFactory())
        page.specialties.add(*specialties)
        page.save_revision().publish()
    client.get("/en/")  # warm the per-process caches (site root paths, locales)
    with django_assert_max_num_queries(15):
        html = client.get("/en/").text
    assert html.count('class="card event-card"') == min(count, 6)


# --- The iCalendar files ------------------------------------------------------------------


def parse(response):
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def test_one_event_as_icalendar(client, index):
    webinar = event(
        index,
        "Loan forgiveness office hours",
        3,
        starts_at=datetime.datetime(2026, 12, 3, 0, 30, tzinfo=UTC),
        time_zone="America/Los_Angeles",
        online_url=JOIN_URL,
    )
    webinar.save_revision().publish()
    webinar.refresh_from_db()

    response = client.get(f"/en/events/{webinar.pk}/event.ics")

    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="{webinar.slug}.ics"'
    assert JOIN_URL.encode() not in response.content
    (component,) = parse(response).walk("VEVENT")
    assert str(component["UID"]) == f"{webinar.translation_key}@localhost"
    assert component.decoded("DTSTART") == datetime.datetime(2026, 12, 3, 0, 30, tzinfo=UTC)
    assert component.decoded("DTEND") == datetime.datetime(2026, 12, 3, 1, 30, tzinfo=UTC)
    assert str(component["SUMMARY"]) == "Loan forgiveness office hours"
    assert str(component["LOCATION"]) == "Online"
    assert str(component["URL"]) == webinar.get_full_url()
    assert "Public Service Loan Forgiveness" in str(component["DESCRIPTION"])
    assert component.decoded("LAST-MODIFIED") == webinar.last_published_at.replace(microsecond=0)


def test_an_in_person_event_gives_its_address_and_a_hybrid_one_says_online_too(client, index):
    gala = event(
        index, "Awards gala", 10, event_format="in_person", location="1 Main St\nAtlanta, GA"
    )
    forum = event(index, "Forum", 11, event_format="hybrid", location="2 Peach St, Atlanta")
    (component,) = parse(client.get(f"/en/events/{gala.pk}/event.ics")).walk("VEVENT")
    assert str(component["LOCATION"]) == "1 Main St, Atlanta, GA"
    (component,) = parse(client.get(f"/en/events/{forum.pk}/event.ics")).walk("VEVENT")
    assert str(component["LOCATION"]) == "2 Peach St, Atlanta (and online)"


def test_the_feed_holds_every_upcoming_live_event_and_no_join_link(client, index):
    soon = event(index, "Soon", 1)
    later = event(index, "Later", 20)
    event(index, "Over", -1)
    draft = event(index, "Draft", 5)
    draft.unpublish()

    response = client.get("/en/events/calendar.ics")

    assert response.status_code == 200
    assert "inline" in response["Content-Disposition"]
    assert JOIN_URL.encode() not in response.content
    assert b"meet.example.org" not in response.content
    feed = parse(response)
    assert str(feed["X-WR-CALNAME"]) == "NMF Hub events"
    components = feed.walk("VEVENT")
    assert [str(c["SUMMARY"]) for c in components] == ["Soon", "Later"]
    assert {str(c["UID"]) for c in components} == {
        f"{soon.translation_key}@localhost",
        f"{later.translation_key}@localhost",
    }


def test_an_unpublished_event_has_no_icalendar_file(client, index):
    draft = event(index, "Draft", 5)
    draft.unpublish()
    assert client.get(f"/en/events/{draft.pk}/event.ics").status_code == 404
    assert client.get("/en/events/999999/event.ics").status_code == 404


# --- The event page ------------------------------------------------------------------------


def test_the_event_page_shows_its_zone_and_the_utc_time_for_scripts(client, index):
    mixer = event(
        index,
        "West coast mixer",
        0,
        starts_at=datetime.datetime(2026, 12, 3, 0, 30, tzinfo=UTC),
        time_zone="America/Los_Angeles",
    )
    html = client.get(mixer.url).content.decode()
    assert (
        '<time datetime="2026-12-03T00:30:00Z">Wednesday 2 December 2026, 4:30 p.m.</time>' in html
    )
    assert '<time datetime="2026-12-03T01:30:00Z">5:30 p.m.</time>' in html
    assert "Pacific time" in html
    assert 'data-zone="America/Los_Angeles"' in html
    assert f'href="/en/events/{mixer.pk}/event.ics"' in html


def test_an_event_over_midnight_gives_the_end_date(client, index):
    late = event(index, "Night shift social", 3, hours=5)  # 19:00 UTC is 3 p.m. Eastern
    late.time_zone = "UTC"
    late.save_revision().publish()
    html = client.get(late.url).content.decode()
    assert "Thursday 4 June 2026, 7:00 p.m.</time>" in html
    assert "Friday 5 June 2026, 12:00 a.m.</time>" in html


def join_event(index, **fields):
    return event(
        index,
        "Office hours",
        0,
        starts_at=NOW + datetime.timedelta(minutes=45),
        online_url=JOIN_URL,
        **fields,
    )


def test_the_join_link_is_hidden_from_anonymous_visitors_even_when_open(client, index, clock):
    office_hours = join_event(index)
    clock.shift(datetime.timedelta(minutes=30))
    html = client.get(office_hours.url).content.decode()
    assert JOIN_URL not in html
    assert "The join link appears here 30 minutes before the start for signed-in members." in html
    assert "Sign in" in html


def test_the_join_link_appears_to_members_half_an_hour_before_the_start(client, index, clock):
    office_hours = join_event(index)
    client.force_login(MemberFactory())

    html = client.get(office_hours.url).content.decode()
    assert JOIN_URL not in html
    assert "The join link appears here 30 minutes before the start" in html

    clock.shift(datetime.timedelta(minutes=15))
    html = client.get(office_hours.url).content.decode()
    assert f'href="{JOIN_URL}"' in html
    assert "The join link appears here" not in html

    clock.shift(datetime.timedelta(hours=2))
    html = client.get(office_hours.url).content.decode()
    assert JOIN_URL not in html


def test_the_join_link_is_hidden_from_members_who_have_not_verified_their_email(
    client, index, clock
):
    office_hours = join_event(index)
    clock.shift(datetime.timedelta(minutes=30))
    client.force_login(MemberFactory(verified=False))
    assert JOIN_URL not in client.get(office_hours.url).content.decode()


def test_an_in_person_event_has_no_join_link_section(client, index):
    gala = event(index, "Gala", 3, event_format="in_person", location="1 Main St, Atlanta")
    html = client.get(gala.url).content.decode()
    assert "Join online" not in html
    assert "1 Main St, Atlanta" in html


def test_host_speakers_and_specialties_are_shown(client, index):
    SpecialtyIndexPageFactory(parent=index.get_parent())
    host = PersonFactory(name="Dr. Ada Host", credentials="MD", bio="Runs the clinic.")
    speaker = PersonFactory(name="Dr. Bo Speaker", photo=wagtail_factories.ImageFactory(title="Bo"))
    panel = event(index, "Panel", 3, host=host)
    EventSpeaker.objects.create(page=panel, person=speaker, sort_order=0)
    panel.specialties.add(Specialty.objects.get(slug="pediatrics"))
    panel.save_revision().publish()

    html = client.get(panel.url).content.decode()

    assert "Dr. Ada Host, MD" in html
    assert "Runs the clinic." in html
    assert "Dr. Bo Speaker, MD, MPH" in html
    assert re.search(r'<img alt="" [^>]*height="96"', html)
    assert 'href="/en/specialties/pediatrics/"' in html


def test_recording_and_materials_appear_after_the_event(client, index, clock):
    document = wagtail_factories.DocumentFactory(title="Slides")
    talk = event(
        index,
        "Talk",
        1,
        recording_url="https://video.example.org/talk",
        materials=[
            ("document", document),
            ("link", {"label": "Further reading", "url": "https://example.org/read", "page": None}),
        ],
    )
    html = client.get(talk.url).content.decode()
    assert "https://video.example.org/talk" not in html
    assert "Further reading" not in html
    assert "Add to calendar" in html

    clock.shift(datetime.timedelta(days=2))
    html = client.get(talk.url).content.decode()

    assert 'href="https://video.example.org/talk"' in html
    assert f'href="{document.url}"' in html
    assert "Slides</a>" in html
    assert 'href="https://example.org/read" rel="noopener">Further reading' in html
    assert "This event has ended" in html
    assert "Add to calendar" not in html


# --- Both languages ------------------------------------------------------------------------


@pytest.fixture
def spanish_index(index, spanish_home, locales):
    return publish_translation(index, locales.es, title="Eventos", slug="eventos")


def test_the_spanish_calendar_lists_spanish_events_with_spanish_dates(
    client, index, spanish_index, locales
):
    talk = event(
        index, "Loans talk", 3, starts_at=datetime.datetime(2026, 12, 3, 0, 30, tzinfo=UTC)
    )
    publish_translation(talk, locales.es, title="Charla sobre préstamos")
    event(index, "Only in English", 4)

    response = client.get(spanish_index.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Charla sobre préstamos" in html
    assert "Only in English" not in html
    assert 'href="/es/events/calendar.ics"' in html
    assert '<time datetime="2026-12-03T00:30:00Z">mié 2 Dic 2026' in html


def test_the_spanish_feed_holds_the_spanish_events_with_the_same_uid(
    client, index, spanish_index, locales
):
    talk = event(index, "Loans talk", 3)
    spanish = publish_translation(talk, locales.es, title="Charla sobre préstamos")

    feed = parse(client.get("/es/events/calendar.ics"))

    (component,) = feed.walk("VEVENT")
    assert str(component["SUMMARY"]) == "Charla sobre préstamos"
    assert str(component["UID"]) == f"{talk.translation_key}@localhost"
    assert str(component["URL"]) == spanish.get_full_url()


def test_the_spanish_event_page_renders(client, index, spanish_index, locales):
    talk = event(index, "Loans talk", 3, host=PersonFactory(name="Dr. Host"))
    spanish = publish_translation(talk, locales.es, title="Charla sobre préstamos")
    response = client.get(spanish.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Charla sobre préstamos" in html
    assert "Dr. Host" in html
    assert f'href="/es/events/{spanish.pk}/event.ics"' in html


def test_upcoming_events_carry_the_registration_panel_and_past_ones_do_not(client, index, clock):
    talk = event(index, "Talk", 1)
    assert 'class="panel registration-panel"' in client.get(talk.url).content.decode()
    clock.shift(datetime.timedelta(days=2))
    assert "registration-panel" not in client.get(talk.url).content.decode()
