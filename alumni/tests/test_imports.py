"""Registry imports: reading files, the dry run's row-by-row findings, applying in one
transaction, matching, rolling back, and the import_alumni command."""

import datetime
import io

import openpyxl
import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from alumni import imports
from alumni.factories import AlumniAwardFactory, AlumniContactFactory, AlumniRecordFactory
from alumni.imports import (
    ImportRefused,
    Outcome,
    UnreadableFile,
    apply_batch,
    describe,
    generate_rows,
    guess_mapping,
    new_batch,
    preview_batch,
    read_table,
    rollback_batch,
    rows_as_csv,
)
from alumni.models import (
    AlumniAward,
    AlumniContact,
    AlumniNameKey,
    AlumniRecord,
    BatchStatus,
    ChangeAction,
    ContactKind,
    ContactStatus,
    ImportBatch,
    RecordChange,
)
from members.factories import MemberFactory

pytestmark = pytest.mark.django_db

HEADINGS = [
    "ID",
    "First name",
    "Last name",
    "Former names",
    "School",
    "Degree",
    "Grad year",
    "State",
    "Email address",
    "Phone",
    "Award",
    "Award year",
    "Do not contact",
]
HOWARD = "Howard University College of Medicine"
NEXT_YEAR = timezone.localdate().year + 1


def row(**values):
    """A file row: ``first="Ada"`` fills the "First name" column, and so on."""
    columns = {
        "id": "ID",
        "first": "First name",
        "last": "Last name",
        "former": "Former names",
        "school": "School",
        "degree": "Degree",
        "year": "Grad year",
        "state": "State",
        "email": "Email address",
        "phone": "Phone",
        "award": "Award",
        "award_year": "Award year",
        "dnc": "Do not contact",
    }
    base = {"first": "Amara", "last": "Mensah", "school": HOWARD, "year": "2012"}
    base.update(values)
    return {columns[key]: str(value) for key, value in base.items()}


def csv_bytes(rows, headings=HEADINGS, bom=False):
    text = rows_as_csv(rows, headings)
    return ("\ufeff" + text if bom else text).encode()


def previewed(rows, headings=HEADINGS, user=None, source="Enrichment file, May 2026"):
    table = read_table(io.BytesIO(csv_bytes(rows, headings)), "alumni.csv")
    batch = new_batch(table, source, "alumni.csv", user)
    preview_batch(batch)
    return batch


def applied(rows, user=None, **kwargs):
    batch = previewed(rows, user=user, **kwargs)
    apply_batch(batch, user)
    batch.refresh_from_db()
    return batch


def findings(batch):
    """{row number: (outcome, [messages])} from the stored dry run."""
    return {
        finding["row"]: (finding["outcome"], [str(describe(m)) for m in finding["messages"]])
        for finding in batch.report["findings"]
    }


def registry_size():
    return (
        AlumniRecord.objects.count(),
        AlumniContact.objects.count(),
        AlumniAward.objects.count(),
        AlumniNameKey.objects.count(),
        RecordChange.objects.count(),
    )


# --- Reading ---------------------------------------------------------------------------------


@pytest.mark.parametrize("bom", [False, True])
def test_csv_is_read_with_or_without_a_byte_order_mark(bom):
    data = csv_bytes([row(first="José-Luis", last="Pérez", year="1999")], bom=bom)
    table = read_table(io.BytesIO(data), "file.csv")
    assert table.headings == HEADINGS
    assert table.rows == [
        {
            "First name": "José-Luis",
            "Last name": "Pérez",
            "School": HOWARD,
            "Grad year": "1999",
        }
    ]


