"""The alumni registry in the Wagtail admin: who may see it, search and filters, the export
log, the audit trail of edits, contact details, and queries that do not grow with the registry."""

import csv
import io

import pytest
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from alumni.factories import (
    AlumniAwardFactory,
    AlumniContactFactory,
    AlumniRecordFactory,
    ClaimFactory,
)
from alumni.models import (
    AlumniContact,
    AlumniRecord,
    ChangeAction,
    ClaimCandidate,
    ContactStatus,
    ExportLog,
    Invitation,
    InvitationBatch,
    InvitationStatus,
    RecordChange,
)
from members.factories import MemberFactory, staff_user
from members.permissions import ALUMNI_RELATIONS, EDITORS, MENTORSHIP_STAFF

pytestmark = pytest.mark.django_db

INDEX_URL = "/admin/alumni/records/"


def inspect_url(record):
    return reverse("alumni_records:inspect", args=[record.pk])


def edit_url(record):
    return reverse("alumni_records:edit", args=[record.pk])


def listed(response):
    return [record.pk for record in response.context["object_list"]]


def exported_rows(response):
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(body)))


@pytest.fixture
def alumni_client(client, home_page):
    client.force_login(staff_user(ALUMNI_RELATIONS))
    return client


@pytest.fixture
def record():
    record = AlumniRecordFactory(
        first_name="Adaeze",
        last_name="Okafor",
        other_names="Adaeze Nwosu",
        external_id="NMF-1001",
        state="MD",
    )
    AlumniContactFactory(record=record, value="adaeze@example.org", confidence=90)
    AlumniAwardFactory(record=record, program="NMF Need-Based Scholarship", year=2009)
    return record


# --- Who may see it ------------------------------------------------------------------------


@pytest.mark.parametrize("group_name", [ALUMNI_RELATIONS, None])
def test_alumni_relations_and_superusers_list_inspect_edit_and_export(
    client, home_page, record, group_name
):
    client.force_login(staff_user(group_name))
    listing = client.get(INDEX_URL)
    assert listing.status_code == 200
    assert "Adaeze Okafor" in listing.text
    assert client.get(inspect_url(record)).status_code == 200
    assert client.get(edit_url(record)).status_code == 200
    export = client.get(INDEX_URL, {"export": "csv"})
    assert export.status_code == 200
    assert [row["Last name"] for row in exported_rows(export)] == ["Okafor"]
    menu = client.get(reverse("wagtailadmin_home")).text
    assert "Alumni records" in menu
    assert "Claims" in menu


@pytest.mark.parametrize("group_name", [EDITORS, MENTORSHIP_STAFF])
def test_other_staff_are_refused_everything_and_nothing_is_exported(
    client, home_page, record, group_name
):
    client.force_login(staff_user(group_name))
    for url in [INDEX_URL, inspect_url(record), edit_url(record), f"{INDEX_URL}?export=csv"]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response.url == reverse("wagtailadmin_home")
        assert "adaeze@example.org" not in response.text
    assert client.get(f"{INDEX_URL}?export=xlsx").status_code == 302
    client.post(edit_url(record), {"first_name": "Changed"})
    client.post(inspect_url(record), {"value": "new@example.org", "source": "x", "confidence": 9})
    record.refresh_from_db()
    assert record.first_name == "Adaeze"
    assert not AlumniContact.objects.filter(value="new@example.org").exists()
    assert not ExportLog.objects.exists()
    assert not RecordChange.objects.exists()
    menu = client.get(reverse("wagtailadmin_home")).text
    assert "Alumni records" not in menu


def test_members_without_admin_access_are_sent_to_sign_in(client, home_page, record):
    client.force_login(MemberFactory())
    for url in [INDEX_URL, inspect_url(record), f"{INDEX_URL}?export=csv"]:
        response = client.get(url)
        assert response.status_code == 302
        assert "login" in response.url
    assert not ExportLog.objects.exists()


def test_records_cannot_be_added_or_deleted_in_the_admin(alumni_client, record):
    for name in ["add", "delete"]:
        with pytest.raises(NoReverseMatch):
            reverse(f"alumni_records:{name}", args=[] if name == "add" else [record.pk])
    page = alumni_client.get(inspect_url(record)).text
    assert "/delete/" not in page
    assert "/new/" not in alumni_client.get(INDEX_URL).text


