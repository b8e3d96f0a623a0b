"""Demo council seats and volunteer mentors (fictional people, see people.py)."""

import datetime
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from members.models import Language, MemberProfile, User
from mentorship.demo.people import COUNCIL_MEMBERS, MENTORS
from mentorship.models import (
    CouncilMembership,
    MatchingProfile,
    MentorProfile,
    Mentorship,
    MentorshipRequest,
    ProtocolAcknowledgement,
    Specialty,
    current_protocol_version,
)

MEMBER_DOMAIN = "members.hub.example.org"
MENTEE_STAGES = ["pre_health", "student", "resident"]


def council_memberships(key):
    """Unsaved seats for the council page ``key``; terms are counted from this year, so current
    members stay current whenever the demo is loaded."""
    year = timezone.localdate().year
    seats = []
    for name, credentials, affiliation, role, (start, end) in COUNCIL_MEMBERS[key]:
        seats.append(
            CouncilMembership(
                name=name,
                credentials=credentials,
                affiliation=affiliation,
                role=role,
                term_start=datetime.date(year + start, 7, 1),
                term_end=datetime.date(year + end, 6, 30) if end is not None else None,
            )
        )
    return seats


def email_for(person):
    return f"{slugify(person['first'])}.{slugify(person['last'])}@{MEMBER_DOMAIN}"


@transaction.atomic
def create_demo_mentors():
    """Create the demo mentors that are missing, each having accepted the current protocol;
    fill the places of those marked full with demo students. Return how many were created."""
    version = current_protocol_version()
    specialties = {specialty.slug: specialty for specialty in Specialty.objects.all()}
    languages = {language.code: language for language in Language.objects.all()}
    mentees = list(
        User.objects.filter(
            email__endswith=f"@{MEMBER_DOMAIN}", profile__stage__in=MENTEE_STAGES
        ).order_by("pk")
    )
    created = 0
    for person in MENTORS:
        email = email_for(person)
        if User.objects.filter(email=email).exists():
            continue
        user = User.objects.create_user(
            email=email, password=None, first_name=person["first"], last_name=person["last"]
        )
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        member = MemberProfile.objects.create(
            user=user,
            pronouns=person["pronouns"],
            stage=person["stage"],
            profession=person["profession"],
            school=person["school"],
            graduation_year=person["graduation_year"],
            state=person["state"],
            nmf_relationship=person["nmf_relationship"],
        )
        member.specialties.set([specialties[slug] for slug in person["specialties"]])
        member.languages.set([languages[code] for code in person["languages"]])
        mentor = MentorProfile.objects.create(
            member=member,
            headline=person["headline"],
            bio=person["bio"],
            areas=person["areas"],
            stages=person["stages"],
            formats=person["formats"],
            time_commitment=person["time_commitment"],
            capacity=person["capacity"],
            accepting_mentees=person["accepting"],
        )
        mentor.specialties.set([specialties[slug] for slug in person["specialties"]])
        mentor.languages.set([languages[code] for code in person["languages"]])
        if version is not None:
            ProtocolAcknowledgement.objects.create(user=user, version=version, language="en")
        if person.get("full"):
            for _place in range(person["capacity"]):
                if mentees:
                    Mentorship.objects.create(mentor=user, mentee=mentees.pop(0))
        created += 1
    return created


DEMO_MENTEE = "amara.mensah@hub.example.org"
# What the demo member asked, and what became of it: (status, days ago, decline reason).
DEMO_REQUESTS = [
    ("pending", 1, ""),
    ("accepted", 20, ""),
    ("declined", 8, "fit"),
    ("expired", 15, ""),
    ("withdrawn", 5, ""),
]
DEMO_MESSAGE = (
    "I am an internal medicine resident in Washington, DC, thinking about a cardiology "
    "fellowship. I would value advice on research during residency and on finding programs "
    "where BIPOC fellows thrive."
)


@transaction.atomic
def create_demo_requests():
    """Give the demo member requests in every state, and a few mentors requests to answer.
    Returns how many requests were created."""
    mentee = User.objects.filter(email=DEMO_MENTEE).first()
    if mentee is None or MentorshipRequest.objects.filter(mentee=mentee).exists():
        return 0
    mentors = list(
        MentorProfile.objects.with_active_mentees()
        .accepting_mentees()
        .filter(member__user__email__endswith=f"@{MEMBER_DOMAIN}")
        .select_related("member__user")
        .order_by("pk")
    )
    now = timezone.now()
    created = 0
    for mentor, (status, days_ago, reason) in zip(mentors, DEMO_REQUESTS, strict=False):
        request = MentorshipRequest.objects.create(
            mentee=mentee,
            mentor=mentor.member.user,
            message=DEMO_MESSAGE,
            goals=["research", "applications"],
            preferred_format=mentor.formats[0],
            status=status,
            decline_reason=reason,
        )
        answered = None if status == "pending" else now - timedelta(days=days_ago - 2)
        if status == "accepted":
            request.mentorship = Mentorship.objects.create(mentor=mentor.member.user, mentee=mentee)
            request.save(update_fields=["mentorship"])
        MentorshipRequest.objects.filter(pk=request.pk).update(
            created_at=now - timedelta(days=days_ago), responded_at=answered
        )
        created += 1
    # Students asking the next few mentors, so a mentor's My Hub has requests to answer.
    students = User.objects.filter(
        email__endswith=f"@{MEMBER_DOMAIN}", profile__stage__in=["pre_health", "student"]
    ).exclude(mentorships_as_mentee__isnull=False)[:3]
    for mentor, student in zip(mentors[len(DEMO_REQUESTS) :], students, strict=False):
        MentorshipRequest.objects.create(
            mentee=student,
            mentor=mentor.member.user,
            message=(
                "I am a student from a small town and the first in my family in medicine. "
                "Could we talk about choosing a specialty and preparing applications?"
            ),
            goals=["career", "applications"],
            preferred_format=mentor.formats[0],
        )
        created += 1
    return created


def create_demo_preferences():
    """What the demo member is looking for, so her suggestions come with reasons."""
    member = MemberProfile.objects.filter(user__email=DEMO_MENTEE).first()
    if member is None or MatchingProfile.objects.filter(user=member.user_id).exists():
        return False
    if not member.specialties.exists():
        member.specialties.set(
            Specialty.objects.filter(slug__in=["internal-medicine", "cardiology"])
        )
    MatchingProfile.objects.create(user_id=member.user_id, goals=["research", "applications"])
    return True