def test_the_first_sheet_of_a_workbook_is_read_as_text():
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["First name", "Last name", "School", "Grad year", "Do not contact"])
    sheet.append(["Inés", "Núñez", HOWARD, 2004, True])
    sheet.append([None, None, None, None, None])
    sheet.append(["Kwame", "Mensah", HOWARD, 2011.0, None])
    workbook.create_sheet("Notes").append(["Not", "read"])
    data = io.BytesIO()
    workbook.save(data)
    data.seek(0)

    table = read_table(data, "registry.xlsx")

    assert table.headings == ["First name", "Last name", "School", "Grad year", "Do not contact"]
    assert table.rows == [
        {
            "First name": "Inés",
            "Last name": "Núñez",
            "School": HOWARD,
            "Grad year": "2004",
            "Do not contact": "yes",
        },
        {},
        {"First name": "Kwame", "Last name": "Mensah", "School": HOWARD, "Grad year": "2011"},
    ]


@pytest.mark.parametrize(
    ("data", "name", "says"),
    [
        (b"", "empty.csv", "empty"),
        ("Nombre,Apellido\nJosé,Núñez\n".encode("latin-1"), "latin.csv", "UTF-8"),
        (b"PK\x03\x04 not really a workbook", "broken.xlsx", "Excel workbook"),
        (b"\xd0\xcf\x11\xe0 old excel", "old.xls", ".xls"),
        (b"First name,Last name\n", "headings.csv", "no rows"),
        (b",,\nAda,Okafor,Howard\n", "no-headings.csv", "headings"),
    ],
)
def test_a_file_that_cannot_be_read_says_why(data, name, says):
    with pytest.raises(UnreadableFile, match=says):
        read_table(io.BytesIO(data), name)


def test_columns_are_guessed_from_headings_written_many_ways():
    mapping = guess_mapping(
        [
            "NMF ID",
            "FIRST NAME",
            "Surname",
            "Maiden name",
            "Medical school",
            "Grad Year",
            "E-mail address",
            "Cell phone",
            "Mailing address",
            "Scholarship",
            "Year awarded",
            "DNC",
            "Notes",
        ]
    )
    assert mapping == {
        "external_id": "NMF ID",
        "first_name": "FIRST NAME",
        "last_name": "Surname",
        "other_names": "Maiden name",
        "school": "Medical school",
        "graduation_year": "Grad Year",
        "email": "E-mail address",
        "phone": "Cell phone",
        "address": "Mailing address",
        "award_program": "Scholarship",
        "award_year": "Year awarded",
        "do_not_contact": "DNC",
    }
    assert guess_mapping(["Last name", "Former names", "Email"])["other_names"] == "Former names"


# --- The dry run -----------------------------------------------------------------------------


def test_the_dry_run_reports_each_bad_row_by_its_number_and_writes_nothing():
    AlumniRecordFactory(external_id="NMF-9")
    before = registry_size()
    batch = previewed(
        [
            row(id="NMF-1"),  # 2: fine
            row(first=""),  # 3
            row(school=" "),  # 4
            row(first="Kofi", year="19x"),  # 5
            row(first="Ama", year="1939"),  # 6
            row(first="Efua", year=str(NEXT_YEAR + 1)),  # 7
            row(first="Yaw", email="yaw@@example.org"),  # 8
            row(first="Abena", state="ZZ"),  # 9
            row(first="Kojo", award="NMF Need-Based Scholarship", award_year="soon"),  # 10
            row(first="Esi", id="NMF-1"),  # 11
            row(first="AMARA", last="mensah"),  # 12: the same person as row 2
            row(first="Akua", dnc="maybe"),  # 13
            row(first="Nana", award="Franklin C. McLean Award"),  # 14
        ]
    )

    assert findings(batch) == {
        2: (Outcome.CREATE, []),
        3: (Outcome.ERROR, ["First name is missing."]),
        4: (Outcome.ERROR, ["School is missing."]),
        5: (Outcome.ERROR, ["Graduation year “19x” is not a year."]),
        6: (Outcome.ERROR, ["Graduation year 1939 is before 1940."]),
        7: (Outcome.ERROR, [f"Graduation year {NEXT_YEAR + 1} is after {NEXT_YEAR}."]),
        8: (Outcome.ERROR, ["“yaw@@example.org” is not an email address."]),
        9: (
            Outcome.ERROR,
            ["“ZZ” is not a US state: use the two-letter code (such as GA) or the full name."],
        ),
        10: (Outcome.ERROR, ["Award year “soon” is not a year."]),
        11: (Outcome.ERROR, ["Same external id as row 2."]),
        12: (Outcome.ERROR, ["Same name, school and graduation year as row 2."]),
        13: (Outcome.ERROR, ["Do not contact “maybe” should be yes or no."]),
        14: (Outcome.ERROR, ["The award “Franklin C. McLean Award” has no award year."]),
    }
    assert registry_size() == before
    assert batch.status == BatchStatus.PREVIEWED
    assert (batch.row_count, batch.error_count, batch.created_count) == (13, 12, 1)


