import factory
import wagtail_factories
from wagtail.models import Locale

from employers.models import (
    Designation,
    EmployerIndexPage,
    EmployerPage,
    Nomination,
    RecognitionCriterion,
)
from members.factories import MemberFactory

# The seeded criteria (employers/0002), by name, with their maximum points.
FULL_MARKS = {
    "Recruitment": 20,
    "Retention": 20,
    "Matriculation and pipeline": 15,
    "Inclusive environment and belonging": 20,
    "Leadership accountability": 15,
    "Community investment": 10,
}


class RecognitionCriterionFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Criterion {n}")
    description = "What the employer does."
    evidence = "Data over three years."
    max_points = 10
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = RecognitionCriterion


class EmployerIndexPageFactory(wagtail_factories.PageFactory):
    title = "Employers of Choice"
    slug = "employers"
    introduction = "Health systems recognised for their record on diversity and belonging."

    class Meta:
        model = EmployerIndexPage


class EmployerPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Riverbend Health {n}")
    slug = factory.Sequence(lambda n: f"riverbend-health-{n}")
    employer_type = "health_system"
    headquarters_city = "Atlanta"
    headquarters_state = "GA"
    website = "https://riverbend.example.org/"
    careers_url = "https://riverbend.example.org/careers/"
    description = "<p>A regional health system with twelve hospitals.</p>"

    class Meta:
        model = EmployerPage


def scores(points=None, **evidence):
    """Score blocks for the seeded criteria: ``points`` maps criterion names to points
    (full marks for any left out)."""
    points = {**FULL_MARKS, **(points or {})}
    criteria = {c.name: c for c in RecognitionCriterion.scored()}
    return [
        (
            "score",
            {"criterion": criteria[name], "points": value, "evidence": evidence.get(name, "")},
        )
        for name, value in points.items()
        if name in criteria
    ]


def designate(page, year, points=None, **kwargs):
    """Give ``page`` a designation for ``year`` scored with ``points`` (see ``scores``)."""
    return Designation.objects.create(page=page, year=year, scores=scores(points), **kwargs)


class NominationFactory(factory.django.DjangoModelFactory):
    nominator = factory.SubFactory(MemberFactory)
    employer_name = factory.Sequence(lambda n: f"Lakeshore Community Health {n}")
    city = "Chicago"
    state = "IL"
    connection = "work"
    reason = "Its pathway program has brought forty local students into nursing and medicine."

    class Meta:
        model = Nomination
