"""The blocks of a designation: one score per criterion, with a short evidence statement."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock


class ScoreBlock(blocks.StructBlock):
    criterion = SnippetChooserBlock("employers.RecognitionCriterion", label=_("Criterion"))
    points = blocks.IntegerBlock(label=_("Points"), min_value=0)
    evidence = blocks.TextBlock(
        label=_("Evidence"),
        required=False,
        help_text=_("One or two sentences on what the employer showed, for the public page."),
    )

    class Meta:
        icon = "tick"
        label = _("Score")

    def clean(self, value):
        value = super().clean(value)
        criterion = value.get("criterion")
        if criterion is not None and value["points"] > criterion.max_points:
            raise StructBlockValidationError(
                block_errors={
                    "points": ValidationError(
                        _("%(criterion)s has at most %(max)s points.")
                        % {"criterion": criterion, "max": criterion.max_points}
                    )
                }
            )
        return value


class ScoresBlock(blocks.StreamBlock):
    score = ScoreBlock()

    def clean(self, value):
        value = super().clean(value)
        seen = {}
        errors = {}
        for index, child in enumerate(value):
            criterion = child.value.get("criterion")
            if criterion is None:
                continue
            if criterion.translation_key in seen:
                errors[index] = ValidationError(
                    _("%(criterion)s is scored twice.") % {"criterion": criterion}
                )
            seen[criterion.translation_key] = index
        if errors:
            raise StreamBlockValidationError(block_errors=errors)
        return value
