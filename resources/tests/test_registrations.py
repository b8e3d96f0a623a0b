"""Registering for events: places, the waiting list, emails with calendar invitations, the
registration panel, My Hub, the admin list and a member's own data."""

import datetime
import json
import threading

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.db import connection
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from icalendar import Calendar

from conftest import publish_translation
from members.data import erase_member
from members.factories import MemberFactory
from members.permissions import ALUMNI_RELATIONS, EDITORS
from resources import registrations
from resources.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    RegistrationFactory,
    in_days,
)
from resources.models import Registration, RegistrationStatus
from resources.templatetags.registration_tags import event_registration, my_upcoming_events

pytestmark = pytest.mark.django_db

REGISTERED = RegistrationStatus.REGISTERED
WAITLISTED = RegistrationStatus.WAITLISTED
CANCELLED = RegistrationStatus.CANCELLED


@pytest.fixture
def index(home_page):
    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def event(index):
    return EventPageFactory(parent=index, title="Loan forgiveness office hours", capacity=2)


def register(event, user):
    return registrations.register(event.translation_key, user)


def cancel(event, user):
    return registrations.cancel(event.translation_key, user)


def statuses(event):
    return {
        registration.user_id: registration.status
        for registration in Registration.objects.filter(event_key=event.translation_key)
    }


def invitation(message):
    [(filename, content, mimetype)] = message.attachments
    assert filename.endswith(".ics")
    assert mimetype == "text/calendar"
    return Calendar.from_ical(content)


# --- Places and the waiting list --------------------------------------------------------------


def test_a_member_takes_a_place_while_there_is_room(event):
    member = MemberFactory()
    registration = register(event, member)
    assert registration.status == REGISTERED
    assert registration.event_key == event.translation_key
    [email] = mail.outbox
    assert email.to == [member.email]
    assert "You are registered" in email.subject
    assert event.title in email.body


def test_a_full_event_puts_the_next_members_on_the_waiting_list_in_order(event):
    RegistrationFactory.create_batch(2, event=event)
    first, second = MemberFactory(), MemberFactory()
    assert register(event, first).status == WAITLISTED
    later = register(event, second)
    assert later.status == WAITLISTED
    assert later.waitlisted_at is not None
    assert later.waiting_position == 2
    assert "number 2" in mail.outbox[-1].body
    assert not mail.outbox[-1].attachments


def test_an_event_without_a_limit_never_fills(index):
    event = EventPageFactory(parent=index, capacity=None)
    RegistrationFactory.create_batch(30, event=event)
    assert register(event, MemberFactory()).status == REGISTERED


def test_cancelling_gives_the_place_to_the_first_on_the_waiting_list_and_emails_them(event):
    leaving, staying = RegistrationFactory.create_batch(2, event=event)
    now = timezone.now()
    # Joined in this order: "first" before "second" though "second" has the lower pk.
    second = RegistrationFactory(
        event=event, status=WAITLISTED, waitlisted_at=now - datetime.timedelta(minutes=5)
    )
    first = RegistrationFactory(
        event=event, status=WAITLISTED, waitlisted_at=now - datetime.timedelta(minutes=9)
    )
    cancel(event, leaving.user)
    assert statuses(event) == {
        leaving.user_id: CANCELLED,
        staying.user_id: REGISTERED,
        first.user_id: REGISTERED,
        second.user_id: WAITLISTED,
    }
    first.refresh_from_db()
    assert first.promoted_at is not None
    promotion = next(email for email in mail.outbox if email.to == [first.user.email])
    assert "A place opened up for you" in promotion.subject
    assert invitation(promotion).walk("VEVENT")
    assert registrations.live_registration(event.translation_key, second.user).waiting_position == 1


