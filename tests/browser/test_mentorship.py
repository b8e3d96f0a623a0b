import re

import pytest
from playwright.sync_api import expect

from members.factories import MemberFactory
from mentorship.directory import MentorDirectory
from mentorship.models import MentorProfile
from tests.browser.axe import assert_accessible
from tests.browser.test_members import sign_in


def test_member_filters_by_specialty_and_region_and_opens_a_profile(page, demo_site):
    member = MemberFactory(email="mentee@example.org")
    sign_in(page, demo_site, member.email)
    expected = MentorDirectory({"specialty": "pediatrics", "region": "south"}).filtered()
    expected = list(expected.order_by("member__user__last_name", "member__user__first_name"))
    assert expected, "the demo has a pediatrics mentor in the South"

    page.goto(f"{demo_site}/en/mentors/")
    page.get_by_label("Specialty").select_option("pediatrics")
    page.get_by_label("Region").select_option("south")
    page.get_by_role("button", name="Show mentors").click()
    expect(page).to_have_url(re.compile(r"specialty=pediatrics.*region=south"))
    results = page.locator(".mentor-card")
    expect(results).to_have_count(len(expected))
    name = expected[0].user.display_name
    page.get_by_role("link", name=name).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(name)
    expect(page.get_by_role("heading", name="Request mentorship")).to_be_visible()
    expect(page.get_by_text(expected[0].user.email)).to_have_count(0)
    assert_accessible(page)


def test_member_becomes_a_mentor_by_accepting_the_protocol(page, demo_site):
    member = MemberFactory(first_name="Rosa", last_name="Quispe", email="new-mentor@example.org")
    sign_in(page, demo_site, member.email)

    page.get_by_role("link", name="Become a mentor").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("Volunteer"))
    page.get_by_label(re.compile("I have read version 1")).check()
    page.get_by_role("button", name="Accept and continue").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Become a mentor")
    page.get_by_label("Headline").fill("Pediatric nurse glad to talk about nursing school")
    page.get_by_label("About you as a mentor").fill(
        "I went back to school for nursing at thirty. Ask me about prerequisites and balance."
    )
    page.get_by_role("group", name=re.compile("Specialties")).get_by_label("Nursing").check()
    page.get_by_role("group", name=re.compile("Areas you can help with")).get_by_label(
        "Career guidance"
    ).check()
    page.get_by_role("group", name=re.compile("Stages you mentor")).get_by_label(
        "Pre-health student"
    ).check()
    page.get_by_role("group", name=re.compile("Languages you mentor in")).get_by_label(
        "English"
    ).check()
    page.get_by_role("group", name=re.compile("How you can meet")).get_by_label(
        "Video call"
    ).check()
    page.get_by_role("button", name="Start mentoring").click()

    expect(page).to_have_url(re.compile(r"/en/my/$"))
    expect(page.get_by_text(re.compile("You are listed with 2 open places"))).to_be_visible()
    assert MentorProfile.objects.filter(member__user=member).exists()
    page.goto(f"{demo_site}/en/mentors/?q=Quispe")
    expect(page.locator(".mentor-card")).to_have_count(1)


@pytest.mark.parametrize("language", ["en", "es"])
def test_mentorship_pages_have_no_serious_accessibility_problems(page, demo_site, language):
    prefix = f"{demo_site}/{language}"
    public = [
        "/mentors/",
        "/volunteer/",
        "/specialties/",
        "/specialties/pediatrics/",
        "/councils/",
        "/councils/national-alumni-council/",
        "/councils/young-leaders-council/",
    ]
    for path in public:
        page.goto(prefix + path)
        expect(page.locator("html")).to_have_attribute("lang", language)
        assert_accessible(page)

    member = MemberFactory(email=f"axe-mentorship-{language}@example.org")
    sign_in(page, demo_site, member.email, language)
    mentor = MentorProfile.objects.filter(paused=False).order_by("pk").first()
    for path in [
        "/mentors/",
        "/mentors/?region=west&accepting=1",
        "/mentors/?specialty=urology&state=AK",
        f"/mentors/{mentor.public_id}/",
        "/specialties/pediatrics/",
        "/volunteer/",
    ]:
        page.goto(prefix + path)
        assert_accessible(page)
    page.goto(prefix + "/councils/national-alumni-council/")
    page.get_by_role("button", name=re.compile("Send|Enviar")).click()
    expect(page.locator(".error-summary")).to_be_visible()
    assert_accessible(page)


def test_a_member_requests_a_mentor_who_accepts_and_they_see_each_others_email(
    browser, page, demo_site
):
    from mentorship.factories import MentorProfileFactory

    mentor = MentorProfileFactory(
        member=MemberFactory(
            first_name="Odessa", last_name="Vance", email="odessa@example.org"
        ).profile,
        capacity=1,
    )
    mentee = MemberFactory(first_name="Kwame", last_name="Asante", email="kwame@example.org")
    sign_in(page, demo_site, mentee.email)
    page.goto(f"{demo_site}/en/mentors/?q=Vance")
    page.get_by_role("link", name="Odessa Vance").click()
    page.get_by_role("link", name="Request mentorship").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ask Odessa Vance to be your mentor")
    page.get_by_role("button", name="Send your request").click()  # empty: errors, nothing lost
    expect(page.locator("#form-errors")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Your message").fill(
        "I am a first-year student curious about pediatrics and how to find research."
    )
    page.get_by_label("Research").check()
    page.get_by_label("Video call").check()
    page.get_by_role("button", name="Send your request").click()
    expect(page.get_by_text("Your request is on its way to Odessa Vance")).to_be_visible()
    expect(page.get_by_text("Waiting for an answer")).to_be_visible()
    assert_accessible(page)

    other = browser.new_context()
    mentor_page = other.new_page()
    sign_in(mentor_page, demo_site, mentor.user.email)
    expect(mentor_page.get_by_text("kwame@example.org")).to_have_count(0)
    mentor_page.get_by_role("button", name="Accept Kwame Asante").click()
    expect(mentor_page.get_by_role("link", name="kwame@example.org")).to_be_visible()
    assert_accessible(mentor_page)
    other.close()

    page.reload()
    expect(page.get_by_role("link", name="odessa@example.org")).to_be_visible()
