"""What NMF looks at, and how points become a tier."""

from dataclasses import dataclass

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import Locale

from hub.models import ReviewedSnippet


class Tier(models.TextChoices):
    """Recognition tiers, lowest first."""

    RECOGNIZED = "recognized", _("Recognized")
    DISTINGUISHED = "distinguished", _("Distinguished")
    EXEMPLARY = "exemplary", _("Exemplary")

    @classmethod
    def rank(cls, value):
        return [tier.value for tier in cls].index(value) if value else -1


class RecognitionCriterion(ReviewedSnippet):
    """One thing NMF weighs when it recognises an employer (recruitment, retention, …)."""

    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(
        _("description"), help_text=_("What this criterion is about, for the public page.")
    )
    evidence = models.TextField(
        _("evidence NMF looks for"),
        help_text=_("The kinds of data, policies and programs an employer shows to score well."),
    )
    max_points = models.PositiveSmallIntegerField(
        _("maximum points"), default=20, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    foundational = models.BooleanField(
        _("foundational"),
        default=False,
        help_text=_("Must be met for any tier, however many points the employer earns elsewhere."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("evidence"),
        FieldPanel("max_points"),
        FieldPanel("foundational"),
        FieldPanel("sort_order"),
    ]

    class Meta(ReviewedSnippet.Meta):
        verbose_name = _("recognition criterion")
        verbose_name_plural = _("recognition criteria")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    @classmethod
    def scored(cls):
        """The criteria designations are scored against: the default language's, as the
        translations share their points and foundational flag."""
        return cls.objects.live().filter(locale=Locale.get_default())

    @classmethod
    def for_language(cls, language_code):
        """The criteria in a language, falling back to the default language's."""
        criteria = cls.objects.live().filter(locale__language_code=language_code)
        return criteria if criteria.exists() else cls.scored()


@register_setting(icon="pick")
class RecognitionSettings(BaseGenericSetting):
    """How points become a tier, and how long a designation lasts. Changing these affects
    designations saved afterwards; tiers already awarded stay as they were."""

    criterion_met_percent = models.PositiveSmallIntegerField(
        _("a criterion is met at (% of its points)"),
        default=50,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    recognized_percent = models.PositiveSmallIntegerField(
        _("Recognized from (% of all points)"),
        default=60,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    distinguished_percent = models.PositiveSmallIntegerField(
        _("Distinguished from (% of all points)"),
        default=75,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    exemplary_percent = models.PositiveSmallIntegerField(
        _("Exemplary from (% of all points)"),
        default=90,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    designation_years = models.PositiveSmallIntegerField(
        _("a designation lasts (years)"),
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text=_("A 2026 designation lasting 2 years is valid until 31 December 2027."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("criterion_met_percent"),
                FieldPanel("recognized_percent"),
                FieldPanel("distinguished_percent"),
                FieldPanel("exemplary_percent"),
            ],
            heading=_("Tiers"),
        ),
        FieldPanel("designation_years"),
    ]

    class Meta:
        verbose_name = _("recognition settings")

    def clean(self):
        from django.core.exceptions import ValidationError

        if not (self.recognized_percent < self.distinguished_percent < self.exemplary_percent):
            raise ValidationError(
                _(
                    "Each tier needs more points than the one below it: Recognized < "
                    "Distinguished < Exemplary."
                )
            )

    def thresholds(self):
        return [
            (Tier.EXEMPLARY, self.exemplary_percent),
            (Tier.DISTINGUISHED, self.distinguished_percent),
            (Tier.RECOGNIZED, self.recognized_percent),
        ]


@dataclass(frozen=True)
class Criterion:
    """What tier computation needs to know of a criterion."""

    key: str
    max_points: int
    foundational: bool


@dataclass(frozen=True)
class Outcome:
    tier: str  # "" when no tier is reached
    points: int
    max_points: int
    unmet_foundational: tuple  # keys of foundational criteria not met

    @property
    def percent(self):
        return round(100 * self.points / self.max_points) if self.max_points else 0


def compute_tier(points, criteria, settings):
    """The tier earned with ``points`` ({criterion key: points}) against ``criteria``.

    Points above a criterion's maximum count as the maximum; a criterion with no points
    scores 0. Every foundational criterion must reach ``criterion_met_percent`` of its points
    for any tier; then the total, as a share of all points, decides the tier."""
    maximum = sum(criterion.max_points for criterion in criteria)
    earned = {
        criterion.key: min(max(points.get(criterion.key, 0), 0), criterion.max_points)
        for criterion in criteria
    }
    total = sum(earned.values())
    unmet = tuple(
        criterion.key
        for criterion in criteria
        if criterion.foundational
        and earned[criterion.key] * 100 < settings.criterion_met_percent * criterion.max_points
    )
    tier = ""
    if maximum and not unmet:
        share = total * 100 / maximum
        tier = next((tier for tier, percent in settings.thresholds() if share >= percent), "")
    return Outcome(tier=tier, points=total, max_points=maximum, unmet_foundational=unmet)
