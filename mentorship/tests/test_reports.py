"""The programme and slow-responder reports: their numbers, exports, cost and who may read them."""

import csv
import datetime
import io
import re
from decimal import Decimal as D
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import openpyxl
import pytest
import time_machine
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.users.models import UserProfile

from members.factories import MemberFactory
from members.models import User
from members.permissions import EDITORS, MENTORSHIP_STAFF
from mentorship.factories import MentorshipFactory, MentorshipFeedbackFactory
from mentorship.models import (
    Mentorship,
    MentorshipFeedback,
    MentorshipRequest,
    MentorshipSettings,
    RequestStatus,
)
from mentorship.reports import GroupBy, programme_rows, slow_responders
from mentorship.tests.conftest import bulk_mentors, make_mentor, specialty

pytestmark = pytest.mark.django_db

NEW_YORK = ZoneInfo("America/New_York")
NOW = datetime.datetime(2026, 4, 15, 12, tzinfo=NEW_YORK)
PROGRAMME_URL = "mentorship_programme_report"
SLOW_URL = "mentorship_slow_responders_report"

# The programme report's number columns, in the table's order.
FIGURES = [
    "requests_sent",
    "accepted",
    "declined",
    "withdrawn",
    "expired",
    "waiting",
    "acceptance_rate",
    "median_days_to_answer",
    "started",
    "active",
    "closed",
    "feedback_count",
    "average_helpfulness",
    "goals_met_rate",
    "goals_partly_met_rate",
    "recommend_rate",
]


def on(month, day):
    """Noon in New York (the Hub's time zone) on a day of 2026."""
    return datetime.datetime(2026, month, day, 12, tzinfo=NEW_YORK)


def send(
    mentor, sent_at, status=RequestStatus.PENDING, answered_after=None, reminded=False, led_to=None
):
    """A request to ``mentor`` sent at ``sent_at``, answered (or closed) ``answered_after`` days
    later, with a reminder three days after sending when ``reminded``; an accepted request
    ``led_to`` its mentorship."""
    request = MentorshipRequest.objects.create(
        mentee=MemberFactory(),
        mentor=mentor.user,
        message="I would love advice on residency applications.",
        goals=["applications"],
        preferred_format="video",
        status=status,
        mentorship=led_to,
    )
    MentorshipRequest.objects.filter(pk=request.pk).update(
        created_at=sent_at,
        responded_at=None
        if answered_after is None
        else sent_at + datetime.timedelta(days=answered_after),
        reminded_at=sent_at + datetime.timedelta(days=3) if reminded else None,
    )
    return request


def mentorship(mentor, started_at, ended_at=None):
    created = MentorshipFactory(mentor=mentor.user)
    Mentorship.objects.filter(pk=created.pk).update(started_at=started_at, ended_at=ended_at)
    created.refresh_from_db()
    return created


def feedback(of, role, given_at, **answers):
    given = MentorshipFeedbackFactory(mentorship=of, role=role, **answers)
    MentorshipFeedback.objects.filter(pk=given.pk).update(created_at=given_at)


def figures(row):
    return tuple(getattr(row, name) for name in FIGURES)


def by_label(rows):
    return {str(row.label): row for row in rows}


