import re

import pytest
from playwright.sync_api import expect

from learning.models import CoursePage, ModulePage
from members.factories import MemberFactory
from tests.browser.axe import assert_accessible
from tests.browser.test_members import sign_in

COURSE = "federal-student-loans-and-pslf"


def answer_correctly(page, module):
    """Tick the right answers, found from the module's own questions (never from the page)."""
    for block in module.questions:
        group = page.get_by_role("group", name=block.value["prompt"])
        for answer in block.value["answers"]:
            if answer["correct"]:
                group.get_by_label(answer["text"], exact=True).check()
    page.get_by_role("button", name="Check my answers").click()


def test_member_takes_a_course_to_its_certificate_and_verifies_it(browser, page, demo_site):
    member = MemberFactory(first_name="Nia", last_name="Okafor", email="learner@example.org")
    sign_in(page, demo_site, member.email)

    page.goto(f"{demo_site}/en/learn/")
    page.get_by_role("navigation", name="Topics").get_by_role(
        "link", name="Debt management"
    ).click()
    page.get_by_role("link", name=re.compile("Federal student loans")).click()
    page.get_by_role("link", name="Start the course").click()

    course = CoursePage.objects.get(slug=COURSE, locale__language_code="en")
    modules = list(ModulePage.objects.live().child_of(course).order_by("path"))
    for number, module in enumerate(modules, start=1):
        expect(page.get_by_role("heading", level=1)).to_have_text(module.title)
        if number == 1:
            assert_accessible(page)
        answer_correctly(page, module)
        expect(page.locator("#check-result")).to_contain_text("module complete")
        if number < len(modules):
            page.get_by_role("navigation", name="Modules").locator("a[rel=next]").click()

    page.goto(f"{demo_site}/en/learn/{COURSE}/")
    page.get_by_role("link", name="View your certificate").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Certificate of completion")
    expect(page.locator(".certificate__name")).to_have_text("Nia Okafor")
    assert_accessible(page)
    certificate_url = page.url

    visitor = browser.new_context()
    public = visitor.new_page()
    public.goto(certificate_url)
    expect(public.locator(".certificate__name")).to_have_text("Nia Okafor")
    expect(public.get_by_text("learner@example.org")).to_have_count(0)
    visitor.close()


@pytest.mark.parametrize("language", ["en", "es"])
def test_learning_pages_have_no_serious_accessibility_problems(page, demo_site, language):
    member = MemberFactory(email=f"axe-learning-{language}@example.org")
    sign_in(page, demo_site, member.email, language)
    course = CoursePage.objects.get(slug=COURSE, locale__language_code=language)
    module = ModulePage.objects.live().child_of(course).order_by("path").first()
    for url in [f"/{language}/learn/", course.url, module.url]:
        page.goto(f"{demo_site}{url}")
        expect(page.locator("html")).to_have_attribute("lang", language)
        assert_accessible(page)
    page.get_by_role("button", name=re.compile("Check my answers|Comprobar")).click()
    assert_accessible(page)
