"""Employers of Choice pages: the index (with the yearly recognition lists and nominations)
and one page per employer with its yearly designations."""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from employers.blocks import ScoresBlock
from employers.models.criteria import (
    Criterion,
    RecognitionCriterion,
    RecognitionSettings,
    Tier,
    compute_tier,
)
from home.models import HubPage
from hub.fields import ChoiceListField
from hub.vocabulary import Region, State, region_for_state
from mentorship.models import Specialty
from mentorship.models.specialties import specialties_field


class EmployerType(models.TextChoices):
    ACADEMIC = "academic", _("Academic medical center")
    HEALTH_SYSTEM = "health_system", _("Health system")
    COMMUNITY_HEALTH = "community_health", _("Community health center")
    HOSPITAL = "hospital", _("Hospital")
    GROUP_PRACTICE = "group_practice", _("Group practice")
    PUBLIC_HEALTH = "public_health", _("Public health agency")


class StatesField(ChoiceListField):
    choice_set = State


class EmployerIndexPage(RoutablePageMixin, HubPage):
    """Employers of Choice: the public list, a recognition list per year, and nominations.
    One per language."""

    how_it_works = RichTextField(
        _("how recognition works"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_(
            "A short explanation shown above the criteria and tiers, which are listed for you."
        ),
    )

    content_panels = [*HubPage.content_panels, FieldPanel("how_it_works")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["employers.EmployerPage"]
    # One public list of recognised employers per language.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("employers of choice index")

    def employers(self):
        return (
            EmployerPage.objects.live()
            .public()
            .descendant_of(self)
            .with_recognition()
            .select_related("logo")
            .prefetch_related("tagged_specialties__tag")
        )

    @path("")
    def index(self, request):
        from employers.listing import serve_index

        return serve_index(self, request)

    @path("<int:year>/")
    def recognition_year(self, request, year):
        from employers.listing import serve_year

        return serve_year(self, request, year)

    @path("nominate/")
    def nominate(self, request):
        from employers.nominations import nominate

        return nominate(self, request)

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        years = (
            Designation.objects.filter(page__in=self.employers(), tier__gt="")
            .values_list("year", flat=True)
            .distinct()
            .order_by("-year")
        )
        base = urls[0]["location"] if urls else self.get_full_url(request)
        return urls + [{"location": f"{base}{year}/"} for year in years]


class EmployerSpecialty(ItemBase):
    tag = models.ForeignKey(Specialty, on_delete=models.CASCADE, related_name="tagged_employers")
    content_object = ParentalKey(
        "employers.EmployerPage", on_delete=models.CASCADE, related_name="tagged_specialties"
    )


class EmployerQuerySet(PageQuerySet):
    def with_recognition(self, today=None):
        """Annotate ``current_tier``/``current_year`` (the designation valid today, if any)
        and ``latest_year`` (the most recent year with any tier)."""
        today = today or timezone.localdate()
        awarded = Designation.objects.filter(page=OuterRef("pk")).exclude(tier="")
        current = awarded.filter(valid_until__gte=today).order_by("-year")
        return self.annotate(
            current_tier=Subquery(current.values("tier")[:1]),
            current_year=Subquery(current.values("year")[:1]),
            latest_year=Subquery(awarded.order_by("-year").values("year")[:1]),
        )

    def in_state(self, state):
        return self.filter(
            Q(headquarters_state=state) | Q(locations__contains=StatesField.contains(state))
        )

    def in_region(self, region):
        states = [state for state in State.values if region_for_state(state) == region]
        condition = Q(headquarters_state__in=states)
        for state in states:
            condition |= Q(locations__contains=StatesField.contains(state))
        return self.filter(condition)


class EmployerPage(RoutablePageMixin, HubPage):
    """One recognised employer, with every designation it has held."""

    employer_type = models.CharField(_("type"), max_length=30, choices=EmployerType.choices)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown beside the employer's name on its card and page; a logo on a plain "
            "background works best."
        ),
    )
    headquarters_city = models.CharField(_("headquarters city"), max_length=100, blank=True)
    headquarters_state = models.CharField(
        _("headquarters state"), max_length=2, choices=State.choices
    )
    locations = StatesField(
        _("other states where it works"), help_text=_("Leave empty if it works in one state.")
    )
    website = models.URLField(_("website"))
    careers_url = models.URLField(
        _("careers page"), blank=True, help_text=_("Where candidates see open positions.")
    )
    description = RichTextField(
        _("about the employer"),
        features=["bold", "italic", "link", "ol", "ul", "h3"],
        help_text=_(
            "For clinicians thinking of working there: who it serves, where, and what training "
            "or working there is like."
        ),
    )
    specialties = specialties_field(EmployerSpecialty, _("specialties with opportunities"))
    opportunities = models.TextField(
        _("opportunities"),
        blank=True,
        help_text=_("Programs, residencies or roles worth knowing about, in a few sentences."),
    )

    content_panels = [
        *HubPage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("employer_type"),
                FieldPanel("logo"),
                FieldRowPanel([FieldPanel("headquarters_city"), FieldPanel("headquarters_state")]),
                FieldPanel("locations"),
                FieldRowPanel([FieldPanel("website"), FieldPanel("careers_url")]),
            ],
            heading=_("The employer"),
        ),
        FieldPanel("description"),
        FieldPanel("specialties"),
        FieldPanel("opportunities"),
        InlinePanel(
            "designations",
            heading=_("Designations"),
            label=_("Designation"),
            help_text=_(
                "One per year of recognition. Score each criterion; the tier is worked out "
                "from the points when the page is published."
            ),
        ),
    ]

    search_fields = [
        *HubPage.search_fields,
        index.SearchField("description"),
        index.SearchField("headquarters_city"),
        index.SearchField("opportunities"),
        index.FilterField("employer_type"),
        index.FilterField("headquarters_state"),
    ]

    parent_page_types = ["employers.EmployerIndexPage"]
    subpage_types = []
    # State codes, the same in every language.
    override_translatable_fields = [SynchronizedField("locations")]

    objects = PageManager.from_queryset(EmployerQuerySet)()

    class Meta:
        verbose_name = _("employer")

    @path("")
    def profile(self, request):
        return self.render(request)

    @path("badge/")
    def badge(self, request):
        from employers.badges import serve_badge

        return serve_badge(self, request)

    @property
    def region(self):
        return region_for_state(self.headquarters_state)

    @property
    def region_label(self):
        return Region(self.region).label if self.region else ""

    def state_labels(self):
        return self._meta.get_field("locations").labels(self.locations)

    def clean(self):
        super().clean()
        years = [designation.year for designation in self.designations.all()]
        repeated = sorted({year for year in years if years.count(year) > 1})
        if repeated:
            raise ValidationError(
                _("Each year can have one designation; %(years)s appears more than once.")
                % {"years": ", ".join(map(str, repeated))}
            )

    # --- Designations: current, history, consecutive years --------------------------------

    def awarded_designations(self):
        """Designations that reached a tier, oldest first (uses the prefetched list)."""
        return sorted(
            (designation for designation in self.designations.all() if designation.tier),
            key=lambda designation: designation.year,
        )

    def current_designation(self, today=None):
        today = today or timezone.localdate()
        current = [d for d in self.awarded_designations() if d.valid_until >= today]
        return current[-1] if current else None

    def consecutive_years(self):
        """How many years in a row, up to the most recent designation, the employer held one."""
        years = sorted({designation.year for designation in self.awarded_designations()})
        if not years:
            return 0
        run = 1
        for earlier, later in zip(reversed(years[:-1]), reversed(years[1:]), strict=True):
            if later - earlier != 1:
                break
            run += 1
        return run

    def history(self):
        """[(tier label, [years])] in order, grouping consecutive years at the same tier:
        "Recognized 2024, 2025; Distinguished 2026"."""
        groups = []
        for designation in self.awarded_designations():
            if groups and groups[-1][0] == designation.tier:
                groups[-1][1].append(designation.year)
            else:
                groups.append((designation.tier, [designation.year]))
        return [(Tier(tier).label, years) for tier, years in groups]


