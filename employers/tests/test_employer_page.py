"""The employer page: what it says about the recognition, its structured data and sharing
tags, the badge an employer may embed, and what the page costs in queries."""

import datetime
import html
import json
import re
import xml.etree.ElementTree as ET

import pytest
import time_machine
import wagtail_factories
from django.http import Http404
from django.test import RequestFactory
from django.utils import formats, translation

from conftest import publish_translation
from employers.badges import serve_badge
from employers.factories import (
    EmployerIndexPageFactory,
    EmployerPageFactory,
    designate,
    scores,
)
from employers.models import Designation, EmployerPage, RecognitionCriterion
from mentorship.factories import SpecialtyIndexPageFactory
from mentorship.models import Specialty

SVG = "{http://www.w3.org/2000/svg}"
MID_2026 = datetime.date(2026, 6, 1)
# Points that reach each tier with the seeded criteria (100 points in all).
RECOGNIZED = {
    "Community investment": 0,
    "Leadership accountability": 0,
    "Matriculation and pipeline": 5,
}  # 65
DISTINGUISHED = {"Community investment": 0, "Leadership accountability": 5}  # 80


@pytest.fixture
def today():
    with time_machine.travel(MID_2026, tick=False):
        yield MID_2026


@pytest.fixture
def index(home_page):
    return EmployerIndexPageFactory(parent=home_page)


@pytest.fixture
def employer(index):
    return EmployerPageFactory(
        parent=index,
        title="Riverbend Health",
        slug="riverbend",
        introduction="Twelve hospitals across Georgia and Alabama.",
        locations=["AL", "FL"],
        opportunities="A paid summer pathway for high-school students from Atlanta.",
    )


@pytest.fixture
def recognised(employer):
    """Recognized in 2024 and 2025, Distinguished in 2026."""
    designate(employer, 2024, RECOGNIZED)
    designate(employer, 2025, RECOGNIZED)
    Designation.objects.create(
        page=employer,
        year=2026,
        scores=scores(
            DISTINGUISHED,
            Recruitment="Residents from under-represented groups rose from 9% to 21%.",
        ),
        citation="For turning a pipeline program into a hiring habit.",
    )
    return employer


def page_html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.text


def structured_data(text):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', text, re.S)
    assert match, "no JSON-LD on the page"
    return json.loads(match.group(1))


def meta(text, name):
    """The content of <meta property|name="name">, unescaped; None when absent."""
    match = re.search(rf'<meta (?:property|name)="{re.escape(name)}" content="([^"]*)"', text)
    return html.unescape(match.group(1)) if match else None


def badge_response(page, language="en"):
    """The page's badge route, as Wagtail calls it once the URL has reached the page."""
    route = page.reverse_subpage("badge")
    request = RequestFactory().get(f"/{language}/employers/{page.slug}/{route}")
    view, args, kwargs = page.resolve_subpage(f"/{route}")
    with translation.override(language):
        return page.serve(request, view, args, kwargs)


def parse_svg(content):
    return ET.fromstring(content)  # noqa: S314 (the Hub's own response, in a test)


# --- What the page says -------------------------------------------------------------------


@pytest.mark.django_db
def test_page_shows_the_employer_and_its_current_designation(client, recognised, today):
    text = page_html(client, recognised)
    assert "<h1>Riverbend Health</h1>" in text
    assert "Twelve hospitals across Georgia and Alabama." in text
    assert "Health system" in text
    assert "Atlanta, Georgia" in text
    assert "<li>Alabama</li><li>Florida</li>" in text
    assert 'href="https://riverbend.example.org/">riverbend.example.org</a>' in text
    assert "A regional health system with twelve hospitals." in text
    assert "A paid summer pathway" in text
    current = text[text.index('class="panel designation"') :]
    current = current[: current.index("</section>")]
    assert "Distinguished 2026" in current
    assert formats.date_format(datetime.date(2027, 12, 31), "DATE_FORMAT") in current
    assert "80 out of 100" in current
    assert "For turning a pipeline program into a hiring habit." in current
    assert "3 consecutive years as an Employer of Choice" in current


@pytest.mark.django_db
def test_careers_button_says_it_leaves_for_the_employers_site(client, recognised, today):
    text = page_html(client, recognised)
    assert (
        '<a class="button button--primary" href="https://riverbend.example.org/careers/" '
        'aria-describedby="careers-destination">See open positions at Riverbend Health</a>'
    ) in text
    assert "careers page on the employer's own website, riverbend.example.org." in text