def staff(group_name=MENTORSHIP_STAFF):
    user = MemberFactory(is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def programme():
    """Three mentors and nine requests from January to April 2026.

    Ada (Georgia, South; pediatrics and family medicine): accepted after 1 day (January, and a
    mentorship that is still active), declined after 3 days (January), expired (February),
    withdrawn (March).
    Ben (New York, Northeast; pediatrics): accepted after 2 days (February; the mentorship closed
    in March with feedback from both), declined after 6 days (March), waiting since April.
    Cleo (no state, no specialty): expired (March), waiting since April, and a mentorship made
    without a request (started March, closed April, the mentee's feedback in April).
    """
    ada = make_mentor(
        "Ada",
        "Adams",
        state="GA",
        specialties=[specialty("pediatrics"), specialty("family-medicine")],
    )
    ben = make_mentor("Ben", "Brown", state="NY", specialties=[specialty("pediatrics")])
    cleo = make_mentor("Cleo", "Clark", state="")
    cleo.specialties.clear()

    send(
        ada, on(1, 10), RequestStatus.ACCEPTED, answered_after=1, led_to=mentorship(ada, on(1, 11))
    )
    send(ada, on(1, 20), RequestStatus.DECLINED, answered_after=3)
    send(ada, on(2, 5), RequestStatus.EXPIRED, answered_after=10, reminded=True)
    send(ada, on(3, 1), RequestStatus.WITHDRAWN, answered_after=1)

    with_ben = mentorship(ben, on(2, 12), ended_at=on(3, 20))
    send(ben, on(2, 10), RequestStatus.ACCEPTED, answered_after=2, led_to=with_ben)
    feedback(with_ben, "mentee", on(3, 21), helpfulness=5, goals_met="yes", would_recommend=True)
    feedback(with_ben, "mentor", on(3, 22), helpfulness=4, goals_met="partly", would_recommend=True)
    send(ben, on(3, 5), RequestStatus.DECLINED, answered_after=6)
    send(ben, on(4, 10), reminded=True)

    send(cleo, on(3, 10), RequestStatus.EXPIRED, answered_after=10, reminded=True)
    send(cleo, on(4, 14))
    with_cleo = mentorship(cleo, on(3, 15), ended_at=on(4, 1))
    feedback(with_cleo, "mentee", on(4, 2), helpfulness=2, goals_met="no", would_recommend=False)
    return SimpleNamespace(ada=ada, ben=ben, cleo=cleo)


# The programme report: totals


def test_totals_row_comes_first_and_adds_up_the_whole_programme(programme):
    total = programme_rows()[0]
    assert str(total.label) == "All"
    assert total.requests_sent == 9
    assert (total.accepted, total.declined, total.withdrawn, total.expired) == (2, 2, 1, 2)
    assert total.waiting == 2
    assert (total.started, total.active, total.closed) == (3, 1, 2)
    assert total.feedback_count == 3
    assert total.average_helpfulness == D("3.7")  # (5 + 4 + 2) / 3
    assert (total.goals_met_rate, total.goals_partly_met_rate) == (33, 33)
    assert total.recommend_rate == 67


def test_acceptance_rate_counts_expired_requests_as_unanswered(programme):
    total = programme_rows()[0]
    # 2 accepted of 2 accepted + 2 declined + 2 expired; withdrawn and waiting left out.
    assert total.acceptance_rate == 33


def test_median_days_to_answer_covers_accepted_and_declined_requests_only(programme):
    # Answers after 1, 3, 2 and 6 days; the expired and withdrawn requests do not count.
    assert programme_rows()[0].median_days_to_answer == D("2.5")


def test_mentorships_without_a_request_still_count(programme):
    assert Mentorship.objects.filter(request__isnull=True).count() == 1
    assert programme_rows()[0].started == 3


# The programme report: groups


def test_month_rows_run_newest_first_with_requests_mentorships_and_feedback_by_their_own_month(
    programme,
):
    rows = programme_rows(GroupBy.MONTH)
    assert [str(row.label) for row in rows] == [
        "All",
        "April 2026",
        "March 2026",
        "February 2026",
        "January 2026",
    ]
    months = by_label(rows)
    assert figures(months["January 2026"]) == (
        *(2, 1, 1, 0, 0, 0),
        *(50, D("2.0")),
        *(1, 1, 0),
        *(0, None, None, None, None),
    )
    assert figures(months["February 2026"]) == (
        *(2, 1, 0, 0, 1, 0),
        *(50, D("2.0")),
        *(1, 0, 1),
        *(0, None, None, None, None),
    )
    assert figures(months["March 2026"]) == (
        *(3, 0, 1, 1, 1, 0),
        *(0, D("6.0")),
        *(1, 0, 1),
        *(2, D("4.5"), 50, 50, 100),
    )
    assert figures(months["April 2026"]) == (
        *(2, 0, 0, 0, 0, 2),
        *(None, None),
        *(0, 0, 0),
        *(1, D("2.0"), 0, 0, 0),
    )


def test_quiet_months_between_busy_ones_get_a_row_of_zeros():
    mentor = make_mentor("Dee", "Diaz")
    send(mentor, on(1, 10))
    send(mentor, on(3, 10))
    rows = by_label(programme_rows(GroupBy.MONTH))
    assert list(rows) == ["All", "March 2026", "February 2026", "January 2026"]
    assert figures(rows["February 2026"]) == (0,) * 6 + (None, None, 0, 0, 0, 0) + (None,) * 4


def test_specialty_rows_count_a_mentor_in_each_of_their_specialties(programme):
    rows = programme_rows(GroupBy.SPECIALTY)
    assert [str(row.label) for row in rows] == [
        "All",
        "Family medicine",
        "Pediatrics",
        "No specialty",
    ]
    specialties = by_label(rows)
    assert figures(specialties["Family medicine"]) == (
        *(4, 1, 1, 1, 1, 0),
        *(33, D("2.0")),
        *(1, 1, 0),
        *(0, None, None, None, None),
    )
    assert figures(specialties["Pediatrics"]) == (
        *(7, 2, 2, 1, 1, 1),
        *(40, D("2.5")),
        *(2, 1, 1),
        *(2, D("4.5"), 50, 50, 100),
    )
    assert figures(specialties["No specialty"]) == (
        *(2, 0, 0, 0, 1, 1),
        *(0, None),
        *(1, 0, 1),
        *(1, D("2.0"), 0, 0, 0),
    )
    # Ada counts under both her specialties, so the rows add up to more than the total.
    assert sum(row.requests_sent for row in rows[1:]) == 13 > rows[0].requests_sent == 9


def test_region_rows_follow_the_state_on_the_mentors_member_profile(programme):
    rows = programme_rows(GroupBy.REGION)
    assert [str(row.label) for row in rows] == ["All", "Northeast", "South", "Region not given"]
    regions = by_label(rows)
    assert figures(regions["South"]) == (
        *(4, 1, 1, 1, 1, 0),
        *(33, D("2.0")),
        *(1, 1, 0),
        *(0, None, None, None, None),
    )
    assert figures(regions["Northeast"]) == (
        *(3, 1, 1, 0, 0, 1),
        *(50, D("4.0")),
        *(1, 0, 1),
        *(2, D("4.5"), 50, 50, 100),
    )
    assert figures(regions["Region not given"]) == (
        *(2, 0, 0, 0, 1, 1),
        *(0, None),
        *(1, 0, 1),
        *(1, D("2.0"), 0, 0, 0),
    )


def test_dates_narrow_requests_mentorships_and_feedback_to_the_period(programme):
    rows = programme_rows(GroupBy.MONTH, datetime.date(2026, 3, 1), datetime.date(2026, 3, 31))
    assert [str(row.label) for row in rows] == ["All", "March 2026"]
    assert (
        figures(rows[0])
        == figures(rows[1])
        == (
            *(3, 0, 1, 1, 1, 0),
            *(0, D("6.0")),
            *(1, 0, 1),
            *(2, D("4.5"), 50, 50, 100),
        )
    )


def test_an_empty_programme_has_a_totals_row_of_zeros_and_dashes():
    rows = programme_rows(GroupBy.REGION)
    assert len(rows) == 1
    assert figures(rows[0]) == (0,) * 6 + (None, None, 0, 0, 0, 0) + (None,) * 4


# The slow responders report


@pytest.fixture
def responders():
    """Six mentors; the reminder setting is 3 days and it is noon on 15 April 2026.

    Wanda let 2 requests expire. Vic let 1 expire and has one waiting 1 day. Xavi let 1 expire
    and answered one after 1 day. Yara answered one after 1 day and has one waiting 5 days.
    Zane answered after 2, 4 and 5 days (median 4). Pat answered after 3 and 3 days and has one
    waiting exactly 3 days: never longer than the setting, so not slow.
    """
    mentors = SimpleNamespace(
        wanda=make_mentor("Wanda", "West"),
        vic=make_mentor("Vic", "Vance"),
        xavi=make_mentor("Xavi", "Xu"),
        yara=make_mentor("Yara", "Young"),
        zane=make_mentor("Zane", "Zola"),
        pat=make_mentor("Pat", "Park"),
    )
    expired = {"status": RequestStatus.EXPIRED, "answered_after": 10, "reminded": True}
    send(mentors.wanda, on(3, 1), **expired)
    send(mentors.wanda, on(3, 2), **expired)
    send(mentors.vic, on(3, 3), **expired)
    send(mentors.vic, on(4, 14))
    send(mentors.xavi, on(3, 4), **expired)
    send(mentors.xavi, on(3, 5), RequestStatus.ACCEPTED, answered_after=1)
    send(mentors.yara, on(3, 6), RequestStatus.DECLINED, answered_after=1)
    send(mentors.yara, on(4, 10), reminded=True)
    send(mentors.zane, on(3, 7), RequestStatus.ACCEPTED, answered_after=2)
    send(mentors.zane, on(3, 8), RequestStatus.DECLINED, answered_after=4)
    send(mentors.zane, on(3, 9), RequestStatus.DECLINED, answered_after=5)
    send(mentors.pat, on(3, 10), RequestStatus.DECLINED, answered_after=3)
    send(mentors.pat, on(3, 11), RequestStatus.ACCEPTED, answered_after=3)
    send(mentors.pat, on(4, 12))
    assert MentorshipSettings.load().reminder_after_days == 3
    return mentors


def responder_figures(row):
    return (
        row.mentor,
        row.received,
        row.answered,
        row.expired,
        row.median_days_to_answer,
        row.oldest_waiting_days,
        row.reminders_sent,
    )


def test_slow_responders_lists_mentors_worst_first_with_their_numbers(responders):
    rows = slow_responders(3, now=NOW)
    assert [responder_figures(row) for row in rows] == [
        ("Wanda West", 2, 0, 2, None, None, 2),
        ("Vic Vance", 2, 0, 1, None, D("1.0"), 1),
        ("Xavi Xu", 2, 1, 1, D("1.0"), None, 1),
        ("Yara Young", 2, 1, 0, D("1.0"), D("5.0"), 1),
        ("Zane Zola", 3, 3, 0, D("4.0"), None, 0),
    ]


def test_a_mentor_answering_and_waiting_exactly_the_reminder_days_is_not_slow(responders):
    assert "Pat Park" not in [row.mentor for row in slow_responders(3, now=NOW)]
    assert "Pat Park" in [row.mentor for row in slow_responders(2, now=NOW)]


def test_slow_responders_link_to_the_mentors_edit_page(responders):
    rows = slow_responders(3, now=NOW)
    assert rows[0].edit_url == reverse("mentors_admin:edit", args=[responders.wanda.pk])


def test_slow_responders_only_weigh_requests_sent_in_the_period(responders):
    rows = slow_responders(3, start=datetime.date(2026, 4, 1), now=NOW)
    assert [responder_figures(row) for row in rows] == [("Yara Young", 1, 0, 0, None, D("5.0"), 1)]


def test_slow_responders_report_uses_the_reminder_setting(client, responders):
    settings = MentorshipSettings.load()
    settings.reminder_after_days = 4
    settings.save()
    client.force_login(staff())
    with time_machine.travel(NOW, tick=False):
        response = client.get(reverse(SLOW_URL))
    mentors = [str(row.mentor) for row in response.context["object_list"]]
    # Yara's 5-day wait is still too long; Zane's median of 4 days no longer is.
    assert mentors == ["Wanda West", "Vic Vance", "Xavi Xu", "Yara Young"]
    assert "longer than 4 days" in " ".join(response.content.decode().split())


# The pages and their exports


def test_programme_page_has_a_heading_a_caption_and_row_headers(client, programme):
    client.force_login(staff())
    response = client.get(reverse(PROGRAMME_URL))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1" in html and "Mentorship programme" in html
    assert '<caption class="w-sr-only">Mentorship programme by month, all dates</caption>' in html
    assert '<th scope="row" class="title">' in html
    assert "Acceptance rate (%)" in html and "Goals met: partly (%)" in html
    assert "Period:</strong> all dates." in html


def test_programme_page_shows_a_dash_where_there_is_nothing_to_divide(client, programme):
    client.force_login(staff())
    html = client.get(reverse(PROGRAMME_URL), {"group_by": "month"}).content.decode()
    april = html.split("April 2026", 1)[1].split("</tr>", 1)[0]
    cells = re.findall(r"<td[^>]*>\s*(.*?)\s*</td>", april, re.DOTALL)
    assert cells[:8] == ["2", "0", "0", "0", "0", "2", "—", "—"]
    assert "None" not in html.split('<table class="listing">', 1)[1].split("</table>", 1)[0]


def test_programme_page_says_specialty_rows_overlap(client, programme):
    client.force_login(staff())
    html = client.get(reverse(PROGRAMME_URL), {"group_by": "specialty"}).content.decode()
    assert "Mentor&#x27;s specialty" in html
    assert "the rows overlap" in html
    assert "Pediatrics" in html and "No specialty" in html


def test_programme_page_ignores_an_unknown_grouping(client, programme):
    client.force_login(staff())
    response = client.get(reverse(PROGRAMME_URL), {"group_by": "planet"})
    assert response.status_code == 200
    assert "January 2026" in response.content.decode()


def test_programme_page_narrows_to_the_dates_chosen(client, programme):
    client.force_login(staff())
    response = client.get(
        reverse(PROGRAMME_URL), {"dates_from": "2026-03-01", "dates_to": "2026-03-31"}
    )
    rows = response.context["object_list"]
    assert [str(row.label) for row in rows] == ["All", "March 2026"]
    assert rows[0].requests_sent == 3
    assert "March 1, 2026 to March 31, 2026" in response.content.decode()


def read_csv(response):
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def test_programme_csv_holds_the_same_numbers_as_the_table(client, programme):
    client.force_login(staff())
    response = client.get(reverse(PROGRAMME_URL), {"group_by": "region", "export": "csv"})
    assert response["Content-Type"] == "text/csv"
    assert "hub-mentorship-programme-by-region.csv" in response["Content-Disposition"]
    assert read_csv(response) == [
        [
            "Mentor's region",
            "Requests sent",
            "Accepted",
            "Declined",
            "Withdrawn",
            "Expired",
            "Still waiting",
            "Acceptance rate (%)",
            "Median days to answer",
            "Mentorships started",
            "Active now",
            "Closed",
            "Feedback received",
            "Average helpfulness (1–5)",
            "Goals met: yes (%)",
            "Goals met: partly (%)",
            "Would recommend (%)",
        ],
        ["All", "9", "2", "2", "1", "2", "2", "33", "2.5", "3", "1", "2", "3", "3.7", "33", "33"]
        + ["67"],
        ["Northeast", "3", "1", "1", "0", "0", "1", "50", "4.0", "1", "0", "1", "2", "4.5"]
        + ["50", "50", "100"],
        ["South", "4", "1", "1", "1", "1", "0", "33", "2.0", "1", "1", "0", "0", "", "", "", ""],
        ["Region not given", "2", "0", "0", "0", "1", "1", "0", "", "1", "0", "1", "1", "2.0"]
        + ["0", "0", "0"],
    ]


def test_programme_csv_speaks_the_language_of_the_admin_who_downloads_it(client, programme):
    user = staff()
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "es"
    profile.save()
    client.force_login(user)
    html = client.get(reverse(PROGRAMME_URL)).content.decode()
    exported = read_csv(client.get(reverse(PROGRAMME_URL), {"export": "csv"}))
    row_headings = re.findall(r'<th scope="row" class="title">\s*(.*?)\s*</th>', html)
    assert row_headings[:2] == ["Todos", "abril de 2026"]
    assert [row[0] for row in exported[1:]] == row_headings


def test_programme_xlsx_is_a_spreadsheet_with_the_same_numbers(client, programme):
    client.force_login(staff())
    response = client.get(reverse(PROGRAMME_URL), {"export": "xlsx"})
    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    sheet = workbook.active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Month", "Requests sent", "Accepted")
    assert rows[1] == ("All", 9, 2, 2, 1, 2, 2, 33, 2.5, 3, 1, 2, 3, 3.7, 33, 33, 67)
    assert [row[0] for row in rows[1:]] == [
        "All",
        "April 2026",
        "March 2026",
        "February 2026",
        "January 2026",
    ]


def test_slow_responders_page_and_csv_list_the_same_mentors(client, responders):
    client.force_login(staff())
    with time_machine.travel(NOW, tick=False):
        html = client.get(reverse(SLOW_URL)).content.decode()
        exported = read_csv(client.get(reverse(SLOW_URL), {"export": "csv"}))
    assert f'href="{reverse("mentors_admin:edit", args=[responders.wanda.pk])}"' in html
    assert "Mentors slow to respond (requests sent: all dates)" in html
    assert exported[0] == [
        "Mentor",
        "Requests received",
        "Answered",
        "Expired",
        "Median days to answer",
        "Oldest request waiting (days)",
        "Reminders sent",
    ]
    assert exported[1:] == [
        ["Wanda West", "2", "0", "2", "", "", "2"],
        ["Vic Vance", "2", "0", "1", "", "1.0", "1"],
        ["Xavi Xu", "2", "1", "1", "1.0", "", "1"],
        ["Yara Young", "2", "1", "0", "1.0", "5.0", "1"],
        ["Zane Zola", "3", "3", "0", "4.0", "", "0"],
    ]


def test_slow_responders_xlsx_is_a_spreadsheet(client, responders):
    client.force_login(staff())
    with time_machine.travel(NOW, tick=False):
        response = client.get(reverse(SLOW_URL), {"export": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert [row[0] for row in sheet.iter_rows(values_only=True)][1:] == [
        "Wanda West",
        "Vic Vance",
        "Xavi Xu",
        "Yara Young",
        "Zane Zola",
    ]


def test_slow_responders_page_says_so_when_nobody_is_slow(client):
    client.force_login(staff())
    response = client.get(reverse(SLOW_URL))
    assert response.status_code == 200
    assert "No mentor was slow to answer" in response.content.decode()


# Who may read the reports


@pytest.mark.parametrize("url_name", [PROGRAMME_URL, SLOW_URL])
def test_mentorship_staff_and_superusers_can_open_the_reports(client, url_name):
    client.force_login(staff())
    assert client.get(reverse(url_name)).status_code == 200
    assert client.get(reverse(f"{url_name}_results")).status_code == 200
    client.force_login(MemberFactory(is_staff=True, is_superuser=True))
    assert client.get(reverse(url_name)).status_code == 200


@pytest.mark.parametrize("url_name", [PROGRAMME_URL, SLOW_URL])
@pytest.mark.parametrize("export", [None, "csv"])
def test_editors_are_turned_away_from_the_reports_and_their_exports(client, url_name, export):
    client.force_login(staff(EDITORS))
    response = client.get(reverse(url_name), {"export": export} if export else {})
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


@pytest.mark.parametrize("url_name", [PROGRAMME_URL, SLOW_URL])
def test_members_without_admin_access_are_sent_to_sign_in(client, url_name):
    client.force_login(MemberFactory())
    response = client.get(reverse(url_name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_the_reports_menu_lists_the_reports_for_mentorship_staff_only(client, home_page):
    reports = [reverse(PROGRAMME_URL), reverse(SLOW_URL)]
    client.force_login(staff())
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert all(url in html for url in reports)
    client.force_login(staff(EDITORS))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert not any(url in html for url in reports)


# Cost: the same number of queries for a few requests and for hundreds


def seed(mentor_count, request_count):
    """``mentor_count`` mentors (Georgia; family medicine and pediatrics), ``request_count``
    requests in every state spread over them, one mentorship per mentor and its feedback."""
    mentors = bulk_mentors(mentor_count)
    start = User.objects.count()
    mentees = User.objects.bulk_create(
        User(email=f"mentee{start + i}@example.org", first_name="Bulk", last_name=f"Mentee{i}")
        for i in range(request_count // mentor_count + 1)
    )
    EmailAddress.objects.bulk_create(
        EmailAddress(user=user, email=user.email, verified=True, primary=True) for user in mentees
    )
    statuses = list(RequestStatus)
    MentorshipRequest.objects.bulk_create(
        MentorshipRequest(
            mentee=mentees[i // mentor_count],
            mentor=mentors[i % mentor_count].member.user,
            message="Hello",
            goals=["career"],
            preferred_format="video",
            status=statuses[(i + i // mentor_count) % len(statuses)],
        )
        for i in range(request_count)
    )
    mentorships = Mentorship.objects.bulk_create(
        Mentorship(mentor=mentor.member.user, mentee=mentees[0]) for mentor in mentors
    )
    MentorshipFeedback.objects.bulk_create(
        MentorshipFeedback(
            mentorship=each,
            author=mentees[0],
            role="mentee",
            helpfulness=4,
            goals_met="yes",
            would_recommend=True,
        )
        for each in mentorships
    )
    MentorshipRequest.objects.exclude(status=RequestStatus.PENDING).update(
        responded_at=NOW, created_at=NOW - datetime.timedelta(days=20)
    )
    MentorshipRequest.objects.filter(status=RequestStatus.PENDING).update(
        created_at=NOW - datetime.timedelta(days=5)
    )


@pytest.fixture(params=[(3, 5), (60, 300)], ids=["small", "large"])
def seeded(request):
    seed(*request.param)
    return request.param


@pytest.mark.parametrize(
    ("url_name", "query"),
    [
        (PROGRAMME_URL, {"group_by": "month"}),
        (PROGRAMME_URL, {"group_by": "specialty"}),
        (PROGRAMME_URL, {"group_by": "region", "dates_from": "2026-01-01"}),
        (PROGRAMME_URL, {"group_by": "specialty", "export": "csv"}),
        (SLOW_URL, {}),
        (SLOW_URL, {"export": "xlsx"}),
    ],
)
def test_report_queries_hold_from_a_few_requests_to_hundreds(
    client, seeded, url_name, query, django_assert_max_num_queries
):
    client.force_login(staff())
    with time_machine.travel(NOW, tick=False):
        client.get(reverse(url_name), query)
        with django_assert_max_num_queries(13):
            response = client.get(reverse(url_name), query)
    assert response.status_code == 200
    if url_name == SLOW_URL and "export" not in query:
        # Every mentor let a request expire, has one waiting 5 days, or took 20 days to answer.
        assert len(response.context["object_list"]) == seeded[0]
