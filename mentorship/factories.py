import datetime

import factory
import wagtail_factories
from django.utils import timezone

from members.factories import MemberFactory
from members.models import Language
from mentorship.models import (
    CheckIn,
    CouncilIndexPage,
    CouncilMembership,
    CouncilPage,
    MentorDirectoryPage,
    MentorProfile,
    Mentorship,
    MentorshipFeedback,
    ProtocolAcknowledgement,
    Specialty,
    SpecialtyIndexPage,
    VolunteerProtocolPage,
)


def protocol_body():
    return [
        {
            "type": "roles",
            "value": {
                "heading": "Volunteer roles",
                "roles": [
                    {"name": "Mentor", "description": "Guides one or two mentees.", "time": "1h"}
                ],
            },
        },
        {
            "type": "section",
            "value": {"heading": "Confidentiality", "body": "<p>What is shared stays shared.</p>"},
        },
    ]


class VolunteerProtocolPageFactory(wagtail_factories.PageFactory):
    title = "Volunteer with NMF"
    slug = "volunteer"
    version = 1
    effective_date = datetime.date(2026, 1, 15)
    body = factory.LazyFunction(protocol_body)

    class Meta:
        model = VolunteerProtocolPage


class MentorDirectoryPageFactory(wagtail_factories.PageFactory):
    title = "Mentorship"
    slug = "mentors"
    introduction = "Find guidance from NMF alumni who have walked your path."

    class Meta:
        model = MentorDirectoryPage


class SpecialtyIndexPageFactory(wagtail_factories.PageFactory):
    title = "Specialties"
    slug = "specialties"

    class Meta:
        model = SpecialtyIndexPage


class CouncilIndexPageFactory(wagtail_factories.PageFactory):
    title = "Councils"
    slug = "councils"

    class Meta:
        model = CouncilIndexPage


class CouncilPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"National Alumni Council {n}")
    slug = factory.Sequence(lambda n: f"council-{n}")
    introduction = "Alumni who advise NMF on how it serves its scholars."
    meeting_cadence = "Quarterly by video"
    how_to_join = "<p>Nominations open each spring.</p>"
    contact_email = "council@hub.example.org"

    class Meta:
        model = CouncilPage


class CouncilMembershipFactory(factory.django.DjangoModelFactory):
    council = factory.SubFactory(CouncilPageFactory)
    name = factory.Faker("name")
    credentials = "MD"
    affiliation = "Grady Health System, Atlanta, GA"
    term_start = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=365))
    term_end = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=365))

    class Meta:
        model = CouncilMembership


class MentorProfileFactory(factory.django.DjangoModelFactory):
    """A listed mentor: a verified member who accepted ``protocol_version`` (default 1)."""

    member = factory.LazyFunction(lambda: MemberFactory().profile)
    headline = "Pediatrician who loves talking about residency applications"
    bio = "I trained in Atlanta and now practise in a community clinic."
    areas = factory.LazyFunction(lambda: ["career", "applications"])
    stages = factory.LazyFunction(lambda: ["student", "resident"])
    formats = factory.LazyFunction(lambda: ["video"])
    capacity = 2

    class Meta:
        model = MentorProfile
        skip_postgeneration_save = True

    @factory.post_generation
    def specialties(obj, create, extracted, **kwargs):
        if create:
            obj.specialties.set(extracted or [Specialty.objects.get(slug="pediatrics")])

    @factory.post_generation
    def languages(obj, create, extracted, **kwargs):
        if create:
            obj.languages.set(extracted or [Language.objects.get(code="en")])

    @factory.post_generation
    def protocol_version(obj, create, extracted, **kwargs):
        version = 1 if extracted is None else extracted
        if create and version:
            ProtocolAcknowledgement.objects.create(user=obj.member.user, version=version)


class MentorshipFactory(factory.django.DjangoModelFactory):
    mentor = factory.LazyAttribute(lambda o: MentorProfileFactory().member.user)
    mentee = factory.SubFactory(MemberFactory)

    class Meta:
        model = Mentorship


class AgreedMentorshipFactory(MentorshipFactory):
    """A mentorship whose agreement both people have confirmed."""

    agreed_goals = "Prepare a strong residency application and a plan for the interview season."
    meeting_rhythm = "monthly"
    preferred_contact = "video"
    start_date = factory.LazyFunction(lambda: timezone.localdate())
    agreement_version = 1
    agreement_updated_at = factory.LazyFunction(timezone.now)
    mentor_confirmed_version = 1
    mentee_confirmed_version = 1


class CheckInFactory(factory.django.DjangoModelFactory):
    mentorship = factory.SubFactory(AgreedMentorshipFactory)
    author = factory.LazyAttribute(lambda o: o.mentorship.mentee)
    met_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=2))
    topics = "Personal statement draft and which programmes to apply to."
    next_steps = "Send the second draft before our next call."

    class Meta:
        model = CheckIn


class MentorshipFeedbackFactory(factory.django.DjangoModelFactory):
    """Feedback on a closed mentorship; the mentee's unless ``role="mentor"``."""

    mentorship = factory.SubFactory(
        AgreedMentorshipFactory, ended_at=factory.LazyFunction(timezone.now)
    )
    role = "mentee"
    author = factory.LazyAttribute(lambda o: getattr(o.mentorship, o.role))
    helpfulness = 4
    goals_met = "yes"
    would_recommend = True

    class Meta:
        model = MentorshipFeedback