def test_states_are_accepted_as_codes_or_names():
    batch = previewed(
        [
            row(first="Ada", state="ga"),
            row(first="Bisi", state="District of Columbia"),
            row(first="Chidi", state="puerto rico"),
        ]
    )
    apply_batch(batch)
    assert set(AlumniRecord.objects.values_list("first_name", "state")) == {
        ("Ada", "GA"),
        ("Bisi", "DC"),
        ("Chidi", "PR"),
    }


def test_the_dry_run_says_what_applying_each_row_would_do():
    by_id = AlumniRecordFactory(external_id="NMF-7", first_name="Kwame", last_name="Boateng")
    same = AlumniRecordFactory(first_name="Adaeze", last_name="Okafor", state="MD")
    maybe = AlumniRecordFactory(first_name="Ngozi", last_name="Eze", graduation_year=2010)
    batch = previewed(
        [
            row(id="NMF-7", first="Kwame", last="Boateng", state="GA"),
            row(first="adaeze", last="OKAFOR", state="Maryland"),
            row(first="Ngozi", last="Eze", year="2011"),
            row(first="Tunde", last="Balogun"),
        ]
    )
    assert [
        (f["row"], f["outcome"], f.get("record"), f.get("match"), f.get("score"))
        for f in batch.report["findings"]
    ] == [
        (2, Outcome.UPDATE, by_id.pk, None, None),
        (3, Outcome.UNCHANGED, same.pk, None, None),
        (4, Outcome.FLAGGED, None, maybe.pk, 95),
        (5, Outcome.CREATE, None, None, None),
    ]
    assert batch.report["findings"][0]["changes"] == ["state"]
    assert (batch.updated_count, batch.unchanged_count, batch.flagged_count) == (1, 1, 1)


# --- Applying --------------------------------------------------------------------------------


def test_applying_creates_records_with_their_keys_contacts_awards_and_trail():
    staff = MemberFactory()
    batch = applied(
        [
            row(
                id="NMF-1",
                first="José-Luis",
                last="Pérez-Soto",
                former="Soto; José Pérez",
                degree="MD",
                state="Georgia",
                email="jl.perez@example.org; JL@example.org",
                phone="(404) 555-0100",
                award="NMF Need-Based Scholarship",
                award_year="2009",
                dnc="Yes",
            )
        ],
        user=staff,
    )

    record = AlumniRecord.objects.get()
    assert (record.external_id, record.first_name, record.last_name) == (
        "NMF-1",
        "José-Luis",
        "Pérez-Soto",
    )
    assert record.other_names == "Soto\nJosé Pérez"
    assert (record.school, record.degree, record.graduation_year, record.state) == (
        HOWARD,
        "MD",
        2012,
        "GA",
    )
    assert record.contact_status == ContactStatus.DO_NOT_CONTACT
    assert not record.needs_review
    assert (record.first_name_key, record.school_key) == ("joseluis", "howard")
    assert set(record.name_keys.values_list("key", flat=True)) == {
        "perezsoto",
        "soto",
        "perez",
        "joseperez",
    }
    contacts = list(record.contacts.order_by("pk"))
    assert [(c.kind, c.value) for c in contacts] == [
        (ContactKind.EMAIL, "jl.perez@example.org"),
        (ContactKind.EMAIL, "JL@example.org"),
        (ContactKind.PHONE, "(404) 555-0100"),
    ]
    assert {(c.source, c.confidence, c.batch_id, c.observed_on) for c in contacts} == {
        ("Enrichment file, May 2026", 80, batch.pk, timezone.localdate())
    }
    assert list(record.awards.values_list("program", "year")) == [
        ("NMF Need-Based Scholarship", 2009)
    ]
    change = RecordChange.objects.get()
    assert (change.record, change.action, change.batch, change.changed_by) == (
        record,
        ChangeAction.CREATED,
        batch,
        staff,
    )
    assert change.changes["last_name"] == [None, "Pérez-Soto"]
    assert change.changes["awards"] == [[], [["NMF Need-Based Scholarship", 2009]]]
    assert batch.status == BatchStatus.APPLIED
    assert batch.applied_at is not None
    assert (batch.created_count, batch.error_count) == (1, 0)
    assert batch.report["findings"][0]["record"] == record.pk


