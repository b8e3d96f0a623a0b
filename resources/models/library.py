"""The resource library: practical guides, toolkits, templates, videos, podcasts and links."""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import BodyBlock, LocalizedPageChooserBlock
from home.models import HubPage
from learning.models import StagesField, Topic
from mentorship.models import Specialty
from mentorship.models.specialties import specialties_field

# How long a resource stays trusted before editors look at it again.
REVIEW_AFTER = datetime.timedelta(days=365)


class ResourceType(models.TextChoices):
    GUIDE = "guide", _("Guide")
    TOOLKIT = "toolkit", _("Toolkit")
    TEMPLATE = "template", _("Template")
    VIDEO = "video", _("Video")
    PODCAST = "podcast", _("Podcast")
    LINK = "link", _("External link")


class ResourceIndexPage(HubPage):
    """The resource library: every resource, filterable and searchable. One per language."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.ResourcePage"]
    # One library per language.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("resource library")

    def resources(self):
        return (
            ResourcePage.objects.live()
            .public()
            .descendant_of(self)
            .select_related("topic")
            .prefetch_related("tagged_specialties__tag")
        )

    def get_context(self, request, *args, **kwargs):
        from resources.listing import resource_index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(resource_index_context(self, request))
        return context


class ResourceSpecialty(ItemBase):
    tag = models.ForeignKey(Specialty, on_delete=models.CASCADE, related_name="tagged_resources")
    content_object = ParentalKey(
        "resources.ResourcePage", on_delete=models.CASCADE, related_name="tagged_specialties"
    )


class ResourcePage(HubPage):
    """One resource. The introduction is its summary on cards and in search."""

    resource_type = models.CharField(_("type"), max_length=20, choices=ResourceType.choices)
    topic = models.ForeignKey(
        Topic,
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="resources",
        help_text=_("Readers can filter the library by topic; this resource is listed under it."),
    )
    specialties = specialties_field(ResourceSpecialty)
    stages = StagesField(_("for"), help_text=_("The career stages this resource is written for."))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    minutes = models.PositiveSmallIntegerField(
        _("time to read or watch (minutes)"),
        null=True,
        blank=True,
        help_text=_("Shown as e.g. '10 min read', so readers can plan their time."),
    )
    reviewed_on = models.DateField(
        _("reviewed on"),
        default=timezone.localdate,
        help_text=_(
            "When someone last checked this is accurate. Shown to readers; resources not "
            "reviewed for a year appear in Reports → Resources due for review."
        ),
    )
    featured = models.BooleanField(
        _("featured"), default=False, help_text=_("Shown at the top of the library.")
    )
    related = StreamField(
        [
            (
                "page",
                LocalizedPageChooserBlock(
                    page_type=["learning.CoursePage", "resources.ResourcePage"],
                    label=_("Course or resource"),
                ),
            )
        ],
        blank=True,
        verbose_name=_("related courses and resources"),
        help_text=_("What to read or take next; shown as cards at the end of the page."),
    )

    content_panels = [
        *HubPage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("resource_type"), FieldPanel("minutes")]),
                FieldPanel("topic"),
                FieldPanel("specialties"),
                FieldPanel("stages"),
                FieldRowPanel([FieldPanel("reviewed_on"), FieldPanel("featured")]),
            ],
            heading=_("About this resource"),
        ),
        FieldPanel("body"),
        InlinePanel("documents", label=_("Documents to download")),
        InlinePanel("links", label=_("Links to other websites")),
        FieldPanel("related"),
    ]
    search_fields = [
        *HubPage.search_fields,
        index.SearchField("body"),
        index.RelatedFields("topic", [index.SearchField("name")]),
        index.FilterField("resource_type"),
        index.FilterField("featured"),
    ]

    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []
    # Stage codes are the same in every language.
    override_translatable_fields = [SynchronizedField("stages")]

    class Meta:
        verbose_name = _("resource")

    def stage_labels(self):
        return self._meta.get_field("stages").labels(self.stages)

    @property
    def review_due_on(self):
        return self.reviewed_on + REVIEW_AFTER


class ResourceDocument(TranslatableMixin, Orderable):
    """A file to download, from the documents library (served as an attachment).

    Translatable, so its title is translated with the page rather than copied from English."""

    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    title = models.CharField(
        _("title"), max_length=200, blank=True, help_text=_("Leave empty to use the document's.")
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("document to download")

    @property
    def display_title(self):
        return self.title or self.document.title


class ResourceLink(TranslatableMixin, Orderable):
    """A page on another website; readers are told they are leaving the Hub. Translatable like
    documents."""

    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="links")
    title = models.CharField(_("title"), max_length=200)
    url = models.URLField(_("address"))
    description = models.CharField(_("what it is"), max_length=300, blank=True)

    panels = [FieldPanel("title"), FieldPanel("url"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("link to another website")