def test_leaving_the_waiting_list_frees_no_place(event):
    RegistrationFactory.create_batch(2, event=event)
    waiting = RegistrationFactory(event=event, status=WAITLISTED, waitlisted_at=timezone.now())
    behind = RegistrationFactory(event=event, status=WAITLISTED, waitlisted_at=timezone.now())
    cancel(event, waiting.user)
    assert statuses(event)[behind.user_id] == WAITLISTED
    assert "left the waiting list" in mail.outbox[-1].subject
    assert registrations.live_registration(event.translation_key, behind.user).waiting_position == 1


def test_places_added_by_staff_go_to_the_waiting_list_before_newcomers(event):
    RegistrationFactory.create_batch(2, event=event)
    waiting = RegistrationFactory(event=event, status=WAITLISTED, waitlisted_at=timezone.now())
    event.capacity = 3
    event.save()
    newcomer = register(event, MemberFactory())
    assert statuses(event)[waiting.user_id] == REGISTERED
    assert newcomer.status == WAITLISTED


def test_registering_twice_changes_nothing(event):
    member = MemberFactory()
    first = register(event, member)
    again = register(event, member)
    assert again.pk == first.pk
    assert Registration.objects.filter(user=member).count() == 1
    assert len(mail.outbox) == 1


def test_cancelling_twice_is_harmless(event):
    registration, staying = RegistrationFactory.create_batch(2, event=event)
    waiting = RegistrationFactory(event=event, status=WAITLISTED, waitlisted_at=timezone.now())
    other = RegistrationFactory(event=event, status=WAITLISTED, waitlisted_at=timezone.now())
    assert cancel(event, registration.user).status == CANCELLED
    assert cancel(event, registration.user) is None
    assert statuses(event) == {
        registration.user_id: CANCELLED,
        staying.user_id: REGISTERED,
        waiting.user_id: REGISTERED,
        other.user_id: WAITLISTED,
    }
    assert len(mail.outbox) == 2  # the cancellation and the one promotion


def test_a_member_can_register_again_after_cancelling(event):
    member = MemberFactory()
    register(event, member)
    cancel(event, member)
    assert register(event, member).status == REGISTERED
    assert Registration.objects.filter(user=member).count() == 2


def test_a_registration_holds_in_every_language(event, index, spanish_home, locales):
    publish_translation(index, locales.es, title="Eventos")
    spanish = publish_translation(event, locales.es, title="Horas de consulta")
    member = MemberFactory()
    register(spanish, member)
    assert register(event, member).status == REGISTERED
    assert Registration.objects.filter(user=member).count() == 1
    assert event_registration(event, member).state == REGISTERED


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"registration_open": False}, "Registration for this event is closed."),
        (
            {"starts_at": in_days(-3), "ends_at": in_days(-3) + datetime.timedelta(hours=1)},
            "This event has ended",
        ),
        (
            {
                "starts_at": timezone.now() - datetime.timedelta(minutes=10),
                "ends_at": timezone.now() + datetime.timedelta(minutes=50),
            },
            "This event has already started",
        ),
    ],
    ids=["closed", "past", "started"],
)
def test_closed_past_and_started_events_refuse_registration(index, fields, message):
    event = EventPageFactory(parent=index, **fields)
    with pytest.raises(registrations.Refused, match=message):
        register(event, MemberFactory())
    assert not Registration.objects.exists()
    assert not mail.outbox


def test_a_place_cannot_be_given_up_once_the_event_has_started(index):
    event = EventPageFactory(
        parent=index,
        starts_at=timezone.now() - datetime.timedelta(minutes=10),
        ends_at=timezone.now() + datetime.timedelta(minutes=50),
    )
    registration = RegistrationFactory(event=event)
    with pytest.raises(registrations.Refused, match="already started"):
        cancel(event, registration.user)
    registration.refresh_from_db()
    assert registration.status == REGISTERED


# --- Capacity under real concurrency ----------------------------------------------------------


