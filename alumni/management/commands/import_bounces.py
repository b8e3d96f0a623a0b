"""Import a bounce list: the addresses a mail provider reports as undeliverable.

    manage.py import_bounces FILE

FILE is a CSV or XLSX file; every cell that holds an email address counts, whatever its
column, so a provider's export can be used as it comes. Invitations sent to those addresses
are marked bounced, and so are the registry's contact details with them.
"""

import re
from pathlib import Path

from django.core.management import BaseCommand, CommandError

from alumni.imports import UnreadableFile, read_table
from alumni.invitations import mark_bounced_addresses

EMAIL = re.compile(r"[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+")


class Command(BaseCommand):
    help = "Mark invitations and contact details bounced from a provider's bounce list."

    def add_arguments(self, parser):
        parser.add_argument("file", help="CSV or XLSX file holding the bounced addresses")

    def handle(self, *args, file, **options):
        path = Path(file)
        try:
            with path.open("rb") as handle:
                table = read_table(handle, path.name)
        except OSError as error:
            raise CommandError(f"Cannot open {file}: {error.strerror}.") from error
        except UnreadableFile as error:
            raise CommandError(f"Cannot read {file}: {error}") from error
        cells = [*table.headings, *(text for row in table.rows for text in row.values())]
        addresses = {match.group(0) for cell in cells for match in EMAIL.finditer(cell or "")}
        invitations, contacts = mark_bounced_addresses(addresses)
        self.stdout.write(
            f"{len(addresses)} addresses read: {invitations} invitations and {contacts} "
            "contact details marked bounced."
        )
