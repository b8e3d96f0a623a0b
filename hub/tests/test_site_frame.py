import os
import subprocess
import sys
from unittest import mock

import pytest
from django.conf import settings
from django.db import DatabaseError
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Site

from home.factories import StandardPageFactory
from hub.factories import FooterTextFactory
from hub.models import SiteSettings


def test_root_redirects_to_the_english_home_page(client, home_page):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_html_lang_follows_the_active_language(client, spanish_home):
    assert '<html lang="en">' in client.get("/en/").text
    assert '<html lang="es">' in client.get("/es/").text


def test_language_switcher_links_to_the_translation_of_the_current_page(client, spanish_about):
    html = client.get("/en/about/").text
    assert 'href="/es/about/" hreflang="es"' in html
    spanish = client.get("/es/about/").text
    assert 'href="/en/about/" hreflang="en"' in spanish
    assert "Acerca del Hub" in spanish


def test_language_switcher_falls_back_to_the_home_page_without_a_translation(
    client, home_page, spanish_home
):
    StandardPageFactory(parent=home_page, slug="only-english", title="Only in English")
    html = client.get("/en/only-english/").text
    assert 'href="/es/" hreflang="es"' in html


def test_language_switcher_keeps_the_search_query(client, home_page):
    html = client.get("/en/search/?q=mentor").text
    assert 'href="/es/search/?q=mentor" hreflang="es"' in html


def test_main_menu_lists_pages_shown_in_menus_in_the_active_language(client, spanish_about):
    StandardPageFactory(parent=spanish_about.get_parent(), slug="hidden", show_in_menus=False)
    english = client.get("/en/").text
    assert '<a href="/en/about/"' in english
    assert "/hidden/" not in english
    assert '<a href="/es/about/"' in client.get("/es/").text


def test_breadcrumbs_lead_back_home(client, about_page):
    child = StandardPageFactory(parent=about_page, slug="faq", title="Questions")
    html = client.get(child.url).text
    assert 'aria-label="Breadcrumb"' in html
    assert '<a href="/en/about/">About the Hub</a>' in html
    assert '<span aria-current="page">Questions</span>' in html


def test_footer_shows_site_settings_and_the_mission_in_each_language(client, spanish_home, locales):
    english = FooterTextFactory(
        locale=locales.en, mission_statement="Supporting scholars since 1946."
    )
    spanish = english.copy_for_translation(locales.es)
    spanish.mission_statement = "Apoyando a becarios desde 1946."
    spanish.save()
    settings_for_site = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings_for_site.contact_email = "info@nmfonline.org"
    settings_for_site.linkedin_url = "https://www.linkedin.com/company/national-medical-fellowships"
    settings_for_site.save()

    html = client.get("/en/").text
    assert "Supporting scholars since 1946." in html
    assert 'href="mailto:info@nmfonline.org"' in html
    assert "LinkedIn" in html
    assert "Apoyando a becarios desde 1946." in client.get("/es/").text


def test_footer_falls_back_to_english_when_spanish_is_missing(client, spanish_home, locales):
    FooterTextFactory(locale=locales.en, mission_statement="Supporting scholars since 1946.")
    assert "Supporting scholars since 1946." in client.get("/es/").text


# --- Search ------------------------------------------------------------------------------


def test_search_finds_pages_in_the_active_language_only(client, spanish_about):
    response = client.get("/en/search/", {"q": "About"})
    assert response.status_code == 200
    assert "About the Hub" in response.text
    assert "Acerca del Hub" not in response.text
    assert "Acerca del Hub" in client.get("/es/search/", {"q": "Acerca"}).text


def test_search_paginates_results(client, home_page):
    for number in range(12):
        StandardPageFactory(parent=home_page, title=f"Residency guide {number}")
    first = client.get("/en/search/", {"q": "Residency"})
    assert first.context["results"].paginator.count == 12
    assert len(first.context["results"]) == 10
    assert 'rel="next"' in first.text
    second = client.get("/en/search/", {"q": "Residency", "page": 2})
    assert len(second.context["results"]) == 2


@pytest.mark.parametrize("page_number", ["abc", "999", "-1"])
def test_search_with_a_nonsense_page_number_still_answers(client, home_page, page_number):
    StandardPageFactory(parent=home_page, title="Residency guide")
    response = client.get("/en/search/", {"q": "Residency", "page": page_number})
    assert response.status_code == 200
    assert "Residency guide" in response.text


def test_empty_search_shows_the_form_without_results(client, home_page):
    response = client.get("/en/search/", {"q": "   "})
    assert response.status_code == 200
    assert response.context["results"] is None
    assert 'id="search-q"' in response.text


def test_search_shows_editors_promotions(client, about_page):
    SearchPromotion.objects.create(
        query=Query.get("mentor"), page=about_page, description="Start here", sort_order=0
    )
    html = client.get("/en/search/", {"q": "mentor"}).text
    assert "Recommended" in html
    assert "Start here" in html


# --- Sitemap, robots, health and errors --------------------------------------------------


def test_sitemap_lists_pages_in_both_languages_with_alternates(client, spanish_about):
    xml = client.get("/sitemap.xml").text
    for path in ["/en/", "/es/", "/en/about/", "/es/about/"]:
        assert f"<loc>http://localhost{path}</loc>" in xml
    assert 'hreflang="es" href="http://localhost/es/about/"' in xml


def test_sitemap_leaves_out_draft_pages(client, home_page):
    StandardPageFactory(parent=home_page, slug="draft-page", live=False)
    assert "draft-page" not in client.get("/sitemap.xml").text


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in response.text
    assert "Sitemap: http://testserver/sitemap.xml" in response.text


def test_healthz_reports_a_working_database(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_healthz_reports_an_unreachable_database(client, db):
    with mock.patch("hub.views.connection.cursor", side_effect=DatabaseError("gone")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


@pytest.mark.parametrize(
    ("path", "lang", "heading"),
    [
        ("/en/no-such-page/", "en", "We couldn’t find that page"),
        ("/es/no-such-page/", "es", "No encontramos esa página"),
    ],
)
def test_missing_page_gets_a_friendly_404_in_its_language(
    client, spanish_home, path, lang, heading
):
    response = client.get(path)
    assert response.status_code == 404
    assert f'<html lang="{lang}">' in response.text
    assert heading in response.text
    assert 'role="search"' in response.text


def test_server_error_page_renders_without_a_database(client):
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert "Something went wrong on our side" in html
    assert "Algo salió mal" in html


# --- Settings ----------------------------------------------------------------------------


def _production_settings(**env):
    clean_env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "ALLOWED_HOSTS"}
    }
    clean_env.update(env, DJANGO_SETTINGS_MODULE="hub.settings.production")
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=settings.BASE_DIR,
        env=clean_env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = _production_settings(ALLOWED_HOSTS="hub.nmfonline.org")
    assert result.returncode != 0
    assert "Set the SECRET_KEY environment variable" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = _production_settings(SECRET_KEY="x" * 50)
    assert result.returncode != 0
    assert "Set ALLOWED_HOSTS" in result.stderr


def test_production_starts_with_its_required_settings():
    result = _production_settings(SECRET_KEY="x" * 50, ALLOWED_HOSTS="hub.nmfonline.org")
    assert result.returncode == 0, result.stderr
