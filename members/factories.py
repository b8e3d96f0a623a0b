import factory
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from hub.vocabulary import Profession, Stage
from members.models import MemberProfile, User


class UserFactory(factory.django.DjangoModelFactory):
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    email = factory.Sequence(lambda n: f"member{n}@example.org")
    password = factory.django.Password("a-long-test-password")

    class Meta:
        model = User
        skip_postgeneration_save = True


class MemberProfileFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    stage = Stage.RESIDENT
    profession = Profession.MEDICINE
    school = "Howard University College of Medicine"
    graduation_year = 2022
    state = "GA"
    bio = "Internal medicine resident interested in health equity and primary care."

    class Meta:
        model = MemberProfile


class MemberFactory(UserFactory):
    """A member who has verified their email address, with a profile."""

    @factory.post_generation
    def verified(obj, create, extracted, **kwargs):
        if not create:
            return
        EmailAddress.objects.create(
            user=obj, email=obj.email, verified=extracted is not False, primary=True
        )
        MemberProfileFactory(user=obj)


def staff_user(group_name=None, factory=UserFactory, **kwargs):
    """An admin user in the staff group ``group_name`` (see members/permissions.py), or a
    superuser when no group is given."""
    if group_name is None:
        return factory(is_superuser=True, is_staff=True, **kwargs)
    user = factory(**kwargs)
    user.groups.add(Group.objects.get(name=group_name))
    return user
