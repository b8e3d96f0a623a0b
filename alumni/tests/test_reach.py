"""The reach report: its numbers against crafted data, shares of the 32,000 goal, queries that do
not grow with the registry, who may read it (report and dashboard panel), and logged exports."""

import csv
import io
from decimal import Decimal

import openpyxl
import pytest
from django.urls import reverse

from alumni.admin_reach import bars
from alumni.factories import AlumniContactFactory, AlumniRecordFactory, ClaimFactory
from alumni.models import (
    REACH_GOAL,
    AlumniContact,
    AlumniRecord,
    ClaimStatus,
    ContactKind,
    ContactStatus,
    ExportLog,
    Invitation,
    InvitationBatch,
    InvitationStatus,
)
from alumni.reach import ReachFigures, reach, share_of_goal
from members.factories import MemberFactory, staff_user
from members.permissions import ALUMNI_RELATIONS, EDITORS, MENTORSHIP_STAFF

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/reports/alumni-reach/"
DASHBOARD_URL = "/admin/"


def invite(record, status):
    batch = InvitationBatch.objects.get_or_create(name="Spring invitations")[0]
    return Invitation.objects.create(
        batch=batch,
        record=record,
        email=f"{record.pk}-{status}@example.org",
        token_hash=f"{record.pk}-{status}",
        status=status,
    )


def counts(figures):
    return {
        name: getattr(figures, name)
        for name in ("records", "contactable", "invited", "joined", "verified")
    }


def row(figures_list, label):
    return next(figures for figures in figures_list if figures.label == label)


@pytest.fixture
def registry():
    """Eight people, each a different case (see the comments)."""
    # Everything: a working email, invited, a member, verified by an approved claim.
    amara = AlumniRecordFactory(state="NY", graduation_year=1987, member=MemberFactory())
    AlumniContactFactory(record=amara)
    invite(amara, InvitationStatus.SENT)
    ClaimFactory(record=amara, status=ClaimStatus.APPROVED)
    # A working email, but "do not contact".
    bola = AlumniRecordFactory(
        state="NY", graduation_year=1995, contact_status=ContactStatus.DO_NOT_CONTACT
    )
    AlumniContactFactory(record=bola)
    # Only a bounced email; the invitation bounced (it still counts as invited).
    chidi = AlumniRecordFactory(state="TX", graduation_year=1995)
    AlumniContactFactory(record=chidi, status=ContactStatus.BOUNCED)
    invite(chidi, InvitationStatus.BOUNCED)
    # A working email; one invitation still queued and one suppressed: not invited.
    diego = AlumniRecordFactory(state="TX", graduation_year=2012)
    AlumniContactFactory(record=diego)
    AlumniContactFactory(record=diego, status=ContactStatus.BOUNCED)
    invite(diego, InvitationStatus.QUEUED)
    invite(diego, InvitationStatus.SUPPRESSED)
    # A phone number only; a claim waiting for review (not verified).
    esi = AlumniRecordFactory(state="CA", graduation_year=1975)
    AlumniContactFactory(record=esi, kind=ContactKind.PHONE, value="+1 555 0100")
    ClaimFactory(record=esi, status=ClaimStatus.PENDING)
    # Puerto Rico, no graduation year: a working email, the invitation opened, a member.
    fela = AlumniRecordFactory(state="PR", graduation_year=None, member=MemberFactory())
    AlumniContactFactory(record=fela)
    invite(fela, InvitationStatus.OPENED)
    # No state; joined through an invitation and verified by a claim; no contact details.
    gloria = AlumniRecordFactory(state="", graduation_year=2021, member=MemberFactory())
    invite(gloria, InvitationStatus.JOINED)
    ClaimFactory(record=gloria, status=ClaimStatus.APPROVED)
    # Outside the United States; a declined claim.
    hana = AlumniRecordFactory(state="XX", graduation_year=2003, needs_review=True)
    ClaimFactory(record=hana, status=ClaimStatus.DECLINED)


# --- The numbers ---------------------------------------------------------------------------


def test_totals_count_records_usable_contact_invited_joined_and_verified(registry):
    total = reach().total
    assert counts(total) == {
        "records": 8,
        "contactable": 3,
        "invited": 4,
        "joined": 3,
        "verified": 2,
    }
    assert total.contactable == AlumniRecord.objects.contactable().count()


