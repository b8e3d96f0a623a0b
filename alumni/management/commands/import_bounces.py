"""Import a bounce list: the addresses a mail provider reports as undeliverable.

    manage.py import_bounces FILE

FILE is a CSV or XLSX file; every cell that holds an email address counts, whatever its
column, so a provider's export can be used as it comes. Invitations sent to those addresses
are marked bounced, and so are the registry's contact details with them.
"""

import re

from django.core.management import BaseCommand

from alumni.invitations import mark_bounced_addresses
from alumni.management.table_file import read_table_file

EMAIL = re.compile(r"[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+")


class Command(BaseCommand):
    help = "Mark invitations and contact details bounced from a provider's bounce list."

    def add_arguments(self, parser):
        parser.add_argument("file", help="CSV or XLSX file holding the bounced addresses")

    def handle(self, *args, file, **options):
        table = read_table_file(file)
        cells = [*table.headings, *(text for row in table.rows for text in row.values())]
        addresses = {match.group(0) for cell in cells for match in EMAIL.finditer(cell or "")}
        invitations, contacts = mark_bounced_addresses(addresses)
        self.stdout.write(
            f"{len(addresses)} addresses read: {invitations} invitations and {contacts} "
            "contact details marked bounced."
        )
