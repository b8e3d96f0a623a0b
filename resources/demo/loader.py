"""Build the demo resource library and events calendar in both languages: resources with their
generated documents and links, events placed around today with their hosts and speakers, and
demo members' registrations.

Called by ``load_demo_content``. Idempotent: resources, events, documents and registrations that
exist are left alone; only what is missing is created. Events are placed relative to the day
they are first created, so a fresh demo always has events coming up and recordings to watch.
"""

import datetime
import zoneinfo
from functools import cached_property

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale

from home.demo.stream import block_id, body_stream
from home.demo.translation import translate
from learning.models import CoursePage, Topic
from members.models import User
from mentorship.models import Specialty
from resources.demo import events as event_content
from resources.demo import library_money, library_practice
from resources.models import (
    EventPage,
    EventSpeaker,
    Registration,
    RegistrationStatus,
    ResourceDocument,
    ResourceLink,
    ResourcePage,
)

RESOURCES = library_money.RESOURCES + library_practice.RESOURCES
DOCUMENT_COLLECTION = "Resource downloads (demo)"
# The demo's own (fictional) meeting and media hosts.
MEETING_URL = "https://meet.hub.example.org/{slug}"
RECORDING_URL = "https://media.hub.example.org/recordings/{slug}"
# The demo member who tries registration, and the event she finds full.
AMARA = "amara.mensah@hub.example.org"
AMARA_REGISTERS_FOR = [
    "mentor-orientation-new-volunteers",
    "charla-en-espanol-ahorro-para-la-jubilacion",
    "student-loans-pslf-and-the-new-repayment-plan",
]


def resource_fields(spec, language):
    """The fields a translation changes."""
    data = spec[language]
    return {
        "title": data["title"],
        "slug": spec["slug"],
        "introduction": data["introduction"],
        "search_description": data["introduction"],
        "body": body_stream(spec["slug"], data["body"]),
    }


def event_fields(spec, language):
    data = spec[language]
    location = spec.get("location") or {}
    return {
        "title": data["title"],
        "slug": spec["slug"],
        "introduction": data["introduction"],
        "search_description": data["introduction"],
        "body": body_stream(spec["slug"], data["body"]),
        "location": location.get(language, ""),
    }


def event_times(spec, today):
    """When the event starts and ends: ``days_from_today`` at its local start time."""
    zone = zoneinfo.ZoneInfo(spec["zone"])
    day = today + datetime.timedelta(days=spec["days_from_today"])
    starts_at = datetime.datetime.combine(
        day, datetime.time.fromisoformat(spec["start"]), tzinfo=zone
    )
    return starts_at, starts_at + datetime.timedelta(minutes=spec["minutes"])


