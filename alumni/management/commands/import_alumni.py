"""Import alumni records from a CSV or XLSX file, as the admin's Alumni → Imports does.

    manage.py import_alumni enrichment.csv --source "Enrichment file, Oct 2026" --dry-run
    manage.py import_alumni enrichment.xlsx --source "..." --map graduation_year="Class" \
        --user staff@example.org

Columns are matched to fields by their headings; ``--map FIELD=HEADING`` chooses one
(``--map FIELD=`` leaves a field out). Every row with a problem is listed with its row number
in the file (the headings are row 1), then the counts. With ``--dry-run`` nothing is written;
without it, the import is applied in one transaction and can be rolled back in the admin.
"""

from pathlib import Path

from django.core.management import BaseCommand, CommandError

from alumni.imports import (
    FIELDS,
    ImportRefused,
    Outcome,
    Registry,
    apply_batch,
    describe,
    guess_mapping,
    mapping_problems,
    new_batch,
    plan,
    preview_batch,
)
from alumni.management.table_file import read_table_file
from members.models import User


class Command(BaseCommand):
    help = "Import alumni records from a CSV or XLSX file (a dry run with --dry-run)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="a .csv (UTF-8) or .xlsx file; headings in row 1")
        parser.add_argument(
            "--source",
            required=True,
            help="where the data comes from, named on every contact detail it adds",
        )
        parser.add_argument(
            "--map",
            dest="columns",
            action="append",
            default=[],
            metavar="FIELD=HEADING",
            help=f"the column for a field (repeatable); fields: {', '.join(FIELDS)}",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="check every row and write nothing"
        )
        parser.add_argument("--user", metavar="EMAIL", help="the staff member importing")

    def handle(self, *args, file, source, columns, dry_run, user, **options):
        if len(source) > 120:
            raise CommandError("--source is limited to 120 characters.")
        staff = self.staff(user) if user else None
        table = read_table_file(file)
        mapping = self.mapping(table.headings, columns)
        self.stdout.write("Columns:")
        for name, heading in mapping.items():
            self.stdout.write(f"  {FIELDS[name]}: {heading}")

        if dry_run:
            result = plan(table, mapping, Registry())
        else:
            batch = new_batch(table, source, Path(file).name, staff)
            try:
                preview_batch(batch, mapping)
                result = apply_batch(batch, staff)
            except ImportRefused as error:
                raise CommandError(str(error)) from error
        self.report(result)
        if dry_run:
            self.stdout.write("Dry run: nothing was written.")
        else:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Applied as import {batch.pk}. To undo it, roll it back in the admin "
                    "(Alumni → Imports)."
                )
            )

    def staff(self, email):
        found = User.objects.filter(email__iexact=email).first()
        if found is None:
            raise CommandError(f"No user has the email address {email}.")
        return found

    def mapping(self, headings, choices):
        mapping = guess_mapping(headings)
        for choice in choices:
            name, equals, heading = choice.partition("=")
            name = name.strip()
            if not equals or name not in FIELDS:
                raise CommandError(
                    f"--map {choice}: write FIELD=HEADING, where FIELD is one of "
                    f"{', '.join(FIELDS)}."
                )
            if heading.strip():
                mapping[name] = heading.strip()
            else:
                mapping.pop(name, None)
        problems = mapping_problems(mapping, headings)
        if problems:
            raise CommandError(" ".join(problems) + f" The file's columns: {', '.join(headings)}.")
        return {name: mapping[name] for name in FIELDS if name in mapping}

    def report(self, result):
        for finding in result.findings:
            if finding["outcome"] == Outcome.ERROR:
                problems = " ".join(str(describe(message)) for message in finding["messages"])
                self.stdout.write(f"Row {finding['row']}: {problems}")
            elif finding["outcome"] == Outcome.FLAGGED:
                self.stdout.write(
                    f"Row {finding['row']}: may be record {finding['match']} "
                    f"(score {finding['score']}); it becomes a new record marked for review."
                )
        counts = result.counts
        self.stdout.write(
            f"{counts['rows']} rows: {counts[Outcome.CREATE]} new, "
            f"{counts[Outcome.UPDATE]} updated, {counts[Outcome.UNCHANGED]} unchanged, "
            f"{counts[Outcome.FLAGGED]} uncertain matches (new, for review), "
            f"{counts[Outcome.ERROR]} with errors (skipped)."
        )
