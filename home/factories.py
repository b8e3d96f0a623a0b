import factory
import wagtail_factories

from home.models import HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    slug = factory.Sequence(lambda n: f"home-{n}")
    hero_heading = "Mentorship, learning and community for NMF scholars"
    introduction = "Find a mentor, take a course and reconnect with fellow alumni."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"About the network {n}")
    slug = factory.Sequence(lambda n: f"standard-{n}")
    introduction = "How NMF's scholars and alumni support one another."
    body = factory.LazyFunction(
        lambda: [
            {"type": "heading", "value": {"text": "Why a network", "level": "h2"}},
            {"type": "paragraph", "value": "<p>Mentors open doors that grades cannot.</p>"},
        ]
    )

    class Meta:
        model = StandardPage