def test_a_confidence_column_sets_the_confidence_of_contact_details():
    headings = [*HEADINGS, "Confidence"]
    rows = [{**row(first="Ada", email="ada@example.org"), "Confidence": "95%"}]
    applied_batch = previewed(rows, headings=headings)
    apply_batch(applied_batch)
    assert AlumniContact.objects.get().confidence == 95


def test_an_update_writes_only_what_changed_and_never_blanks_a_value():
    record = AlumniRecordFactory(
        external_id="NMF-3", first_name="Amara", last_name="Mensah", degree="MD", state="MD"
    )
    AlumniContactFactory(record=record, value="amara@example.org")
    AlumniAwardFactory(record=record, program="NMF Need-Based Scholarship", year=2009)

    batch = applied(
        [
            row(
                id="NMF-3",
                degree="",
                state="GA",
                email="AMARA@example.org, amara.m@example.org",
                award="NMF Need-Based Scholarship",
                award_year="2009",
            )
        ]
    )

    record.refresh_from_db()
    assert (record.degree, record.state) == ("MD", "GA")
    assert sorted(record.contacts.values_list("value", flat=True)) == [
        "amara.m@example.org",
        "amara@example.org",
    ]
    assert record.awards.count() == 1
    change = RecordChange.objects.get(batch=batch)
    assert change.action == ChangeAction.UPDATED
    assert change.changes == {
        "state": ["MD", "GA"],
        "contacts": [[], ["email: amara.m@example.org"]],
    }
    assert batch.updated_count == 1


def test_an_external_id_match_updates_even_a_changed_name_and_keeps_the_old_one():
    record = AlumniRecordFactory(external_id="NMF-5", first_name="Adaeze", last_name="Okafor")
    applied([row(id="NMF-5", first="Adaeze", last="Okafor-Reyes")])
    record.refresh_from_db()
    assert record.last_name == "Okafor-Reyes"
    assert record.other_names == "Okafor"
    assert set(record.name_keys.values_list("key", flat=True)) == {"okaforreyes", "okafor"}
    assert AlumniRecord.objects.count() == 1


def test_names_match_whatever_their_accents_case_or_hyphens():
    record = AlumniRecordFactory(
        first_name="José-Luis", last_name="Pérez", school=HOWARD, graduation_year=1999
    )
    batch = applied(
        [
            row(
                first="jose luis",
                last="PEREZ",
                school="Howard Univ. Coll. of Medicine",
                year="1999",
                email="jlp@example.org",
            )
        ]
    )
    assert batch.updated_count == 1
    assert AlumniRecord.objects.get() == record
    record.refresh_from_db()
    # Written differently is not a change: the registry keeps its own spelling.
    assert (record.first_name, record.last_name, record.school) == ("José-Luis", "Pérez", HOWARD)
    assert record.contacts.get().value == "jlp@example.org"


