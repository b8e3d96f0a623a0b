"""The Moderators' dashboard panel: what waits in "Content review" and what is scheduled.

Wagtail's own "Awaiting your review" panel lists each page and snippet with its approve and
request-changes actions; this panel adds the counts and the publishing schedule, each linking
to where the work is done.
"""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext, ngettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.models import Revision, TaskState

from hub.dashboard import WorkLine, WorkPanel, register_work_panel
from hub.translation_status import TranslationStatus, pages_with_spanish_status, report_url
from members.permissions import MODERATORS

SCHEDULE_SHOWN = 5
# A Spanish version that readers do not see yet although every string is translated: the
# translation editor has no "submit", so moderators find these here and publish them.
WAITING_SPANISH = (
    TranslationStatus.UNTRANSLATED,
    TranslationStatus.OUT_OF_DATE,
    TranslationStatus.NOT_PUBLISHED,
)


def spanish_ready_to_publish():
    """English pages whose Spanish is fully translated but not yet published."""
    return pages_with_spanish_status().filter(
        translated_with_localize=True,
        strings_waiting=False,
        english_unread=False,
        spanish_status__in=WAITING_SPANISH,
    )


def scheduled_page_revisions(now=None):
    """Page revisions approved to go live later, soonest first."""
    now = now or timezone.now()
    return (
        Revision.objects.page_revisions()
        .filter(approved_go_live_at__gt=now)
        .order_by("approved_go_live_at", "pk")
    )


@register_work_panel
class ModerationPanel(WorkPanel):
    name = "content_review"
    heading = _("Content review")
    groups = frozenset({MODERATORS})
    order = 60

    def lines(self):
        waiting = TaskState.objects.reviewable_by(self.request.user).filter(
            status=TaskState.STATUS_IN_PROGRESS
        )
        count = waiting.count()
        report = reverse("wagtailadmin_reports:workflow")
        lines = [
            WorkLine.counted(
                ngettext_lazy(
                    "%(number)s page or snippet waiting for your review",
                    "%(number)s pages and snippets waiting for your review",
                    "count",
                ),
                count,
                f"{report}?{urlencode({'reviewable': 'true'})}",
            )
        ]
        ready = spanish_ready_to_publish().count()
        lines.append(
            WorkLine.counted(
                ngettext_lazy(
                    "%(number)s Spanish translation ready to publish",
                    "%(number)s Spanish translations ready to publish",
                    "count",
                ),
                ready,
                report_url(*WAITING_SPANISH),
            )
        )
        for revision in scheduled_page_revisions()[:SCHEDULE_SHOWN]:
            lines.append(
                WorkLine(
                    gettext("“%(title)s” goes live on %(when)s")
                    % {
                        "title": revision.object_str,
                        "when": date_format(
                            timezone.localtime(revision.approved_go_live_at), "DATETIME_FORMAT"
                        ),
                    },
                    reverse("wagtailadmin_pages:edit", args=[revision.object_id]),
                )
            )
        return lines
