"""Blocks for lessons and knowledge checks."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

from home.blocks import RICH_TEXT_FEATURES, HeadingBlock, MediaEmbedBlock


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock()

    class Meta:
        icon = "warning"
        template = "learning/blocks/callout.html"


class DownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(max_length=120, help_text=_("e.g. 'Contract review checklist (PDF)'"))
    description = blocks.TextBlock(required=False)

    class Meta:
        icon = "doc-full"
        template = "learning/blocks/download.html"


class LessonBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, template="blocks/paragraph.html")
    image = ImageBlock(template="blocks/image.html")
    video = MediaEmbedBlock(help_text=_("Add a transcript so everyone can follow the video."))
    download = DownloadBlock()
    callout = CalloutBlock()
    key_takeaways = blocks.ListBlock(
        blocks.CharBlock(max_length=240),
        template="learning/blocks/key_takeaways.html",
        icon="tick",
    )
    reflection = blocks.TextBlock(
        template="learning/blocks/reflection.html",
        icon="help",
        help_text=_("A question for learners to think about; it is not graded."),
    )


class AnswerBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300)
    correct = blocks.BooleanBlock(required=False)
    explanation = blocks.TextBlock(
        required=False, help_text=_("Shown after the learner answers: why this is right or wrong.")
    )


class QuestionBlock(blocks.StructBlock):
    prompt = blocks.CharBlock(max_length=300)
    kind = blocks.ChoiceBlock(
        choices=[("single", _("One correct answer")), ("multiple", _("Several correct answers"))],
        default="single",
    )
    answers = blocks.ListBlock(AnswerBlock(), min_num=2, max_num=6)

    class Meta:
        icon = "help"

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for answer in value["answers"] if answer["correct"])
        if value["kind"] == "single" and correct != 1:
            message = _("Mark exactly one answer as correct.")
        elif value["kind"] == "multiple" and correct < 2:
            message = _("Mark at least two answers as correct, or make it a one-answer question.")
        else:
            return value
        raise StructBlockValidationError(block_errors={"answers": ValidationError(message)})


class KnowledgeCheckBlock(blocks.StreamBlock):
    question = QuestionBlock()
