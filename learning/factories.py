import factory
import wagtail_factories
from wagtail.models import Locale

from learning.models import CoursePage, LearningIndexPage, ModulePage, Person, Topic


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Debt management {n}")
    slug = factory.Sequence(lambda n: f"debt-management-{n}")
    description = "Plans, forgiveness programs and budgeting through training."
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Topic


class PersonFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Dr. Facilitator {n}")
    credentials = "MD, MPH"
    bio = "Family physician and financial educator."
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Person


class LearningIndexPageFactory(wagtail_factories.PageFactory):
    title = "Learning"
    slug = "learn"
    introduction = "Practical courses for every stage of a career in health."

    class Meta:
        model = LearningIndexPage


class CoursePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Student loans, plainly {n}")
    slug = factory.Sequence(lambda n: f"course-{n}")
    summary = "How federal loans work and how forgiveness programs fit in."
    topic = factory.SubFactory(TopicFactory)
    audience = factory.LazyFunction(lambda: ["student", "resident"])
    objectives = factory.LazyFunction(
        lambda: [{"type": "objective", "value": "Name your loan types and servicer."}]
    )

    class Meta:
        model = CoursePage


def question(prompt="Which payments count toward PSLF?", kind="single", correct=(0,), answers=3):
    return {
        "type": "question",
        "value": {
            "prompt": prompt,
            "kind": kind,
            "answers": [
                {
                    "text": f"Answer {index}",
                    "correct": index in correct,
                    "explanation": f"Because of reason {index}.",
                }
                for index in range(answers)
            ],
        },
    }


class ModulePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Module {n}")
    slug = factory.Sequence(lambda n: f"module-{n}")
    estimated_minutes = 10
    lesson = factory.LazyFunction(
        lambda: [
            {"type": "heading", "value": {"text": "Know your loans", "level": "h2"}},
            {"type": "paragraph", "value": "<p>Start with your servicer's website.</p>"},
            {"type": "key_takeaways", "value": ["Find your servicer", "Check your plan"]},
        ]
    )

    class Meta:
        model = ModulePage
