"""The course report for staff: who enrolled, started and finished, and how checks went."""

import django_filters
from django.db.models import Avg, Count, Exists, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale
from wagtail.permission_policies.pages import PagePermissionPolicy

from learning.models import CoursePage, Enrollment, ModuleProgress


class CourseReportFilterSet(WagtailFilterSet):
    enrolled = django_filters.DateFromToRangeFilter(
        label=_("Enrolled between"), widget=DateRangePickerWidget, method="dates_apply_to_counts"
    )

    class Meta:
        model = CoursePage
        fields = []

    def dates_apply_to_counts(self, queryset, name, value):
        """The dates narrow the enrolments counted (see ``course_statistics``), not the courses."""
        return queryset


def _count(queryset):
    return Coalesce(
        Subquery(
            queryset.order_by().values("course_key").annotate(n=Count("pk")).values("n")[:1],
            output_field=IntegerField(),
        ),
        0,
    )


def course_statistics(courses, start=None, end=None):
    """Annotate courses with enrolled, started, completed and average best knowledge-check score."""

    def enrollments_of(course_key):
        enrollments = Enrollment.objects.filter(course_key=course_key)
        if start:
            enrollments = enrollments.filter(started_at__date__gte=start)
        if end:
            enrollments = enrollments.filter(started_at__date__lte=end)
        return enrollments

    enrollments = enrollments_of(OuterRef("translation_key"))
    started = enrollments.filter(
        Exists(
            ModuleProgress.objects.filter(user=OuterRef("user"), course_key=OuterRef("course_key"))
        )
    )
    scores = ModuleProgress.objects.filter(
        course_key=OuterRef("translation_key"),
        best_score__isnull=False,
        user__in=enrollments_of(OuterRef(OuterRef("translation_key"))).values("user"),
    )
    return courses.annotate(
        enrolled=_count(enrollments),
        started=_count(started),
        completed=_count(enrollments.filter(completed_at__isnull=False)),
        average_score=Subquery(
            scores.order_by().values("course_key").annotate(a=Avg("best_score")).values("a")[:1]
        ),
    )


class CourseReportView(ReportView):
    page_title = _("Courses")
    header_icon = "doc-full"
    index_url_name = "learning_course_report"
    index_results_url_name = "learning_course_report_results"
    filterset_class = CourseReportFilterSet
    any_permission_required = ["add", "change", "publish"]
    columns = [
        TitleColumn("title", label=_("Course"), get_url=lambda course: course.url),
        Column("enrolled", label=_("Enrolled")),
        Column("started", label=_("Started")),
        Column("completed", label=_("Completed")),
        Column("completion_rate", label=_("Completion rate (%)")),
        Column("average_score", label=_("Average check score (%)")),
    ]
    list_export = ["title", "enrolled", "started", "completed", "completion_rate", "average_score"]
    export_headings = {
        "title": _("Course"),
        "enrolled": _("Enrolled"),
        "started": _("Started"),
        "completed": _("Completed"),
        "completion_rate": _("Completion rate (%)"),
        "average_score": _("Average check score (%)"),
    }
    export_filename = "hub-course-report"

    permission_policy = PagePermissionPolicy()

    def date_range(self):
        form = self.filterset_class(self.request.GET, queryset=CoursePage.objects.none()).form
        if not form.is_valid() or not form.cleaned_data.get("enrolled"):
            return None, None
        value = form.cleaned_data["enrolled"]
        return value.start, value.stop

    def get_queryset(self):
        start, end = self.date_range()
        courses = CoursePage.objects.filter(locale=Locale.get_default()).order_by("title")
        return course_statistics(courses, start, end)

    def as_spreadsheet(self, rows, spreadsheet_format):
        """The CSV is written as it streams, after the admin's language is no longer active,
        so the headings are put into words now."""
        self.export_headings = {name: str(label) for name, label in self.export_headings.items()}
        return super().as_spreadsheet(rows, spreadsheet_format)

    def decorate_paginated_queryset(self, courses):
        for course in courses:
            course.completion_rate = (
                round(100 * course.completed / course.enrolled) if course.enrolled else None
            )
            course.average_score = (
                round(course.average_score) if course.average_score is not None else None
            )
        return courses


def course_report_urls():
    from django.urls import path

    return [
        path("reports/courses/", CourseReportView.as_view(), name="learning_course_report"),
        path(
            "reports/courses/results/",
            CourseReportView.as_view(results_only=True),
            name="learning_course_report_results",
        ),
    ]
