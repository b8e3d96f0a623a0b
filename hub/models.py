from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)


class ReviewedSnippetQuerySet(models.QuerySet):
    def live(self):
        """What the public may read: published, not drafts waiting for review."""
        return self.filter(live=True)


class ReviewedSnippet(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, models.Model
):
    """A snippet the public reads, handled like a page: drafted, submitted to the "Content
    review" workflow, published by a moderator, kept in revisions and translated. Public
    views read only ``objects.live()`` rows; a published row keeps its published values while
    a newer draft waits in its revisions."""

    _revisions = GenericRelation(
        "wagtailcore.Revision", related_query_name="%(app_label)s_%(class)s"
    )
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="%(app_label)s_%(class)s",
        for_concrete_model=False,
    )

    objects = ReviewedSnippetQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        abstract = True

    @property
    def revisions(self):
        return self._revisions


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Contact details and social links shown in every page's footer."""

    contact_email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True)
    postal_address = models.TextField(blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    x_url = models.URLField(_("X (Twitter)"), blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("phone"), FieldPanel("postal_address")],
            heading=_("Contact details"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("linkedin_url"),
                FieldPanel("instagram_url"),
                FieldPanel("facebook_url"),
                FieldPanel("youtube_url"),
                FieldPanel("x_url"),
            ],
            heading=_("Social links"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    @property
    def social_links(self):
        links = [
            ("LinkedIn", self.linkedin_url),
            ("Instagram", self.instagram_url),
            ("Facebook", self.facebook_url),
            ("YouTube", self.youtube_url),
            ("X", self.x_url),
        ]
        return [(name, url) for name, url in links if url]


class FooterText(ReviewedSnippet):
    """The mission statement in the footer, translated like any other content."""

    mission_statement = models.TextField(
        help_text=_(
            "Two or three sentences about NMF and the Hub, shown at the foot of every page."
        )
    )

    panels = [FieldPanel("mission_statement")]

    class Meta(ReviewedSnippet.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer text")

    def __str__(self):
        return self.mission_statement[:60]

    @classmethod
    def for_active_language(cls):
        """The footer text in the visitor's language, else in the site's default language."""
        wanted = {translation.get_language(), settings.LANGUAGE_CODE}
        texts = {
            text.locale.language_code: text
            for text in cls.objects.live()
            .filter(locale__language_code__in=wanted)
            .select_related("locale")
        }
        return texts.get(translation.get_language()) or texts.get(settings.LANGUAGE_CODE)