def test_regions_follow_the_state_and_records_without_one_are_unknown(registry):
    by_region = reach().by_region
    assert [figures.label for figures in by_region] == [
        "Northeast",
        "Midwest",
        "South",
        "West",
        "US territories",
        "Outside the United States",
        "Unknown",
    ]
    expected = {
        "Northeast": [2, 1, 1, 1, 1],
        "Midwest": [0, 0, 0, 0, 0],
        "South": [2, 1, 1, 0, 0],
        "West": [1, 0, 0, 0, 0],
        "US territories": [1, 1, 1, 1, 0],
        "Outside the United States": [1, 0, 0, 0, 0],
        "Unknown": [1, 0, 1, 1, 1],
    }
    for label, numbers in expected.items():
        assert list(counts(row(by_region, label)).values()) == numbers, label


def test_decades_come_from_the_graduation_year_and_records_without_one_are_unknown(registry):
    by_decade = reach().by_decade
    assert [figures.label for figures in by_decade] == [
        "1970s",
        "1980s",
        "1990s",
        "2000s",
        "2010s",
        "2020s",
        "Unknown",
    ]
    expected = {
        "1970s": [1, 0, 0, 0, 0],
        "1980s": [1, 1, 1, 1, 1],
        "1990s": [2, 0, 1, 0, 0],
        "2000s": [1, 0, 0, 0, 0],
        "2010s": [1, 1, 0, 0, 0],
        "2020s": [1, 0, 1, 1, 1],
        "Unknown": [1, 1, 1, 1, 0],
    }
    for label, numbers in expected.items():
        assert list(counts(row(by_decade, label)).values()) == numbers, label


def test_an_earlier_decade_gets_its_own_row_before_the_1970s():
    AlumniRecordFactory(graduation_year=1962)
    labels = [figures.label for figures in reach().by_decade]
    assert labels[:2] == ["1960s", "1970s"]
    assert row(reach().by_decade, "1960s").records == 1


def test_an_empty_registry_shows_every_group_with_zeros():
    result = reach()
    assert counts(result.total) == dict.fromkeys(counts(result.total), 0)
    assert len(result.by_region) == 7
    assert all(figures.records == 0 for figures in result.by_region + result.by_decade)


def test_shares_are_percentages_of_the_32000_goal_to_one_decimal_place():
    assert REACH_GOAL == 32_000
    assert share_of_goal(15_000) == Decimal("46.9")
    assert share_of_goal(16_000) == Decimal("50.0")
    assert share_of_goal(32_000) == Decimal("100.0")
    assert share_of_goal(16) == Decimal("0.1")  # 0.05 rounds half up
    assert share_of_goal(15) == Decimal("0.0")
    figures = ReachFigures(records=24_000, contactable=8_000)
    assert figures.share("records") == Decimal("75.0")
    assert figures.share("contactable") == Decimal("25.0")


def test_bars_are_as_long_as_the_share_of_the_goal_and_never_longer_than_the_goal():
    figures = ReachFigures(records=40_000, contactable=16_000, invited=8_000)
    drawn = {label: (count, share, width) for label, count, share, width in bars(figures)}
    assert drawn["Records"] == (40_000, Decimal("125.0"), 100)
    assert drawn["With usable contact"] == (16_000, Decimal("50.0"), Decimal("50.0"))
    assert drawn["Invited"] == (8_000, Decimal("25.0"), Decimal("25.0"))
    assert list(drawn) == [
        "Records",
        "With usable contact",
        "Invited",
        "Joined the Hub",
        "Verified by a claim",
    ]


def bulk_registry(count):
    members = [MemberFactory() for _ in range(3)]
    records = AlumniRecord.objects.bulk_create(
        AlumniRecord(
            first_name=f"Person{number}",
            last_name="Registry",
            school="Meharry Medical College",
            graduation_year=1970 + number % 55 if number % 7 else None,
            state=["TN", "NY", "CA", "OH", "PR", "XX", ""][number % 7],
            member=members[number] if number < len(members) else None,
            needs_review=number % 11 == 0,
        )
        for number in range(count)
    )
    AlumniContact.objects.bulk_create(
        AlumniContact(record=record, kind="email", value=f"p{record.pk}@example.org", source="x")
        for record in records
    )
    batch = InvitationBatch.objects.create(name="Batch")
    Invitation.objects.bulk_create(
        Invitation(batch=batch, record=record, email="x@example.org", token_hash=str(record.pk))
        for record in records[::2]
    )
    return records


@pytest.mark.parametrize("count", [5, 300])
def test_queries_do_not_grow_with_the_registry(
    client, home_page, django_assert_max_num_queries, count
):
    bulk_registry(count)
    with django_assert_max_num_queries(1):
        assert reach().total.records == count
    client.force_login(staff_user(ALUMNI_RELATIONS))
    client.get(REPORT_URL)
    # About 10 today: the session, the user, permissions and the admin menu's checks, and the
    # numbers (one query).
    with django_assert_max_num_queries(12):
        response = client.get(REPORT_URL)
    assert response.context["reach"].total.records == count
    client.get(DASHBOARD_URL)
    # About 18 today, three of them the panel's: the numbers, waiting claims, flagged records.
    with django_assert_max_num_queries(20):
        response = client.get(DASHBOARD_URL)
    assert 'id="alumni-reach' in response.text