# serialized_rollback: the flush after this test leaves the database empty (no post_migrate
# rows), so the next test that restores the migrated rows starts clean.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite has no row locks to race against; this runs in CI's PostgreSQL pass",
)
def test_members_racing_for_the_last_place_never_exceed_capacity(home_page):
    event = EventPageFactory(parent=EventIndexPageFactory(parent=home_page), capacity=2)
    RegistrationFactory(event=event)
    members = MemberFactory.create_batch(4)
    barrier = threading.Barrier(len(members))
    outcomes = []

    def take_a_place(member):
        from django.db import connection as thread_connection

        try:
            barrier.wait()
            outcomes.append(register(event, member).status)
        finally:
            thread_connection.close()

    threads = [threading.Thread(target=take_a_place, args=(member,)) for member in members]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == [REGISTERED, WAITLISTED, WAITLISTED, WAITLISTED]
    registered = Registration.objects.filter(event_key=event.translation_key, status=REGISTERED)
    assert registered.count() == 2
    positions = sorted(
        registrations.live_registration(event.translation_key, member).waiting_position
        for member in members
        if not registered.filter(user=member).exists()
    )
    assert positions == [1, 2, 3]


# --- Emails -----------------------------------------------------------------------------------


def test_the_confirmation_carries_a_calendar_invitation_for_the_event(event):
    register(event, MemberFactory())
    [email] = mail.outbox
    calendar = invitation(email)
    [entry] = calendar.walk("VEVENT")
    assert str(entry["uid"]) == f"{event.translation_key}@localhost"
    assert str(entry["summary"]) == "Loan forgiveness office hours"
    assert entry.decoded("dtstart") == event.starts_at
    assert entry.decoded("dtend") == event.ends_at
    assert entry.decoded("dtstart").utcoffset() == datetime.timedelta(0)
    assert str(entry["location"]) == "Online"
    assert str(entry["url"]) == event.get_full_url()
    assert event.online_url not in email.body
    assert event.online_url not in str(email.attachments[0][1])


def test_emails_are_in_the_members_language(event, index, spanish_home, locales):
    publish_translation(index, locales.es, title="Eventos")
    spanish = publish_translation(event, locales.es, title="Horas de consulta")
    member = MemberFactory()
    member.profile.language = "es"
    member.profile.save()
    register(event, member)
    [email] = mail.outbox
    assert "Horas de consulta" in email.subject
    assert spanish.get_full_url() in email.body
    assert "/es/" in spanish.get_full_url()
    with translation.override("es"):
        spanish_date = date_format(event.local_start, "DATETIME_FORMAT")
    assert spanish_date != date_format(event.local_start, "DATETIME_FORMAT")
    assert spanish_date in email.body
    [entry] = invitation(email).walk("VEVENT")
    assert str(entry["summary"]) == "Horas de consulta"


def test_an_untranslated_event_links_to_the_english_page_in_a_spanish_email(event):
    member = MemberFactory()
    member.profile.language = "es"
    member.profile.save()
    register(event, member)
    assert event.get_full_url() in mail.outbox[0].body
    assert "/en/" in event.get_full_url()


# --- The pages --------------------------------------------------------------------------------


def test_a_member_registers_and_cancels_in_one_click(client, event):
    member = MemberFactory()
    client.force_login(member)
    response = client.post(reverse("registrations:register", args=[event.pk]))
    assert response.status_code == 302
    assert response["Location"] == event.url
    assert statuses(event) == {member.pk: REGISTERED}
    client.post(reverse("registrations:cancel", args=[event.pk]))
    assert statuses(event) == {member.pk: CANCELLED}


def test_a_refusal_is_shown_kindly(client, index):
    event = EventPageFactory(parent=index, registration_open=False)
    client.force_login(MemberFactory())
    response = client.post(reverse("registrations:register", args=[event.pk]), follow=True)
    assert "Registration for this event is closed." in [
        str(m) for m in response.context["messages"]
    ]
    assert not Registration.objects.exists()