def test_a_row_under_a_former_name_is_found_and_flagged_for_review():
    known = AlumniRecordFactory(
        first_name="Ngozi", last_name="Bello", other_names="Okafor", graduation_year=2008
    )
    batch = applied([row(first="Ngozi", last="Okafor", year="2008")])
    assert batch.flagged_count == 1
    new = AlumniRecord.objects.exclude(pk=known.pk).get()
    assert (new.needs_review, new.possible_match) == (True, known)


def test_an_uncertain_match_becomes_a_new_record_for_review_not_a_merge():
    known = AlumniRecordFactory(
        first_name="Adaeze", last_name="Okafor", graduation_year=2012, state="MD"
    )
    batch = applied([row(first="Ada", last="Okafor", year="2013", state="GA")])

    known.refresh_from_db()
    assert known.state == "MD"
    assert not known.needs_review
    new = AlumniRecord.objects.exclude(pk=known.pk).get()
    assert (new.first_name, new.needs_review, new.possible_match) == ("Ada", True, known)
    assert batch.flagged_count == 1
    assert RecordChange.objects.get(record=new).changes["possible_match"] == [None, known.pk]


def test_the_same_name_under_another_external_id_is_flagged_not_merged():
    known = AlumniRecordFactory(external_id="A-1", first_name="Amara", last_name="Mensah")
    applied([row(id="B-2")])
    new = AlumniRecord.objects.get(external_id="B-2")
    assert (new.needs_review, new.possible_match) == (True, known)


def test_reimporting_the_same_file_changes_nothing():
    rows = [
        row(id="NMF-1", first="Inés", last="Núñez", email="ines@example.org", state="Texas"),
        row(first="Kwame", last="Boateng", former="Asante", phone="313-555-0199", dnc="y"),
        row(first="Ada", last="Okafor", award="Aura E. Severinghaus Award", award_year="2011"),
        row(first="Ama", last="Okafor", year=""),
    ]
    AlumniRecordFactory(first_name="Amaka", last_name="Okafor", graduation_year=2012)
    first = applied(rows)
    # "Ama" may be Amaka Okafor (flagged); "Ada" shares only her surname and school (created).
    assert (first.created_count, first.flagged_count) == (3, 1)
    before = registry_size()

    again = applied(rows)

    assert (again.unchanged_count, again.created_count, again.updated_count) == (4, 0, 0)
    assert again.flagged_count == 0
    assert registry_size() == before


def test_applying_is_all_or_nothing(monkeypatch):
    record = AlumniRecordFactory(external_id="NMF-1", state="MD")
    batch = previewed(
        [
            row(id="NMF-1", state="GA", email="one@example.org"),
            row(first="Kofi", award="NMF Need-Based Scholarship", award_year="2010"),
        ]
    )
    before = registry_size()

    def fail(*args, **kwargs):
        raise RuntimeError("the database went away")

    monkeypatch.setattr(AlumniAward.objects, "bulk_create", fail)
    with pytest.raises(RuntimeError):
        apply_batch(batch)

    assert registry_size() == before
    record.refresh_from_db()
    assert record.state == "MD"
    batch.refresh_from_db()
    assert (batch.status, batch.applied_at) == (BatchStatus.PREVIEWED, None)


def test_an_import_is_applied_once_however_often_it_is_submitted():
    batch = previewed([row()])
    assert apply_batch(batch) is not None
    assert apply_batch(batch) is None
    assert apply_batch(ImportBatch.objects.get(pk=batch.pk)) is None
    assert AlumniRecord.objects.count() == 1


def test_an_import_that_was_never_checked_cannot_be_applied():
    table = read_table(io.BytesIO(csv_bytes([row()])), "alumni.csv")
    batch = new_batch(table, "Unchecked", "alumni.csv")
    with pytest.raises(ImportRefused, match="dry run"):
        apply_batch(batch)
    batch.refresh_from_db()
    assert batch.status == BatchStatus.PREVIEWED
    assert AlumniRecord.objects.count() == 0


