import factory
import wagtail_factories

from hub.models import FooterText


class FooterTextFactory(factory.django.DjangoModelFactory):
    mission_statement = (
        "National Medical Fellowships has supported students of color in medicine since 1946."
    )

    class Meta:
        model = FooterText


class ImageFactory(wagtail_factories.ImageFactory):
    """An image with its alt text, as the image form asks of every editor."""

    title = factory.Sequence(lambda n: f"Scholars at the spring meeting {n}")
    description = "Three NMF scholars talking outside a lecture hall."
