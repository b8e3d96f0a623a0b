"""StreamField blocks shared across the Hub, grouped by purpose.

Content blocks build the body of standard pages; section blocks compose the home page. An app
adds its own blocks in its own ``blocks.py``.
"""

from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock
from wagtail.models import Page

# --- Links -------------------------------------------------------------------------------


class LocalizedPageChooserBlock(blocks.PageChooserBlock):
    """A page chooser whose pages come back in the visitor's language.

    wagtail-localize keeps page links pointing at the source (English) page and expects them to
    be localised when rendered. Doing it here, in bulk, costs one query per block type however
    many links a page has. A page with no live translation in the active language is kept.
    """

    def bulk_to_python(self, values):
        pages = super().bulk_to_python(values)
        language = translation.get_language()
        keys = {page.translation_key for page in pages if page is not None}
        if not keys:
            return pages
        translations = {
            page.translation_key: page
            for page in Page.objects.filter(
                translation_key__in=keys, locale__language_code=language
            ).live()
        }
        return [
            translations.get(page.translation_key, page) if page is not None else None
            for page in pages
        ]

    def to_python(self, value):
        return self.bulk_to_python([value])[0]

    class Meta:
        icon = "doc-empty-inverse"


class LinkValue(blocks.StructValue):
    @property
    def href(self):
        page = self.get("page")
        if page is not None:
            return page.url
        return self.get("url") or ""

    @property
    def is_external(self):
        return self.get("page") is None and bool(self.get("url"))


class LinkBlock(blocks.StructBlock):
    """A labelled link to a page on the Hub or to another website."""

    label = blocks.CharBlock(
        max_length=80, help_text=_("The words on the button, e.g. 'Find a mentor'.")
    )
    page = LocalizedPageChooserBlock(required=False, help_text=_("Choose a page on the Hub…"))
    url = blocks.URLBlock(required=False, help_text=_("…or paste the address of another website."))

    class Meta:
        icon = "link"
        value_class = LinkValue
        template = "blocks/link.html"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose a page or enter a web address (one of the two).")
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(message), "url": ValidationError(message)}
            )
        return value


class OptionalLinkBlock(LinkBlock):
    """A link the editor may leave out entirely."""

    label = blocks.CharBlock(max_length=80, required=False)

    def clean(self, value):
        if not any(value.get(name) for name in ("label", "page", "url")):
            return value
        if not value.get("label"):
            raise StructBlockValidationError(
                block_errors={"label": ValidationError(_("Give the link some words."))}
            )
        return super().clean(value)


# --- Content blocks ----------------------------------------------------------------------


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
        help_text=_("Use section headings for the main parts of a page, sub-headings inside them."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock()
    attribution = blocks.CharBlock(max_length=120, required=False)
    role = blocks.CharBlock(
        max_length=160, required=False, help_text=_("e.g. 'NMF scholar, Class of 2012'")
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False)
    button = LinkBlock()

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action.html"


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=200)
    answer = blocks.RichTextBlock(features=["bold", "italic", "link", "ol", "ul"])


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, required=False)
    items = blocks.ListBlock(AccordionItemBlock(), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Accordion / FAQs")
        template = "blocks/accordion.html"


class MediaEmbedBlock(blocks.StructBlock):
    embed = EmbedBlock(help_text=_("Paste a YouTube or Vimeo address."))
    title = blocks.CharBlock(max_length=160, help_text=_("Describes the video for screen readers."))
    transcript = blocks.RichTextBlock(
        required=False,
        features=["bold", "italic", "link"],
        help_text=_(
            "A transcript makes the video useful to everyone, including people who cannot hear it."
        ),
    )

    class Meta:
        icon = "media"
        label = _("Video or embed")
        template = "blocks/embed.html"


RICH_TEXT_FEATURES = ["h3", "bold", "italic", "link", "document-link", "ol", "ul", "hr"]


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, template="blocks/paragraph.html")
    image = ImageBlock(template="blocks/image.html")
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    accordion = AccordionBlock()
    embed = MediaEmbedBlock()


# --- Home page sections ------------------------------------------------------------------


class FeaturedPagesSection(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120)
    introduction = blocks.TextBlock(required=False)
    pages = blocks.ListBlock(LocalizedPageChooserBlock(), min_num=0, max_num=6)
    more = OptionalLinkBlock(help_text=_("Optional link to see everything, e.g. all courses."))

    class Meta:
        icon = "doc-full-inverse"
        template = "blocks/featured_pages.html"


class UpcomingEventsSection(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120)
    introduction = blocks.TextBlock(required=False)
    how_many = blocks.IntegerBlock(min_value=1, max_value=6, default=3)
    more = OptionalLinkBlock()

    class Meta:
        icon = "date"
        template = "blocks/upcoming_events.html"


class TextSection(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120)
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "pilcrow"
        template = "blocks/text_section.html"


class HomeSectionBlock(blocks.StreamBlock):
    featured_courses = FeaturedPagesSection(label=_("Featured courses"))
    featured_employers = FeaturedPagesSection(label=_("Featured employers"))
    mentor_call_to_action = CallToActionBlock(label=_("Mentor call to action"))
    upcoming_events = UpcomingEventsSection()
    claim_call_to_action = CallToActionBlock(label=_("'Did NMF support you?' call to action"))
    text = TextSection()
