"""Imports in the admin (Alumni → Imports): Alumni Relations upload, choose the columns, read
the dry run, apply and roll back; nobody else reaches any of it."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from alumni.factories import AlumniRecordFactory, ImportBatchFactory
from alumni.imports import (
    IMPORT_HEADINGS,
    generate_rows,
    new_batch,
    preview_batch,
    read_table,
    rows_as_csv,
)
from alumni.models import AlumniRecord, BatchStatus, ImportBatch, RecordChange
from members.factories import MemberFactory, staff_user
from members.permissions import ALUMNI_RELATIONS, EDITORS

pytestmark = pytest.mark.django_db

HOWARD = "Howard University College of Medicine"
HEADINGS = ["Given name", "Surname", "School", "Grad year", "Email address"]
ROWS = [
    {"Given name": "Ada", "Surname": "Okafor", "School": HOWARD, "Grad year": "2013"},
    {"Given name": "Kwame", "Surname": "Boateng", "School": HOWARD, "Grad year": "20x"},
    {
        "Given name": "Inés",
        "Surname": "Núñez",
        "School": HOWARD,
        "Grad year": "2001",
        "Email address": "ines@example.org",
    },
]


@pytest.fixture
def alumni_relations(client):
    client.force_login(staff_user(ALUMNI_RELATIONS, factory=MemberFactory))
    return client


def upload(client, rows=ROWS, headings=HEADINGS, name="enrichment.csv", source="Enrichment"):
    data = rows_as_csv(rows, headings).encode()
    return client.post(
        reverse("alumni_imports:upload"),
        {"source": source, "file": SimpleUploadedFile(name, data, content_type="text/csv")},
    )


def mapping_data(**changes):
    data = {
        "first_name": "Given name",
        "last_name": "Surname",
        "school": "School",
        "graduation_year": "Grad year",
        "email": "Email address",
    }
    data.update(changes)
    return {name: heading for name, heading in data.items() if heading is not None}


def previewed_batch(rows=ROWS, headings=HEADINGS):
    table = read_table(io.BytesIO(rows_as_csv(rows, headings).encode()), "file.csv")
    batch = new_batch(table, "Enrichment", "file.csv")
    preview_batch(batch, mapping_data())
    return batch


def test_alumni_relations_upload_choose_columns_preview_apply_and_roll_back(alumni_relations):
    client = alumni_relations
    known = AlumniRecordFactory(first_name="Adaeze", last_name="Okafor", graduation_year=2012)

    index = client.get(reverse("alumni_imports:index"))
    assert index.status_code == 200
    assert reverse("alumni_imports:upload") in index.content.decode()
    assert client.get(reverse("alumni_imports:upload")).status_code == 200

    response = upload(client)
    batch = ImportBatch.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("alumni_imports:mapping", args=[batch.pk])
    assert (batch.source, batch.file_name, batch.row_count) == ("Enrichment", "enrichment.csv", 3)

    mapping = client.get(response["Location"])
    html = mapping.content.decode()
    assert mapping.status_code == 200
    # Guessed from the headings: "Surname" is the last name.
    assert mapping.context["form"].initial["last_name"] == "Surname"
    assert mapping.context["form"].initial["first_name"] == "Given name"
    assert "Núñez" in html

    response = client.post(response["Location"], mapping_data())
    assert response.status_code == 302
    assert response["Location"] == reverse("alumni_imports:preview", args=[batch.pk])
    assert AlumniRecord.objects.count() == 1

    preview = client.get(response["Location"])
    html = preview.content.decode()
    assert preview.status_code == 200
    rows = {row["number"]: row for row in preview.context["rows"]}
    assert rows[2]["outcome"] == "flagged"
    assert rows[2]["match"] == known
    assert str(known) in html
    assert rows[3]["outcome"] == "error"
    assert "Graduation year “20x” is not a year." in html
    assert rows[4]["outcome"] == "create"
    assert "Yes, apply the import" in html

    errors_only = client.get(response["Location"], {"outcome": "error"})
    assert [row["number"] for row in errors_only.context["rows"]] == [3]

    applied = client.post(reverse("alumni_imports:apply", args=[batch.pk]))
    assert applied.status_code == 302
    assert AlumniRecord.objects.count() == 3
    batch.refresh_from_db()
    assert batch.status == BatchStatus.APPLIED
    assert batch.uploaded_by.groups.filter(name=ALUMNI_RELATIONS).exists()
    assert set(RecordChange.objects.values_list("changed_by", flat=True)) == {batch.uploaded_by.pk}
    after = client.get(reverse("alumni_imports:preview", args=[batch.pk])).content.decode()
    assert "Yes, roll back the import" in after
    assert "Yes, apply the import" not in after

    rolled_back = client.post(reverse("alumni_imports:rollback", args=[batch.pk]))
    assert rolled_back.status_code == 302
    assert list(AlumniRecord.objects.all()) == [known]
    batch.refresh_from_db()
    assert batch.status == BatchStatus.ROLLED_BACK


def test_a_double_submit_applies_the_import_once(alumni_relations):
    batch = previewed_batch()
    url = reverse("alumni_imports:apply", args=[batch.pk])
    alumni_relations.post(url)
    alumni_relations.post(url)
    assert AlumniRecord.objects.count() == 2
    assert RecordChange.objects.count() == 2
    response = alumni_relations.post(url, follow=True)
    assert "This import was already applied." in response.content.decode()


def test_the_columns_need_names_and_school_and_one_column_per_field(alumni_relations):
    upload(alumni_relations)
    batch = ImportBatch.objects.get()
    url = reverse("alumni_imports:mapping", args=[batch.pk])

    response = alumni_relations.post(url, mapping_data(first_name="", email="Surname"))

    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors["first_name"] == ["Choose the column for this field: it is required."]
    assert form.errors["email"] == ["The column “Surname” is already chosen for “Last name”."]
    batch.refresh_from_db()
    assert "findings" not in batch.report


def test_an_unreadable_upload_says_why_and_keeps_what_was_typed(alumni_relations):
    response = alumni_relations.post(
        reverse("alumni_imports:upload"),
        {
            "source": "Old spreadsheet",
            "file": SimpleUploadedFile("old.csv", "Nombre\nJosé\n".encode("latin-1")),
        },
    )
    assert response.status_code == 200
    assert "not UTF-8" in response.context["form"].errors["file"][0]
    assert 'value="Old spreadsheet"' in response.content.decode()
    assert not ImportBatch.objects.exists()


def test_an_applied_import_keeps_its_columns(alumni_relations):
    batch = previewed_batch()
    alumni_relations.post(reverse("alumni_imports:apply", args=[batch.pk]))
    url = reverse("alumni_imports:mapping", args=[batch.pk])
    response = alumni_relations.post(url, mapping_data(email=""))
    assert response.status_code == 302
    assert response["Location"] == reverse("alumni_imports:preview", args=[batch.pk])
    batch.refresh_from_db()
    assert batch.mapping["email"] == "Email address"


def test_a_refused_rollback_is_explained(alumni_relations):
    batch = previewed_batch()
    alumni_relations.post(reverse("alumni_imports:apply", args=[batch.pk]))
    record = AlumniRecord.objects.get(first_name="Inés")
    record.state = "TX"
    record.save()

    response = alumni_relations.post(
        reverse("alumni_imports:rollback", args=[batch.pk]), follow=True
    )

    assert "1 record(s) from this import were changed since" in response.content.decode()
    assert AlumniRecord.objects.count() == 2


@pytest.mark.parametrize("group", [EDITORS, None])
def test_nobody_else_reaches_imports(client, group):
    batch = previewed_batch()
    user = staff_user(group) if group else MemberFactory()
    client.force_login(user)
    urls = [
        reverse("alumni_imports:index"),
        reverse("alumni_imports:upload"),
        reverse("alumni_imports:mapping", args=[batch.pk]),
        reverse("alumni_imports:preview", args=[batch.pk]),
    ]
    for url in urls:
        response = client.get(url)
        if group:
            # The admin turns "permission denied" into a redirect home, with a message.
            assert response.status_code == 302, url
            assert response["Location"] == reverse("wagtailadmin_home")
        else:
            assert response.status_code == 302, url
            assert response["Location"].startswith(reverse("wagtailadmin_login"))
    client.post(reverse("alumni_imports:apply", args=[batch.pk]))
    assert upload(client).status_code in {302, 403}
    assert ImportBatch.objects.count() == 1
    batch.refresh_from_db()
    assert batch.status == BatchStatus.PREVIEWED
    assert not AlumniRecord.objects.exists()


def test_the_imports_menu_item_is_shown_only_to_those_who_may_import(client):
    index_url = reverse("alumni_imports:index")
    client.force_login(staff_user(ALUMNI_RELATIONS, factory=MemberFactory))
    assert index_url in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(staff_user(EDITORS, factory=MemberFactory))
    assert index_url not in client.get(reverse("wagtailadmin_home")).content.decode()


@pytest.mark.parametrize("size", [10, 300])
def test_the_preview_costs_the_same_queries_for_10_or_300_rows(
    alumni_relations, size, django_assert_max_num_queries
):
    rows = generate_rows(size, seed=4)
    table = read_table(io.BytesIO(rows_as_csv(rows, IMPORT_HEADINGS).encode()), "bulk.csv")
    # A registry that every row is uncertain about or updates, so each row names a record.
    for source in rows:
        AlumniRecordFactory(
            first_name=source["First name"] + "x",
            last_name=source["Last name"],
            school=source["School"],
            graduation_year=int(source["Grad year"]),
        )
    batch = new_batch(table, "Bulk", "bulk.csv")
    preview_batch(batch)
    url = reverse("alumni_imports:preview", args=[batch.pk])
    with django_assert_max_num_queries(12):
        response = alumni_relations.get(url)
    assert len(response.context["rows"]) == size
    assert response.context["rows"][0]["match"] is not None


@pytest.mark.parametrize("count", [2, 30])
def test_the_list_of_imports_costs_the_same_queries_however_many(
    alumni_relations, count, django_assert_max_num_queries
):
    uploader = MemberFactory(first_name="Nia", last_name="Robinson")
    previewed_batch()
    for number in range(1, count):
        ImportBatchFactory(source=f"File {number}", uploaded_by=uploader)
    with django_assert_max_num_queries(12):
        response = alumni_relations.get(reverse("alumni_imports:index"))
    html = response.content.decode()
    assert f"File {count - 1}" in html
    assert "Nia Robinson" in html
