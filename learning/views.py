from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from learning.models import Certificate, CoursePage


@require_GET
def certificate(request, code):
    """Public verification of a certificate: name, course and date, nothing more."""
    certificate = get_object_or_404(Certificate, code=code)
    course = (
        CoursePage.objects.filter(
            translation_key=certificate.course_key, locale=Locale.get_active()
        )
        .live()
        .first()
    )
    return TemplateResponse(
        request,
        "learning/certificate.html",
        {
            "certificate": certificate,
            "course_title": course.title if course else certificate.course_title,
            "is_recipient": request.user.is_authenticated
            and request.user.pk == certificate.user_id,
        },
    )
