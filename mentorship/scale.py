"""Mentors at scale for ``manage.py bench``: seeded, in bulk, listed and searchable."""

from wagtail.search import index

from members.models import Language
from mentorship.models import (
    MeetingFormat,
    MentoringArea,
    MentorProfile,
    ProtocolAcknowledgement,
    Specialty,
    TimeCommitment,
)

HEADLINES = [
    "Family physician who loves talking about primary care careers",
    "Surgeon glad to help with residency applications and research years",
    "Pharmacist and clinic owner: contracts, debt and running a practice",
    "Psychiatrist supporting students through training and racism at work",
    "Nurse practitioner mentoring first-generation students",
]


def create_mentors(profiles, rng, version):
    """A mentor profile for each of ``profiles``, with the protocol ``version`` accepted."""
    specialties = list(Specialty.objects.all())
    languages = list(Language.objects.all())
    english = Language.objects.get(code="en")
    mentors = MentorProfile.objects.bulk_create(
        MentorProfile(
            member=profile,
            headline=rng.choice(HEADLINES),
            bio="I volunteer an hour or two a month and enjoy questions about careers and life.",
            areas=rng.sample(MentoringArea.values, 3),
            stages=rng.sample(["pre_health", "student", "resident", "early_career"], 2),
            formats=rng.sample(MeetingFormat.values, 2),
            time_commitment=rng.choice(TimeCommitment.values),
            capacity=rng.randint(1, 4),
            accepting_mentees=rng.random() > 0.15,
        )
        for profile in profiles
    )
    MentorProfile.specialties.through.objects.bulk_create(
        MentorProfile.specialties.through(mentorprofile=mentor, specialty=specialty)
        for mentor in mentors
        for specialty in rng.sample(specialties, 2)
    )
    MentorProfile.languages.through.objects.bulk_create(
        MentorProfile.languages.through(mentorprofile=mentor, language=language)
        for mentor in mentors
        for language in {english, rng.choice(languages)}
    )
    ProtocolAcknowledgement.objects.bulk_create(
        ProtocolAcknowledgement(user_id=profile.user_id, version=version) for profile in profiles
    )
    for mentor in MentorProfile.objects.filter(pk__in=[m.pk for m in mentors]).select_related(
        "member__user"
    ):
        index.insert_or_update_object(mentor)
    return mentors
