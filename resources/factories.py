import datetime

import factory
import wagtail_factories
from django.utils import timezone

from members.factories import MemberFactory
from resources.models import (
    EventIndexPage,
    EventPage,
    Registration,
    ResourceIndexPage,
    ResourcePage,
)


class ResourceIndexPageFactory(wagtail_factories.PageFactory):
    title = "Resources"
    slug = "resources"
    introduction = "Practical guides, toolkits and templates for every stage of a career."

    class Meta:
        model = ResourceIndexPage


class ResourcePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Negotiating your first contract {n}")
    slug = factory.Sequence(lambda n: f"resource-{n}")
    introduction = "A checklist of what to ask before you sign."
    resource_type = "guide"
    stages = factory.LazyFunction(lambda: ["resident", "early_career"])
    minutes = 12

    class Meta:
        model = ResourcePage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Events"
    slug = "events"
    introduction = "Webinars, networking hours and council town halls."

    class Meta:
        model = EventIndexPage


def in_days(days, hour=19):
    """An aware datetime ``days`` from today at ``hour`` o'clock Eastern time."""
    day = timezone.localdate() + datetime.timedelta(days=days)
    return datetime.datetime.combine(
        day, datetime.time(hour), tzinfo=timezone.get_current_timezone()
    )


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Loan forgiveness office hours {n}")
    slug = factory.Sequence(lambda n: f"event-{n}")
    introduction = "Bring your questions about Public Service Loan Forgiveness."
    starts_at = factory.LazyFunction(lambda: in_days(14))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + datetime.timedelta(hours=1))
    event_format = "online"
    online_url = "https://meet.example.org/nmf-office-hours"

    class Meta:
        model = EventPage


class RegistrationFactory(factory.django.DjangoModelFactory):
    event_key = factory.LazyAttribute(lambda o: o.event.translation_key)
    user = factory.SubFactory(MemberFactory)
    status = "registered"

    class Params:
        event = None

    class Meta:
        model = Registration
        exclude = ["event"]
