from django import template
from django.utils import translation

from learning.models import Certificate, CoursePage, Enrollment, with_module_totals
from learning.progress import percent_done, progress_by_course

register = template.Library()


@register.simple_tag
def my_learning(user):
    """The member's courses in progress (with percent), finished courses and certificates."""
    enrollments = {e.course_key: e for e in Enrollment.objects.filter(user=user)}
    if not enrollments:
        return {"in_progress": [], "completed": [], "certificates": []}
    courses = list(
        with_module_totals(
            CoursePage.objects.live()
            .filter(
                translation_key__in=enrollments, locale__language_code=translation.get_language()
            )
            .order_by("title")
        )
    )
    progress = progress_by_course(user, courses)
    in_progress, completed = [], []
    for course in courses:
        if enrollments[course.translation_key].completed_at:
            completed.append(course)
            continue
        done, _started = progress.get(course.translation_key, (0, False))
        course.member_percent = percent_done(done, course.module_count)
        in_progress.append(course)
    certificates = list(Certificate.objects.filter(user=user).order_by("-issued_at"))
    return {"in_progress": in_progress, "completed": completed, "certificates": certificates}
