"""What the event pages show, gathered in a fixed number of queries.

``{% event_details page as details %}`` reads the host and speakers (in the visitor's
language, with their photo renditions), the specialties with their pages, the materials and
the join link's state once, whatever their number.
"""

from dataclasses import dataclass, field

from django import template
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.images import get_image_model

from learning.models import Person
from members.models import is_verified_member
from mentorship.directory import specialty_links
from resources import calendar
from resources.models import EventFormat, EventPage

register = template.Library()

PHOTO_FILTER = "fill-96x96"


@dataclass
class Material:
    label: str
    url: str
    external: bool = False
    size: str = ""
    extension: str = ""


@dataclass
class EventDetails:
    is_past: bool
    ics_url: str
    people: list = field(default_factory=list)  # (role, person), host first
    specialties: list = field(default_factory=list)  # (specialty, url or "")
    materials: list = field(default_factory=list)
    has_join_link: bool = False  # an online or hybrid event with a join link
    join_link_shown: bool = False


def localized_people(people):
    """``people`` in the active language where a translation exists, with their photos'
    renditions: two queries in all (none for the translations in the people's own language)."""
    language = translation.get_language()
    foreign = {
        person.translation_key for person in people if person.locale.language_code != language
    }
    if foreign:
        translated = {
            person.translation_key: person
            for person in Person.objects.live().filter(
                translation_key__in=foreign, locale__language_code=language
            )
        }
        people = [translated.get(person.translation_key, person) for person in people]
    photo_ids = {person.photo_id for person in people if person.photo_id}
    if photo_ids:
        photos = (
            get_image_model().objects.filter(pk__in=photo_ids).prefetch_renditions(PHOTO_FILTER)
        )
        photos = {photo.pk: photo for photo in photos}
        for person in people:
            if person.photo_id:
                person.photo = photos[person.photo_id]
    return people


def event_people(page):
    speakers = [
        speaker.person
        for speaker in page.speakers.select_related("person__locale").order_by("sort_order")
    ]
    host = (
        Person.objects.select_related("locale").filter(pk=page.host_id).first()
        if page.host_id
        else None
    )
    people = ([host] if host else []) + speakers
    roles = (["host"] if host else []) + ["speaker"] * len(speakers)
    return list(zip(roles, localized_people(people), strict=True))


def event_materials(page):
    materials = []
    for block in page.materials:
        if block.block_type == "document" and block.value is not None:
            document = block.value
            materials.append(
                Material(
                    label=document.title,
                    url=document.url,
                    size=filesizeformat(document.file_size) if document.file_size else "",
                    extension=document.file_extension.upper(),
                )
            )
        elif block.block_type == "link" and block.value.href:
            materials.append(
                Material(
                    label=block.value["label"],
                    url=block.value.href,
                    external=block.value.is_external,
                )
            )
    return materials


@register.simple_tag(takes_context=True)
def event_details(context, page):
    request = context["request"]
    now = timezone.now()
    is_past = page.is_past(now)
    specialties = list(page.specialties.all())
    details = EventDetails(
        is_past=is_past,
        ics_url=reverse("resources:event_ics", kwargs={"page_id": page.pk}),
        people=event_people(page),
        specialties=specialty_links(page, specialties, request),
        materials=event_materials(page) if is_past else [],
        has_join_link=(
            not is_past and page.event_format != EventFormat.IN_PERSON and bool(page.online_url)
        ),
    )
    details.join_link_shown = (
        details.has_join_link and page.join_link_open(now) and is_verified_member(request.user)
    )
    return details


@register.filter
def utc_iso(value):
    return calendar.utc_iso(value) if value else ""


@register.filter
def zone_abbreviation(event):
    return calendar.zone_abbreviation(event.time_zone, event.local_start)


@register.filter
def short_when(event):
    return calendar.short_when(event)


@register.filter
def long_start(event):
    return calendar.long_start(event)


@register.filter
def long_end(event):
    return calendar.long_end(event)


@register.simple_tag(takes_context=True)
def soonest_events(context, how_many):
    """The next ``how_many`` events in the page's language (or the active one), for the home
    page's "upcoming events" section: two queries, whatever the calendar holds."""
    page = context.get("page")
    events = EventPage.objects.live().public()
    if page is not None:
        events = events.filter(locale_id=page.locale_id)
    else:
        events = events.filter(locale__language_code=translation.get_language())
    events = events.select_related("topic").prefetch_related("tagged_specialties__tag")
    return list(calendar.upcoming(events.defer_streamfields())[:how_many])
