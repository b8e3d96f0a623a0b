import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from members.factories import MemberFactory
from tests.browser.axe import assert_accessible


def test_newcomer_signs_up_verifies_and_completes_their_profile(page, demo_site):
    page.goto(f"{demo_site}/en/")
    page.get_by_role("link", name="Join the Hub").click()
    assert_accessible(page)
    page.get_by_label("First name").fill("Nia")
    page.get_by_label("Last name").fill("Okafor")
    page.get_by_label("Email").fill("nia.okafor@example.org")
    page.locator("#id_password1").fill("Stethoscope-2031!")
    page.locator("#id_password2").fill("Stethoscope-2031!")
    page.get_by_label("Career stage").select_option("student")
    page.get_by_role("button", name="Sign Up").click()

    expect(page.get_by_role("heading", level=1)).to_contain_text("Verify")
    link = re.search(
        r"https?://[^/]+(/en/accounts/confirm-email/\S+/)", mail.outbox[-1].body
    ).group(1)
    page.goto(f"{demo_site}{link}")
    page.get_by_role("button", name="Confirm").click()

    expect(page).to_have_url(f"{demo_site}/en/my/")
    page.get_by_role("link", name="Complete your profile").click()
    assert_accessible(page)
    page.get_by_label("Medical or professional school").fill("Morehouse School of Medicine")
    page.get_by_label("Graduation year").fill("2028")
    page.get_by_label("State").select_option("GA")
    page.get_by_label("Family medicine").check()
    page.get_by_role("button", name="Save your profile").click()

    expect(page).to_have_url(f"{demo_site}/en/my/")
    expect(page.get_by_role("status")).to_contain_text("Your profile is saved.")
    page.get_by_role("link", name="See your profile as other members see it").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nia Okafor")
    expect(page.get_by_text("Morehouse School of Medicine (2028)")).to_be_visible()


def test_profile_errors_are_announced_and_linked_to_their_fields(page, demo_site, live_server):
    member = MemberFactory(email="errors@example.org")
    sign_in(page, demo_site, member.email)
    page.goto(f"{demo_site}/en/my/profile/")
    page.get_by_label("Graduation year").fill("1890")
    page.get_by_role("button", name="Save your profile").click()
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("Graduation year")
    field = page.get_by_label("Graduation year")
    expect(field).to_have_attribute("aria-invalid", "true")
    assert_accessible(page)


def sign_in(page, base_url, email, language="en"):
    page.goto(f"{base_url}/{language}/accounts/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill("a-long-test-password")
    page.locator("form button[type=submit]").last.click()
    expect(page).to_have_url(re.compile(rf"/{language}/my/$"))


@pytest.mark.parametrize("language", ["en", "es"])
def test_account_pages_have_no_serious_accessibility_problems(page, demo_site, language):
    for path in ["accounts/signup/", "accounts/login/", "accounts/password/reset/"]:
        page.goto(f"{demo_site}/{language}/{path}")
        expect(page.locator("html")).to_have_attribute("lang", language)
        assert_accessible(page)
    member = MemberFactory(email=f"axe-{language}@example.org")
    sign_in(page, demo_site, member.email, language)
    for path in [
        "my/",
        "my/profile/",
        "my/data/",
        "my/data/delete/",
        f"members/{member.profile.public_id}/",
    ]:
        page.goto(f"{demo_site}/{language}/{path}")
        assert_accessible(page)