# --- Who may read it -----------------------------------------------------------------------


@pytest.mark.parametrize("group_name", [ALUMNI_RELATIONS, None])
def test_alumni_relations_and_superusers_see_the_report_its_menu_item_and_the_panel(
    client, home_page, registry, group_name
):
    client.force_login(staff_user(group_name))
    report = client.get(REPORT_URL)
    assert report.status_code == 200
    assert "Alumni reach" in report.text
    assert "8 of 32,000 (0.0%)" in report.text
    assert "By region" in report.text and "By graduation decade" in report.text
    dashboard = client.get(DASHBOARD_URL)
    assert 'href="/admin/reports/alumni-reach/"' in dashboard.text
    assert 'id="alumni-reach' in dashboard.text


@pytest.mark.parametrize("group_name", [EDITORS, MENTORSHIP_STAFF])
def test_other_staff_are_refused_the_report_and_do_not_see_the_panel(
    client, home_page, registry, group_name
):
    client.force_login(staff_user(group_name))
    report = client.get(REPORT_URL)
    assert report.status_code == 302
    assert report.url == reverse("wagtailadmin_home")
    assert client.get(REPORT_URL, {"export": "csv"}).status_code == 302
    assert not ExportLog.objects.exists()
    dashboard = client.get(DASHBOARD_URL)
    assert dashboard.status_code == 200
    assert 'id="alumni-reach' not in dashboard.text
    assert "/admin/reports/alumni-reach/" not in dashboard.text


def test_the_panels_show_the_bars_and_link_to_waiting_claims_flagged_records_and_report(
    client, home_page, registry
):
    ClaimFactory(status=ClaimStatus.PENDING)
    client.force_login(staff_user(ALUMNI_RELATIONS))
    response = client.get(DASHBOARD_URL)
    panel = response.text[response.text.index('id="alumni-reach') :]
    work = response.text[response.text.index('id="alumni_work') :]
    assert "8 of 32,000 (0.0%)" in panel  # records
    assert "3 of 32,000 (0.0%)" in panel  # usable contact, and joined
    assert "4 of 32,000 (0.0%)" in panel  # invited
    assert 'href="/admin/alumni/claims/?status=pending"' in work
    assert "2 claims waiting for review" in work
    assert 'href="/admin/alumni/records/?needs_review=true"' in work
    assert "1 imported record needs review" in work
    assert 'href="/admin/reports/alumni-reach/"' in panel
    # The links lead where they say.
    claims = client.get("/admin/alumni/claims/", {"status": "pending"})
    assert len(claims.context["object_list"]) == 2
    flagged = client.get("/admin/alumni/records/", {"needs_review": "true"})
    assert [record.state for record in flagged.context["object_list"]] == ["XX"]


# --- Exports -------------------------------------------------------------------------------


def test_csv_export_holds_totals_regions_and_decades_and_is_logged(client, home_page, registry):
    user = staff_user(ALUMNI_RELATIONS)
    client.force_login(user)
    response = client.get(REPORT_URL, {"export": "csv"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert len(rows) == 1 + 7 + 7
    assert rows[0]["Breakdown"] == "Total"
    assert rows[0]["Records"] == "8"
    assert rows[0]["With usable contact"] == "3"
    assert rows[0]["Invited"] == "4"
    assert rows[0]["Joined the Hub"] == "3"
    assert rows[0]["Verified by a claim"] == "2"
    assert rows[0]["Records: share of the 32,000 goal (%)"] == "0.0"
    south = next(r for r in rows if r["Breakdown"] == "Region" and r["Group"] == "South")
    assert (south["Records"], south["With usable contact"], south["Invited"]) == ("2", "1", "1")
    nineties = next(r for r in rows if r["Group"] == "1990s")
    assert nineties["Breakdown"] == "Graduation decade"
    assert nineties["Records"] == "2"
    log = ExportLog.objects.get()
    assert (log.user, log.what, log.file_format, log.rows) == (user, "Alumni reach", "csv", 15)


def test_xlsx_export_is_a_workbook_and_is_logged(client, home_page, registry):
    user = staff_user()
    client.force_login(user)
    response = client.get(REPORT_URL, {"export": "xlsx"})
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][:3] == ("Breakdown", "Group", "Records")
    assert values[1][:3] == ("Total", "All records", 8)
    assert len(values) == 1 + 15
    log = ExportLog.objects.get()
    assert (log.user, log.what, log.file_format, log.rows) == (user, "Alumni reach", "xlsx", 15)
