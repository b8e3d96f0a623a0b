import pytest

from learning.factories import (
    CoursePageFactory,
    LearningIndexPageFactory,
    ModulePageFactory,
    TopicFactory,
    question,
)
from members.factories import MemberFactory


@pytest.fixture
def library(home_page):
    return LearningIndexPageFactory(parent=home_page)


@pytest.fixture
def course(library):
    course = CoursePageFactory(
        parent=library,
        title="Student loans, plainly",
        slug="loans",
        topic=TopicFactory(slug="debt"),
    )
    ModulePageFactory(parent=course, title="Know your loans", slug="know", estimated_minutes=10)
    ModulePageFactory(
        parent=course,
        title="Forgiveness programs",
        slug="forgiveness",
        estimated_minutes=15,
        questions=[
            question(correct=(1,)),
            question(prompt="Pick two", kind="multiple", correct=(0, 2)),
        ],
        pass_mark=100,
    )
    ModulePageFactory(parent=course, title="Your plan", slug="plan", estimated_minutes=5)
    return course


@pytest.fixture
def modules(course):
    return list(course.modules())


@pytest.fixture
def member(db):
    return MemberFactory(first_name="Nia", last_name="Okafor")


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client
