import factory

from members.models import User


class UserFactory(factory.django.DjangoModelFactory):
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    email = factory.Sequence(lambda n: f"member{n}@example.org")
    password = factory.django.Password("a-long-test-password")

    class Meta:
        model = User
        skip_postgeneration_save = True
