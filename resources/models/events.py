"""Virtual and in-person events: the calendar, each event, and members' registrations."""

import datetime
import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.blocks import StreamBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from home.blocks import BodyBlock, LinkBlock
from home.models import HubPage
from learning.models import Person, Topic
from mentorship.models import Specialty
from mentorship.models.specialties import specialties_field

# The join link appears this long before the start, and until the end.
JOIN_OPENS_BEFORE = datetime.timedelta(minutes=30)

# Time zones an event can be set in: the US zones, Puerto Rico, and UTC.
TIME_ZONES = [
    ("America/New_York", _("Eastern time")),
    ("America/Chicago", _("Central time")),
    ("America/Denver", _("Mountain time")),
    ("America/Phoenix", _("Arizona time")),
    ("America/Los_Angeles", _("Pacific time")),
    ("America/Anchorage", _("Alaska time")),
    ("Pacific/Honolulu", _("Hawaii time")),
    ("America/Puerto_Rico", _("Atlantic time (Puerto Rico)")),
    ("UTC", _("Coordinated Universal Time (UTC)")),
]


class EventFormat(models.TextChoices):
    ONLINE = "online", _("Online")
    IN_PERSON = "in_person", _("In person")
    HYBRID = "hybrid", _("Hybrid")


class EventIndexPage(HubPage):
    """The events calendar: upcoming first, past with recordings, and an iCalendar feed.
    One per language."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.EventPage"]
    # One calendar per language.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("events calendar")

    def events(self):
        return (
            EventPage.objects.live()
            .public()
            .descendant_of(self)
            .select_related("topic")
            .prefetch_related("tagged_specialties__tag")
        )

    def get_context(self, request, *args, **kwargs):
        from resources.calendar import event_index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(event_index_context(self, request))
        return context


class EventSpecialty(ItemBase):
    tag = models.ForeignKey(Specialty, on_delete=models.CASCADE, related_name="tagged_events")
    content_object = ParentalKey(
        "resources.EventPage", on_delete=models.CASCADE, related_name="tagged_specialties"
    )


class EventPage(HubPage):
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=40,
        choices=TIME_ZONES,
        default="America/New_York",
        help_text=_("The times above are in this zone; visitors also see their own."),
    )
    event_format = models.CharField(
        _("format"),
        max_length=20,
        choices=EventFormat.choices,
        default=EventFormat.ONLINE,
        help_text=_("In-person and hybrid events need a location below; online ones a join link."),
    )
    topic = models.ForeignKey(
        Topic,
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text=_("Visitors can filter the calendar by topic; this event is listed under it."),
    )
    specialties = specialties_field(EventSpecialty)
    location = models.TextField(
        _("location"), blank=True, help_text=_("The address, for in-person and hybrid events.")
    )
    online_url = models.URLField(
        _("join link"),
        blank=True,
        help_text=_(
            "Shown only to signed-in members, from 30 minutes before the start until the end."
        ),
    )
    host = models.ForeignKey(
        Person,
        verbose_name=_("host"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The person who leads the event, from Snippets → People; add speakers below."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("about the event"))
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        help_text=_("Leave empty for no limit. When it is full, members join a waiting list."),
    )
    registration_open = models.BooleanField(
        _("registration open"),
        default=True,
        help_text=_(
            "Untick to stop new registrations; members already registered keep their place."
        ),
    )
    recording_url = models.URLField(
        _("recording"), blank=True, help_text=_("After the event: where to watch it.")
    )
    materials = StreamField(
        StreamBlock(
            [
                ("document", DocumentChooserBlock(label=_("Document"))),
                ("link", LinkBlock(label=_("Link"))),
            ],
            required=False,
        ),
        blank=True,
        verbose_name=_("materials"),
        help_text=_("Slides, handouts and links, shown after the event."),
    )

    content_panels = [
        *HubPage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldPanel("time_zone"),
                FieldPanel("event_format"),
                FieldPanel("location"),
                FieldPanel("online_url"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("topic"),
        FieldPanel("specialties"),
        FieldPanel("host"),
        InlinePanel("speakers", label=_("Speakers")),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("capacity"), FieldPanel("registration_open")],
            heading=_("Registration"),
        ),
        MultiFieldPanel(
            [FieldPanel("recording_url"), FieldPanel("materials")],
            heading=_("After the event"),
        ),
    ]
    search_fields = [
        *HubPage.search_fields,
        index.SearchField("body"),
        index.SearchField("location"),
        index.FilterField("event_format"),
        index.FilterField("starts_at"),
    ]

    parent_page_types = ["resources.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("An event ends after it starts.")})
        if self.event_format != EventFormat.ONLINE and not self.location:
            raise ValidationError({"location": _("In-person and hybrid events need a location.")})

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def local_start(self):
        return timezone.localtime(self.starts_at, self.zone)

    @property
    def local_end(self):
        return timezone.localtime(self.ends_at, self.zone)

    def is_past(self, now=None):
        return self.ends_at <= (now or timezone.now())

    def join_link_open(self, now=None):
        now = now or timezone.now()
        return bool(self.online_url) and self.starts_at - JOIN_OPENS_BEFORE <= now < self.ends_at


class EventSpeaker(Orderable):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="speakers")
    person = models.ForeignKey(
        Person, verbose_name=_("speaker"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("person")]


class RegistrationStatus(models.TextChoices):
    REGISTERED = "registered", _("Registered")
    WAITLISTED = "waitlisted", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class Registration(models.Model):
    """A member's place at an event, kept by the event's translation key so it holds in every
    language. At most one live (registered or waitlisted) registration per member and event;
    the waiting list is served in the order people joined it."""

    event_key = models.UUIDField(db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="event_registrations"
    )
    status = models.CharField(_("status"), max_length=20, choices=RegistrationStatus.choices)
    created_at = models.DateTimeField(_("registered"), auto_now_add=True)
    waitlisted_at = models.DateTimeField(_("joined the waiting list"), null=True, blank=True)
    promoted_at = models.DateTimeField(_("given a place"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)

    class Meta:
        verbose_name = _("event registration")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["event_key", "user"],
                condition=models.Q(status__in=["registered", "waitlisted"]),
                name="one_live_registration_per_member_and_event",
            )
        ]

    def __str__(self):
        return f"{self.user} · {self.event_key} ({self.status})"
