"""Reading a CSV or XLSX file named on a management command's line."""

from pathlib import Path

from django.core.management import CommandError

from alumni.imports import UnreadableFile, read_table


def read_table_file(file):
    """The table in ``file`` (a path); a missing or unreadable file stops the command with a
    message saying why."""
    path = Path(file)
    try:
        with path.open("rb") as handle:
            return read_table(handle, path.name)
    except OSError as error:
        raise CommandError(f"Cannot open {file}: {error.strerror}.") from error
    except UnreadableFile as error:
        raise CommandError(f"Cannot read {file}: {error}") from error
