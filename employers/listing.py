"""Employers of Choice for everyone: the index with its filters, a recognition list per year,
and the employers shown on a specialty page.

Every page costs a fixed number of queries whatever the number of employers: filters are
conditions and subqueries, each facet's counts are one grouped query, and cards arrive with
their specialties and logo renditions. Nothing here depends on who is asking, so the pages
can be cached for visitors.
"""

from collections import Counter

from django.db.models import Case, Count, F, Prefetch, Q, Value, When
from django.db.models.functions import Lower
from django.http import Http404
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.images import get_image_model

from employers.forms import ANY_CURRENT_TIER, SORT_BY_RECENT, EmployerFilterForm
from employers.models import (
    Designation,
    EmployerIndexPage,
    EmployerPage,
    EmployerSpecialty,
    RecognitionCriterion,
    RecognitionSettings,
    Tier,
    default_valid_until,
)
from hub.views import paginate
from hub.vocabulary import region_for_state
from mentorship.models import Specialty

EMPLOYERS_PER_PAGE = 12
SPECIALTY_EMPLOYERS_SHOWN = 6
# Logos are shown whole, never cropped: at most 160px each way (twice the size on screen).
LOGO_SPEC = "max-160x160"
TIERS_HIGHEST_FIRST = [Tier.EXEMPLARY, Tier.DISTINGUISHED, Tier.RECOGNIZED]
BY_NAME = (Lower("title"), "pk")
# Currently recognised employers first, the highest tier first.
BY_CURRENT_TIER = Case(
    *(When(current_tier=tier, then=Value(Tier.rank(tier))) for tier in Tier.values),
    default=Value(-1),
).desc()


# --- Shared by the index, the year lists and the specialty pages ---------------------------------


def for_cards(employers):
    """``employers`` with what a card shows: logo renditions (specialties and the logo itself
    come with ``EmployerIndexPage.employers()``)."""
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec=LOGO_SPEC)
    return employers.prefetch_related(
        Prefetch("logo__renditions", queryset=renditions, to_attr="prefetched_renditions")
    )


def with_status(employers):
    """Give each employer (annotated by ``with_recognition``) the label of its current tier."""
    for employer in employers:
        employer.current_tier_label = (
            Tier(employer.current_tier).label if employer.current_tier else ""
        )
    return employers


def recognition_years(employers):
    """The years in which any of ``employers`` reached a tier, latest first."""
    return list(
        Designation.objects.filter(page__in=employers.values("pk"))
        .exclude(tier="")
        .order_by("-year")
        .values_list("year", flat=True)
        .distinct()
    )


# Conditions on related rows are uncorrelated subqueries, which the database works out once
# per query rather than once per employer.


def tagged(specialty_id):
    return Q(
        pk__in=EmployerSpecialty.objects.filter(tag_id=specialty_id).values("content_object_id")
    )


def recognized_in(year):
    return Q(pk__in=Designation.objects.filter(year=year).exclude(tier="").values("page_id"))


def in_tier(tier):
    return Q(current_tier__isnull=False) if tier == ANY_CURRENT_TIER else Q(current_tier=tier)


# --- The index ---------------------------------------------------------------------------------


