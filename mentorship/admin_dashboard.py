"""The Mentorship Program Staff's dashboard panel: support asked for and mentors slow to
answer, each linking to where staff act on it."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from hub.dashboard import WorkLine, WorkPanel, register_work_panel
from members.permissions import MENTORSHIP_STAFF
from mentorship.models import CheckIn, MentorshipRequest, MentorshipSettings, RequestStatus


@register_work_panel
class MentorshipWorkPanel(WorkPanel):
    name = "mentorship_work"
    heading = _("Mentorship: waiting for you")
    groups = frozenset({MENTORSHIP_STAFF})
    order = 70

    def lines(self):
        support = CheckIn.objects.filter(
            support_requested=True, support_handled_at__isnull=True
        ).count()
        limit_days = MentorshipSettings.load(self.request).reminder_after_days
        slow = (
            MentorshipRequest.objects.filter(
                status=RequestStatus.PENDING,
                created_at__lt=timezone.now() - timedelta(days=limit_days),
            )
            .values("mentor")
            .distinct()
            .count()
        )
        return [
            WorkLine.counted(
                ngettext_lazy(
                    "%(number)s support request not yet answered",
                    "%(number)s support requests not yet answered",
                    "count",
                ),
                support,
                reverse("support_requests:index"),
            ),
            WorkLine.counted(
                ngettext_lazy(
                    "%(number)s mentor has a request waiting more than %(days)d days",
                    "%(number)s mentors have a request waiting more than %(days)d days",
                    "count",
                ),
                slow,
                reverse("mentorship_slow_responders_report"),
                days=limit_days,
            ),
        ]
