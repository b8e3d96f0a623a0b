"""Finding mentors: filters, facet counts, the overview for visitors, and specialty pages.

Every query here is a fixed number per page, whatever the number of mentors: filters and counts
are done by the database, and each facet is one grouped query.
"""

from django.db.models import Count, F, Q
from wagtail.search.backends import get_search_backend

from hub.views import paginate
from hub.vocabulary import Region, Stage, region_for_state, states_in_region
from members.models import is_verified_member
from mentorship.forms import MentorFilterForm
from mentorship.models import (
    MeetingFormat,
    MentorDirectoryPage,
    MentoringArea,
    MentorProfile,
    Specialty,
    SpecialtyIndexPage,
    current_protocol_version,
)

ORDERING = ("member__user__last_name", "member__user__first_name", "pk")
# Filters stored as ",a,b," lists, with the choices each one counts.
LIST_FILTERS = {
    "area": ("areas", MentoringArea),
    "stage": ("stages", Stage),
    "format": ("formats", MeetingFormat),
}
ACCEPTING_NOW = Q(accepting_mentees=True, active_mentees__lt=F("capacity"))


def listed_mentors(version):
    return MentorProfile.objects.listed(version).with_active_mentees()


def for_cards(mentors):
    # The alumni record comes along for the "Verified NMF alum" mark (alumni_tags.verified_alum).
    return mentors.select_related("member__user__alumni_record").prefetch_related(
        "specialties", "languages"
    )


class MentorDirectory:
    def __init__(self, data):
        self.form = MentorFilterForm(data)
        self.filters = self.form.filters()
        self.base = listed_mentors(current_protocol_version())
        self._grouped = {}

    def filtered(self, skip=None):
        """Mentors matching every filter except ``skip`` (a facet counts without its own)."""
        mentors = self.base
        for name, value in self.filters.items():
            if name == skip:
                continue
            if name == "specialty":
                mentors = mentors.filter(specialties__slug=value)
            elif name == "language":
                mentors = mentors.filter(languages__code=value)
            elif name == "region":
                mentors = mentors.filter(member__state__in=states_in_region(value))
            elif name == "state":
                mentors = mentors.filter(member__state=value)
            elif name in LIST_FILTERS:
                field = LIST_FILTERS[name][0]
                mentors = mentors.filter(**{f"{field}__contains": f",{value},"})
            elif name == "accepting":
                mentors = mentors.accepting_mentees()
            elif name == "q":
                mentors = mentors.filter(pk__in=self.search_matches(value))
        return mentors

    def search_matches(self, query):
        if not hasattr(self, "_matches"):
            results = get_search_backend().search(
                query, MentorProfile.objects.filter(paused=False), operator="and"
            )
            self._matches = [mentor.pk for mentor in results]
        return self._matches

    # --- Facets: each option with how many mentors it would show --------------------------

    def facets(self):
        specialties = self.grouped("specialty", "specialties__slug")
        languages = self.grouped("language", "languages__code")
        states = self.grouped("state", "member__state")
        regions = {}
        for state, count in self.grouped("region", "member__state").items():
            region = region_for_state(state)
            if region:
                regions[region] = regions.get(region, 0) + count
        facets = {
            "specialty": specialties,
            "language": languages,
            "state": states,
            "region": regions,
            "accepting": self.filtered("accepting").aggregate(n=Count("pk", filter=ACCEPTING_NOW))[
                "n"
            ],
        }
        for name, (field, choices) in LIST_FILTERS.items():
            facets[name] = self.filtered(name).aggregate(
                **{
                    value: Count("pk", filter=Q(**{f"{field}__contains": f",{value},"}))
                    for value in choices.values
                }
            )
        return facets

    def grouped(self, skip, field):
        # Facets whose own filter is not in use share the same filters: count those once.
        key = (field, skip if skip in self.filters else None)
        if key not in self._grouped:
            self._grouped[key] = self._count_by(skip, field)
        return self._grouped[key]

    def _count_by(self, skip, field):
        rows = (
            self.filtered(skip)
            .exclude(**{f"{field}__isnull": True})
            .order_by()
            .values(field)
            .annotate(n=Count("pk", distinct=True))
        )
        return {row[field]: row["n"] for row in rows if row[field]}

    def for_member(self, request, per_page):
        from mentorship.matching import recommend

        mentors = paginate(request, for_cards(self.filtered().order_by(*ORDERING)), per_page)
        self.form.set_counts(self.facets())
        first_look = not self.filters and mentors.number == 1
        return {
            "recommendations": recommend(request.user) if first_look else [],
            "filter_form": self.form,
            "mentors": mentors,
            "active_filters": self.form.active_filters(),
        }

    def overview(self):
        """For visitors: what the network offers, as counts only, never names."""
        self.filters = {}
        totals = self.base.aggregate(total=Count("pk"), accepting=Count("pk", filter=ACCEPTING_NOW))
        regions = {}
        for state, count in self.grouped("state", "member__state").items():
            region = region_for_state(state)
            regions[region] = regions.get(region, 0) + count
        return {
            "mentor_total": totals["total"],
            "accepting_total": totals["accepting"],
            "specialty_counts": specialty_counts(self.grouped("specialty", "specialties__slug")),
            "region_counts": [
                (label, regions[value]) for value, label in Region.choices if regions.get(value)
            ],
        }


