import pytest

from home.models import HomePage
from mentorship.models import (
    CouncilIndexPage,
    CouncilPage,
    MentorDirectoryPage,
    SpecialtyIndexPage,
    VolunteerProtocolPage,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("model", "parents"),
    [
        (MentorDirectoryPage, {HomePage}),
        (VolunteerProtocolPage, {HomePage}),
        (SpecialtyIndexPage, {HomePage}),
        (CouncilIndexPage, {HomePage}),
        (CouncilPage, {CouncilIndexPage}),
    ],
)
def test_page_tree_rules(model, parents):
    assert set(model.allowed_parent_page_models()) == parents


def test_mentorship_pages_are_leaves_except_the_councils_index():
    for model in [MentorDirectoryPage, VolunteerProtocolPage, SpecialtyIndexPage, CouncilPage]:
        assert model.allowed_subpage_models() == []
    assert CouncilIndexPage.allowed_subpage_models() == [CouncilPage]


def test_each_page_renders(client, directory, protocol, specialties_page, home_page):
    from mentorship.factories import CouncilIndexPageFactory, CouncilPageFactory

    index = CouncilIndexPageFactory(parent=home_page)
    council = CouncilPageFactory(parent=index)
    for page in [directory, protocol, specialties_page, index, council]:
        response = client.get(page.url)
        assert response.status_code == 200, page
        assert f"<h1>{page.title}</h1>" in response.content.decode()


def test_the_mentor_profile_needs_a_signed_in_member(client, directory, protocol):
    from mentorship.factories import MentorProfileFactory

    mentor = MentorProfileFactory()
    response = client.get(f"{directory.url}{mentor.public_id}/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_mentor_sees_their_own_profile_even_when_not_listed(client, directory, protocol):
    from mentorship.factories import MentorProfileFactory

    mentor = MentorProfileFactory(paused=True)
    client.force_login(mentor.user)
    html = client.get(f"{directory.url}{mentor.public_id}/").content.decode()
    assert "This is how signed-in members see your mentor profile." in html


def test_mentor_profile_shows_the_full_profile(client, directory, protocol, member):
    from mentorship.factories import MentorProfileFactory

    mentor = MentorProfileFactory(
        headline="Pediatrician in Atlanta", areas=["wellness"], formats=["phone"]
    )
    client.force_login(member)
    html = client.get(f"{directory.url}{mentor.public_id}/").content.decode()
    for text in [
        "Pediatrician in Atlanta",
        "Wellness and coping with racism",
        "Phone call",
        "Pediatrics",
        "About one hour a month",
        "Request mentorship",
        "2 open places",
    ]:
        assert text in html, text