@pytest.mark.parametrize("rows", [10, 300])
def test_applying_costs_the_same_few_queries_for_10_or_300_rows(
    rows, django_assert_max_num_queries
):
    generated = generate_rows(rows, seed=3)
    # Some rows update records already there, some contact details are known.
    for source in generated[:5]:
        record = AlumniRecordFactory(
            external_id=source["NMF ID"] or "",
            first_name=source["First name"],
            last_name=source["Last name"],
            school=source["School"],
            graduation_year=int(source["Grad year"]),
        )
        AlumniContactFactory(record=record)
    table = read_table(io.BytesIO(rows_as_csv(generated).encode()), "generated.csv")
    batch = new_batch(table, "Generated", "generated.csv")
    preview_batch(batch)
    # SQLite takes at most 999 values per statement, so 300 rows need a few more INSERTs
    # than 10 (27 queries against 19); a query per row would break the budget at either size.
    with django_assert_max_num_queries(28):
        result = apply_batch(batch)
    assert result.counts[Outcome.CREATE] + result.counts[Outcome.FLAGGED] >= rows - 10


# --- Rolling back ----------------------------------------------------------------------------


def test_a_rollback_restores_updated_records_and_removes_created_ones():
    staff = MemberFactory()
    record = AlumniRecordFactory(
        external_id="NMF-1", first_name="Adaeze", last_name="Okafor", state="MD", degree=""
    )
    AlumniContactFactory(record=record, value="adaeze@example.org")
    updated_at = AlumniRecord.objects.get(pk=record.pk).updated_at
    before = registry_size()
    keys = set(record.name_keys.values_list("key", flat=True))
    batch = applied(
        [
            row(
                id="NMF-1",
                first="Adaeze",
                last="Okafor-Reyes",
                state="GA",
                degree="MD",
                email="a.reyes@example.org",
                award="Franklin C. McLean Award",
                award_year="2010",
            ),
            row(first="Kofi", last="Annan-Mensah", email="kofi@example.org"),
        ]
    )
    assert AlumniRecord.objects.count() == 2

    assert rollback_batch(batch, staff) == 2

    assert registry_size()[:4] == before[:4]
    record.refresh_from_db()
    assert (record.last_name, record.other_names, record.state, record.degree) == (
        "Okafor",
        "",
        "MD",
        "",
    )
    assert record.updated_at == updated_at
    assert set(record.name_keys.values_list("key", flat=True)) == keys
    assert list(record.contacts.values_list("value", flat=True)) == ["adaeze@example.org"]
    assert not record.awards.exists()
    trail = RecordChange.objects.filter(action=ChangeAction.ROLLED_BACK, batch=batch)
    assert {(c.record_id, c.changed_by_id) for c in trail} == {
        (record.pk, staff.pk),
        (None, staff.pk),
    }
    assert trail.get(record=record).changes["state"] == ["GA", "MD"]
    batch.refresh_from_db()
    assert batch.status == BatchStatus.ROLLED_BACK
    assert batch.rolled_back_at is not None
    assert rollback_batch(batch) is None


def test_a_rollback_is_refused_when_staff_changed_a_record_since():
    batch = applied([row(first="Ada"), row(first="Bisi")])
    record = AlumniRecord.objects.get(first_name="Ada")
    record.degree = "DO"
    record.save()

    with pytest.raises(ImportRefused, match="1 record"):
        rollback_batch(batch)

    batch.refresh_from_db()
    assert batch.status == BatchStatus.APPLIED
    assert AlumniRecord.objects.count() == 2


def test_a_rollback_is_refused_when_the_trail_shows_a_later_change():
    batch = applied([row(first="Ada")])
    record = AlumniRecord.objects.get()
    AlumniRecord.objects.filter(pk=record.pk).update(contact_status=ContactStatus.BOUNCED)
    RecordChange.objects.create(
        record=record,
        record_label=str(record),
        action=ChangeAction.UPDATED,
        changes={"contact_status": ["ok", "bounced"]},
        at=timezone.now() + datetime.timedelta(seconds=1),
    )
    with pytest.raises(ImportRefused):
        rollback_batch(batch)
    assert AlumniRecord.objects.filter(pk=record.pk).exists()


