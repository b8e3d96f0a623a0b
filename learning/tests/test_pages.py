import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.factories import HomePageFactory
from home.models import HomePage, StandardPage
from learning.factories import CoursePageFactory, ModulePageFactory, TopicFactory
from learning.models import CoursePage, LearningIndexPage, ModulePage
from mentorship.models import Specialty


class LearningTreeTests(WagtailPageTestCase):
    def test_the_library_sits_under_home_and_holds_courses_which_hold_modules(self):
        self.assertAllowedParentPageTypes(LearningIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(LearningIndexPage, {CoursePage})
        self.assertAllowedParentPageTypes(CoursePage, {LearningIndexPage})
        self.assertAllowedSubpageTypes(CoursePage, {ModulePage})
        self.assertAllowedParentPageTypes(ModulePage, {CoursePage})
        self.assertAllowedSubpageTypes(ModulePage, set())
        self.assertCanNotCreateAt(StandardPage, CoursePage)
        self.assertCanNotCreateAt(HomePage, ModulePage)
        self.assertCanNotCreateAt(Page, LearningIndexPage)

    def test_home_page_can_hold_a_library(self):
        HomePageFactory(parent=Page.get_first_root_node())
        self.assertCanCreateAt(HomePage, LearningIndexPage)


def test_library_lists_courses_with_time_and_module_count(client, course):
    html = client.get("/en/learn/").text
    assert "Student loans, plainly" in html
    assert "30 minutes" in html
    assert "3 modules" in html


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"topic": "debt"}, {"Student loans, plainly"}),
        ({"topic": "other"}, {"Student loans, plainly", "Retirement basics"}),  # unknown: ignored
        ({"stage": "resident"}, {"Student loans, plainly"}),
        ({"stage": "mid_late_career"}, {"Retirement basics"}),
        ({"stage": "astronaut"}, {"Student loans, plainly", "Retirement basics"}),
        ({"format": "micro"}, {"Retirement basics"}),
        ({"length": "medium"}, {"Student loans, plainly"}),
        ({"length": "short", "format": "nonsense"}, {"Retirement basics"}),
        ({"specialty": "pediatrics"}, {"Retirement basics"}),
        ({"q": "retirement"}, {"Retirement basics"}),
        ({"page": "zzz"}, {"Student loans, plainly", "Retirement basics"}),
    ],
)
def test_library_filters_ignore_bad_values(client, course, library, params, expected):
    other = CoursePageFactory(
        parent=library,
        title="Retirement basics",
        slug="retirement",
        audience=["mid_late_career"],
        format="micro",
        topic=TopicFactory(slug="retirement"),
    )
    other.specialties.add(Specialty.objects.get(slug="pediatrics"))
    other.save_revision().publish()
    ModulePageFactory(parent=other, estimated_minutes=20)

    response = client.get("/en/learn/", params)

    assert response.status_code == 200
    assert {page.title for page in response.context["courses"]} == expected


def test_course_page_shows_outline_and_start_button(client, course):
    html = client.get("/en/learn/loans/").text
    assert "Know your loans" in html
    assert "Start the course" in html
    assert "knowledge check" in html


def test_members_only_courses_show_the_outline_but_not_the_modules(client, course, member):
    course.members_only = True
    course.save_revision().publish()
    outline = client.get("/en/learn/loans/").text
    assert "Know your loans" in outline
    assert "Sign in to start" in outline
    module = client.get("/en/learn/loans/know/").text
    assert "Start with your servicer" not in module
    assert "Sign in to continue" in module
    client.force_login(member)
    assert "Start with your servicer" in client.get("/en/learn/loans/know/").text


def test_public_modules_are_readable_by_visitors(client, course):
    html = client.get("/en/learn/loans/know/").text
    assert "Start with your servicer" in html
    assert "Module 1 of 3" in html
    assert 'rel="next" href="/en/learn/loans/forgiveness/"' in html


@pytest.mark.parametrize("language", ["en", "es"])
def test_learning_pages_render_in_both_languages(client, course, spanish_home, language):
    from conftest import publish_translation

    locale = spanish_home.locale
    library = course.get_parent()
    publish_translation(library, locale, title="Aprendizaje")
    spanish_course = publish_translation(course, locale, title="Préstamos estudiantiles")
    for module in course.modules():
        publish_translation(module, locale)
    title = "Student loans, plainly" if language == "en" else "Préstamos estudiantiles"
    for path in ["learn/", "learn/loans/", "learn/loans/know/", "learn/loans/forgiveness/"]:
        response = client.get(f"/{language}/{path}")
        assert response.status_code == 200, path
        assert f'<html lang="{language}">' in response.text
        assert title in response.text
    assert spanish_course.url == "/es/learn/loans/"