@pytest.mark.django_db
def test_history_line_groups_years_by_tier_and_every_designation_is_listed(
    client, recognised, today
):
    text = page_html(client, recognised)
    assert "Recognized 2024, 2025; Distinguished 2026" in text
    history = text[text.index('id="history-heading"') :]
    rows = re.findall(r'<th scope="row">(\d{4})</th>', history)
    assert rows == ["2026", "2025", "2024"]
    # 2024 ran to the end of 2025; 2025 is still valid but 2026 is the current one.
    assert history.count("Expired") == 1
    assert history.count("Current") == 1


@pytest.mark.django_db
def test_a_designation_without_a_tier_is_not_published(client, recognised, today):
    designate(recognised, 2023, {"Retention": 0})
    text = page_html(client, recognised)
    assert "No tier reached" not in text
    assert '<th scope="row">2023</th>' not in text


@pytest.mark.django_db
def test_score_table_shows_each_criterion_with_points_evidence_and_foundational_marker(
    client, recognised, today
):
    text = page_html(client, recognised)
    table = text[text.index('id="scores-heading"') :]
    table = table[: table.index("</table>")]
    assert "How NMF scored the 2026 designation" in table
    assert re.search(
        r'<th scope="row">Recruitment <span class="badge">Foundational</span></th>\s*'
        r"<td>20 out of 20</td>\s*<td>Residents from under-represented groups rose",
        table,
    )
    assert re.search(r'<th scope="row">Leadership accountability</th>\s*<td>5 out of 15', table)
    assert table.count("Foundational") == 3
    assert re.search(r"Total</th>\s*<td>80 out of 100</td>\s*<td>Distinguished", table)


@pytest.mark.django_db
def test_specialties_link_to_their_pages_in_the_specialty_index(
    client, home_page, recognised, today
):
    SpecialtyIndexPageFactory(parent=home_page)
    recognised.specialties.add(*Specialty.objects.filter(slug__in=["pediatrics", "nursing"]))
    recognised.save()
    text = page_html(client, recognised)
    assert '<a class="tag" href="/en/specialties/nursing/">Nursing</a>' in text
    assert '<a class="tag" href="/en/specialties/pediatrics/">Pediatrics</a>' in text


@pytest.mark.django_db
def test_an_expired_designation_reads_as_past_never_current(client, employer):
    employer.introduction = ""  # so the description is written for it
    employer.save()
    designate(employer, 2023, DISTINGUISHED)
    with time_machine.travel(datetime.date(2025, 3, 1), tick=False):
        text = page_html(client, employer)
        with pytest.raises(Http404):
            badge_response(employer)
    expired_on = formats.date_format(datetime.date(2024, 12, 31), "DATE_FORMAT")
    assert "Past recognition" in text
    assert f"Distinguished 2023, expired {expired_on}." in text
    assert "does not hold a current NMF Employer of Choice designation" in text
    assert 'class="panel designation"' not in text
    assert "consecutive year" not in text
    assert "Embed this badge" not in text
    assert "badge--success" not in text
    assert "How NMF scored the 2023 designation" in text
    # Nothing shared or searched presents it as current either.
    assert meta(text, "description") == "Riverbend Health"


@pytest.mark.django_db
def test_a_designation_is_current_through_its_last_valid_day(client, employer):
    designate(employer, 2023, DISTINGUISHED)
    with time_machine.travel(datetime.date(2024, 12, 31), tick=False):
        text = page_html(client, employer)
    assert 'class="panel designation"' in text
    assert "Past recognition" not in text


@pytest.mark.django_db
def test_page_reads_in_spanish_with_translated_criteria_names(
    client, home_page, index, recognised, spanish_home, locales, today
):
    recruitment = RecognitionCriterion.objects.get(name="Recruitment", locale=locales.en)
    spanish_criterion = recruitment.copy_for_translation(locales.es)
    spanish_criterion.name = "Contratación"
    spanish_criterion.save()
    specialties = SpecialtyIndexPageFactory(parent=home_page)
    publish_translation(specialties, locales.es, title="Especialidades")
    recognised.specialties.add(Specialty.objects.get(slug="pediatrics"))
    recognised.save()
    publish_translation(index, locales.es, title="Empleadores preferidos")
    spanish = publish_translation(
        recognised, locales.es, title="Riverbend Salud", introduction="Doce hospitales."
    )

    text = page_html(client, spanish)

    assert spanish.url == "/es/employers/riverbend/"
    assert '<html lang="es">' in text
    assert "<h1>Riverbend Salud</h1>" in text
    assert "Doce hospitales." in text
    table = text[text.index('id="scores-heading"') : text.index("</table>")]
    assert "Contratación" in table
    assert "Recruitment" not in table
    assert "Retention" in table  # no Spanish name yet: the English one stands in
    assert '<a class="tag" href="/es/specialties/pediatrics/">Pediatría</a>' in text
    assert structured_data(text)["name"] == "Riverbend Salud"
    assert meta(text, "og:url").endswith("/es/employers/riverbend/")