class EmployerListing:
    """The index's filters, facet counts and one page of results."""

    def __init__(self, page, data):
        self.page = page
        self.base = page.employers()
        self.years = recognition_years(self.base)
        self.specialties = list(Specialty.objects.all())
        self.specialty_ids = {specialty.slug: specialty.pk for specialty in self.specialties}
        self.form = EmployerFilterForm(data, years=self.years, specialties=self.specialties)
        self.filters = self.form.filters()
        self._matches = None
        self._places = {}

    def narrow(self, employers, name, value):
        """``employers`` narrowed by the filter ``name`` = ``value``."""
        if name == "state":
            return employers.in_state(value)
        if name == "region":
            return employers.in_region(value)
        if name == "type":
            return employers.filter(employer_type=value)
        if name == "specialty":
            return employers.filter(tagged(self.specialty_ids[value]))
        if name == "tier":
            return employers.filter(in_tier(value))
        if name == "year":
            return employers.filter(recognized_in(value))
        if name == "q":
            return employers.filter(pk__in=self.search_matches(value))
        raise ValueError(name)

    def filtered(self, skip=None):
        """Employers matching every filter except ``skip`` (a facet counts without its own)."""
        employers = self.base
        for name, value in self.filters.items():
            if name != skip:
                employers = self.narrow(employers, name, value)
        return employers

    def search_matches(self, query):
        if self._matches is None:
            results = (
                EmployerPage.objects.live().descendant_of(self.page).search(query, operator="and")
            )
            self._matches = [employer.pk for employer in results]
        return self._matches

    # --- Facets: each option with how many employers it would show --------------------------
    # One grouped query per facet, counting the employers that match every filter but the
    # facet's own, so choosing an option shows what the others would find.

    def matching(self, facet):
        """The pks of the employers a facet counts, as a subquery."""
        return self.filtered(facet).values("pk")

    def places(self, facet):
        """({state: n}, {region: n}) counting headquarters and other states alike, as the
        state and region filters do; one query shared when neither filter is in use."""
        key = facet if facet in self.filters else None
        if key not in self._places:
            states, regions = Counter(), Counter()
            rows = (
                self.filtered(key)
                .order_by()
                .values("headquarters_state", "locations")
                .annotate(n=Count("pk"))
            )
            for row in rows:
                where = {row["headquarters_state"], *row["locations"]}
                for state in where:
                    states[state] += row["n"]
                for region in {region_for_state(state) for state in where} - {None}:
                    regions[region] += row["n"]
            self._places[key] = (states, regions)
        return self._places[key]

    def facets(self):
        tiers = dict(
            self.filtered("tier").order_by().values_list("current_tier").annotate(n=Count("pk"))
        )
        tiers[ANY_CURRENT_TIER] = sum(n for tier, n in tiers.items() if tier)
        slugs = {specialty.pk: specialty.slug for specialty in self.specialties}
        return {
            "state": self.places("state")[0],
            "region": self.places("region")[1],
            "type": dict(
                self.filtered("type")
                .order_by()
                .values_list("employer_type")
                .annotate(n=Count("pk"))
            ),
            "specialty": {
                slugs.get(tag): n
                for tag, n in EmployerSpecialty.objects.filter(
                    content_object_id__in=self.matching("specialty")
                )
                .order_by()
                .values_list("tag_id")
                .annotate(n=Count("content_object_id", distinct=True))
            },
            "tier": tiers,
            "year": dict(
                Designation.objects.filter(page_id__in=self.matching("year"))
                .exclude(tier="")
                .order_by()
                .values_list("year")
                .annotate(n=Count("page_id", distinct=True))
            ),
        }

    def context(self, request):
        ordering = BY_NAME
        if self.form.chosen_sort() == SORT_BY_RECENT:
            ordering = (F("latest_year").desc(nulls_last=True), *BY_NAME)
        employers = paginate(
            request, for_cards(self.filtered().order_by(*ordering)), EMPLOYERS_PER_PAGE
        )
        with_status(employers)
        self.form.set_counts(self.facets())
        return {
            "filter_form": self.form,
            "employers": employers,
            "active_filters": self.form.active_filters(),
            "is_filtered": bool(self.filters),
            "years": self.years,
        }


def recognition_rules(request):
    """How recognition works, in the active language: the criteria, the tiers with their
    thresholds, and how long a designation lasts."""
    settings = RecognitionSettings.load(request_or_site=request)
    criteria = list(RecognitionCriterion.for_language(get_language()))
    this_year = timezone.localdate().year
    return {
        "criteria": criteria,
        "total_points": sum(criterion.max_points for criterion in criteria),
        "has_foundational": any(criterion.foundational for criterion in criteria),
        "tiers": [(Tier(tier).label, percent) for tier, percent in settings.thresholds()],
        "recognition_settings": settings,
        "example_year": this_year,
        "example_valid_until": default_valid_until(this_year, settings),
    }


def serve_index(page, request):
    listing = EmployerListing(page, request.GET)
    return page.render(
        request, context_overrides={**listing.context(request), **recognition_rules(request)}
    )


# --- A year's recognition list -----------------------------------------------------------------


def serve_year(page, request, year):
    """Everyone recognised in ``year``, grouped by tier, highest first; 404 for a year
    with no recognition."""
    employers = page.employers()
    designations = list(
        Designation.objects.filter(page__in=employers.values("pk"), year=year)
        .exclude(tier="")
        .select_related("page")
        .order_by(Lower("page__title"), "page_id")
    )
    if not designations:
        raise Http404
    groups = []
    for tier in TIERS_HIGHEST_FIRST:
        members = [designation for designation in designations if designation.tier == tier]
        if members:
            groups.append({"tier": tier, "label": Tier(tier).label, "designations": members})
    return page.render(
        request,
        template="employers/recognition_year.html",
        context_overrides={
            "year": year,
            "groups": groups,
            "recognized_count": len(designations),
            "years": recognition_years(employers),
        },
    )


# --- Specialty pages ---------------------------------------------------------------------------


def specialty_employers(locale, specialty):
    """For a specialty page: a few employers in ``locale`` tagged with ``specialty``, the
    currently recognised first, with how many there are and the index to see them all."""
    index = EmployerIndexPage.objects.live().filter(locale=locale).first()
    if index is None:
        return {}
    employers = index.employers().filter(tagged(specialty.pk))
    shown = with_status(
        list(for_cards(employers.order_by(BY_CURRENT_TIER, *BY_NAME))[:SPECIALTY_EMPLOYERS_SHOWN])
    )
    count = len(shown) if len(shown) < SPECIALTY_EMPLOYERS_SHOWN else employers.count()
    return {"employer_index": index, "employers": shown, "employer_count": count}
