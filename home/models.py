from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import BodyBlock, HomeSectionBlock


class HubPage(Page):
    """Fields and behaviour every page on the Hub shares.

    ``introduction`` opens the page and stands in as its summary in listings and search
    results when no search description is set.
    """

    introduction = models.TextField(
        blank=True,
        help_text=_("One or two sentences that open the page and summarise it in listings."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    class Meta:
        abstract = True

    @property
    def summary(self):
        return self.search_description or self.introduction


class HomePage(HubPage):
    """The front door of the Hub, one per language."""

    hero_heading = models.CharField(
        max_length=120,
        help_text=_("The big welcome line at the top of the page."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A warm, real photograph works best; it is shown beside the welcome."),
    )
    hero_button_label = models.CharField(
        max_length=60,
        blank=True,
        help_text=_(
            "The words on the welcome button, e.g. 'Find a mentor'. The button shows when it "
            "has both words and a page to lead to."
        ),
    )
    hero_button_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where the main button leads, e.g. the learning library."),
    )
    sections = StreamField(
        HomeSectionBlock(),
        blank=True,
        help_text=_("Compose the page from sections; drag them into the order you want."),
    )

    # One home page per language: translations create the others, so there is no max_count.
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "learning.LearningIndexPage",
        "mentorship.MentorDirectoryPage",
        "mentorship.VolunteerProtocolPage",
        "mentorship.SpecialtyIndexPage",
        "mentorship.CouncilIndexPage",
        "employers.EmployerIndexPage",
        "resources.ResourceIndexPage",
        "resources.EventIndexPage",
        "alumni.ClaimPage",
    ]

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("introduction"),
                FieldPanel("hero_image"),
                FieldPanel("hero_button_label"),
                FieldPanel("hero_button_page"),
            ],
            heading=_("Welcome"),
        ),
        FieldPanel("sections"),
    ]
    search_fields = [
        *HubPage.search_fields,
        index.SearchField("hero_heading"),
        index.SearchField("sections"),
    ]

    class Meta:
        verbose_name = _("home page")


class StandardPage(HubPage):
    """About, council charters, FAQs, legal pages and any page that is mostly words."""

    body = StreamField(BodyBlock(), blank=True)

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    content_panels = [*HubPage.content_panels, FieldPanel("body")]
    search_fields = [*HubPage.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")