# --- Structured data and sharing ----------------------------------------------------------


@pytest.mark.django_db
def test_structured_data_describes_the_organisation_and_its_awards(client, recognised, today):
    data = structured_data(page_html(client, recognised))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "MedicalOrganization"
    assert data["name"] == "Riverbend Health"
    assert data["url"] == "https://riverbend.example.org/"
    assert data["sameAs"] == ["https://riverbend.example.org/"]
    assert data["mainEntityOfPage"] == recognised.full_url
    assert data["description"] == "Twelve hospitals across Georgia and Alabama."
    assert data["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "Atlanta",
        "addressRegion": "GA",
        "addressCountry": "US",
    }
    assert data["areaServed"] == ["Alabama", "Florida"]
    assert data["award"] == [
        "NMF Employer of Choice 2026 — Distinguished",
        "NMF Employer of Choice 2025 — Recognized",
        "NMF Employer of Choice 2024 — Recognized",
    ]
    assert "logo" not in data


@pytest.mark.django_db
def test_structured_data_type_follows_the_employer_type(client, index, today):
    hospital = EmployerPageFactory(parent=index, employer_type="hospital")
    assert structured_data(page_html(client, hospital))["@type"] == "Hospital"


@pytest.mark.django_db
def test_structured_data_cannot_be_broken_out_of_by_the_title(client, index, today):
    title = 'Riverbend </script><script>alert("x")</script> & Co'
    page = EmployerPageFactory(parent=index, title=title, slug="riverbend")
    designate(page, 2026)
    text = page_html(client, page)
    assert "<script>alert(" not in text
    data = structured_data(text)
    assert data["name"] == title
    assert data["award"] == ["NMF Employer of Choice 2026 — Exemplary"]


@pytest.mark.django_db
def test_sharing_tags_describe_the_page(client, recognised, today):
    text = page_html(client, recognised)
    assert meta(text, "og:type") == "website"
    assert meta(text, "og:title") == "Riverbend Health"
    assert meta(text, "og:description") == "Twelve hospitals across Georgia and Alabama."
    assert meta(text, "og:url") == recognised.full_url
    assert meta(text, "twitter:card") == "summary"
    assert meta(text, "og:image") is None


@pytest.mark.django_db
def test_without_an_introduction_the_description_names_the_current_designation(
    client, index, today
):
    page = EmployerPageFactory(parent=index, title="Lakeshore Clinics", introduction="")
    designate(page, 2026, RECOGNIZED)
    text = page_html(client, page)
    summary = "Lakeshore Clinics: NMF Employer of Choice, Recognized 2026"
    assert meta(text, "description") == summary
    assert meta(text, "og:description") == summary


@pytest.mark.django_db
def test_logo_is_shown_with_alt_text_and_shared_as_an_absolute_url(client, recognised, today):
    recognised.logo = wagtail_factories.ImageFactory(title="Riverbend logo")
    recognised.save()
    text = page_html(client, recognised)
    image = meta(text, "og:image")
    assert image.startswith("http://") and "/images/" in image
    assert meta(text, "og:image:alt") == "Riverbend Health logo"
    assert structured_data(text)["logo"] == image
    path = image.split("localhost", 1)[1]
    assert re.search(rf'<img class="employer__logo" src="{re.escape(path)}" alt="Riverbend', text)


# --- The embeddable badge -----------------------------------------------------------------


@pytest.mark.django_db
def test_badge_is_an_svg_with_the_current_tier_and_year(recognised, today):
    response = badge_response(recognised)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml; charset=utf-8"
    assert response["Cache-Control"] == "public, max-age=86400"
    svg = parse_svg(response.content)
    assert svg.tag == f"{SVG}svg"
    texts = [element.text for element in svg.iter(f"{SVG}text")]
    assert "Distinguished" in texts
    assert "2026" in texts
    assert svg.find(f"{SVG}title").text == (
        "Riverbend Health: NMF Employer of Choice, Distinguished 2026"
    )


@pytest.mark.django_db
def test_badge_address_serves_the_svg_and_stops_when_the_designation_expires(
    client, recognised, today
):
    url = recognised.url + recognised.reverse_subpage("badge")
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("image/svg+xml")
    last_day = max(d.valid_until for d in Designation.objects.filter(page=recognised))
    expired = last_day + datetime.timedelta(days=2)  # a clear day after, in any time zone
    with time_machine.travel(expired, tick=False):
        assert client.get(url).status_code == 404


