"""The blocks of a designation: one score per criterion, with a short evidence statement."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock


class ScoreBlock(blocks.StructBlock):
    criterion = SnippetChooserBlock("employers.RecognitionCriterion", label=_("Criterion"))
    points = blocks.IntegerBlock(
        label=_("Points"), min_value=0, help_text=_("From zero up to the criterion's maximum.")
    )
    evidence = blocks.TextBlock(
        label=_("Evidence"),
        required=False,
        help_text=_("One or two sentences on what the employer showed, for the public page."),
    )

    class Meta:
        icon = "tick"
        label = _("Score")
        template = "employers/blocks/score.html"
        description = _("The points one criterion earned, with a line of evidence.")
        preview_value = {
            "points": 8,
            "evidence": _(
                "Every new resident is offered a mentor in their first month, and most meet "
                "monthly through the first year."
            ),
        }

    def get_preview_value(self):
        """The preview scores the first criterion, within its maximum, when there is one."""
        criterion = self.child_blocks["criterion"].target_model.scored().first()
        value = dict(self.meta.preview_value, criterion=criterion)
        if criterion is not None:
            value["points"] = min(value["points"], criterion.max_points)
        return self.normalize(value)

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

    class Meta:
        description = _("One score for each criterion the employer was assessed on.")

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
