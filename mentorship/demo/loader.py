"""Demo council seats and volunteer mentors (fictional people, see people.py)."""

import datetime

from allauth.account.models import EmailAddress
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from members.models import Language, MemberProfile, User
from mentorship.demo.people import COUNCIL_MEMBERS, MENTORS
from mentorship.models import (
    CouncilMembership,
    MentorProfile,
    Mentorship,
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
