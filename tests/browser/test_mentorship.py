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


def test_the_whole_mentorship_journey(browser, page, demo_site):
    """A mentee asks a recommended mentor, the mentor accepts, both confirm the agreement, a
    check-in asks for staff support, the mentee closes it and both give feedback."""
    from django.contrib.auth.models import Group
    from django.core import mail

    from members.permissions import MENTORSHIP_STAFF
    from mentorship.factories import MentorProfileFactory
    from mentorship.models import MatchingProfile, Mentorship, MentorshipFeedback, Specialty

    nephrology = Specialty.objects.get(slug="nephrology")
    odessa = MemberFactory(first_name="Odessa", last_name="Vance", email="odessa@example.org")
    odessa.profile.state = "NM"
    odessa.profile.save()
    mentor = MentorProfileFactory(
        member=odessa.profile,
        capacity=1,
        specialties=[nephrology],
        areas=["research", "applications"],
        stages=["resident"],
    )
    mentee = MemberFactory(first_name="Kwame", last_name="Asante", email="kwame@example.org")
    mentee.profile.state = "NM"
    mentee.profile.stage = "resident"
    mentee.profile.save()
    mentee.profile.specialties.set([nephrology])
    MatchingProfile.objects.create(user=mentee, goals=["research"])
    staff = MemberFactory(email="programme@example.org", is_staff=True)
    staff.groups.add(Group.objects.get(name=MENTORSHIP_STAFF))

    # The mentee finds the mentor among the suggestions on My Hub and asks.
    sign_in(page, demo_site, mentee.email)
    card = page.locator(".recommendations .mentor-card").filter(has_text="Odessa Vance")
    expect(card.get_by_text("Works in Nephrology, like you")).to_be_visible()
    card.get_by_role("link", name="Odessa Vance").click()
    page.get_by_role("link", name="Request mentorship").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ask Odessa Vance to be your mentor")
    page.get_by_role("button", name="Send your request").click()  # empty: errors, nothing lost
    expect(page.locator("#form-errors")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Your message").fill(
        "I am a second-year resident hoping to start a kidney research project this year."
    )
    page.get_by_label("Research").check()
    page.get_by_label("Video call").check()
    page.get_by_role("button", name="Send your request").click()
    expect(page.get_by_text("Your request is on its way to Odessa Vance")).to_be_visible()
    expect(page.get_by_text("Waiting for an answer")).to_be_visible()
    assert_accessible(page)

    # The mentor accepts, sees the mentee's email and writes the agreement.
    other = browser.new_context()
    mentor_page = other.new_page()
    sign_in(mentor_page, demo_site, mentor.user.email)
    expect(mentor_page.get_by_text("kwame@example.org")).to_have_count(0)
    mentor_page.get_by_role("button", name="Accept Kwame Asante").click()
    expect(mentor_page.get_by_role("heading", level=1)).to_have_text(
        "Your mentorship with Kwame Asante"
    )
    expect(mentor_page.get_by_role("link", name="kwame@example.org")).to_be_visible()
    assert_accessible(mentor_page)
    mentor_page.get_by_role("link", name="Write the agreement").click()
    mentor_page.get_by_role("button", name="Save and confirm").click()
    expect(mentor_page.locator("#form-errors")).to_be_visible()
    assert_accessible(mentor_page)
    mentor_page.get_by_label("What we will work on").fill(
        "Choose a research question in chronic kidney disease and draft an abstract."
    )
    mentor_page.get_by_label("Once a month").check()
    mentor_page.get_by_label("Video call").check()
    mentor_page.get_by_label("First meeting").fill(
        Mentorship.objects.get(mentee=mentee).started_at.date().isoformat()
    )
    mentor_page.get_by_role("button", name="Save and confirm").click()
    expect(mentor_page.get_by_text("Waiting for Kwame Asante to confirm")).to_be_visible()

    # The mentee confirms from My Hub, logs a check-in asking for support, then closes.
    page.goto(f"{demo_site}/en/my/")
    expect(page.get_by_text("Agreement to confirm")).to_be_visible()
    page.get_by_role("link", name="Odessa Vance is your mentor").click()
    expect(page.get_by_role("link", name="odessa@example.org")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Confirm the agreement").click()
    expect(page.get_by_text("Confirmed by both of you")).to_be_visible()
    page.get_by_role("link", name="Log a check-in").click()
    assert_accessible(page)
    page.get_by_label("What we talked about").fill(
        "Narrowed the question to anaemia management in dialysis patients."
    )
    page.get_by_label("Next steps").fill("Read three key papers before next month.")
    page.get_by_label("I'd like support from NMF staff").check()
    page.get_by_label("What would help").fill("Advice on protected research time.")
    page.get_by_role("button", name="Save the check-in").click()
    expect(page.get_by_text("NMF's mentorship team will contact you soon")).to_be_visible()
    expect(page.get_by_text("anaemia management in dialysis")).to_be_visible()
    # Each member of the programme staff (the demo's and this test's) is told; nobody else.
    staff_addresses = sorted(
        Group.objects.get(name=MENTORSHIP_STAFF).user_set.values_list("email", flat=True)
    )
    assert "programme@example.org" in staff_addresses
    assert (
        sorted(
            address
            for email in mail.outbox
            if "staff support" in email.subject
            for address in email.to
        )
        == staff_addresses
    )
    page.get_by_role("link", name="Close this mentorship").click()
    page.get_by_role("button", name="Close the mentorship").click()
    expect(page.locator("#form-errors")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("We reached what we set out to do").check()
    helpful = page.get_by_role("group", name=re.compile("How helpful"))
    helpful.get_by_label("5 – very helpful").check()
    page.get_by_role("group", name=re.compile("reach the goals")).get_by_label("Yes").check()
    page.get_by_role("group", name=re.compile("recommend")).get_by_label("Yes").check()
    page.get_by_role("button", name="Close the mentorship").click()
    expect(page.get_by_text("Your mentorship is closed")).to_be_visible()

    # The mentor is asked for their feedback on My Hub.
    mentor_page.goto(f"{demo_site}/en/my/")
    mentor_page.get_by_role("link", name=re.compile("Your mentorship with Kwame Asante")).click()
    assert_accessible(mentor_page)
    mentor_page.get_by_role("group", name=re.compile("How helpful")).get_by_label("4").check()
    mentor_page.get_by_role("group", name=re.compile("reach the goals")).get_by_label(
        "Partly"
    ).check()
    mentor_page.get_by_role("group", name=re.compile("recommend")).get_by_label("Yes").check()
    mentor_page.get_by_role("button", name="Send feedback").click()
    expect(mentor_page.get_by_text("Thank you for your feedback")).to_be_visible()
    other.close()
    feedback = MentorshipFeedback.objects.filter(mentorship__mentee=mentee)
    assert sorted(feedback.values_list("role", "helpfulness")) == [
        ("mentee", 5),
        ("mentor", 4),
    ]


@pytest.mark.parametrize("language", ["en", "es"])
def test_mentorship_screens_have_no_serious_accessibility_problems(page, demo_site, language):
    from django.utils import timezone

    from mentorship.factories import AgreedMentorshipFactory, CheckInFactory, MentorshipFactory

    mentee = MemberFactory(email=f"axe-mentee-{language}@example.org")
    waiting = AgreedMentorshipFactory(mentee=mentee, mentee_confirmed_version=0)
    CheckInFactory.create_batch(2, mentorship=waiting)
    fresh = MentorshipFactory(mentee=mentee)
    closed = MentorshipFactory(mentee=mentee, ended_at=timezone.now(), end_reason="time")
    sign_in(page, demo_site, mentee.email, language)
    assert_accessible(page)
    prefix = f"{demo_site}/{language}/my/mentorships"
    for path in [f"{waiting.pk}/", f"{waiting.pk}/check-in/", f"{closed.pk}/"]:
        page.goto(f"{prefix}/{path}")
        expect(page.locator("html")).to_have_attribute("lang", language)
        assert_accessible(page)
    for path in [f"{fresh.pk}/agreement/", f"{waiting.pk}/close/", f"{closed.pk}/feedback/"]:
        page.goto(f"{prefix}/{path}")
        assert_accessible(page)
        page.locator("form.profile-form button[type=submit]").click()
        expect(page.locator("#form-errors")).to_be_visible()
        assert_accessible(page)
