"""The reach report (Reports → Alumni reach) and the "Reach" panel on the admin's dashboard.

Both are for Alumni Relations and superusers only, like the registry they count (whoever may
view alumni records); anyone else is refused the report, and their dashboard does not show the
panel. The numbers come from ``alumni/reach.py`` in one query. Every CSV or XLSX export is
logged in ``ExportLog``. What waits for Alumni Relations (claims to review, records flagged by
imports, import files with problems) is in their "waiting for you" panel, also here.
"""

from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext, ngettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from alumni.models import (
    REACH_GOAL,
    AlumniRecord,
    BatchStatus,
    Claim,
    ClaimStatus,
    ExportLog,
    ImportBatch,
)
from alumni.reach import MEASURES, reach
from hub.dashboard import WorkLine, WorkPanel, register_work_panel
from hub.menu import PermittedMenuItem
from members.permissions import ALUMNI_RELATIONS

# Whoever may view the registry may read its reach: Alumni Relations and superusers.
reach_permission_policy = ModelPermissionPolicy(AlumniRecord)

# The measures drawn as bars on the dashboard (verified claims are in the full report).
PANEL_MEASURES = ("records", "contactable", "invited", "joined")


def can_read_reach(user):
    return reach_permission_policy.user_has_permission(user, "view")


def bars(figures, measures=tuple(MEASURES)):
    """``(label, count, share of the goal, bar width)`` for each measure; the width is the share,
    capped at the whole bar."""
    return [
        (label, count, share, min(share, 100))
        for name, label, count, share in figures.measures()
        if name in measures
    ]


class ReachReportView(ReportView):
    page_title = _("Alumni reach")
    header_icon = "group"
    index_url_name = "alumni_reach_report"
    index_results_url_name = "alumni_reach_report_results"
    results_template_name = "alumni/admin/reach_results.html"
    permission_policy = reach_permission_policy
    permission_required = "view"
    # A summary: every row on one page and in the export.
    paginate_by = None
    export_filename = "hub-alumni-reach"

    @cached_property
    def reach(self):
        return reach()

    def get_filtered_queryset(self):
        """The rows of the export: the totals, then each region, then each decade."""
        rows = [(gettext("Total"), self.reach.total)]
        rows += [(gettext("Region"), figures) for figures in self.reach.by_region]
        rows += [(gettext("Graduation decade"), figures) for figures in self.reach.by_decade]
        return rows

    @property
    def list_export(self):
        names = ["breakdown", "group"]
        for name in MEASURES:
            names += [name, f"{name}_share"]
        return names

    def to_row_dict(self, item):
        breakdown, figures = item
        row = {"breakdown": breakdown, "group": figures.label}
        for name in MEASURES:
            row[name] = getattr(figures, name)
            row[f"{name}_share"] = figures.share(name)
        return row

    def as_spreadsheet(self, rows, spreadsheet_format):
        """Logged, then written. Headings are put into words now: Wagtail writes a CSV as it
        streams, after the admin's language is no longer active."""
        headings = {"breakdown": gettext("Breakdown"), "group": gettext("Group")}
        for name, label in MEASURES.items():
            headings[name] = str(label)
            headings[f"{name}_share"] = gettext("%(measure)s: share of the %(goal)s goal (%%)") % {
                "measure": label,
                "goal": f"{REACH_GOAL:,}",
            }
        self.export_headings = headings
        ExportLog.objects.create(
            user=self.request.user,
            what="Alumni reach",
            file_format=spreadsheet_format,
            rows=len(rows),
        )
        return super().as_spreadsheet(rows, spreadsheet_format)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            reach=self.reach,
            goal=REACH_GOAL,
            bars=bars(self.reach.total),
            measures=list(MEASURES.values()),
        )
        return context


class ReachPanel(Component):
    """The dashboard's "Reach" panel: the registry against the goal."""

    name = "alumni_reach"
    template_name = "alumni/admin/reach_panel.html"
    order = 90

    def get_context_data(self, parent_context):
        return {
            "goal": REACH_GOAL,
            "bars": bars(reach().total, PANEL_MEASURES),
            "report_url": reverse(ReachReportView.index_url_name),
        }


@register_work_panel
class AlumniWorkPanel(WorkPanel):
    """What waits for Alumni Relations: claims to review, and what imports left to check."""

    name = "alumni_work"
    heading = _("Alumni Relations: waiting for you")
    groups = frozenset({ALUMNI_RELATIONS})
    order = 80

    def lines(self):
        claims = Claim.objects.filter(status=ClaimStatus.PENDING).count()
        records = AlumniRecord.objects.filter(needs_review=True).count()
        imports = ImportBatch.objects.filter(
            status=BatchStatus.PREVIEWED, error_count__gt=0
        ).count()
        claims_url = reverse("alumni_claims:index")
        records_url = reverse("alumni_records:index")
        return [
            WorkLine.counted(
                ngettext_lazy(
                    "%(number)s claim waiting for review",
                    "%(number)s claims waiting for review",
                    "count",
                ),
                claims,
                f"{claims_url}?{urlencode({'status': ClaimStatus.PENDING})}",
            ),
            WorkLine.counted(
                ngettext_lazy(
                    "%(number)s imported record needs review",
                    "%(number)s imported records need review",
                    "count",
                ),
                records,
                f"{records_url}?{urlencode({'needs_review': 'true'})}",
            ),
            WorkLine.counted(
                ngettext_lazy(
                    "%(number)s import file has rows with problems and was not applied",
                    "%(number)s import files have rows with problems and were not applied",
                    "count",
                ),
                imports,
                reverse("alumni_imports:index"),
            ),
        ]


@hooks.register("register_admin_urls")
def register_reach_report_urls():
    return [
        path("reports/alumni-reach/", ReachReportView.as_view(), name="alumni_reach_report"),
        path(
            "reports/alumni-reach/results/",
            ReachReportView.as_view(results_only=True),
            name="alumni_reach_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_reach_report_menu_item():
    return PermittedMenuItem(
        _("Alumni reach"),
        reverse("alumni_reach_report"),
        icon_name="group",
        order=730,
        shown_to=can_read_reach,
    )


@hooks.register("construct_homepage_panels")
def add_reach_panel(request, panels):
    if can_read_reach(request.user):
        panels.append(ReachPanel())
