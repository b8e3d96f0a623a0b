import pytest
from allauth.account.models import EmailAddress

from members.factories import MemberFactory
from members.models import Language, MemberProfile, User
from mentorship.factories import (
    MentorDirectoryPageFactory,
    MentorProfileFactory,
    SpecialtyIndexPageFactory,
    VolunteerProtocolPageFactory,
)
from mentorship.models import MentorProfile, ProtocolAcknowledgement, Specialty


@pytest.fixture
def protocol(home_page):
    return VolunteerProtocolPageFactory(parent=home_page)


@pytest.fixture
def directory(home_page, protocol):
    return MentorDirectoryPageFactory(parent=home_page)


@pytest.fixture
def specialties_page(home_page, protocol):
    return SpecialtyIndexPageFactory(parent=home_page)


@pytest.fixture
def member(db):
    return MemberFactory(first_name="Nia", last_name="Okafor")


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


def specialty(slug):
    return Specialty.objects.get(slug=slug)


def language(code):
    return Language.objects.get(code=code)


def make_mentor(first, last, state="GA", **kwargs):
    """A listed mentor with a name and a state (everything else as MentorProfileFactory)."""
    user = MemberFactory(first_name=first, last_name=last)
    user.profile.state = state
    user.profile.save()
    return MentorProfileFactory(member=user.profile, **kwargs)


def bulk_mentors(count, version=1, state="GA"):
    """``count`` listed mentors written in a handful of queries, for query budgets at scale."""
    start = User.objects.count()
    users = User.objects.bulk_create(
        User(email=f"bulk{start + i}@example.org", first_name="Bulk", last_name=f"Mentor{i:05}")
        for i in range(count)
    )
    EmailAddress.objects.bulk_create(
        EmailAddress(user=user, email=user.email, verified=True, primary=True) for user in users
    )
    profiles = MemberProfile.objects.bulk_create(
        MemberProfile(user=user, state=state, stage="early_career") for user in users
    )
    mentors = MentorProfile.objects.bulk_create(
        MentorProfile(
            member=profile,
            headline="Family physician glad to talk about primary care",
            bio="Community health centre doctor.",
            areas=["career", "finances"],
            stages=["student", "resident"],
            formats=["video", "phone"],
            capacity=2,
        )
        for profile in profiles
    )
    family, pediatrics = specialty("family-medicine"), specialty("pediatrics")
    english = language("en")
    MentorProfile.specialties.through.objects.bulk_create(
        MentorProfile.specialties.through(mentorprofile=mentor, specialty=choice)
        for mentor in mentors
        for choice in (family, pediatrics)
    )
    MentorProfile.languages.through.objects.bulk_create(
        MentorProfile.languages.through(mentorprofile=mentor, language=english)
        for mentor in mentors
    )
    ProtocolAcknowledgement.objects.bulk_create(
        ProtocolAcknowledgement(user=user, version=version) for user in users
    )
    return mentors
