"""Reports → Resources due for review: what editors should check again, oldest first."""

from django.db.models import F
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale
from wagtail.permission_policies.pages import PagePermissionPolicy

from resources.models import ResourcePage
from resources.models.library import REVIEW_AFTER


def resources_due_for_review(today=None):
    """Live resources in the default language whose review fell due on or before ``today``
    (a year after they were last reviewed), the longest overdue first."""
    today = today or timezone.localdate()
    return (
        ResourcePage.objects.live()
        .filter(locale=Locale.get_default(), reviewed_on__lte=today - REVIEW_AFTER)
        .annotate(topic_name=F("topic__name"))
        .order_by("reviewed_on", "title", "pk")
    )


class ResourceReviewReportView(ReportView):
    page_title = _("Resources due for review")
    header_icon = "doc-full"
    index_url_name = "resources_review_report"
    index_results_url_name = "resources_review_report_results"
    any_permission_required = ["add", "change", "publish"]
    permission_policy = PagePermissionPolicy()
    columns = [
        TitleColumn("title", label=_("Resource"), url_name="wagtailadmin_pages:edit"),
        Column("type_label", label=_("Type")),
        Column("topic_name", label=_("Topic")),
        Column("reviewed_on", label=_("Reviewed on")),
        Column("review_due_on", label=_("Due since")),
    ]
    list_export = ["title", "type_label", "topic_name", "reviewed_on", "review_due_on"]
    export_headings = {
        "title": _("Resource"),
        "type_label": _("Type"),
        "topic_name": _("Topic"),
        "reviewed_on": _("Reviewed on"),
        "review_due_on": _("Due since"),
    }
    export_filename = "hub-resources-due-for-review"

    def get_queryset(self):
        return resources_due_for_review()

    def decorate_paginated_queryset(self, resources):
        """Type names are put into words now, in the admin's language (the CSV streams later)."""
        resources = list(resources)
        for resource in resources:
            resource.type_label = resource.get_resource_type_display()
        return resources

    def as_spreadsheet(self, rows, spreadsheet_format):
        """The CSV is written as it streams, after the admin's language is no longer active,
        so the headings are put into words now."""
        self.export_headings = {name: str(label) for name, label in self.export_headings.items()}
        return super().as_spreadsheet(rows, spreadsheet_format)


def review_report_urls():
    return [
        path(
            "reports/resources-due-for-review/",
            ResourceReviewReportView.as_view(),
            name="resources_review_report",
        ),
        path(
            "reports/resources-due-for-review/results/",
            ResourceReviewReportView.as_view(results_only=True),
            name="resources_review_report_results",
        ),
    ]
