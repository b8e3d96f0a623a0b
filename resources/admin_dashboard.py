"""The Editors' dashboard panel for the resource library: resources due for another look."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from hub.dashboard import WorkLine, WorkPanel, register_work_panel
from members.permissions import EDITORS
from resources.reports import resources_due_for_review


@register_work_panel
class ResourceReviewPanel(WorkPanel):
    name = "resources_due"
    heading = _("Resources due for review")
    groups = frozenset({EDITORS})
    order = 75

    def lines(self):
        count = resources_due_for_review().count()
        return [
            WorkLine.counted(
                ngettext_lazy(
                    "%(number)s resource is due for review",
                    "%(number)s resources are due for review",
                    "count",
                ),
                count,
                reverse("resources_review_report"),
            )
        ]