class ResourcesDemo:
    def __init__(self, spanish, learning):
        """``learning`` is the learning demo, which owns the topics and people."""
        self.english = Locale.get_default()
        self.spanish = spanish
        self.learning = learning
        self.created = []
        self.today = timezone.localdate()

    # --- English ----------------------------------------------------------------------------

    def load(self, library, calendar):
        """Create the resources and events missing under ``library`` and ``calendar``."""
        self.topics = {topic.slug: topic for topic in Topic.objects.filter(locale=self.english)}
        self.specialties = {specialty.slug: specialty for specialty in Specialty.objects.all()}
        self.people = dict(self.learning.people)
        for spec in event_content.PEOPLE:
            self.people[spec["key"]] = self.learning.person(spec)
        self.courses = {
            course.slug: course for course in CoursePage.objects.filter(locale=self.english)
        }
        new_pages = []
        self.resources = self.load_pages(library, RESOURCES, self.resource, new_pages)
        self.events = self.load_pages(calendar, event_content.EVENTS, self.event, new_pages)
        # Related resources and event materials point at other pages, which all exist now.
        for page, spec in new_pages:
            if isinstance(page, ResourcePage):
                page.related = self.related(spec)
            else:
                page.materials = self.materials(spec, "en")
            page.save_revision().publish()

    def load_pages(self, parent, specs, build, new_pages):
        existing = {page.slug: page for page in parent.get_children().specific()}
        pages = {}
        for spec in specs:
            page = existing.get(spec["slug"])
            if page is None:
                page = parent.add_child(instance=build(spec))
                new_pages.append((page, spec))
                self.created.append(f"{page._meta.verbose_name} {spec['slug']}")
            pages[spec["slug"]] = page
        return pages

    def resource(self, spec):
        page = ResourcePage(
            **resource_fields(spec, "en"),
            resource_type=spec["type"],
            topic=self.topics.get(spec["topic"]),
            stages=spec["stages"],
            minutes=spec["minutes"],
            reviewed_on=self.today - datetime.timedelta(days=spec["reviewed_days_ago"]),
            featured=spec["featured"],
        )
        page.specialties.add(*(self.specialties[slug] for slug in spec["specialties"]))
        page.documents = [
            ResourceDocument(document=self.document(item), title=item["en"]["title"])
            for item in spec["documents"]
        ]
        page.links = [ResourceLink(url=item["url"], **item["en"]) for item in spec["links"]]
        return page

    def event(self, spec):
        starts_at, ends_at = event_times(spec, self.today)
        online = spec["format"] != "in_person"
        page = EventPage(
            **event_fields(spec, "en"),
            starts_at=starts_at,
            ends_at=ends_at,
            time_zone=spec["zone"],
            event_format=spec["format"],
            topic=self.topics.get(spec["topic"]) if spec["topic"] else None,
            online_url=MEETING_URL.format(slug=spec["slug"]) if online else "",
            host=self.people[spec["host"]],
            capacity=spec["capacity"],
            registration_open=spec["registration_open"],
            recording_url=RECORDING_URL.format(slug=spec["slug"]) if spec["recording"] else "",
        )
        page.specialties.add(*(self.specialties[slug] for slug in spec["specialties"]))
        page.speakers = [EventSpeaker(person=self.people[key]) for key in spec["speakers"]]
        return page

    def related(self, spec):
        pages = []
        for key in spec["related"]:
            if key.startswith("course:"):
                pages.append(self.courses.get(key.removeprefix("course:")))
            else:
                pages.append(self.resources.get(key))
        return [
            {"type": "page", "value": page.pk, "id": block_id(spec["slug"], "related", index)}
            for index, page in enumerate(pages)
            if page is not None
        ]

    def materials(self, spec, language):
        stream = []
        for index, item in enumerate(spec["materials"]):
            page = self.resources.get(item["resource"]) if "resource" in item else None
            stream.append(
                {
                    "type": "link",
                    "value": {
                        "label": item[language],
                        "page": page.pk if page else None,
                        "url": item.get("url", ""),
                    },
                    "id": block_id(spec["slug"], "materials", index),
                }
            )
        return stream

    def document(self, item):
        Document = get_document_model()
        document = Document.objects.filter(
            collection=self.document_collection, file__endswith=item["filename"]
        ).first()
        if document is None:
            document = Document(title=item["en"]["title"], collection=self.document_collection)
            document.file.save(item["filename"], ContentFile(item["text"].encode()), save=False)
            document.file_size = len(item["text"].encode())
            document._set_file_hash()
            document.save()
        return document

    @cached_property
    def document_collection(self):
        root = Collection.get_first_root_node()
        collection = root.get_children().filter(name=DOCUMENT_COLLECTION).first()
        return collection or root.add_child(name=DOCUMENT_COLLECTION)

    # --- Spanish ----------------------------------------------------------------------------

    def translate_all(self):
        """Give every resource, then every event (whose materials point at resources), its
        Spanish translation if it lacks one. The Spanish library and calendar must exist."""
        for spec in RESOURCES:
            page = self.resources[spec["slug"]]
            if not page.has_translation(self.spanish):
                translate(page, self.resource_shadow(page, spec), self.spanish)
                self.created.append(f"Spanish resource {spec['slug']}")
        for spec in event_content.EVENTS:
            page = self.events[spec["slug"]]
            if not page.has_translation(self.spanish):
                shadow = EventPage(**event_fields(spec, "es"), materials=self.materials(spec, "es"))
                translate(page, shadow, self.spanish)
                self.created.append(f"Spanish event {spec['slug']}")

    def resource_shadow(self, page, spec):
        """An unsaved page holding the Spanish words; its documents and links paired with the
        English ones by translation key."""
        shadow = ResourcePage(**resource_fields(spec, "es"))
        shadow.documents = [
            ResourceDocument(
                translation_key=english.translation_key,
                document=english.document,
                title=item["es"]["title"],
            )
            for english, item in zip(page.documents.all(), spec["documents"], strict=True)
        ]
        shadow.links = [
            ResourceLink(translation_key=english.translation_key, url=item["url"], **item["es"])
            for english, item in zip(page.links.all(), spec["links"], strict=True)
        ]
        return shadow


# --- Registrations ---------------------------------------------------------------------------

# Events with this many places or fewer are filled, so the waiting list shows.
SMALL_GROUP = 20


def registration(event, user, status=RegistrationStatus.REGISTERED):
    waiting = status == RegistrationStatus.WAITLISTED
    return Registration(
        event_key=event.translation_key,
        user=user,
        status=status,
        waitlisted_at=timezone.now() if waiting else None,
    )


@transaction.atomic
def create_demo_registrations():
    """Register demo members for events, filling the small workshop so that Amara waits for a
    place; return how many registrations were created. Leaves existing ones alone."""
    if Registration.objects.exists():
        return 0
    events = {
        page.slug: page
        for page in EventPage.objects.filter(locale=Locale.get_default()).order_by("pk")
    }
    amara = User.objects.filter(email=AMARA).first()
    members = list(
        User.objects.filter(is_superuser=False, is_active=True)
        .exclude(email__endswith="@hub.example.org")
        .order_by("pk")
    )
    if amara is None or not events or not members:
        return 0
    registrations = []
    for slug in AMARA_REGISTERS_FOR:
        if slug in events:
            registrations.append(registration(events[slug], amara))
    for position, event in enumerate(events.values()):
        small = event.capacity is not None and event.capacity <= SMALL_GROUP
        places = event.capacity if small else min(6 + position % 7, event.capacity or 99)
        first = position * 7
        attendees = [members[(first + offset) % len(members)] for offset in range(places)]
        registrations.extend(registration(event, member) for member in dict.fromkeys(attendees))
        if small and len(set(attendees)) == event.capacity:
            # Full: Amara waits for a place.
            registrations.append(registration(event, amara, RegistrationStatus.WAITLISTED))
    Registration.objects.bulk_create(registrations)
    return len(registrations)