def specialty_counts(counts):
    """``{slug: n}`` as ``[(specialty, n)]``, the most mentors first."""
    specialties = Specialty.objects.filter(slug__in=counts)
    return sorted(
        ((specialty, counts[specialty.slug]) for specialty in specialties),
        key=lambda item: (-item[1], item[0].display_name),
    )


def mentor_for_member(user, public_id):
    """The mentor a signed-in member may see: any listed mentor, and always their own profile."""
    mentors = for_cards(MentorProfile.objects.with_active_mentees())
    own = mentors.filter(member__user=user, member__public_id=public_id).first()
    if own is not None:
        return own
    return (
        for_cards(listed_mentors(current_protocol_version()))
        .filter(member__public_id=public_id)
        .first()
    )


# --- Specialty pages -------------------------------------------------------------------------


def specialty_overview(locale):
    """Every specialty with its number of listed mentors and of courses in ``locale``."""
    from learning.models import CoursePage

    mentors = dict(
        listed_mentors(current_protocol_version())
        .order_by()
        .values_list("specialties__slug")
        .annotate(n=Count("pk", distinct=True))
    )
    courses = dict(
        CoursePage.objects.live()
        .public()
        .filter(locale=locale)
        .order_by()
        .values_list("tagged_specialties__tag__slug")
        .annotate(n=Count("pk", distinct=True))
    )
    specialties = list(Specialty.objects.all())
    for specialty in specialties:
        specialty.mentor_count = mentors.get(specialty.slug, 0)
        specialty.course_count = courses.get(specialty.slug, 0)
    return sorted(specialties, key=lambda specialty: specialty.display_name.casefold())


SPECIALTY_MENTORS_SHOWN = 6


def specialty_context(request, page, slug):
    """Everything the Hub holds for one specialty, or None for an unknown slug."""
    from learning.models import CoursePage, with_module_totals

    specialty = Specialty.objects.filter(slug=slug).first()
    if specialty is None:
        return None
    mentors = listed_mentors(current_protocol_version()).filter(specialties=specialty)
    directory = MentorDirectoryPage.objects.live().filter(locale=page.locale).first()
    courses = list(
        with_module_totals(
            CoursePage.objects.live()
            .public()
            .filter(locale=page.locale, tagged_specialties__tag=specialty)
            .select_related("topic")
            .order_by("title")
        )
    )
    for course in courses:
        course.member_percent = None  # progress is shown in the library, not here
    context = {
        "specialty": specialty,
        "mentor_base_url": directory.url if directory else None,
        "mentor_count": mentors.count(),
        "courses": courses,
    }
    if is_verified_member(request.user):
        context["mentors"] = for_cards(mentors.order_by("-accepting_mentees", *ORDERING))[
            :SPECIALTY_MENTORS_SHOWN
        ]
    return context


def specialty_links(page, specialties, request):
    """Each specialty with its page under the specialties index in the page's language (or,
    failing that, in any language); no link when there is no specialties index."""
    if not specialties:
        return []
    indexes = sorted(
        SpecialtyIndexPage.objects.live(),
        key=lambda index: index.locale_id != page.locale_id,
    )
    base = indexes[0].get_url(request) if indexes else None
    return [
        (
            specialty,
            f"{base}{indexes[0].reverse_subpage('specialty', kwargs={'slug': specialty.slug})}"
            if base
            else "",
        )
        for specialty in sorted(specialties, key=lambda specialty: specialty.display_name)
    ]
