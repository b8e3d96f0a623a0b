"""Employers of Choice in a real browser: finding a recognised employer, nominating one, and
accessibility of the section's pages in both languages."""

import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from employers.models import EmployerIndexPage, EmployerPage, Nomination
from members.factories import MemberFactory
from tests.browser.axe import assert_accessible
from tests.browser.test_members import sign_in


def recognised_in(region, tier):
    index = EmployerIndexPage.objects.get(locale__language_code="en")
    return list(index.employers().in_region(region).filter(current_tier=tier).order_by("title"))


def test_a_visitor_filters_by_region_and_tier_and_opens_an_employer(page, demo_site):
    expected = recognised_in("south", "distinguished")
    assert expected, "the demo has a Distinguished employer in the South"

    page.goto(f"{demo_site}/en/employers/")
    page.get_by_label("Region").select_option("south")
    page.get_by_label("Current recognition").select_option("distinguished")
    page.get_by_role("button", name="Show employers").click()
    expect(page).to_have_url(re.compile(r"region=south.*tier=distinguished"))
    cards = page.locator(".employer-card")
    expect(cards).to_have_count(len(expected))
    assert_accessible(page)

    employer = expected[0]
    page.get_by_role("link", name=employer.title, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(employer.title)
    year = employer.current_year
    expect(page.get_by_text(re.compile(rf"Distinguished {year}")).first).to_be_visible()
    assert_accessible(page)


def test_a_member_nominates_an_employer_and_sees_it_on_my_hub(page, demo_site):
    member = MemberFactory(email="nominator@example.org")
    page.goto(f"{demo_site}/en/employers/")
    page.get_by_role("link", name="Nominate an employer").first.click()
    expect(page).to_have_url(re.compile(r"/accounts/login/"))  # visitors sign in first
    sign_in(page, demo_site, member.email)

    page.goto(f"{demo_site}/en/employers/nominate/")
    page.get_by_role("button", name="Send your nomination").click()
    expect(page.locator("#form-errors")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Employer's name").fill("Lakeshore Community Health")
    page.get_by_label("City").fill("Gary")
    page.get_by_label("State").select_option("IN")
    page.get_by_label("I work there").check()
    page.get_by_label("Why it deserves recognition").fill(
        "Its pathway program has brought forty students from Gary's high schools into "
        "nursing and medicine, and half of its physicians trained in the program."
    )
    page.get_by_label("Links to evidence").fill("not a link")
    page.get_by_role("button", name="Send your nomination").click()
    expect(page.locator("#form-errors")).to_contain_text("Line 1")
    expect(page.get_by_label("City")).to_have_value("Gary")  # nothing typed is lost
    page.get_by_label("Links to evidence").fill("https://lakeshore.example.org/pathways")
    page.get_by_role("button", name="Send your nomination").click()

    expect(page).to_have_url(re.compile(r"/en/my/$"))
    expect(page.get_by_text("Lakeshore Community Health", exact=True)).to_be_visible()
    assert_accessible(page)
    assert Nomination.objects.filter(nominator=member).count() == 1


@pytest.mark.parametrize("language", ["en", "es"])
def test_employer_pages_have_no_serious_accessibility_problems(page, demo_site, language):
    year = timezone.localdate().year
    employer = (
        EmployerPage.objects.live()
        .filter(locale__language_code=language)
        .with_recognition()
        .filter(current_tier__isnull=False)
        .order_by("title")
        .first()
    )
    expired = (
        EmployerPage.objects.live()
        .filter(locale__language_code=language)
        .with_recognition()
        .filter(current_tier__isnull=True, latest_year__isnull=False)
        .first()
    )
    assert employer is not None and expired is not None
    for url in [
        f"/{language}/employers/",
        f"/{language}/employers/?region=west&type=hospital",
        f"/{language}/employers/?tier=zzz&year=abc",
        f"/{language}/employers/{year}/",
        employer.url,
        expired.url,
    ]:
        page.goto(demo_site + url)
        expect(page.locator("html")).to_have_attribute("lang", language)
        assert_accessible(page)