# --- Search and filters --------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    ["Adaeze Okafor", "okafor", "Nwosu", "Howard", "NMF-1001", "adaeze@example", "ADAEZE"],
)
def test_search_finds_a_record_by_names_former_names_school_external_id_and_email(
    alumni_client, record, query
):
    other = AlumniRecordFactory(first_name="Luis", last_name="Reyes", school="UCLA")
    response = alumni_client.get(INDEX_URL, {"q": query})
    assert listed(response) == [record.pk]
    assert other.pk not in listed(response)


def test_search_ignores_accents_and_hyphens_in_names(alumni_client):
    record = AlumniRecordFactory(first_name="José-Luis", last_name="Pérez")
    AlumniRecordFactory(first_name="Maria", last_name="Lopez")
    assert listed(alumni_client.get(INDEX_URL, {"q": "jose luis perez"})) == [record.pk]


def test_filters_narrow_the_list(alumni_client):
    member = MemberFactory()
    linked = AlumniRecordFactory(member=member, state="CA", graduation_year=1995)
    flagged = AlumniRecordFactory(needs_review=True, state="NY", graduation_year=2003)
    bounced = AlumniRecordFactory(contact_status=ContactStatus.BOUNCED, graduation_year=2008)
    AlumniAwardFactory(record=flagged, program="Fellowship for Leadership", year=2001)

    def only(query):
        return set(listed(alumni_client.get(INDEX_URL, query)))

    assert only({"linked": "true"}) == {linked.pk}
    assert linked.pk not in only({"linked": "false"})
    assert only({"needs_review": "true"}) == {flagged.pk}
    assert only({"contact_status": "bounced"}) == {bounced.pk}
    assert only({"region": "west"}) == {linked.pk}
    assert only({"decade": "1990"}) == {linked.pk}
    assert only({"award_program": "Fellowship for Leadership"}) == {flagged.pk}
    # An unknown value is ignored, never an error.
    assert alumni_client.get(INDEX_URL, {"decade": "nonsense"}).status_code == 200


# --- Export --------------------------------------------------------------------------------


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_every_export_is_logged_with_who_what_and_how_many_rows(
    client, home_page, record, file_format
):
    user = staff_user(ALUMNI_RELATIONS)
    client.force_login(user)
    AlumniRecordFactory(needs_review=True)
    response = client.get(INDEX_URL, {"export": file_format, "needs_review": "true"})
    assert response.status_code == 200
    log = ExportLog.objects.get()
    assert (log.user, log.file_format, log.rows) == (user, file_format, 1)
    assert log.what.startswith("alumni records")
    assert "needs_review=true" in log.what


def test_export_has_the_best_usable_email(alumni_client, record):
    AlumniContactFactory(record=record, value="old@example.org", confidence=99, status="bounced")
    AlumniContactFactory(record=record, value="lower@example.org", confidence=40)
    rows = exported_rows(alumni_client.get(INDEX_URL, {"export": "csv"}))
    assert rows[0]["Best email"] == "adaeze@example.org"
    assert rows[0]["Region"] == "South"


# --- Editing and the audit trail -----------------------------------------------------------


