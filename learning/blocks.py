"""Blocks for lessons and knowledge checks."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock

from home.blocks import (
    RICH_TEXT_FEATURES,
    FigureBlock,
    HeadingBlock,
    MediaEmbedBlock,
    ParagraphBlock,
)


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock()

    class Meta:
        icon = "warning"
        template = "learning/blocks/callout.html"
        description = _("A boxed tip or warning that stands out from the lesson.")
        preview_value = {
            "title": _("Keep your records"),
            "text": _(
                "Save every letter from your loan servicer and a note of each call. If a "
                "payment is ever disputed, your own records are the quickest proof."
            ),
        }


class DownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(max_length=120, help_text=_("e.g. 'Contract review checklist (PDF)'"))
    description = blocks.TextBlock(required=False)

    class Meta:
        icon = "doc-full"
        template = "learning/blocks/download.html"
        description = _("A file learners can keep, such as a checklist or a worksheet.")
        preview_value = {
            "title": _("Contract review checklist (PDF)"),
            "description": _(
                "Twelve questions to ask before you sign your first attending contract."
            ),
        }

    def get_preview_value(self):
        """The preview links to the newest document in the library, when there is one."""
        document = get_document_model().objects.order_by("-created_at").first()
        return self.normalize({**self.meta.preview_value, "document": document})


class KeyTakeawaysBlock(blocks.ListBlock):
    class Meta:
        icon = "tick"
        template = "learning/blocks/key_takeaways.html"
        description = _("The few points learners should remember, one short line each.")
        preview_value = [
            _("Federal loans offer protections that private loans do not."),
            _("Income-driven plans tie your payment to what you earn in residency."),
            _("Certify your employment every year if you are aiming for forgiveness."),
        ]


class ReflectionBlock(blocks.TextBlock):
    class Meta:
        icon = "help"
        template = "learning/blocks/reflection.html"
        description = _("A question that invites learners to pause and think; it is not graded.")
        preview_value = _(
            "Think of a time someone opened a door for you in medicine. What did they do that "
            "you could do for a student now?"
        )


class LessonBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock(features=RICH_TEXT_FEATURES)
    image = FigureBlock()
    video = MediaEmbedBlock(help_text=_("Add a transcript so everyone can follow the video."))
    download = DownloadBlock()
    callout = CalloutBlock()
    key_takeaways = KeyTakeawaysBlock(blocks.CharBlock(max_length=240))
    reflection = ReflectionBlock(
        help_text=_("A question for learners to think about; it is not graded.")
    )


class AnswerBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300)
    correct = blocks.BooleanBlock(required=False, help_text=_("Tick every answer that is right."))
    explanation = blocks.TextBlock(
        required=False, help_text=_("Shown after the learner answers: why this is right or wrong.")
    )

    class Meta:
        description = _("One possible answer; tick it if it is correct.")


class QuestionBlock(blocks.StructBlock):
    prompt = blocks.CharBlock(max_length=300)
    kind = blocks.ChoiceBlock(
        choices=[("single", _("One correct answer")), ("multiple", _("Several correct answers"))],
        default="single",
    )
    answers = blocks.ListBlock(AnswerBlock(), min_num=2, max_num=6)

    class Meta:
        icon = "help"
        template = "learning/blocks/question.html"
        description = _(
            "A question with two to six answers; learners see why each answer is right or wrong."
        )
        preview_value = {
            "prompt": _("Which of these loans can lead to Public Service Loan Forgiveness?"),
            "kind": "single",
            "answers": [
                {
                    "text": _("Federal Direct Loans repaid on an income-driven plan"),
                    "correct": True,
                    "explanation": _(
                        "Payments on an income-driven plan count toward the 120 that "
                        "forgiveness needs."
                    ),
                },
                {
                    "text": _("Loans refinanced with a private lender"),
                    "correct": False,
                    "explanation": _(
                        "Refinanced loans are no longer federal loans, so they cannot be forgiven."
                    ),
                },
            ],
        }

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

    class Meta:
        description = _("Questions that check what learners took from the module.")
