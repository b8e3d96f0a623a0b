"""Where a member stands in a course: views, completion, knowledge checks and certificates.

Every write is idempotent: a double submit or two requests at once change nothing twice.
"""

from dataclasses import dataclass, field

from django.db.models import F
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone

from learning.models import Certificate, Enrollment, ModuleProgress

# Django's get_or_create already retries the lookup when a concurrent insert wins the race on
# a unique constraint, so each row below is created exactly once.


def record_view(user, course, module):
    """Remember that ``user`` opened ``module``: where to continue, and when it was last seen."""
    enrollment, created = Enrollment.objects.get_or_create(
        user=user,
        course_key=course.translation_key,
        defaults={"last_module_key": module.translation_key},
    )
    if not created and enrollment.last_module_key != module.translation_key:
        Enrollment.objects.filter(pk=enrollment.pk).update(last_module_key=module.translation_key)
    progress, created = _progress(user, course, module)
    if not created:
        ModuleProgress.objects.filter(pk=progress.pk).update(last_viewed_at=timezone.now())
    return progress


def _progress(user, course, module):
    return ModuleProgress.objects.get_or_create(
        user=user,
        module_key=module.translation_key,
        defaults={"course_key": course.translation_key},
    )


def mark_complete(user, course, module):
    progress, _created = _progress(user, course, module)
    ModuleProgress.objects.filter(pk=progress.pk, completed_at__isnull=True).update(
        completed_at=timezone.now()
    )
    return complete_course_if_done(user, course)


@dataclass
class QuestionResult:
    prompt: str
    correct: bool
    chosen: list = field(default_factory=list)  # (answer text, explanation) the learner picked


@dataclass
class CheckResult:
    score: int
    passed: bool
    questions: list
    repeated: bool = False


def grade(module, answers):
    """Grade ``answers`` ({question index: [answer indexes]}) against the module's questions."""
    results = []
    for index, block in enumerate(module.questions):
        question = block.value
        chosen = set(answers.get(index, []))
        correct = {i for i, answer in enumerate(question["answers"]) if answer["correct"]}
        results.append(
            QuestionResult(
                prompt=question["prompt"],
                correct=chosen == correct,
                chosen=[
                    (answer["text"], answer["explanation"])
                    for i, answer in enumerate(question["answers"])
                    if i in chosen
                ],
            )
        )
    total = len(results)
    score = round(100 * sum(r.correct for r in results) / total) if total else 100
    return CheckResult(score=score, passed=score >= module.pass_mark, questions=results)


def submit_check(user, course, module, answers, token):
    """Grade an attempt, count it once per form token, keep the best score, complete on a pass."""
    result = grade(module, answers)
    progress, _created = _progress(user, course, module)
    counted = (
        ModuleProgress.objects.filter(pk=progress.pk)
        .exclude(last_attempt_token=token)
        .update(attempts=F("attempts") + 1, last_attempt_token=token)
    )
    result.repeated = not counted
    ModuleProgress.objects.filter(pk=progress.pk).update(
        best_score=Greatest(Coalesce("best_score", 0), result.score)
    )
    if result.passed:
        mark_complete(user, course, module)
    return result


def counted_modules(course):
    return [module for module in course.modules() if module.counts_toward_completion]


def complete_course_if_done(user, course):
    """Mark the enrollment complete and issue the certificate, once, when every module is done."""
    required = {module.translation_key for module in counted_modules(course)}
    if not required:
        return None
    done = set(
        ModuleProgress.objects.filter(
            user=user, module_key__in=required, completed_at__isnull=False
        ).values_list("module_key", flat=True)
    )
    if done != required:
        return None
    enrollment, _created = Enrollment.objects.get_or_create(
        user=user, course_key=course.translation_key
    )
    Enrollment.objects.filter(pk=enrollment.pk, completed_at__isnull=True).update(
        completed_at=timezone.now()
    )
    if not course.issues_certificate:
        return None
    certificate, _created = Certificate.objects.get_or_create(
        user=user,
        course_key=course.translation_key,
        defaults={
            "recipient_name": user.get_full_name() or user.display_name,
            "course_title": course.title,
        },
    )
    return certificate


def missing_prerequisites(user, course):
    """The prerequisite courses ``user`` has not finished yet (all of them for visitors)."""
    required = [
        item.required_course for item in course.prerequisites.select_related("required_course")
    ]
    if not required:
        return []
    if not user.is_authenticated:
        return [page.localized for page in required]
    finished = set(
        Enrollment.objects.filter(
            user=user,
            course_key__in=[page.translation_key for page in required],
            completed_at__isnull=False,
        ).values_list("course_key", flat=True)
    )
    return [page.localized for page in required if page.translation_key not in finished]


def percent_done(done, total):
    """Whole-number percentage of ``total`` modules done; 0 for a course with no modules."""
    return round(100 * done / total) if total else 0


def progress_by_course(user, courses):
    """{course translation key: (completed modules, started)} for the member, in one query."""
    if not user.is_authenticated:
        return {}
    keys = [course.translation_key for course in courses]
    rows = ModuleProgress.objects.filter(user=user, course_key__in=keys)
    result = {}
    for row in rows.values("course_key", "completed_at"):
        done, _started = result.get(row["course_key"], (0, True))
        result[row["course_key"]] = (done + (row["completed_at"] is not None), True)
    return result


def course_outline(user, course):
    """The course's modules with each one's state for ``user``, and where to continue."""
    modules = list(course.modules())
    states = {}
    last_key = None
    enrollment = None
    if user.is_authenticated:
        for row in ModuleProgress.objects.filter(
            user=user, module_key__in=[m.translation_key for m in modules]
        ):
            states[row.module_key] = row
        enrollment = Enrollment.objects.filter(user=user, course_key=course.translation_key).first()
        last_key = enrollment.last_module_key if enrollment else None
    outline = []
    for module in modules:
        row = states.get(module.translation_key)
        state = "not_started"
        if row is not None:
            state = "completed" if row.completed_at else "in_progress"
        outline.append({"page": module, "state": state, "progress": row})
    counted = [item for item in outline if item["page"].counts_toward_completion]
    done = sum(item["state"] == "completed" for item in counted)
    percent = percent_done(done, len(counted))
    next_item = next((item for item in outline if item["state"] != "completed"), None)
    last = next((item for item in outline if item["page"].translation_key == last_key), None)
    resume = last if last and last["state"] != "completed" else next_item
    return {
        "modules": outline,
        "percent": percent,
        "started": bool(states) or enrollment is not None,
        "resume": resume["page"] if resume else (outline[0]["page"] if outline else None),
    }
