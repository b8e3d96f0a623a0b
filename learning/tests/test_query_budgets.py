import pytest

from learning.factories import CoursePageFactory, ModulePageFactory, question
from mentorship.models import Specialty


def sign_in(client, member, signed_in):
    if signed_in:
        client.force_login(member)


@pytest.mark.parametrize("signed_in", [False, True])
@pytest.mark.parametrize("count", [5, 200])
def test_library_queries_hold_at_any_number_of_courses(
    client, library, member, django_assert_max_num_queries, count, signed_in
):
    specialties = list(Specialty.objects.all()[:3])
    for number in range(count):
        course = CoursePageFactory(parent=library, slug=f"c{number}")
        course.specialties.add(*specialties)
        course.save()
    sign_in(client, member, signed_in)
    client.get("/en/learn/")
    with django_assert_max_num_queries(29):
        response = client.get("/en/learn/", {"stage": "resident", "q": "loans"})
    assert response.status_code == 200


@pytest.mark.parametrize("signed_in", [False, True])
@pytest.mark.parametrize("modules", [3, 30])
def test_course_and_module_queries_hold_at_any_number_of_modules(
    client, library, member, django_assert_max_num_queries, modules, signed_in
):
    course = CoursePageFactory(parent=library, slug="loans")
    pages = [
        ModulePageFactory(parent=course, slug=f"m{n}", questions=[question()] if n % 2 else [])
        for n in range(modules)
    ]
    sign_in(client, member, signed_in)
    if signed_in:
        for page in pages[:-1]:
            client.get(page.url)
    client.get(course.url)
    with django_assert_max_num_queries(28):
        assert client.get(course.url).status_code == 200
    with django_assert_max_num_queries(35):
        assert client.get(pages[1].url).status_code == 200