def default_valid_until(year, settings=None):
    settings = settings or RecognitionSettings.load()
    return datetime.date(year + settings.designation_years - 1, 12, 31)


class Designation(TranslatableMixin, Orderable):
    """One year's recognition of an employer. The tier is computed from the scores.

    Translatable, so the citation and evidence are translated with the page; the year and
    points are kept in step with the English."""

    page = ParentalKey(EmployerPage, on_delete=models.CASCADE, related_name="designations")
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    valid_until = models.DateField(
        _("valid until"),
        null=True,
        blank=True,
        help_text=_("Leave empty for the usual length (see Settings → Recognition settings)."),
    )
    scores = StreamField(ScoresBlock(), verbose_name=_("scores"), blank=True)
    citation = models.TextField(
        _("citation"),
        blank=True,
        help_text=_("A sentence or two NMF would read out when announcing the recognition."),
    )
    tier = models.CharField(
        _("tier"),
        max_length=20,
        choices=Tier.choices,
        blank=True,
        help_text=_(
            "Worked out from the scores when the page is published; empty means no tier was "
            "reached."
        ),
    )
    points = models.PositiveSmallIntegerField(_("points"), default=0)
    max_points = models.PositiveSmallIntegerField(_("out of"), default=0)

    panels = [
        FieldRowPanel([FieldPanel("year"), FieldPanel("valid_until")]),
        FieldPanel("scores"),
        FieldPanel("citation"),
        FieldRowPanel(
            [
                FieldPanel("tier", read_only=True),
                FieldPanel("points", read_only=True),
                FieldPanel("max_points", read_only=True),
            ]
        ),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("designation")
        ordering = ["-year"]

    def __str__(self):
        return f"{self.page} {self.year}"

    def points_by_criterion(self):
        return {
            str(score.value["criterion"].translation_key): score.value["points"]
            for score in self.scores
            if score.value.get("criterion") is not None
        }

    def outcome(self, settings=None):
        criteria = [
            Criterion(str(c.translation_key), c.max_points, c.foundational)
            for c in RecognitionCriterion.scored()
        ]
        return compute_tier(
            self.points_by_criterion(), criteria, settings or RecognitionSettings.load()
        )

    def save(self, *args, **kwargs):
        """Work the tier out when the scores are new or changed. Publishing the page again
        re-saves every designation; unchanged scores keep the tier they were awarded, even
        if the thresholds have moved since."""
        settings = RecognitionSettings.load()
        stored = Designation.objects.filter(pk=self.pk).first() if self.pk else None
        if stored is None or stored.points_by_criterion() != self.points_by_criterion():
            outcome = self.outcome(settings)
            self.tier, self.points, self.max_points = (
                outcome.tier,
                outcome.points,
                outcome.max_points,
            )
        if self.valid_until is None and self.year:
            self.valid_until = default_valid_until(self.year, settings)
        super().save(*args, **kwargs)

    @property
    def tier_label(self):
        return Tier(self.tier).label if self.tier else _("No tier reached")

    def is_current(self, today=None):
        today = today or timezone.localdate()
        return bool(self.tier) and self.valid_until is not None and self.valid_until >= today