def test_visitors_are_sent_to_sign_in_and_a_get_changes_nothing(client, event):
    response = client.post(reverse("registrations:register", args=[event.pk]))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]
    client.force_login(MemberFactory())
    response = client.get(reverse("registrations:register", args=[event.pk]))
    assert response["Location"] == event.url
    assert not Registration.objects.exists()


def panel(event, user=None):
    from django.contrib.auth.models import AnonymousUser

    request = RequestFactory().get(event.url)
    request.user = user or AnonymousUser()
    return render_to_string(
        "resources/includes/registration_panel.html", {"page": event}, request=request
    )


def test_visitors_see_the_places_and_a_sign_in_link_back_to_the_event(event):
    html = panel(event)
    assert "2 places left" in html
    assert f"{reverse('account_login')}?next={event.url}" in html.replace("%2F", "/")
    assert "Sign in to register" in html


def test_the_panel_follows_the_members_state(event):
    member = MemberFactory()
    assert "Register</button>" in panel(event, member)
    register(event, member)
    html = panel(event, member)
    assert "You are registered" in html and "Cancel my registration" in html
    assert "1 place left" in html
    register(event, MemberFactory())
    waiting = MemberFactory()
    assert "Full — join the waiting list" in panel(event, waiting)
    assert "Join the waiting list</button>" in panel(event, waiting)
    register(event, MemberFactory())
    register(event, waiting)
    html = panel(event, waiting)
    assert "You are number 2 on the waiting list" in html
    assert "Leave the waiting list" in html
    cancel(event, waiting)
    assert "You cancelled your registration." in panel(event, waiting)


def test_the_panel_says_when_there_is_no_limit_or_registration_is_closed(index):
    assert "No limit" in panel(EventPageFactory(parent=index, capacity=None), MemberFactory())
    closed = panel(EventPageFactory(parent=index, registration_open=False), MemberFactory())
    assert "Registration is closed." in closed
    assert "<button" not in closed


@pytest.mark.parametrize("others", [1, 40])
def test_the_panel_queries_do_not_grow_with_registrations(
    event, django_assert_max_num_queries, others
):
    event.capacity = 100
    event.save()
    member = MemberFactory()
    RegistrationFactory.create_batch(others, event=event)
    RegistrationFactory.create_batch(
        others, event=event, status=WAITLISTED, waitlisted_at=timezone.now()
    )
    register(event, member)
    with django_assert_max_num_queries(3):
        panel(event, member)


def test_the_event_page_shows_the_panel(client, event):
    client.force_login(MemberFactory())
    html = client.get(event.url).content.decode()
    assert "registration-heading" in html
    assert reverse("registrations:register", args=[event.pk]) in html


# --- My Hub -----------------------------------------------------------------------------------


def test_my_hub_lists_upcoming_registered_and_waitlisted_events_only(client, index):
    member = MemberFactory()
    soon = EventPageFactory(parent=index, title="Networking hour", starts_at=in_days(3))
    later = EventPageFactory(parent=index, title="Council town hall", starts_at=in_days(9))
    past = EventPageFactory(
        parent=index,
        title="Last month's webinar",
        starts_at=in_days(-30),
        ends_at=in_days(-30) + datetime.timedelta(hours=1),
    )
    dropped = EventPageFactory(parent=index, title="Cancelled plans")
    RegistrationFactory(event=later, user=member, status=WAITLISTED, waitlisted_at=timezone.now())
    RegistrationFactory(event=soon, user=member)
    RegistrationFactory(event=past, user=member)
    RegistrationFactory(event=dropped, user=member, status=CANCELLED)
    client.force_login(member)
    html = client.get(reverse("members:dashboard")).content.decode()
    assert "Your upcoming events" in html
    assert html.index("Networking hour") < html.index("Council town hall")
    assert "Waiting list: number 1" in html
    assert "Last month" not in html
    assert "Cancelled plans" not in html
    assert date_format(soon.local_start, "DATETIME_FORMAT") in html


