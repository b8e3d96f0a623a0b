"""Reports for Mentorship Program Staff (Reports menu): how the programme is going, and which
mentors are slow to answer their requests.

Each report reads the few columns it needs with ``.values()`` in a fixed number of queries and
adds them up in Python (a median needs Python anyway), so it costs the same number of queries
for ten mentors as for ten thousand. Rows are plain objects, not model instances; the views build
them from the filter form's cleaned values instead of filtering a queryset.
"""

import datetime
import statistics
from collections import Counter, defaultdict
from decimal import ROUND_HALF_UP, Decimal

import django_filters
from django.db.models import Exists, F, OuterRef, TextChoices
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from hub.vocabulary import Region, region_for_state
from members.models import User
from mentorship.models import (
    GoalsMet,
    MentorProfile,
    Mentorship,
    MentorshipFeedback,
    MentorshipRequest,
    MentorshipSettings,
    RequestStatus,
)

ANSWERED = {RequestStatus.ACCEPTED, RequestStatus.DECLINED}
ONE_DAY = datetime.timedelta(days=1)

# Whoever may follow requests may read the reports: Mentorship Program Staff and superusers.
report_permission_policy = ModelPermissionPolicy(MentorshipRequest)


def can_read_reports(user):
    return report_permission_policy.user_has_permission(user, "view")


# Numbers


