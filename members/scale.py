"""Members at NMF's real scale, for ``manage.py bench``: seeded, written in bulk, never a demo."""

from allauth.account.models import EmailAddress

from hub.vocabulary import Profession, Stage, State
from members.models import Language, MemberProfile, User
from mentorship.models import Specialty

FIRST = [
    "Amara",
    "Kofi",
    "Lucía",
    "Mateo",
    "Imani",
    "Darnell",
    "Keanu",
    "Mei",
    "Tariq",
    "Yesenia",
    "Malik",
    "Nia",
    "Rafael",
]
LAST = [
    "Okafor",
    "Ramírez",
    "Begay",
    "Nguyen",
    "Washington",
    "Delgado",
    "Kealoha",
    "Mensah",
    "Soto",
    "Yazzie",
    "Chen",
]


def create_members(count, rng, batch=1000):
    """``count`` verified members with varied stages, states, specialties and languages."""
    specialties = list(Specialty.objects.all())
    languages = list(Language.objects.all())
    english = Language.objects.get(code="en")
    start = User.objects.count()
    profiles = []
    for offset in range(0, count, batch):
        size = min(batch, count - offset)
        users = User.objects.bulk_create(
            User(
                email=f"scale{start + offset + i}@scale.hub.example.org",
                first_name=rng.choice(FIRST),
                last_name=rng.choice(LAST),
            )
            for i in range(size)
        )
        EmailAddress.objects.bulk_create(
            EmailAddress(user=user, email=user.email, verified=True, primary=True) for user in users
        )
        batch_profiles = MemberProfile.objects.bulk_create(
            MemberProfile(
                user=user,
                stage=rng.choice(Stage.values),
                profession=rng.choice(Profession.values),
                state=rng.choice(State.values),
                graduation_year=rng.randint(1985, 2030),
            )
            for user in users
        )
        MemberProfile.specialties.through.objects.bulk_create(
            MemberProfile.specialties.through(memberprofile=profile, specialty=specialty)
            for profile in batch_profiles
            for specialty in rng.sample(specialties, 2)
        )
        MemberProfile.languages.through.objects.bulk_create(
            MemberProfile.languages.through(memberprofile=profile, language=language)
            for profile in batch_profiles
            for language in {english, rng.choice(languages)}
        )
        profiles.extend(batch_profiles)
    return profiles