def test_my_hub_links_to_the_event_in_the_active_language(
    client, event, index, spanish_home, locales
):
    publish_translation(index, locales.es, title="Eventos")
    spanish = publish_translation(event, locales.es, title="Horas de consulta")
    untranslated = EventPageFactory(parent=index, title="Only in English")
    member = MemberFactory()
    RegistrationFactory(event=event, user=member)
    RegistrationFactory(event=untranslated, user=member)
    client.force_login(member)
    html = client.get("/es/my/").content.decode()
    assert f'href="{spanish.url}"' in html
    assert f'href="{untranslated.url}"' in html


@pytest.mark.parametrize("count", [1, 25])
def test_my_upcoming_events_queries_do_not_grow(index, django_assert_num_queries, count):
    member = MemberFactory()
    for _ in range(count):
        RegistrationFactory(event=EventPageFactory(parent=index), user=member)
    with django_assert_num_queries(2):
        assert len(my_upcoming_events(member)) == count


# --- Admin ------------------------------------------------------------------------------------


def staff(group_name):
    user = MemberFactory(is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_alumni_relations_read_the_registrations(client, event):
    RegistrationFactory(event=event, user=MemberFactory(first_name="Ama", last_name="Mensah"))
    RegistrationFactory(event=event, status=WAITLISTED, waitlisted_at=timezone.now())
    client.force_login(staff(ALUMNI_RELATIONS))
    response = client.get(reverse("event_registrations:index"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Loan forgiveness office hours" in html
    assert "Ama Mensah" in html
    filtered = client.get(reverse("event_registrations:index"), {"status": "waitlisted"})
    assert len(list(filtered.context["table"].rows)) == 1
    searched = client.get(reverse("event_registrations:index"), {"q": "Mensah"})
    assert len(list(searched.context["table"].rows)) == 1
    registration = Registration.objects.get(user__last_name="Mensah")
    inspect = client.get(reverse("event_registrations:inspect", args=[registration.pk]))
    assert inspect.status_code == 200
    # A record only: there is no view to add, change or delete one.
    for action in ("add", "edit", "delete"):
        with pytest.raises(NoReverseMatch):
            reverse(f"event_registrations:{action}", args=[] if action == "add" else [1])


def test_editors_cannot_see_registrations(client, event):
    RegistrationFactory(event=event)
    client.force_login(staff(EDITORS))
    assert client.get(reverse("event_registrations:index")).status_code in {302, 403}


# --- Your data --------------------------------------------------------------------------------


def test_the_export_lists_the_members_registrations(client, event):
    registration = RegistrationFactory(event=event)
    client.force_login(registration.user)
    data = json.loads(client.get(reverse("members:export_data")).content)
    [entry] = data["events"]["registrations"]
    assert entry["event"] == "Loan forgiveness office hours"
    assert entry["status"] == "registered"
    assert entry["registered_at"] == registration.created_at.isoformat()


def test_deleting_an_account_frees_the_place_for_the_waiting_list(event):
    leaving = RegistrationFactory(event=event)
    RegistrationFactory(event=event)
    waiting = RegistrationFactory(event=event, status=WAITLISTED, waitlisted_at=timezone.now())
    mail.outbox.clear()
    erase_member(leaving.user)
    assert not Registration.objects.filter(user=leaving.user).exists()
    assert statuses(event)[waiting.user_id] == REGISTERED
    assert [email.to for email in mail.outbox] == [[waiting.user.email]]


def test_my_hub_queries_do_not_grow_with_the_members_events(client, index):
    member = MemberFactory()
    client.force_login(member)
    url = reverse("members:dashboard")

    def dashboard_queries():
        client.get(url)
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        return len(context)

    RegistrationFactory(event=EventPageFactory(parent=index), user=member)
    few = dashboard_queries()
    for _ in range(20):
        RegistrationFactory(event=EventPageFactory(parent=index), user=member)
    assert dashboard_queries() == few