def edit_data(record, **changes):
    data = {
        "first_name": record.first_name,
        "last_name": record.last_name,
        "other_names": record.other_names,
        "school": record.school,
        "degree": record.degree,
        "graduation_year": record.graduation_year or "",
        "state": record.state,
        "contact_status": record.contact_status,
        "needs_review": "on" if record.needs_review else "",
        "possible_match": record.possible_match_id or "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value != ""}


def test_an_edit_records_who_changed_what_before_and_after(client, home_page, record):
    user = staff_user(ALUMNI_RELATIONS)
    client.force_login(user)
    response = client.post(
        edit_url(record), edit_data(record, last_name="Okafor-Eze", graduation_year=2013)
    )
    assert response.status_code == 302
    change = RecordChange.objects.get()
    assert change.action == ChangeAction.UPDATED
    assert change.changed_by == user
    assert change.record == record
    assert change.changes == {
        "last_name": ["Okafor", "Okafor-Eze"],
        "graduation_year": [2012, 2013],
    }
    record.refresh_from_db()
    assert record.last_name == "Okafor-Eze"


def test_saving_without_changes_records_nothing(alumni_client, record):
    assert alumni_client.post(edit_url(record), edit_data(record)).status_code == 302
    assert not RecordChange.objects.exists()


def test_a_record_cannot_be_its_own_possible_match_and_nothing_is_lost(alumni_client, record):
    response = alumni_client.post(
        edit_url(record), edit_data(record, school="Meharry", possible_match=record.pk)
    )
    assert response.status_code == 200
    assert "cannot be a possible match for itself" in response.text
    assert 'value="Meharry"' in response.text
    record.refresh_from_db()
    assert record.school != "Meharry"


def test_the_record_page_shows_contacts_awards_claims_invitations_and_the_trail(
    alumni_client, record
):
    claim = ClaimFactory(first_name="Ada", last_name="Okafor")
    ClaimCandidate.objects.create(claim=claim, record=record, score=90, reasons=["last_name"])
    batch = InvitationBatch.objects.create(name="Spring 2027 invitations")
    Invitation.objects.create(
        batch=batch, record=record, email="adaeze@example.org", token_hash="a" * 64
    )
    RecordChange.objects.create(
        record=record, record_label=str(record), action="updated", changes={"degree": ["", "MD"]}
    )
    RecordChange.objects.create(
        record=record, record_label=str(record), action="linked", changes={"member": [None, 7]}
    )
    page = alumni_client.get(inspect_url(record)).text
    for text in [
        "adaeze@example.org",
        "NMF grants database",
        "90%",
        "NMF Need-Based Scholarship (2009)",
        "Ada Okafor",
        "Spring 2027 invitations",
        "Degree: — → MD",
    ]:
        assert text in page, text
    assert page.index("Linked to a member") < page.index("Degree: — → MD")


def test_marking_a_contact_bounced_is_recorded_and_bounces_its_invitations(
    client, home_page, record
):
    user = staff_user(ALUMNI_RELATIONS)
    client.force_login(user)
    contact = record.contacts.get()
    batch = InvitationBatch.objects.create(name="Spring")
    invitation = Invitation.objects.create(
        batch=batch,
        record=record,
        email=contact.value,
        token_hash="b" * 64,
        status=InvitationStatus.SENT,
        sent_at=timezone.now(),
    )
    response = client.post(inspect_url(record), {"contact": contact.pk, "status": "bounced"})
    assert response.status_code == 302
    contact.refresh_from_db()
    assert contact.status == ContactStatus.BOUNCED
    change = RecordChange.objects.get()
    assert change.changes == {"email adaeze@example.org": ["ok", "bounced"]}
    assert change.changed_by == user
    invitation.refresh_from_db()
    assert invitation.status == InvitationStatus.BOUNCED
    assert invitation.bounced_at is not None


def test_staff_add_an_email_address_and_a_duplicate_is_refused_keeping_the_input(
    alumni_client, record
):
    data = {"value": "New.Address@Example.org", "source": "Phone call", "confidence": 80}
    assert alumni_client.post(inspect_url(record), data).status_code == 302
    added = record.contacts.get(value="new.address@example.org")
    assert (added.source, added.confidence, added.status) == ("Phone call", 80, "ok")
    assert RecordChange.objects.get().changes == {"email new.address@example.org": [None, "ok"]}
    again = alumni_client.post(inspect_url(record), data)
    assert again.status_code == 200
    assert "already has that email address" in again.text
    assert 'value="Phone call"' in again.text
    assert record.contacts.count() == 2


# --- Queries -------------------------------------------------------------------------------


@pytest.mark.parametrize("count", [5, 200])
def test_listing_and_export_queries_do_not_grow_with_the_registry(
    alumni_client, django_assert_max_num_queries, count
):
    members = [MemberFactory() for _ in range(3)]
    records = AlumniRecord.objects.bulk_create(
        AlumniRecord(
            first_name=f"Person{number}",
            last_name="Registry",
            school="Meharry Medical College",
            graduation_year=1990 + number % 30,
            state="TN",
            member=members[number] if number < len(members) else None,
        )
        for number in range(count)
    )
    AlumniContact.objects.bulk_create(
        AlumniContact(record=record, kind="email", value=f"p{record.pk}@example.org", source="x")
        for record in records
    )
    alumni_client.get(INDEX_URL)
    # About 12 today: the session, the user and permissions, the award programs offered as a
    # filter, the count and one page of rows (with each linked member).
    with django_assert_max_num_queries(14):
        response = alumni_client.get(INDEX_URL, {"region": "south", "q": "Registry"})
    assert len(response.context["object_list"]) == min(count, 50)
    # About 7 today: the session, the user and permissions, the count and the log, the rows.
    with django_assert_max_num_queries(9):
        rows = exported_rows(alumni_client.get(INDEX_URL, {"export": "csv"}))
    assert len(rows) == count