def test_imports_roll_back_in_reverse_order_only():
    first = applied([row(id="NMF-1", state="MD")])
    second = applied([row(id="NMF-1", state="GA", email="amara@example.org")])

    with pytest.raises(ImportRefused, match="1 record"):
        rollback_batch(first)

    rollback_batch(second)
    record = AlumniRecord.objects.get()
    assert record.state == "MD"
    assert not record.contacts.exists()
    rollback_batch(first)
    assert AlumniRecord.objects.count() == 0


# --- Generated rows and the command ----------------------------------------------------------


def test_generated_rows_are_the_same_for_a_seed_and_import_cleanly():
    rows = generate_rows(200, seed=5)
    assert rows == generate_rows(200, seed=5)
    assert rows != generate_rows(200, seed=6)
    batch = previewed(rows, headings=imports.IMPORT_HEADINGS)
    assert batch.error_count == 0
    assert batch.created_count == 200
    text = " ".join(f"{r['First name']} {r['Last name']}" for r in rows)
    assert "-" in text
    assert any(character in text for character in "áéíóúñ")


def write_csv(tmp_path, rows, **kwargs):
    path = tmp_path / "alumni.csv"
    path.write_bytes(csv_bytes(rows, **kwargs))
    return path


def test_the_command_dry_run_lists_bad_rows_and_writes_nothing(tmp_path):
    path = write_csv(tmp_path, [row(first="Ada"), row(first="Bisi", year="twenty")])
    output = io.StringIO()
    call_command("import_alumni", str(path), source="Test", dry_run=True, stdout=output)
    text = output.getvalue()
    assert "Row 3: Graduation year “twenty” is not a year." in text
    assert "2 rows: 1 new, 0 updated, 0 unchanged, 0 uncertain" in text
    assert "1 with errors" in text
    assert "Dry run: nothing was written." in text
    assert registry_size() == (0, 0, 0, 0, 0)
    assert not ImportBatch.objects.exists()


def test_the_command_applies_with_a_chosen_column_and_user(tmp_path):
    staff = MemberFactory(email="staff@example.org")
    headings = ["Given", "Last name", "School", "Class"]
    rows = [{"Given": "Ada", "Last name": "Okafor", "School": HOWARD, "Class": "2010"}]
    path = write_csv(tmp_path, rows, headings=headings)
    output = io.StringIO()
    call_command(
        "import_alumni",
        str(path),
        "--source=Grants database",
        "--map=first_name=Given",
        "--user=STAFF@example.org",
        stdout=output,
    )
    record = AlumniRecord.objects.get()
    assert (record.first_name, record.graduation_year) == ("Ada", 2010)
    batch = ImportBatch.objects.get()
    assert (batch.status, batch.uploaded_by, batch.source) == (
        BatchStatus.APPLIED,
        staff,
        "Grants database",
    )
    assert RecordChange.objects.get().changed_by == staff
    assert f"Applied as import {batch.pk}" in output.getvalue()


def test_the_command_fails_on_a_file_it_cannot_read(tmp_path):
    path = tmp_path / "alumni.csv"
    path.write_bytes("Nombre,Escuela\nJosé,Howard\n".encode("latin-1"))
    with pytest.raises(CommandError, match="UTF-8"):
        call_command("import_alumni", str(path), source="Test", stdout=io.StringIO())
    with pytest.raises(CommandError, match="Cannot open"):
        call_command(
            "import_alumni", str(tmp_path / "missing.csv"), source="Test", stdout=io.StringIO()
        )


def test_the_command_refuses_a_mapping_without_the_required_columns(tmp_path):
    path = write_csv(tmp_path, [{"Given": "Ada"}], headings=["Given"])
    with pytest.raises(CommandError, match="First name"):
        call_command("import_alumni", str(path), source="Test", stdout=io.StringIO())
