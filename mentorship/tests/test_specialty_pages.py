import pytest

from conftest import publish_translation
from learning.factories import CoursePageFactory, LearningIndexPageFactory
from learning.models import CourseSpecialty
from members.factories import MemberFactory
from mentorship.tests.conftest import make_mentor, specialty

pytestmark = pytest.mark.django_db


@pytest.fixture
def pediatrics_content(home_page, directory):
    library = LearningIndexPageFactory(parent=home_page)
    course = CoursePageFactory(parent=library, title="Starting out in pediatrics")
    CourseSpecialty.objects.create(content_object=course, tag=specialty("pediatrics"))
    CoursePageFactory(parent=library, title="Untagged course")
    make_mentor("Ada", "Obi", specialties=[specialty("pediatrics")])
    make_mentor("Bea", "Soto", specialties=[specialty("psychiatry")])
    return course


def test_index_lists_every_specialty_with_its_counts(client, specialties_page, pediatrics_content):
    html = client.get(specialties_page.url).content.decode()
    assert f'href="{specialties_page.url}pediatrics/"' in html
    assert "Urology" in html
    pediatrics = html[html.index("pediatrics/") :][:400]
    assert "1 mentor" in pediatrics and "1 course" in pediatrics


def test_a_specialty_page_gathers_its_mentors_and_courses_for_members(
    client, specialties_page, pediatrics_content
):
    client.force_login(MemberFactory())
    html = client.get(f"{specialties_page.url}pediatrics/").content.decode()
    assert "<h1>Pediatrics</h1>" in html
    assert "Ada Obi" in html and "Bea Soto" not in html
    assert "Starting out in pediatrics" in html and "Untagged course" not in html


def test_visitors_see_how_many_mentors_but_not_who(client, specialties_page, pediatrics_content):
    html = client.get(f"{specialties_page.url}pediatrics/").content.decode()
    assert "1 volunteer mentor in this specialty." in html
    assert "Ada Obi" not in html
    assert "Starting out in pediatrics" in html


def test_an_unknown_specialty_is_not_found(client, specialties_page):
    assert client.get(f"{specialties_page.url}astrology/").status_code == 404


def test_specialty_page_reads_in_spanish(client, specialties_page, locales, spanish_home):
    spanish = publish_translation(specialties_page, locales.es, title="Especialidades")
    html = client.get(f"{spanish.url}pediatrics/").content.decode()
    assert "<h1>Pediatría</h1>" in html
    assert 'lang="es"' in html
