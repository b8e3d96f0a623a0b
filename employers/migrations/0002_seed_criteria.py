"""The six criteria NMF weighs, in English (the default language). Editors refine the words,
add Spanish translations and adjust points in Snippets → Recognition criteria."""

from django.db import migrations

CRITERIA = [
    {
        "name": "Recruitment",
        "description": (
            "How the employer reaches, interviews and hires BIPOC candidates, from students "
            "and residents to senior clinicians and leaders."
        ),
        "evidence": (
            "Applicant, interview and hiring data by race and ethnicity over at least three "
            "years; structured interviews and trained search committees; partnerships with "
            "minority-serving schools and professional associations."
        ),
        "max_points": 20,
        "foundational": True,
    },
    {
        "name": "Retention",
        "description": (
            "Whether BIPOC clinicians stay and grow: fair pay, mentoring, sponsorship and "
            "promotion."
        ),
        "evidence": (
            "Turnover and promotion rates by race and ethnicity; a pay-equity review and what "
            "changed after it; funded mentoring and sponsorship programs; exit-interview themes "
            "and the response to them."
        ),
        "max_points": 20,
        "foundational": True,
    },
    {
        "name": "Matriculation and pipeline",
        "description": (
            "How the employer opens doors for the next generation: pathway programs, "
            "rotations, residencies and partnerships with schools and colleges."
        ),
        "evidence": (
            "Students and trainees hosted each year and where they went next; pathway programs "
            "with dedicated budgets; matriculation of program alumni into health-professions "
            "schools and residencies."
        ),
        "max_points": 15,
        "foundational": False,
    },
    {
        "name": "Inclusive environment and belonging",
        "description": (
            "A workplace where people can raise concerns, including about racism from "
            "colleagues or patients, and see them taken seriously."
        ),
        "evidence": (
            "Climate survey results with trends; a clear process for reporting bias and "
            "mistreatment, with response times; support for clinicians facing racism from "
            "patients; active employee resource groups with budgets."
        ),
        "max_points": 20,
        "foundational": True,
    },
    {
        "name": "Leadership accountability",
        "description": (
            "Leaders who set goals, measure progress and answer for results, with diversity "
            "at the leadership table itself."
        ),
        "evidence": (
            "Published goals with yearly progress; the make-up of the board and executive team; "
            "leaders' evaluations that include equity goals; a senior leader with authority and "
            "budget for the work."
        ),
        "max_points": 15,
        "foundational": False,
    },
    {
        "name": "Community investment",
        "description": (
            "A real commitment to the health of the communities the employer serves."
        ),
        "evidence": (
            "Community health needs assessments and what was funded in response; local hiring "
            "and purchasing; free or low-cost care programs; partnerships led with community "
            "organisations."
        ),
        "max_points": 10,
        "foundational": False,
    },
]


def seed(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Criterion = apps.get_model("employers", "RecognitionCriterion")
    locale = Locale.objects.order_by("pk").first()
    if locale is None:
        locale = Locale.objects.create(language_code="en")
    for order, criterion in enumerate(CRITERIA, start=1):
        Criterion.objects.get_or_create(
            locale=locale,
            name=criterion["name"],
            defaults={**criterion, "sort_order": order},
        )


def unseed(apps, schema_editor):
    names = [criterion["name"] for criterion in CRITERIA]
    apps.get_model("employers", "RecognitionCriterion").objects.filter(name__in=names).delete()


class Migration(migrations.Migration):
    dependencies = [("employers", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
