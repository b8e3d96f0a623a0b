import factory

from hub.models import FooterText


class FooterTextFactory(factory.django.DjangoModelFactory):
    mission_statement = (
        "National Medical Fellowships has supported students of color in medicine since 1946."
    )

    class Meta:
        model = FooterText