@pytest.mark.django_db
def test_badge_is_not_found_without_any_designation(index, today):
    page = EmployerPageFactory(parent=index)
    with pytest.raises(Http404):
        badge_response(page)


@pytest.mark.django_db
def test_badge_text_is_escaped(index, today):
    title = '<script>alert("x")</script> & <a href="//evil">'
    page = EmployerPageFactory(parent=index, title=title)
    designate(page, 2026)
    response = serve_badge(page, RequestFactory().get("/"))
    content = response.content.decode()
    assert "<script>" not in content
    assert '<a href="//evil">' not in content
    assert "&lt;script&gt;" in content
    svg = parse_svg(response.content)  # still well-formed XML
    assert svg.find(f"{SVG}title").text.startswith(title)


@pytest.mark.django_db
def test_badge_speaks_the_pages_language(
    home_page, index, recognised, spanish_home, locales, today
):
    publish_translation(index, locales.es)
    spanish = EmployerPage.objects.get(pk=publish_translation(recognised, locales.es).pk)
    svg = parse_svg(badge_response(spanish, language="en").content)
    assert svg.get("{http://www.w3.org/XML/1998/namespace}lang") == "es"


@pytest.mark.django_db
def test_embed_section_offers_a_snippet_linking_back_to_the_page(client, recognised, today):
    text = page_html(client, recognised)
    assert "Embed this badge" in text
    assert (
        f'<img src="{recognised.url}{recognised.reverse_subpage("badge")}" '
        'alt="Riverbend Health: NMF Employer of Choice, Distinguished 2026" '
        'width="260" height="88">'
    ) in text
    assert '<label for="badge-snippet">' in text
    snippet = re.search(r'<textarea id="badge-snippet"[^>]*readonly>(.*?)</textarea>', text, re.S)
    assert html.unescape(snippet.group(1)) == (
        f'<a href="{recognised.full_url}">'
        f'<img src="{recognised.full_url}{recognised.reverse_subpage("badge")}" '
        'alt="Riverbend Health: NMF Employer of Choice, Distinguished 2026" '
        'width="260" height="88"></a>'
    )


@pytest.mark.django_db
def test_embed_snippet_escapes_the_title(client, index, today):
    page = EmployerPageFactory(parent=index, title='Riverbend "</textarea><b>x</b>', slug="r")
    designate(page, 2026)
    text = page_html(client, page)
    snippet = re.search(r'<textarea id="badge-snippet"[^>]*readonly>(.*?)</textarea>', text, re.S)
    assert "<b>" not in snippet.group(1)
    assert 'alt="Riverbend &quot;&lt;/textarea&gt;&lt;b&gt;x&lt;/b&gt;:' in html.unescape(
        snippet.group(1)
    )


# --- Query budgets ------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("count", [1, 10])
def test_page_queries_hold_at_any_number_of_designations(
    client, home_page, index, employer, spanish_home, locales, django_assert_max_num_queries,
    language, count,
):  # fmt: skip
    employer.logo = wagtail_factories.ImageFactory()
    employer.save()
    employer.specialties.add(*Specialty.objects.all()[:4])
    employer.save()
    for year in range(2027 - count, 2027):
        designate(employer, year, DISTINGUISHED if year % 2 else RECOGNIZED)
    specialties = SpecialtyIndexPageFactory(parent=home_page)
    page = employer
    if language == "es":
        publish_translation(specialties, locales.es)
        publish_translation(index, locales.es)
        page = publish_translation(employer, locales.es)
        criterion = RecognitionCriterion.objects.get(name="Retention", locale=locales.en)
        translated = criterion.copy_for_translation(locales.es)
        translated.name = "Retención"
        translated.save()
    with time_machine.travel(MID_2026, tick=False):
        client.get(page.url)  # warm the per-process caches (site root paths, locales)
        with django_assert_max_num_queries(23):
            text = page_html(client, page)
    assert ("Insertar esta insignia" if language == "es" else "Embed this badge") in text


@pytest.mark.parametrize("count", [1, 10])
def test_badge_queries_hold_at_any_number_of_designations(
    recognised, django_assert_max_num_queries, count, today
):
    for year in range(2023 - count, 2023):
        designate(recognised, year, RECOGNIZED)
    page = EmployerPage.objects.get(pk=recognised.pk)
    with django_assert_max_num_queries(2):
        assert badge_response(page).status_code == 200