def rounded(value, places=0):
    """``value`` rounded half up, as people round (2.25 → 2.3, 62.5 → 63); None stays None."""
    if value is None:
        return None
    result = Decimal(str(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return int(result) if places == 0 else result


def percent(part, whole):
    """A whole-number percentage, or None when there is nothing to divide by."""
    return rounded(Decimal(100 * part) / whole) if whole else None


def days_to_answer(request):
    """Days from sending to the mentor's answer, for an accepted or declined request."""
    if request["status"] in ANSWERED and request["responded_at"]:
        return (request["responded_at"] - request["created_at"]) / ONE_DAY
    return None


def median_days(days):
    return rounded(statistics.median(days), 1) if days else None


def _dated(queryset, field, start, end):
    """``queryset`` narrowed to rows whose ``field`` falls between two dates (local time)."""
    if start:
        queryset = queryset.filter(**{f"{field}__date__gte": start})
    if end:
        queryset = queryset.filter(**{f"{field}__date__lte": end})
    return queryset.order_by()


def requests_between(start=None, end=None):
    return _dated(MentorshipRequest.objects.all(), "created_at", start, end)


# The programme report


class GroupBy(TextChoices):
    MONTH = "month", _("Month")
    SPECIALTY = "specialty", _("Mentor's specialty")
    REGION = "region", _("Mentor's region")


class ProgrammeFigures:
    """One row of the programme report: what happened in a month, for a specialty or a region,
    or (the first row) in the whole programme. Each ``count_*`` method takes one record."""

    def __init__(self, label=""):
        self.label = label
        self.statuses = Counter()
        self.answer_days = []
        self.started = 0
        self.closed = 0
        self.helpfulness = []
        self.goals = Counter()
        self.recommending = 0

    def count_request(self, request):
        self.statuses[request["status"]] += 1
        days = days_to_answer(request)
        if days is not None:
            self.answer_days.append(days)

    def count_mentorship(self, mentorship):
        self.started += 1
        self.closed += mentorship["ended_at"] is not None

    def count_feedback(self, feedback):
        self.helpfulness.append(feedback["helpfulness"])
        self.goals[feedback["goals_met"]] += 1
        self.recommending += feedback["would_recommend"]

    @property
    def requests_sent(self):
        return self.statuses.total()

    @property
    def accepted(self):
        return self.statuses[RequestStatus.ACCEPTED]

    @property
    def declined(self):
        return self.statuses[RequestStatus.DECLINED]

    @property
    def withdrawn(self):
        return self.statuses[RequestStatus.WITHDRAWN]

    @property
    def expired(self):
        return self.statuses[RequestStatus.EXPIRED]

    @property
    def waiting(self):
        return self.statuses[RequestStatus.PENDING]

    @property
    def acceptance_rate(self):
        """Accepted out of the requests that ran their course: accepted, declined or expired.
        Withdrawn and waiting requests say nothing about the mentors, so they are left out."""
        return percent(self.accepted, self.accepted + self.declined + self.expired)

    @property
    def median_days_to_answer(self):
        return median_days(self.answer_days)

    @property
    def active(self):
        return self.started - self.closed

    @property
    def feedback_count(self):
        return len(self.helpfulness)

    @property
    def average_helpfulness(self):
        if not self.helpfulness:
            return None
        return rounded(statistics.fmean(self.helpfulness), 1)

    @property
    def goals_met_rate(self):
        return percent(self.goals[GoalsMet.YES], self.feedback_count)

    @property
    def goals_partly_met_rate(self):
        return percent(self.goals[GoalsMet.PARTLY], self.feedback_count)

    @property
    def recommend_rate(self):
        return percent(self.recommending, self.feedback_count)


class ByMonth:
    """Requests by the month they were sent, mentorships by the month they started, feedback
    by the month it was given. Every month from the first to the last with activity gets a
    row, newest first, so a quiet month shows as a row of zeros rather than a gap."""

    heading = GroupBy.MONTH.label

    def keys(self, record):
        return [timezone.localdate(record["when"]).replace(day=1)]

    def rows(self, groups):
        if not groups:
            return []
        month, last = min(groups), max(groups)
        months = []
        while month <= last:
            months.append(month)
            month = (month + datetime.timedelta(days=31)).replace(day=1)
        rows = []
        for month in reversed(months):
            figures = groups.get(month) or ProgrammeFigures()
            figures.label = date_format(month, "YEAR_MONTH_FORMAT")
            rows.append(figures)
        return rows


class BySpecialty:
    """The mentor's specialties: a mentor with several counts in each of them, so the rows
    overlap. Mentors without a specialty (or without a mentor profile any more) come last."""

    heading = GroupBy.SPECIALTY.label

    def __init__(self):
        self.specialties_of = defaultdict(list)
        links = (
            MentorProfile.specialties.through.objects.select_related("specialty")
            .annotate(mentor_user=F("mentorprofile__member__user_id"))
            .order_by()
        )
        for link in links:
            self.specialties_of[link.mentor_user].append(link.specialty)

    def keys(self, record):
        return self.specialties_of.get(record["mentor_user"]) or [None]

    def rows(self, groups):
        specialties = sorted(
            (specialty for specialty in groups if specialty is not None),
            key=lambda specialty: specialty.display_name.casefold(),
        )
        rows = []
        for specialty in specialties:
            groups[specialty].label = specialty.display_name
            rows.append(groups[specialty])
        if None in groups:
            groups[None].label = gettext("No specialty")
            rows.append(groups[None])
        return rows


class ByRegion:
    """The region of the state the mentor gave on their member profile."""

    heading = GroupBy.REGION.label

    def keys(self, record):
        return [region_for_state(record["mentor_state"])]

    def rows(self, groups):
        rows = []
        for region in [*Region, None]:
            if region in groups:
                groups[region].label = str(region.label) if region else gettext("Region not given")
                rows.append(groups[region])
        return rows


GROUPINGS = {GroupBy.MONTH: ByMonth, GroupBy.SPECIALTY: BySpecialty, GroupBy.REGION: ByRegion}


def _mentor_columns(mentor):
    """Each record names its mentor (a user) and the state on their member profile."""
    return {"mentor_user": F(mentor), "mentor_state": F(f"{mentor}__profile__state")}


def programme_rows(group_by=GroupBy.MONTH, start=None, end=None):
    """The totals row ("All"), then one row per group, for the requests sent, mentorships
    started and feedback given between ``start`` and ``end`` (either may be None)."""
    grouping = GROUPINGS[group_by]()
    total = ProgrammeFigures(label=gettext("All"))
    groups = defaultdict(ProgrammeFigures)

    def count(records, method):
        for record in records:
            method(total, record)
            for key in grouping.keys(record):
                method(groups[key], record)

    requests = requests_between(start, end).values(
        "status", "created_at", "responded_at", when=F("created_at"), **_mentor_columns("mentor")
    )
    count(requests, ProgrammeFigures.count_request)
    mentorships = _dated(Mentorship.objects.all(), "started_at", start, end).values(
        "ended_at", when=F("started_at"), **_mentor_columns("mentor")
    )
    count(mentorships, ProgrammeFigures.count_mentorship)
    feedback = _dated(MentorshipFeedback.objects.all(), "created_at", start, end).values(
        "helpfulness",
        "goals_met",
        "would_recommend",
        when=F("created_at"),
        **_mentor_columns("mentorship__mentor"),
    )
    count(feedback, ProgrammeFigures.count_feedback)
    return [total, *grouping.rows(groups)]


# The slow responders report


class MentorResponses:
    """How one mentor answered the requests sent to them in the period."""

    def __init__(self):
        self.mentor = ""
        self.mentor_profile_id = None
        self.received = 0
        self.answered = 0
        self.expired = 0
        self.reminders_sent = 0
        self.answer_days = []
        self.waiting_days = []

    def count(self, request, now):
        self.received += 1
        self.reminders_sent += request["reminded_at"] is not None
        status = request["status"]
        if status in ANSWERED:
            self.answered += 1
            days = days_to_answer(request)
            if days is not None:
                self.answer_days.append(days)
        elif status == RequestStatus.EXPIRED:
            self.expired += 1
        elif status == RequestStatus.PENDING:
            self.waiting_days.append((now - request["created_at"]) / ONE_DAY)

    def is_slow(self, limit_days):
        """Let a request expire, has one waiting longer than ``limit_days``, or usually takes
        longer than that to answer (median)."""
        return bool(
            self.expired
            or max(self.waiting_days, default=0) > limit_days
            or (self.answer_days and statistics.median(self.answer_days) > limit_days)
        )

    @property
    def median_days_to_answer(self):
        return median_days(self.answer_days)

    @property
    def oldest_waiting_days(self):
        return rounded(max(self.waiting_days), 1) if self.waiting_days else None

    def worst_first(self):
        return (-self.expired, -max(self.waiting_days, default=0), self.mentor.casefold())

    @property
    def edit_url(self):
        if self.mentor_profile_id is None:
            return None
        return reverse("mentors_admin:edit", args=[self.mentor_profile_id])


def slow_responders(limit_days, start=None, end=None, now=None):
    """Mentors slow to answer the requests sent between ``start`` and ``end``, worst first:
    most requests expired, then the longest wait."""
    now = now or timezone.now()
    requests = requests_between(start, end)
    mentors = defaultdict(MentorResponses)
    for request in requests.values(
        "mentor_id", "status", "created_at", "responded_at", "reminded_at"
    ):
        mentors[request["mentor_id"]].count(request, now)
    slow = {pk: mentor for pk, mentor in mentors.items() if mentor.is_slow(limit_days)}
    users = User.objects.filter(Exists(requests.filter(mentor=OuterRef("pk")))).select_related(
        "profile__mentor_profile"
    )
    for user in users:
        if user.pk in slow:
            slow[user.pk].mentor = str(user)
            profile = getattr(getattr(user, "profile", None), "mentor_profile", None)
            slow[user.pk].mentor_profile_id = profile.pk if profile else None
    return sorted(slow.values(), key=MentorResponses.worst_first)


# The admin views


class RowHeadingColumn(TitleColumn):
    """The first cell of each row, marked up as the row's header (``<th scope="row">``)."""

    cell_template_name = "mentorship/reports/row_heading_cell.html"


class FigureColumn(Column):
    """A number; "—" when there is nothing to work it out from (no answers, no feedback)."""

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        if context["raw_value"] is None:
            context["value"] = "—"
        return context


def _dates_filter(label):
    return django_filters.DateFromToRangeFilter(label=label, widget=DateRangePickerWidget)


class SlowRespondersFilterSet(WagtailFilterSet):
    """The views read the cleaned values (``MentorshipReportView.filter_values``); none of these
    filters is applied to a queryset."""

    dates = _dates_filter(_("Requests sent between"))

    class Meta:
        model = MentorshipRequest
        fields = []


class ProgrammeFilterSet(WagtailFilterSet):
    """Read, not applied, like ``SlowRespondersFilterSet``. Month is the default grouping, so
    an address without ``group_by`` and one with ``group_by=month`` show the same report."""

    dates = _dates_filter(_("Dates"))
    group_by = django_filters.ChoiceFilter(
        label=_("Group by"), choices=GroupBy.choices, empty_label=None, initial=GroupBy.MONTH
    )

    class Meta:
        model = MentorshipRequest
        fields = []

    def __init__(self, data=None, *args, **kwargs):
        if data is not None and "group_by" not in data:
            data = data.copy()
            data["group_by"] = GroupBy.MONTH
        super().__init__(data, *args, **kwargs)


def period_label(dates):
    """The dates chosen, in words: "all dates", "from 1 March 2026", "1 March to 31 March"."""
    start, end = (dates.start, dates.stop) if dates else (None, None)
    if start and end:
        return gettext("%(start)s to %(end)s") % {
            "start": date_format(start),
            "end": date_format(end),
        }
    if start:
        return gettext("from %(start)s") % {"start": date_format(start)}
    if end:
        return gettext("until %(end)s") % {"end": date_format(end)}
    return gettext("all dates")


class MentorshipReportView(ReportView):
    """What both reports share: who may read them, the dates, the table and its exports."""

    header_icon = "group"
    permission_policy = report_permission_policy
    permission_required = "view"
    # Summary tables: every row on one page (the totals row stays first) and in the export.
    paginate_by = None

    def rows(self):
        raise NotImplementedError

    def caption(self):
        raise NotImplementedError

    def get_filtered_queryset(self):
        return self.rows()

    @cached_property
    def filter_values(self):
        """The filter values the form accepts; one it rejects is ignored, never an error."""
        form = self.filters.form
        form.is_valid()
        return form.cleaned_data

    @cached_property
    def dates(self):
        return self.filter_values.get("dates")

    @cached_property
    def start(self):
        return self.dates.start if self.dates else None

    @cached_property
    def end(self):
        return self.dates.stop if self.dates else None

    @cached_property
    def period(self):
        return period_label(self.dates)

    # Exports hold the same columns and numbers as the table; an empty cell stays empty (not
    # "—") so the spreadsheet's columns stay numeric.
    @property
    def list_export(self):
        return [column.name for column in self.columns]

    def as_spreadsheet(self, rows, spreadsheet_format):
        """Wagtail writes a CSV as it streams, after this view has returned and the admin's
        language is no longer active, so the headings are put into words now (the rows'
        labels already are)."""
        self.export_headings = {column.name: str(column.label) for column in self.columns}
        return super().as_spreadsheet(rows, spreadsheet_format)

    def get_table_kwargs(self):
        return {**super().get_table_kwargs(), "caption": self.caption()}


class ProgrammeReportView(MentorshipReportView):
    page_title = _("Mentorship programme")
    index_url_name = "mentorship_programme_report"
    index_results_url_name = "mentorship_programme_report_results"
    results_template_name = "mentorship/reports/programme_results.html"
    filterset_class = ProgrammeFilterSet

    @cached_property
    def group_by(self):
        return self.filter_values.get("group_by") or GroupBy.MONTH

    @cached_property
    def columns(self):
        return [
            RowHeadingColumn("label", label=GROUPINGS[self.group_by].heading),
            FigureColumn("requests_sent", label=_("Requests sent")),
            FigureColumn("accepted", label=_("Accepted")),
            FigureColumn("declined", label=_("Declined")),
            FigureColumn("withdrawn", label=_("Withdrawn")),
            FigureColumn("expired", label=_("Expired")),
            FigureColumn("waiting", label=_("Still waiting")),
            FigureColumn("acceptance_rate", label=_("Acceptance rate (%)")),
            FigureColumn("median_days_to_answer", label=_("Median days to answer")),
            FigureColumn("started", label=_("Mentorships started")),
            FigureColumn("active", label=_("Active now")),
            FigureColumn("closed", label=_("Closed")),
            FigureColumn("feedback_count", label=_("Feedback received")),
            FigureColumn("average_helpfulness", label=_("Average helpfulness (1–5)")),
            FigureColumn("goals_met_rate", label=_("Goals met: yes (%)")),
            FigureColumn("goals_partly_met_rate", label=_("Goals met: partly (%)")),
            FigureColumn("recommend_rate", label=_("Would recommend (%)")),
        ]

    def rows(self):
        return programme_rows(self.group_by, self.start, self.end)

    def caption(self):
        return gettext("Mentorship programme by %(grouping)s, %(period)s") % {
            "grouping": str(GROUPINGS[self.group_by].heading).lower(),
            "period": self.period,
        }

    def get_filename(self):
        return f"hub-mentorship-programme-by-{self.group_by}"


class SlowRespondersReportView(MentorshipReportView):
    page_title = _("Mentors slow to respond")
    index_url_name = "mentorship_slow_responders_report"
    index_results_url_name = "mentorship_slow_responders_report_results"
    results_template_name = "mentorship/reports/slow_responders_results.html"
    filterset_class = SlowRespondersFilterSet
    export_filename = "hub-mentors-slow-to-respond"
    no_results_message = _("No mentor was slow to answer the requests sent in this period.")
    columns = [
        RowHeadingColumn("mentor", label=_("Mentor"), get_url=lambda row: row.edit_url),
        FigureColumn("received", label=_("Requests received")),
        FigureColumn("answered", label=_("Answered")),
        FigureColumn("expired", label=_("Expired")),
        FigureColumn("median_days_to_answer", label=_("Median days to answer")),
        FigureColumn("oldest_waiting_days", label=_("Oldest request waiting (days)")),
        FigureColumn("reminders_sent", label=_("Reminders sent")),
    ]

    @cached_property
    def limit_days(self):
        return MentorshipSettings.load(self.request).reminder_after_days

    def rows(self):
        return slow_responders(self.limit_days, self.start, self.end)

    def caption(self):
        return gettext("Mentors slow to respond (requests sent: %(period)s)") % {
            "period": self.period
        }


def report_urls():
    urls = []
    for view_class, slug in [
        (ProgrammeReportView, "mentorship-programme"),
        (SlowRespondersReportView, "mentors-slow-to-respond"),
    ]:
        urls += [
            path(f"reports/{slug}/", view_class.as_view(), name=view_class.index_url_name),
            path(
                f"reports/{slug}/results/",
                view_class.as_view(results_only=True),
                name=view_class.index_results_url_name,
            ),
        ]
    return urls
