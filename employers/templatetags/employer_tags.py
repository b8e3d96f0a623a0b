"""What the employer page shows, gathered in a fixed number of queries.

``{% employer_profile page as profile %}`` reads the designations once, resolves the scored
criteria in the active language with one query, makes the logo rendition once, and builds
the structured data, the sharing tags' values and the badge's embed snippet. The result is
kept on the request, so the ``meta`` and ``content`` blocks share it.
"""

import json
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from django import template
from django.db.models import prefetch_related_objects
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from employers.badges import HEIGHT, WIDTH, badge_text
from employers.models import EmployerType, RecognitionCriterion
from hub.vocabulary import State
from mentorship.directory import specialty_links

register = template.Library()

LOGO_FILTER = "max-400x200"

# schema.org types by employer type; every one is an Organization.
SCHEMA_TYPES = {
    EmployerType.HOSPITAL: "Hospital",
    EmployerType.COMMUNITY_HEALTH: "MedicalClinic",
    EmployerType.PUBLIC_HEALTH: "GovernmentOrganization",
}

# As django.utils.html.json_script: nothing in the data can close the <script> element.
_JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@dataclass
class Score:
    name: str
    points: int
    max_points: int
    evidence: str
    foundational: bool
    sort_order: int


@dataclass
class Badge:
    url: str  # absolute, for other sites
    path: str  # for this site
    alt: str
    snippet: str
    width: int = WIDTH
    height: int = HEIGHT


@dataclass
class EmployerProfile:
    page_url: str
    summary: str
    designations: list  # awarded, newest first
    current: object  # the designation valid today, or None
    latest: object  # the most recent awarded designation, or None
    consecutive_years: int
    history: list
    scores: list
    logo: object  # a rendition, or None
    logo_url: str
    logo_alt: str
    website_host: str
    careers_host: str
    specialties: list = field(default_factory=list)  # [(specialty, url or "")]
    badge: Badge | None = None
    structured_data: str = ""

    @property
    def expired(self):
        """True when the employer was recognised but no designation is valid today."""
        return self.latest is not None and self.current is None

    @property
    def shown(self):
        """The designation the page details: the current one, else the latest."""
        return self.current or self.latest


def host(url):
    name = urlsplit(url).hostname or ""
    return name.removeprefix("www.")


def award_name(designation):
    return gettext("NMF Employer of Choice %(year)s — %(tier)s") % {
        "year": designation.year,
        "tier": designation.tier_label,
    }


def scores_in_language(designation, language_code):
    """The designation's scores, named in ``language_code`` where the criterion has been
    translated. Scores may point at another language's criterion (translated pages copy the
    scores), so they are matched by translation key."""
    if designation is None:
        return []
    chosen = [
        score.value
        for score in designation.scores
        if score.block_type == "score" and score.value.get("criterion") is not None
    ]
    keys = {value["criterion"].translation_key for value in chosen}
    translated = {
        criterion.translation_key: criterion
        for criterion in RecognitionCriterion.objects.live().filter(
            translation_key__in=keys, locale__language_code=language_code
        )
    }
    scores = []
    for value in chosen:
        criterion = translated.get(value["criterion"].translation_key, value["criterion"])
        scores.append(
            Score(
                name=criterion.name,
                points=min(value["points"], criterion.max_points),
                max_points=criterion.max_points,
                evidence=value.get("evidence", ""),
                foundational=criterion.foundational,
                sort_order=criterion.sort_order,
            )
        )
    return sorted(scores, key=lambda score: (score.sort_order, score.name))


def structured_data(page, page_url, logo_url, designations):
    """schema.org data for the employer, as a dict ready for JSON."""
    data = {
        "@context": "https://schema.org",
        "@type": SCHEMA_TYPES.get(page.employer_type, "MedicalOrganization"),
        "@id": f"{page_url}#organization",
        "name": page.title,
        "url": page.website,
        "sameAs": [page.website],
        "mainEntityOfPage": page_url,
    }
    if page.summary:
        data["description"] = page.summary
    if logo_url:
        data["logo"] = logo_url
    address = {"@type": "PostalAddress"}
    if page.headquarters_city:
        address["addressLocality"] = page.headquarters_city
    if page.headquarters_state and page.headquarters_state != State.INTERNATIONAL:
        address["addressRegion"] = page.headquarters_state
        address["addressCountry"] = "US"
    if len(address) > 1:
        data["address"] = address
    areas = [str(label) for label in page.state_labels()]
    if areas:
        data["areaServed"] = areas
    if designations:
        data["award"] = [award_name(designation) for designation in reversed(designations)]
    return data


def script_json(data):
    """JSON safe inside <script>…</script>."""
    text = json.dumps(data, ensure_ascii=False, indent=None, separators=(",", ":"))
    return mark_safe(text.translate(_JSON_SCRIPT_ESCAPES))  # noqa: S308 (escaped above)


def build_profile(page, request):
    language_code = translation.get_language()
    prefetch_related_objects([page], "designations")
    awarded = page.awarded_designations()
    current = page.current_designation(timezone.localdate())
    latest = awarded[-1] if awarded else None
    page_url = page.get_full_url(request)

    logo = page.logo.get_rendition(LOGO_FILTER) if page.logo_id else None
    logo_url = urljoin(page_url, logo.url) if logo else ""

    badge = None
    if current is not None:
        route = page.reverse_subpage("badge")
        badge_url = f"{page_url}{route}"
        alt = badge_text(page, current)
        snippet = format_html(
            '<a href="{}"><img src="{}" alt="{}" width="{}" height="{}"></a>',
            page_url,
            badge_url,
            alt,
            WIDTH,
            HEIGHT,
        )
        badge = Badge(
            url=badge_url, path=f"{page.get_url(request)}{route}", alt=alt, snippet=snippet
        )

    # Shared and searched pages need a description; an expired designation is not offered.
    summary = page.summary or (badge_text(page, current) if current else page.title)

    return EmployerProfile(
        page_url=page_url,
        summary=summary,
        designations=list(reversed(awarded)),
        current=current,
        latest=latest,
        consecutive_years=page.consecutive_years(),
        history=page.history(),
        scores=scores_in_language(current or latest, language_code),
        logo=logo,
        logo_url=logo_url,
        logo_alt=gettext("%(employer)s logo") % {"employer": page.title},
        website_host=host(page.website),
        careers_host=host(page.careers_url),
        specialties=specialty_links(page, list(page.specialties.all()), request),
        badge=badge,
        structured_data=script_json(structured_data(page, page_url, logo_url, awarded)),
    )


@register.simple_tag(takes_context=True)
def employer_profile(context, page):
    """Everything the employer page shows beyond the page's own fields (see the module)."""
    request = context["request"]
    cache = request.__dict__.setdefault("_employer_profiles", {})
    key = (page.pk, translation.get_language())
    if key not in cache:
        cache[key] = build_profile(page, request)
    return cache[key]
