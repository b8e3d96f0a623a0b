import re

import pytest
from playwright.sync_api import expect

from tests.browser.axe import assert_accessible


def test_visitor_reads_the_home_page_in_english(page, demo_site):
    page.goto(f"{demo_site}/en/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h1")).to_be_visible()
    expect(page.get_by_role("navigation", name="Main")).to_be_visible()
    assert_accessible(page)


def test_visitor_switches_to_spanish_and_stays_on_the_same_page(page, demo_site):
    page.goto(f"{demo_site}/en/about/")
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Español").click()
    expect(page).to_have_url(f"{demo_site}/es/about/")
    expect(page.locator("html")).to_have_attribute("lang", "es")
    assert_accessible(page)


def test_visitor_searches_from_the_header(page, demo_site):
    page.goto(f"{demo_site}/en/")
    page.get_by_role("searchbox", name="Search the Hub").fill("mentor")
    page.get_by_role("search").get_by_role("button", name="Search").click()
    expect(page).to_have_url(re.compile(r"/en/search/\?q=mentor"))
    expect(page.locator(".result").first).to_be_visible()
    assert_accessible(page)


def test_visitor_who_follows_a_broken_link_gets_a_helpful_404(page, demo_site):
    response = page.goto(f"{demo_site}/en/no-such-page/")
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("We couldn’t find that page")
    assert_accessible(page)


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("path", ["", "about/", "about/faq/", "search/?q=NMF", "missing/"])
def test_every_page_type_has_no_serious_accessibility_problems(page, demo_site, language, path):
    page.goto(f"{demo_site}/{language}/{path}")
    expect(page.locator("html")).to_have_attribute("lang", language)
    assert_accessible(page)


def test_header_fits_a_small_phone(browser, demo_site):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    phone = context.new_page()
    phone.goto(f"{demo_site}/en/")
    overflow = phone.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    context.close()
    assert overflow <= 0
