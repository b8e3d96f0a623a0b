"""StreamField blocks shared across the Hub, grouped by purpose.

Content blocks build the body of standard pages; section blocks compose the home page. An app
adds its own blocks in its own ``blocks.py``.
"""

from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock
from wagtail.models import Locale, Page

# Each block's ``description`` and ``preview_value`` feed the block picker, which shows editors a
# sentence and a rendered example of every block before they add one. Both live in ``Meta`` so
# that they never enter migrations.

NMF_WEBSITE = "https://nmfonline.org/"


def paragraphs(*texts):
    """Rich text for a preview: each translated text in its own paragraph."""
    return format_lazy("{}" * len(texts), *(format_lazy("<p>{}</p>", text) for text in texts))


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
        description = _("A page on the Hub, shown in the visitor's language when it has one.")


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
        description = _("A button that leads to a page on the Hub or to another website.")
        preview_value = {"label": _("Visit National Medical Fellowships"), "url": NMF_WEBSITE}

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

    class Meta:
        description = _("A button you may add or leave empty; an empty one is not shown.")

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
        description = _("A heading that opens a new part of the page, so readers can scan it.")
        preview_value = {"text": _("Paying for medical school"), "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    class Meta:
        template = "blocks/paragraph.html"
        description = _("Words, with links, lists and bold or italic where they help.")
        preview_value = paragraphs(
            _(
                "Many students finish medical school owing more than $200,000. Income-driven "
                "repayment and Public Service Loan Forgiveness can make that debt manageable "
                "through residency and beyond."
            ),
            _("A mentor who has been through it can help you choose the plan that fits."),
        )


class FigureBlock(ImageBlock):
    """An image with its alt text; the preview shows the newest image in the library."""

    class Meta:
        template = "blocks/image.html"
        description = _("A photograph or diagram, described for people who cannot see it.")

    def get_preview_value(self):
        image = get_image_model().objects.order_by("-created_at").first()
        if image is None:
            return None
        return self.normalize(
            {"image": image, "decorative": False, "alt_text": image.default_alt_text}
        )


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock()
    attribution = blocks.CharBlock(max_length=120, required=False)
    role = blocks.CharBlock(
        max_length=160, required=False, help_text=_("e.g. 'NMF scholar, Class of 2012'")
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        description = _("Words from a scholar, mentor or alumnus, with who said them.")
        preview_value = {
            "quote": _(
                "My mentor had trained at the hospital I was applying to. One phone call with "
                "her changed how I wrote my whole residency application."
            ),
            "attribution": "Dr. Amara Okafor",
            "role": _("NMF scholar, Class of 2014"),
        }


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False)
    button = LinkBlock()

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action.html"
        description = _("A short invitation with one button, for the one thing readers should do.")
        preview_value = {
            "heading": _("Not sure where to start with your loans?"),
            "text": _(
                "Our self-paced course walks you through repayment plans and forgiveness in "
                "under an hour."
            ),
            "button": {"label": _("Take the course"), "url": NMF_WEBSITE},
        }


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=200)
    answer = blocks.RichTextBlock(features=["bold", "italic", "link", "ol", "ul"])

    class Meta:
        description = _("One question, and the answer that opens beneath it.")


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, required=False)
    items = blocks.ListBlock(AccordionItemBlock(), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Accordion / FAQs")
        template = "blocks/accordion.html"
        description = _("Questions whose answers open one at a time, for FAQs.")
        preview_value = {
            "heading": _("Questions about mentoring"),
            "items": [
                {
                    "question": _("How much time does mentoring take?"),
                    "answer": paragraphs(
                        _("Most pairs meet for an hour a month, by video or in person, for a year.")
                    ),
                },
                {
                    "question": _("Can I choose my mentor?"),
                    "answer": paragraphs(
                        _(
                            "Yes. Search the directory by specialty and region, then send a "
                            "short note to the mentor you would like to meet."
                        )
                    ),
                },
            ],
        }


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
        description = _("A YouTube or Vimeo video, with a title and a transcript.")
        # No address: the preview shows the title and transcript without asking YouTube.
        preview_value = {
            "embed": None,
            "title": _("Planning for Public Service Loan Forgiveness"),
            "transcript": paragraphs(
                _(
                    "Welcome. In the next ten minutes we look at which loans qualify, which "
                    "payments count, and how to certify your employment each year."
                )
            ),
        }


RICH_TEXT_FEATURES = ["h3", "bold", "italic", "link", "document-link", "ol", "ul", "hr"]


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock(features=RICH_TEXT_FEATURES)
    image = FigureBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    accordion = AccordionBlock()
    embed = MediaEmbedBlock()


# --- Home page sections ------------------------------------------------------------------


class FeaturedPagesSection(blocks.StructBlock):
    """Chosen pages as cards. The preview shows the newest live pages of ``preview_page_type``
    in the editor's language."""

    heading = blocks.CharBlock(max_length=120)
    introduction = blocks.TextBlock(required=False)
    pages = blocks.ListBlock(
        LocalizedPageChooserBlock(),
        min_num=0,
        max_num=6,
        help_text=_("Up to six pages; any that are unpublished are left out until they go live."),
    )
    more = OptionalLinkBlock(help_text=_("Optional link to see everything, e.g. all courses."))

    class Meta:
        icon = "doc-full-inverse"
        template = "blocks/featured_pages.html"
        description = _("A heading, a few words and up to six pages you choose, shown as cards.")
        preview_page_type = "wagtailcore.Page"
        preview_value = {
            "heading": _("Start here"),
            "introduction": _("A few pages we think every new member should read first."),
        }

    def get_preview_value(self):
        model = apps.get_model(self.meta.preview_page_type)
        pages = (
            model.objects.live()
            .public()
            .filter(locale=Locale.get_active(), depth__gt=2)
            .order_by("-first_published_at")[:3]
        )
        return self.normalize({**self.meta.preview_value, "pages": list(pages)})


class FeaturedCoursesSection(FeaturedPagesSection):
    class Meta:
        description = _("A few courses you choose, shown as cards.")
        preview_page_type = "learning.CoursePage"
        preview_value = {
            "heading": _("Learn what training doesn't teach"),
            "introduction": _(
                "Short, practical courses on managing debt, the business of medicine and "
                "leading a team."
            ),
        }


class FeaturedEmployersSection(FeaturedPagesSection):
    class Meta:
        description = _("A few Employers of Choice you choose, shown as cards.")
        preview_page_type = "employers.EmployerPage"
        preview_value = {
            "heading": _("Employers of Choice"),
            "introduction": _(
                "Hospitals and health systems recognized for how they recruit, mentor and keep "
                "clinicians of color."
            ),
        }


class UpcomingEventsSection(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120)
    introduction = blocks.TextBlock(required=False)
    how_many = blocks.IntegerBlock(
        min_value=1,
        max_value=6,
        default=3,
        help_text=_("How many of the soonest events to show; past events drop off by themselves."),
    )
    more = OptionalLinkBlock()

    class Meta:
        icon = "date"
        template = "blocks/upcoming_events.html"
        description = _("The next events from the calendar, kept up to date for you.")
        preview_value = {
            "heading": _("Upcoming events"),
            "introduction": _(
                "Webinars, networking hours and council town halls you can join from wherever "
                "you are."
            ),
            "how_many": 3,
        }


class TextSection(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120)
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "pilcrow"
        template = "blocks/text_section.html"
        description = _("A heading and a few paragraphs, to tell the story in your own words.")
        preview_value = {
            "heading": _("Why a network?"),
            "text": paragraphs(
                _(
                    "Many NMF scholars never knew NMF supported them: their scholarships came "
                    "through their school's financial aid."
                ),
                _(
                    "The Hub brings them back together, so that every student and clinician has "
                    "people in their corner."
                ),
            ),
        }


class MentorCallToActionSection(CallToActionBlock):
    class Meta:
        description = _("An invitation to find a mentor, with one button.")
        preview_value = {
            "heading": _("Find a mentor who has walked your path"),
            "text": _(
                "Search volunteer mentors by specialty and region, and ask for guidance on "
                "training, careers and life in medicine."
            ),
            "button": {"label": _("How mentorship works"), "url": NMF_WEBSITE},
        }


class ClaimCallToActionSection(CallToActionBlock):
    class Meta:
        description = _("An invitation to alumni who may not know NMF supported them.")
        preview_value = {
            "heading": _("Did NMF support you?"),
            "text": _(
                "If your scholarship came through your school's financial aid package, you may "
                "never have known NMF was behind it. Ask privately, and we will check for you."
            ),
            "button": {"label": _("Find out how to ask"), "url": NMF_WEBSITE},
        }


class HomeSectionBlock(blocks.StreamBlock):
    featured_courses = FeaturedCoursesSection(label=_("Featured courses"))
    featured_employers = FeaturedEmployersSection(label=_("Featured employers"))
    mentor_call_to_action = MentorCallToActionSection(label=_("Mentor call to action"))
    upcoming_events = UpcomingEventsSection()
    claim_call_to_action = ClaimCallToActionSection(
        label=_("'Did NMF support you?' call to action")
    )
    text = TextSection()
