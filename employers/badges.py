"""The badge an employer may embed on its own site while its designation is current.

Drawn here rather than stored, so it always says what the page says: the tier and year of
the designation valid today, in the page's language. An expired designation has no badge.
"""

from django.db.models import prefetch_related_objects
from django.http import Http404, HttpResponse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.html import format_html
from django.utils.translation import gettext

WIDTH = 260
HEIGHT = 88
CACHE_SECONDS = 60 * 60 * 24

# The Hub's palette (static/css/hub.css): deep teal, off-white and the footer's link teal.
_SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" \
viewBox="0 0 {width} {height}" role="img" aria-labelledby="nmf-badge-title" xml:lang="{lang}">
<title id="nmf-badge-title">{title}</title>
<rect width="{width}" height="{height}" rx="10" fill="#0b5560"/>
<circle cx="44" cy="44" r="28" fill="#faf8f4"/>
<g font-family="system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif">
<text x="44" y="49" text-anchor="middle" font-size="15" font-weight="700" \
fill="#0b5560">NMF</text>
<text x="86" y="30" font-size="12" fill="#ffffff">{label}</text>
<text x="86" y="55" font-size="19" font-weight="700" fill="#ffffff">{tier}</text>
<text x="86" y="75" font-size="13" fill="#a9dcd5">{year}</text>
</g>
</svg>
"""


def badge_text(page, designation):
    """The badge's text alternative: its <title>, and the alt text of the embed snippet."""
    return gettext("%(employer)s: NMF Employer of Choice, %(tier)s %(year)s") % {
        "employer": page.title,
        "tier": designation.tier_label,
        "year": designation.year,
    }


def badge_svg(page, designation, language_code):
    """The SVG document for ``designation``; every piece of text is escaped."""
    return format_html(
        _SVG,
        width=WIDTH,
        height=HEIGHT,
        lang=language_code,
        title=badge_text(page, designation),
        label=gettext("Employer of Choice"),
        tier=designation.tier_label,
        year=designation.year,
    )


def serve_badge(page, request):
    """``<employer page>/badge.svg``: the badge of the current designation, or 404."""
    language_code = page.locale.language_code
    with translation.override(language_code):
        prefetch_related_objects([page], "designations")
        designation = page.current_designation(timezone.localdate())
        if designation is None:
            raise Http404("This employer holds no current designation.")
        svg = badge_svg(page, designation, language_code)
    response = HttpResponse(svg, content_type="image/svg+xml; charset=utf-8")
    patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
    # Opened on its own, the badge is a document: it may draw, never run or fetch anything.
    response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'"
    return response
