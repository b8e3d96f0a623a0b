"""Registry imports: read a CSV or XLSX file, map its columns, check every row (the dry run),
then apply it in one transaction, or roll an applied import back.

The steps, as the admin and ``manage.py import_alumni`` take them:

1. ``read_table`` turns the file into headings and rows of text. The rows are kept on the
   ``ImportBatch``, so the dry run and the apply read exactly the same data.
2. ``guess_mapping`` proposes which column fills which field; staff may change it.
3. ``preview_batch`` (the dry run) checks each row and says what applying it would do:
   create a record, update one, leave one unchanged, or flag an uncertain match. It writes
   nothing to the registry.
4. ``apply_batch`` plans again against the registry as it is now and writes everything in one
   transaction with a few bulk statements, whatever the number of rows; it acts once.
5. ``rollback_batch`` undoes an applied import, unless someone changed its records since.

A row is the same person as a record when its external id matches, or else when first name,
last name, school and graduation year all match once normalised (``alumni.names``): a score
of 100 in ``alumni.matching`` (or both lack the year). A score from 60 to 99 is uncertain:
the row becomes a new record marked for review, pointing at the record it may be, and is
never merged. Rows are matched against the registry as it was before the import, not with one
another; two rows for the same person (same external id, or same name, school and year) are
reported as duplicates.

An update never takes anything away: an empty cell never blanks a value, names and schools
written differently but equal once normalised are left as they are, former names and contact
details are added to those already known, and "do not contact" is never lifted by an import.
"""

import csv
import datetime
import io
import random
import re
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from alumni.matching import SAME_PERSON, Person, RegistryIndex, is_uncertain
from alumni.models import (
    AlumniAward,
    AlumniContact,
    AlumniNameKey,
    AlumniRecord,
    BatchStatus,
    ChangeAction,
    Claim,
    ClaimCandidate,
    ContactKind,
    ContactStatus,
    ImportBatch,
    Invitation,
    RecordChange,
)
from alumni.names import fold, last_name_keys, name_key, school_key, split_other_names
from hub.vocabulary import State

# --- Fields and columns ---------------------------------------------------------------------

FIELDS = {
    "external_id": _("External id"),
    "first_name": _("First name"),
    "last_name": _("Last name"),
    "other_names": _("Former or other names"),
    "school": _("School"),
    "degree": _("Degree"),
    "graduation_year": _("Graduation year"),
    "state": _("State"),
    "email": _("Email"),
    "phone": _("Phone"),
    "address": _("Postal address"),
    "award_program": _("Award program"),
    "award_year": _("Award year"),
    "do_not_contact": _("Do not contact"),
    "confidence": _("Confidence of the contact details (%)"),
}
REQUIRED_FIELDS = ("first_name", "last_name", "school")

# Headings each field is known by, compared without case, accents, spaces or punctuation.
SYNONYMS = {
    "external_id": [
        "external id",
        "id",
        "nmf id",
        "record id",
        "grant id",
        "scholar id",
        "alumni id",
        "constituent id",
    ],
    "first_name": ["first name", "first", "given name", "forename", "nombre"],
    "last_name": ["last name", "surname", "family name", "last", "apellido", "apellidos"],
    "other_names": [
        "other names",
        "former names",
        "former name",
        "other name",
        "maiden name",
        "previous names",
        "previous name",
        "also known as",
        "aka",
    ],
    "school": [
        "school",
        "school name",
        "institution",
        "medical school",
        "university",
        "college",
        "program school",
    ],
    "degree": ["degree", "credential", "degree earned"],
    "graduation_year": [
        "graduation year",
        "grad year",
        "year of graduation",
        "graduation",
        "class year",
        "class of",
        "class",
        "grad yr",
    ],
    "state": ["state", "state code", "st", "state province"],
    "email": ["email", "email address", "e mail", "e mail address", "emails"],
    "phone": ["phone", "phone number", "telephone", "mobile", "cell", "cell phone", "phones"],
    "address": [
        "address",
        "postal address",
        "mailing address",
        "street address",
        "home address",
    ],
    "award_program": [
        "award program",
        "award",
        "program",
        "scholarship",
        "award name",
        "scholarship program",
    ],
    "award_year": ["award year", "year awarded", "scholarship year", "award yr"],
    "do_not_contact": ["do not contact", "dnc", "no contact", "opt out", "do not mail"],
    "confidence": ["confidence", "contact confidence", "confidence percent", "match confidence"],
}

MIN_YEAR = 1940
DEFAULT_CONFIDENCE = 80
MAX_FILE_SIZE = 25 * 1024 * 1024
MAX_ROWS = 100_000
TRUE_WORDS = {"yes", "y", "true", "1", "x", "si", "sí"}
FALSE_WORDS = {"no", "n", "false", "0", ""}
# Model field lengths, so a long cell is reported instead of failing the whole apply.
MAX_LENGTHS = {
    "external_id": 64,
    "first_name": 100,
    "last_name": 100,
    "school": 200,
    "degree": 40,
    "email": 254,
    "phone": 400,
    "address": 400,
    "award_program": 160,
}
# Keeps IN (...) lists under every database's limit on query parameters.
CHUNK = 900

# Names, schools and programs repeat across thousands of rows: each is normalised once.
_name_key = lru_cache(maxsize=1 << 16)(name_key)
_school_key = lru_cache(maxsize=1 << 12)(school_key)
_fold = lru_cache(maxsize=1 << 12)(fold)


@lru_cache(maxsize=1 << 16)
def _other_names(text):
    return tuple(split_other_names(text))


@lru_cache(maxsize=1 << 16)
def _last_keys(last_name, other_names):
    return tuple(last_name_keys(last_name, other_names))


def person_of(first_name, last_name, school, year, other_names=""):
    """``Person.of``, from the text of a row or record, sparing repeated normalisation."""
    return Person(
        first=_name_key(first_name),
        last_keys=_last_keys(last_name, _other_names(other_names)),
        school=_school_key(school),
        year=year,
    )


def heading_key(heading):
    return fold(heading).replace(" ", "")


_SYNONYM_KEYS = {
    field_name: [heading_key(word) for word in words] for field_name, words in SYNONYMS.items()
}


def guess_mapping(headings):
    """``{field: heading}`` for the fields whose column can be told from its heading. Each
    heading fills one field at most; the best-known synonym wins."""
    keyed = {}
    for heading in headings:
        keyed.setdefault(heading_key(heading), heading)
    mapping, used = {}, set()
    for field_name, keys in _SYNONYM_KEYS.items():
        for key in keys:
            heading = keyed.get(key)
            if heading is not None and heading not in used:
                mapping[field_name] = heading
                used.add(heading)
                break
    return mapping


def mapping_problems(mapping, headings):
    """What is wrong with a mapping, as sentences for staff (empty when it can be used)."""
    problems = []
    for field_name in REQUIRED_FIELDS:
        if not mapping.get(field_name):
            problems.append(
                gettext("Choose the column for “%(field)s”: it is required.")
                % {"field": FIELDS[field_name]}
            )
    used = defaultdict(list)
    for field_name, heading in mapping.items():
        if field_name not in FIELDS:
            problems.append(gettext("“%(field)s” is not a field.") % {"field": field_name})
        elif heading and heading not in headings:
            problems.append(gettext("The file has no column “%(heading)s”.") % {"heading": heading})
        elif heading:
            used[heading].append(str(FIELDS[field_name]))
    for heading, field_labels in used.items():
        if len(field_labels) > 1:
            problems.append(
                gettext("The column “%(heading)s” is chosen for more than one field: %(fields)s.")
                % {"heading": heading, "fields": ", ".join(field_labels)}
            )
    return problems


# --- Reading files --------------------------------------------------------------------------


class UnreadableFile(Exception):
    """The file cannot be read as a table; the message says why, for staff."""


@dataclass
class Table:
    headings: list
    # One dict per row after the headings, {heading: text}, empty cells left out; a blank row
    # is an empty dict, so a row's place in the list still gives its number in the file.
    rows: list


def cell_text(value):
    """A spreadsheet cell as the text it shows: 2012 rather than 2012.0, dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value).strip()


def read_table(file, file_name):
    """The file's headings (its first row) and rows, from CSV (UTF-8, with or without a byte
    order mark, comma-separated) or XLSX (the first sheet). Raises ``UnreadableFile``."""
    data = file.read()
    if isinstance(data, str):
        data = data.encode()
    if not data.strip():
        raise UnreadableFile(gettext("The file is empty."))
    if len(data) > MAX_FILE_SIZE:
        raise UnreadableFile(
            gettext("The file is larger than %(size)s MB: please split it.")
            % {"size": MAX_FILE_SIZE // (1024 * 1024)}
        )
    suffix = PurePath(file_name or "").suffix.lower()
    if suffix == ".xls" or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnreadableFile(
            gettext(
                "This is an old Excel file (.xls). Save it as an Excel workbook (.xlsx) or as "
                "“CSV UTF-8”, then upload it again."
            )
        )
    if suffix in {".xlsx", ".xlsm"} or data.startswith(b"PK\x03\x04"):
        lines = _xlsx_lines(data)
    else:
        lines = _csv_lines(data)
    return _table(lines)


def _csv_lines(data):
    if b"\x00" in data:
        raise UnreadableFile(
            gettext("This is not a CSV file. Upload a CSV (UTF-8) or an Excel workbook (.xlsx).")
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UnreadableFile(
            gettext(
                "The file is not UTF-8 text (a problem near byte %(position)s). In Excel, choose "
                "“Save as” → “CSV UTF-8”, then upload it again."
            )
            % {"position": error.start}
        ) from error
    try:
        return list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as error:
        raise UnreadableFile(
            gettext("The CSV file cannot be read: %(problem)s.") % {"problem": error}
        ) from error


def _xlsx_lines(data):
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise UnreadableFile(
            gettext("The file cannot be read as an Excel workbook (.xlsx).")
        ) from error
    try:
        if not workbook.worksheets:
            raise UnreadableFile(gettext("The workbook has no sheets."))
        sheet = workbook.worksheets[0]
        # Some programs write a wrong sheet size; read every row there is.
        sheet.reset_dimensions()
        return [[cell_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def _table(lines):
    lines = [[cell.strip() for cell in line] for line in lines]
    while lines and not any(lines[-1]):
        lines.pop()
    if not lines or not any(lines[0]):
        raise UnreadableFile(
            gettext("The first row must hold the column headings, and it is empty.")
        )
    if len(lines) == 1:
        raise UnreadableFile(gettext("The file has column headings but no rows."))
    if len(lines) - 1 > MAX_ROWS:
        raise UnreadableFile(
            gettext("The file has more than %(limit)s rows: please split it.")
            % {"limit": f"{MAX_ROWS:,}"}
        )
    headings = []
    width = max(len(line) for line in lines)
    header = lines[0] + [""] * (width - len(lines[0]))
    for number, heading in enumerate(header, start=1):
        heading = " ".join(heading.split()) or f"Column {number}"
        unique, copy = heading, 2
        while unique in headings:
            unique, copy = f"{heading} ({copy})", copy + 1
        headings.append(unique)
    rows = [
        {heading: cell for heading, cell in zip(headings, line, strict=False) if cell}
        for line in lines[1:]
    ]
    # A column with a heading of its own kept; one with neither heading nor data dropped.
    used = {heading for row in rows for heading in row}
    headings = [
        heading
        for heading, given in zip(headings, header, strict=True)
        if given.strip() or heading in used
    ]
    return Table(headings, rows)


# --- Checking rows --------------------------------------------------------------------------


class Outcome:
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    FLAGGED = "flagged"
    ERROR = "error"

    LABELS = {
        CREATE: _("New record"),
        UPDATE: _("Update"),
        UNCHANGED: _("Unchanged"),
        FLAGGED: _("Uncertain match: new record for review"),
        ERROR: _("Error: row skipped"),
    }


MESSAGES = {
    "missing": _("%(field)s is missing."),
    "too_long": _("%(field)s is longer than %(limit)s characters."),
    "not_year": _("%(field)s “%(value)s” is not a year."),
    "year_too_early": _("%(field)s %(value)s is before %(limit)s."),
    "year_too_late": _("%(field)s %(value)s is after %(limit)s."),
    "email": _("“%(value)s” is not an email address."),
    "phone": _("Phone “%(value)s” has too few digits."),
    "state": _(
        "“%(value)s” is not a US state: use the two-letter code (such as GA) or the full name."
    ),
    "award_without_year": _("The award “%(value)s” has no award year."),
    "award_year_without_program": _("Award year %(value)s has no award program."),
    "yes_or_no": _("%(field)s “%(value)s” should be yes or no."),
    "confidence": _("Confidence “%(value)s” is not a number from 0 to 100."),
    "duplicate_id": _("Same external id as row %(row)s."),
    "duplicate_person": _("Same name, school and graduation year as row %(row)s."),
    "same_record": _("Matches the same registry record as row %(row)s."),
}


def describe(message):
    """A stored message (``{"code": ..., params}``) as a sentence in the current language."""
    params = {key: value for key, value in message.items() if key != "code"}
    if "field" in params:
        params["field"] = FIELDS.get(params["field"], params["field"])
    return MESSAGES[message["code"]] % params


_STATE_CODES = {value for value, label in State.choices}
_STATE_NAMES = {fold(label): value for value, label in State.choices if value != "XX"}
_STATE_NAMES.update({"outside the united states": "XX", "international": "XX"})


def state_code(text):
    compact = fold(text).replace(" ", "").upper()
    if compact in _STATE_CODES:
        return compact
    return _STATE_NAMES.get(fold(text))


_state_code = lru_cache(maxsize=256)(state_code)


def email_key(value):
    return value.strip().lower()


def phone_key(value):
    digits = re.sub(r"\D", "", value)
    return digits[1:] if len(digits) == 11 and digits.startswith("1") else digits


CONTACT_KEYS = {
    ContactKind.EMAIL: email_key,
    ContactKind.PHONE: phone_key,
    ContactKind.ADDRESS: fold,
}


def contact_key(kind, value):
    return CONTACT_KEYS[kind](value)


@dataclass
class Row:
    """One row of the file, checked: its values as the registry stores them, and what is
    wrong with it."""

    number: int
    values: dict = field(default_factory=dict)
    contacts: list = field(default_factory=list)  # (kind, value)
    award: tuple | None = None  # (program, year)
    do_not_contact: bool = False
    confidence: int = DEFAULT_CONFIDENCE
    errors: list = field(default_factory=list)

    def error(self, code, **params):
        self.errors.append({"code": code, **params})

    @cached_property
    def person(self):
        values = self.values
        return person_of(
            values["first_name"],
            values["last_name"],
            values["school"],
            values["graduation_year"],
            values["other_names"],
        )


def exact_key(person):
    """What makes two rows (or a row and a record) the same person for certain: first name,
    last name, school and graduation year, normalised. None when a name or the school is
    empty once normalised."""
    if person.first and person.last_keys and person.school:
        return (person.first, person.last_keys[0], person.school, person.year)
    return None


def _year(row, name, text, latest):
    if not text:
        return None
    if not re.fullmatch(r"\d{4}(\.0+)?", text):
        row.error("not_year", field=name, value=text)
        return None
    year = int(float(text))
    if year < MIN_YEAR:
        row.error("year_too_early", field=name, value=year, limit=MIN_YEAR)
        return None
    if year > latest:
        row.error("year_too_late", field=name, value=year, limit=latest)
        return None
    return year


def check_row(number, raw, mapping, latest_year):
    """A ``Row`` from one file row (``{heading: text}``), with every problem found."""
    text = {
        name: " ".join((raw.get(heading) or "").split()) if name != "address" else ""
        for name, heading in mapping.items()
        if heading
    }
    if mapping.get("address"):
        # Addresses keep their line breaks as commas.
        lines = (raw.get(mapping["address"]) or "").splitlines()
        text["address"] = ", ".join(" ".join(line.split()) for line in lines if line.strip())
    row = Row(number)
    for name in REQUIRED_FIELDS:
        if not text.get(name):
            row.error("missing", field=name)
    for name, limit in MAX_LENGTHS.items():
        if name not in {"email", "phone"} and len(text.get(name, "")) > limit:
            row.error("too_long", field=name, limit=limit)
    values = row.values
    for name in ("external_id", "first_name", "last_name", "school", "degree"):
        values[name] = text.get(name, "")
    values["other_names"] = "\n".join(
        split_other_names(
            (raw.get(mapping["other_names"]) or "") if mapping.get("other_names") else ""
        )
    )
    values["graduation_year"] = _year(
        row, "graduation_year", text.get("graduation_year"), latest_year
    )
    values["state"] = ""
    if text.get("state"):
        code = _state_code(text["state"])
        if code is None:
            row.error("state", value=text["state"])
        else:
            values["state"] = code

    for value in filter(None, re.split(r"[;,\s]+", text.get("email", ""))):
        try:
            validate_email(value)
        except ValidationError:
            row.error("email", value=value)
        else:
            if len(value) > MAX_LENGTHS["email"]:
                row.error("too_long", field="email", limit=MAX_LENGTHS["email"])
            else:
                row.contacts.append((ContactKind.EMAIL, value))
    for value in filter(None, (part.strip() for part in text.get("phone", "").split(";"))):
        if len(re.sub(r"\D", "", value)) < 7:
            row.error("phone", value=value)
        elif len(value) > MAX_LENGTHS["phone"]:
            row.error("too_long", field="phone", limit=MAX_LENGTHS["phone"])
        else:
            row.contacts.append((ContactKind.PHONE, value))
    if text.get("address"):
        row.contacts.append((ContactKind.ADDRESS, text["address"]))

    program = text.get("award_program", "")
    award_year = _year(row, "award_year", text.get("award_year"), latest_year)
    if program and award_year:
        row.award = (program, award_year)
    elif program and not text.get("award_year"):
        row.error("award_without_year", value=program)
    elif award_year and not program:
        row.error("award_year_without_program", value=award_year)

    flag = _fold(text.get("do_not_contact", ""))
    if flag in TRUE_WORDS:
        row.do_not_contact = True
    elif flag not in FALSE_WORDS:
        row.error("yes_or_no", field="do_not_contact", value=text["do_not_contact"])

    if text.get("confidence"):
        try:
            confidence = round(float(text["confidence"].rstrip("%").strip()))
        except ValueError:
            confidence = -1
        if 0 <= confidence <= 100:
            row.confidence = confidence
        else:
            row.error("confidence", value=text["confidence"])
    return row


# --- The registry as it is ------------------------------------------------------------------


@dataclass
class Known:
    """What the registry holds about one record, as much as an import compares."""

    external_id: str
    first_name: str
    last_name: str
    other_names: str
    school: str
    graduation_year: int | None
    degree: str
    state: str
    contact_status: str
    updated_at: datetime.datetime | None = None


class Registry:
    """The registry in memory, read in three queries whatever its size: records (with the
    matching index and exact keys), contact details and awards."""

    def __init__(self):
        records = AlumniRecord.objects.values_list(
            "pk",
            "external_id",
            "first_name",
            "last_name",
            "other_names",
            "school",
            "graduation_year",
            "degree",
            "state",
            "contact_status",
            "updated_at",
        )
        self.records = {}
        # The matching index, filled record by record rather than through its constructor
        # so that each name is normalised once, and the key that makes a row certainly a
        # record's person (the lowest id first, should the registry hold someone twice).
        self.index = RegistryIndex(())
        self.by_exact_key = {}
        for pk, *values in records.order_by("pk"):
            known = self.records[pk] = Known(*values)
            person = person_of(
                known.first_name,
                known.last_name,
                known.school,
                known.graduation_year,
                known.other_names,
            )
            if known.external_id:
                self.index.by_external_id[known.external_id] = pk
            self.index.add(pk, person)
            key = exact_key(person)
            if key:
                self.by_exact_key.setdefault(key, pk)
        self.contacts = {
            (record_id, contact_key(kind, value))
            for record_id, kind, value in AlumniContact.objects.order_by().values_list(
                "record_id", "kind", "value"
            )
        }
        self.awards = {
            (record_id, _fold(program), year)
            for record_id, program, year in AlumniAward.objects.order_by().values_list(
                "record_id", "program", "year"
            )
        }


# --- Planning -------------------------------------------------------------------------------

RECORD_FIELDS = (
    "external_id",
    "first_name",
    "last_name",
    "other_names",
    "school",
    "degree",
    "graduation_year",
    "state",
    "contact_status",
)


@dataclass
class Step:
    """What applying one valid row does: create a record (flagged or not) or update one."""

    row: Row
    outcome: str
    record_id: int | None = None  # the record updated; once written, the record created
    match_id: int | None = None  # when flagged: the record it may be
    score: int | None = None
    changes: dict = field(default_factory=dict)  # {field: [before, after]}
    new_contacts: list = field(default_factory=list)  # (kind, value)
    new_award: tuple | None = None

    @property
    def creates(self):
        return self.outcome in {Outcome.CREATE, Outcome.FLAGGED}


@dataclass
class Plan:
    steps: list
    findings: list
    counts: dict


def plan(table, mapping, registry, latest_year=None):
    """Check every row and decide what applying it would do, against ``registry`` as it was
    before the import (rows are not matched with one another, except for exact duplicates);
    writes nothing. ``latest_year``: the latest graduation or award year accepted."""
    latest_year = latest_year or timezone.localdate().year + 1
    seen_ids, seen_people, targeted = {}, {}, {}
    steps, findings = [], []
    counts = dict.fromkeys(
        [Outcome.CREATE, Outcome.UPDATE, Outcome.UNCHANGED, Outcome.FLAGGED, Outcome.ERROR], 0
    )
    for number, raw in enumerate(table.rows, start=2):
        if not raw:
            continue
        row = check_row(number, raw, mapping, latest_year)
        external_id = row.values.get("external_id")
        key = exact_key(row.person) if not row.errors else None
        if external_id:
            if external_id in seen_ids:
                row.error("duplicate_id", row=seen_ids[external_id])
            else:
                seen_ids[external_id] = number
        if key:
            if key in seen_people:
                row.error("duplicate_person", row=seen_people[key])
            else:
                seen_people[key] = number
        step = None if row.errors else _step(row, key, registry)
        if step is not None and step.record_id is not None:
            if step.record_id in targeted:
                row.error("same_record", row=targeted[step.record_id])
                step = None
            else:
                targeted[step.record_id] = number
        if step is None:
            counts[Outcome.ERROR] += 1
            findings.append({"row": number, "outcome": Outcome.ERROR, "messages": row.errors})
            continue
        counts[step.outcome] += 1
        steps.append(step)
        finding = {"row": number, "outcome": step.outcome, "messages": []}
        if step.match_id is not None:
            finding["match"] = step.match_id
            finding["score"] = step.score
        if step.record_id is not None:
            finding["record"] = step.record_id
        if step.changes or step.new_contacts or step.new_award:
            finding["changes"] = list(step.changes) + sorted(
                {_CONTACT_FIELDS[kind] for kind, value in step.new_contacts}
            )
            if step.new_award:
                finding["changes"].append("award_program")
        findings.append(finding)
    counts["rows"] = sum(counts.values())
    return Plan(steps, findings, counts)


_CONTACT_FIELDS = {
    ContactKind.EMAIL: "email",
    ContactKind.PHONE: "phone",
    ContactKind.ADDRESS: "address",
}


def _step(row, key, registry):
    external_id = row.values["external_id"]
    if external_id and external_id in registry.index.by_external_id:
        return _update(row, registry.index.by_external_id[external_id], registry)
    if key and key in registry.by_exact_key:
        pk = registry.by_exact_key[key]
        known_id = registry.records[pk].external_id
        if not external_id or not known_id:
            return _update(row, pk, registry)
        # The same name, but the files give two different ids: two people, or a mistake.
        return Step(row, Outcome.FLAGGED, match_id=pk, score=SAME_PERSON)
    match = registry.index.best(row.person)
    if match and is_uncertain(match):
        return Step(row, Outcome.FLAGGED, match_id=match.record_id, score=match.score)
    return Step(row, Outcome.CREATE)


def _merged_other_names(current, additions):
    names = list(_other_names(current))
    keys = {_name_key(name) for name in names}
    for name in additions:
        if _name_key(name) not in keys:
            names.append(name)
            keys.add(_name_key(name))
    return "\n".join(names)


def _update(row, pk, registry):
    known = registry.records[pk]
    values = row.values
    changes = {}

    def change(name, after):
        before = getattr(known, name)
        if after != before:
            changes[name] = [before, after]

    if values["external_id"] and not known.external_id:
        change("external_id", values["external_id"])
    if _name_key(values["first_name"]) != _name_key(known.first_name):
        change("first_name", values["first_name"])
    former = list(_other_names(values["other_names"]))
    if _name_key(values["last_name"]) != _name_key(known.last_name):
        change("last_name", values["last_name"])
        # The name they went by until now stays findable, as a former name.
        former.insert(0, known.last_name)
    other_names = _merged_other_names(known.other_names, former)
    if [_name_key(n) for n in _other_names(other_names)] != [
        _name_key(n) for n in _other_names(known.other_names)
    ]:
        change("other_names", other_names)
    if _school_key(values["school"]) != _school_key(known.school):
        change("school", values["school"])
    if values["degree"] and values["degree"].casefold() != known.degree.casefold():
        change("degree", values["degree"])
    for name in ("graduation_year", "state"):
        if values[name]:
            change(name, values[name])
    if row.do_not_contact:
        change("contact_status", ContactStatus.DO_NOT_CONTACT.value)

    new_contacts, seen = [], set()
    for kind, value in row.contacts:
        contact = (pk, contact_key(kind, value))
        if contact not in registry.contacts and contact not in seen:
            seen.add(contact)
            new_contacts.append((kind, value))
    new_award = None
    if row.award and (pk, _fold(row.award[0]), row.award[1]) not in registry.awards:
        new_award = row.award
    outcome = Outcome.UPDATE if changes or new_contacts or new_award else Outcome.UNCHANGED
    return Step(
        row,
        outcome,
        record_id=pk,
        changes=changes,
        new_contacts=new_contacts,
        new_award=new_award,
    )


# --- The dry run ----------------------------------------------------------------------------


def stored_table(batch):
    return Table(batch.report.get("headings") or _headings_of(batch.rows), batch.rows)


def _headings_of(rows):
    return list(dict.fromkeys(heading for row in rows for heading in row))


def new_batch(table, source, file_name, user=None):
    """An ``ImportBatch`` holding the file's rows and a guessed mapping, not yet checked."""
    return ImportBatch.objects.create(
        source=source,
        file_name=file_name,
        rows=table.rows,
        mapping=guess_mapping(table.headings),
        # The headings in the file's order, and its first rows to show beside them.
        report={"headings": table.headings, "sample": table.rows[:3]},
        row_count=sum(1 for row in table.rows if row),
        uploaded_by=user,
    )


COUNT_FIELDS = [
    "row_count",
    "error_count",
    "created_count",
    "updated_count",
    "unchanged_count",
    "flagged_count",
]


def _store(batch, result, **extra):
    counts = result.counts
    batch.row_count = counts["rows"]
    batch.error_count = counts[Outcome.ERROR]
    batch.created_count = counts[Outcome.CREATE]
    batch.updated_count = counts[Outcome.UPDATE]
    batch.unchanged_count = counts[Outcome.UNCHANGED]
    batch.flagged_count = counts[Outcome.FLAGGED]
    batch.report = {
        "headings": batch.report.get("headings") or _headings_of(batch.rows),
        "sample": batch.report.get("sample", []),
        "findings": result.findings,
        **extra,
    }


def preview_batch(batch, mapping=None):
    """The dry run: check ``batch``'s rows with ``mapping`` (or the batch's own) and store the
    findings and counts on it. Writes nothing to the registry."""
    if batch.status != BatchStatus.PREVIEWED:
        raise ImportRefused(gettext("This import was already applied: it cannot be checked again."))
    if mapping is not None:
        batch.mapping = {name: heading for name, heading in mapping.items() if heading}
    table = stored_table(batch)
    problems = mapping_problems(batch.mapping, table.headings)
    if problems:
        raise ImportRefused(" ".join(problems))
    result = plan(table, batch.mapping, Registry())
    _store(batch, result, previewed_at=timezone.now().isoformat())
    batch.save(update_fields=["mapping", "report", *COUNT_FIELDS])
    return result


def is_previewed(batch):
    return batch.status == BatchStatus.PREVIEWED and "findings" in batch.report


# --- Applying -------------------------------------------------------------------------------


class ImportRefused(Exception):
    """An import step that cannot be taken; the message says why, for staff."""


def _keys_for(record_id, last_name, other_names):
    return [
        AlumniNameKey(record_id=record_id, key=key)
        for key in last_name_keys(last_name, split_other_names(other_names))
    ]


def _in_chunks(ids):
    ids = list(ids)
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _label(values):
    year = f" ({values['graduation_year']})" if values.get("graduation_year") else ""
    return f"{values['first_name']} {values['last_name']}, {values['school']}{year}"[:300]


def _json_value(value):
    return value.isoformat() if isinstance(value, datetime.date) else value


def apply_batch(batch, user=None):
    """Apply a previewed import, once, in one transaction: returns the ``Plan`` carried out,
    or None when the batch was applied (or rolled back) already, e.g. by a double submit.
    Raises ``ImportRefused`` when it was never previewed; anything failing midway undoes it
    all."""
    with transaction.atomic():
        # Taking the batch is the first write: a second submit waits here for the first to
        # finish, then finds it applied.
        taken = ImportBatch.objects.filter(pk=batch.pk, status=BatchStatus.PREVIEWED).update(
            status=BatchStatus.APPLIED, applied_at=timezone.now()
        )
        if not taken:
            return None
        batch = ImportBatch.objects.get(pk=batch.pk)
        if "findings" not in batch.report:
            raise ImportRefused(gettext("Check the import (the dry run) before applying it."))
        table = stored_table(batch)
        problems = mapping_problems(batch.mapping, table.headings)
        if problems:
            raise ImportRefused(" ".join(problems))
        registry = Registry()
        result = plan(table, batch.mapping, registry)
        previous_updated_at = _write(result, registry, batch, user)
        _store(
            batch,
            result,
            previewed_at=batch.report.get("previewed_at"),
            previous_updated_at=previous_updated_at,
        )
        batch.status = BatchStatus.APPLIED
        # After every write, so each record it wrote was updated at or before this moment.
        batch.applied_at = timezone.now()
        batch.save(update_fields=["status", "applied_at", "report", *COUNT_FIELDS])
    return result


def _write(result, registry, batch, user):
    """Carry out ``result``: a fixed number of bulk statements (split into batches only where
    the database limits the size of one statement). Returns the records' previous
    ``updated_at``, which a rollback puts back."""
    now = timezone.now()
    creating = [step for step in result.steps if step.creates]
    updating = [step for step in result.steps if step.outcome == Outcome.UPDATE]
    _create_records(creating)
    previous_updated_at = _update_records(updating, registry, now)
    _add_contacts_and_awards(creating + updating, batch)
    RecordChange.objects.bulk_create(
        RecordChange(
            record_id=step.record_id,
            record_label=_label(step.row.values if step.creates else _after(registry, step)),
            action=ChangeAction.CREATED if step.creates else ChangeAction.UPDATED,
            changes=_trail(step),
            changed_by=user,
            batch=batch,
            at=now,
        )
        for step in creating + updating
    )
    # The findings name the records created.
    findings = (finding for finding in result.findings if finding["outcome"] != Outcome.ERROR)
    for finding, step in zip(findings, result.steps, strict=True):
        if step.creates:
            finding["record"] = step.record_id
    return previous_updated_at


def _create_records(steps):
    """New records, their matching keys set here: ``save()`` is never called."""
    records = []
    for step in steps:
        values = step.row.values
        records.append(
            AlumniRecord(
                **{name: values[name] for name in RECORD_FIELDS if name in values},
                contact_status=(
                    ContactStatus.DO_NOT_CONTACT if step.row.do_not_contact else ContactStatus.OK
                ),
                needs_review=step.outcome == Outcome.FLAGGED,
                possible_match_id=step.match_id,
                first_name_key=step.row.person.first,
                school_key=step.row.person.school,
            )
        )
    AlumniRecord.objects.bulk_create(records)
    for step, record in zip(steps, records, strict=True):
        step.record_id = record.pk
    AlumniNameKey.objects.bulk_create(
        AlumniNameKey(record_id=step.record_id, key=key)
        for step in steps
        for key in step.row.person.last_keys
    )


def _update_records(steps, registry, now):
    """Write each record's changed fields only (grouped by which fields changed), and when.
    A record that only gains contact details or an award is marked as updated too."""
    groups, rekey, previous_updated_at = defaultdict(list), [], {}
    for step in steps:
        known = registry.records[step.record_id]
        previous_updated_at[str(step.record_id)] = _json_value(known.updated_at)
        record = AlumniRecord(pk=step.record_id, updated_at=now)
        names = set(step.changes)
        for name, (_before, after) in step.changes.items():
            setattr(record, name, after)
        names |= _refresh_keys(record, names)
        if names & {"last_name", "other_names"}:
            rekey.append(
                (
                    step.record_id,
                    step.changes.get("last_name", [None, known.last_name])[1],
                    step.changes.get("other_names", [None, known.other_names])[1],
                )
            )
        groups[frozenset(names)].append(record)
    for names, records in groups.items():
        AlumniRecord.objects.bulk_update(records, sorted(names | {"updated_at"}))
    _replace_name_keys(rekey)
    return previous_updated_at


def _refresh_keys(record, names):
    """Set the matching keys that follow from the changed ``names``; returns the key fields."""
    keys = set()
    if "first_name" in names:
        record.first_name_key = name_key(record.first_name)
        keys.add("first_name_key")
    if "school" in names:
        record.school_key = school_key(record.school)
        keys.add("school_key")
    return keys


def _add_contacts_and_awards(steps, batch):
    today = timezone.localdate()
    contacts, awards = [], []
    for step in steps:
        added = step.row.contacts if step.creates else step.new_contacts
        seen = set()
        for kind, value in added:
            key = (kind, contact_key(kind, value))
            if key not in seen:
                seen.add(key)
                contacts.append(
                    AlumniContact(
                        record_id=step.record_id,
                        kind=kind,
                        value=value,
                        source=batch.source,
                        observed_on=today,
                        confidence=step.row.confidence,
                        batch=batch,
                    )
                )
        award = step.row.award if step.creates else step.new_award
        if award:
            awards.append(AlumniAward(record_id=step.record_id, program=award[0], year=award[1]))
    AlumniContact.objects.bulk_create(contacts)
    AlumniAward.objects.bulk_create(awards)


def _trail(step):
    """``{field: [before, after]}`` for the audit trail. Contact details and awards are
    listed too: the rollback removes the awards named here."""
    if step.creates:
        values = step.row.values
        changes = {name: [None, values[name]] for name in RECORD_FIELDS if values.get(name)}
        if step.row.do_not_contact:
            changes["contact_status"] = [None, ContactStatus.DO_NOT_CONTACT.value]
        if step.outcome == Outcome.FLAGGED:
            changes["needs_review"] = [None, True]
            changes["possible_match"] = [None, step.match_id]
        contacts, award = step.row.contacts, step.row.award
    else:
        changes = dict(step.changes)
        contacts, award = step.new_contacts, step.new_award
    if contacts:
        changes["contacts"] = [[], [f"{kind}: {value}" for kind, value in contacts]]
    if award:
        changes["awards"] = [[], [list(award)]]
    return changes


def _after(registry, step):
    known = registry.records[step.record_id]
    values = {name: getattr(known, name) for name in ("first_name", "last_name", "school")}
    values["graduation_year"] = known.graduation_year
    values.update({name: after for name, (_before, after) in step.changes.items()})
    return values


def _replace_name_keys(rekey):
    """Rebuild the name keys of records whose last or former names changed."""
    if not rekey:
        return
    for chunk in _in_chunks(record_id for record_id, *_names in rekey):
        AlumniNameKey.objects.filter(record_id__in=chunk).delete()
    AlumniNameKey.objects.bulk_create(
        key for record_id, last, others in rekey for key in _keys_for(record_id, last, others)
    )


# --- Rolling back ---------------------------------------------------------------------------


def changed_since(batch):
    """How many of the records ``batch`` created or updated were changed since by anyone
    else (staff, a claim, a later import that is still applied), or are now in use by an
    invitation or a claim."""
    later = (
        RecordChange.objects.filter(record=OuterRef("pk"), at__gt=batch.applied_at)
        .exclude(batch=batch)
        .exclude(batch__status=BatchStatus.ROLLED_BACK)
    )
    touched = AlumniRecord.objects.filter(
        Exists(RecordChange.objects.filter(record=OuterRef("pk"), batch=batch))
    )
    created_here = Exists(
        RecordChange.objects.filter(record=OuterRef("pk"), batch=batch, action=ChangeAction.CREATED)
    )
    in_use = (
        Exists(Invitation.objects.filter(record=OuterRef("pk")))
        | Exists(Claim.objects.filter(record=OuterRef("pk")))
        | Exists(ClaimCandidate.objects.filter(record=OuterRef("pk")))
    )
    return touched.filter(
        Q(updated_at__gt=batch.applied_at) | Exists(later) | (created_here & in_use)
    ).count()


def rollback_batch(batch, user=None):
    """Undo an applied import, once, in one transaction: delete the records it created,
    restore the values it changed, remove the contact details and awards it added. Returns
    the number of records restored or deleted, or None when it was not applied (or already
    rolled back). Raises ``ImportRefused`` when records were changed since."""
    with transaction.atomic():
        taken = ImportBatch.objects.filter(pk=batch.pk, status=BatchStatus.APPLIED).update(
            status=BatchStatus.ROLLED_BACK, rolled_back_at=timezone.now()
        )
        if not taken:
            return None
        batch = ImportBatch.objects.defer("rows").get(pk=batch.pk)
        count = changed_since(batch)
        if count:
            raise ImportRefused(
                gettext(
                    "%(count)s record(s) from this import were changed since it was applied "
                    "(by staff, a claim, an invitation or a later import). Rolling it back "
                    "would overwrite those changes, so nothing was rolled back."
                )
                % {"count": count}
            )
        now = timezone.now()
        created, updated = [], []
        for record_id, action, changes, label in RecordChange.objects.filter(
            batch=batch, action__in=[ChangeAction.CREATED, ChangeAction.UPDATED]
        ).values_list("record_id", "action", "changes", "record_label"):
            if record_id is None:
                continue
            (created if action == ChangeAction.CREATED else updated).append(
                (record_id, changes, label)
            )
        # The records it created are deleted: their trail keeps their name, not the link.
        trail = [
            RecordChange(
                record_id=None,
                record_label=label,
                action=ChangeAction.ROLLED_BACK,
                changes=_reversed(changes),
                changed_by=user,
                batch=batch,
                at=now,
            )
            for _record_id, changes, label in created
        ]
        trail += _restore(updated, batch, user, now)
        RecordChange.objects.bulk_create(trail)
        AlumniContact.objects.filter(batch=batch).delete()
        for chunk in _in_chunks(record_id for record_id, _changes, _label in created):
            AlumniRecord.objects.filter(pk__in=chunk).delete()
    return len(created) + len(updated)


def _reversed(changes):
    return {name: [after, before] for name, (before, after) in changes.items()}


def _restore(updated, batch, user, now):
    previous = batch.report.get("previous_updated_at", {})
    current = {}
    for chunk in _in_chunks(record_id for record_id, _changes, _label in updated):
        for pk, last, others in AlumniRecord.objects.filter(pk__in=chunk).values_list(
            "pk", "last_name", "other_names"
        ):
            current[pk] = (last, others)
    groups, rekey, trail, awards = defaultdict(list), [], [], []
    for record_id, changes, label in updated:
        fields = {name: value for name, value in changes.items() if name in RECORD_FIELDS}
        record = AlumniRecord(pk=record_id)
        names = set(fields)
        for name, (before, _after) in fields.items():
            setattr(record, name, before)
        names |= _refresh_keys(record, names)
        if names & {"last_name", "other_names"}:
            last, others = current[record_id]
            rekey.append(
                (
                    record_id,
                    fields.get("last_name", [last])[0],
                    fields.get("other_names", [others])[0],
                )
            )
        if previous.get(str(record_id)):
            record.updated_at = datetime.datetime.fromisoformat(previous[str(record_id)])
            names.add("updated_at")
        if names:
            groups[frozenset(names)].append(record)
        awards += [
            (record_id, program, year) for program, year in changes.get("awards", [[], []])[1]
        ]
        trail.append(
            RecordChange(
                record_id=record_id,
                record_label=label,
                action=ChangeAction.ROLLED_BACK,
                changes=_reversed(changes),
                changed_by=user,
                batch=batch,
                at=now,
            )
        )
    for names, records in groups.items():
        AlumniRecord.objects.bulk_update(records, sorted(names))
    _replace_name_keys(rekey)
    if awards:
        wanted = set(awards)
        found = [
            pk
            for chunk in _in_chunks({record_id for record_id, _p, _y in awards})
            for pk, record_id, program, year in AlumniAward.objects.filter(
                record_id__in=chunk
            ).values_list("pk", "record_id", "program", "year")
            if (record_id, program, year) in wanted
        ]
        for chunk in _in_chunks(found):
            AlumniAward.objects.filter(pk__in=chunk).delete()
    return trail


# --- Fictional rows, for benchmarks and tests -----------------------------------------------

_FIRST_NAMES = (  # noqa: SIM905  (names read better as a line of words)
    "Adaeze Chinonso Ngozi Oluwaseun Kwame Amara Jamal Keisha Malik Aaliyah DeShawn Imani "
    "Tiana Marcus Latoya Darnell Ebony Terrence Shanice Andre Jasmine Tyrone Nia Kofi Abena "
    "Yaw Efua Chidi Obinna Folasade Tunde Zainab Amina Fatima Omar Yusuf Hassan Layla Ibrahim "
    "María José Luis Ana Sofía Alejandro Camila Inés Joaquín Valentina Raúl Lucía Héctor "
    "Guadalupe Ramón Mariana Diego Ximena Andrés Beatriz Nicolás Paloma Julián Rocío "
    "Nizhoni Ahiga Winona Dyani Kai Leilani Keoni Malia Kalani Noelani Minh Linh Quang Mai "
    "Thanh Mei Wei Jun Hyun-woo Ji-woo Seo-yeon Priya Rohan Anjali Aditya Kavya Arjun Chloé "
    "Zoë Renée Noël Mary-Ann Jean-Pierre Marie-Claire Ana-Lucía Jo-Ellen Amélie Thérèse "
    "Ayesha Bilal Chanel Dominique Desmond Ebele Emeka Femi Gabrielle Githongo Hadiza Ifeoma "
    "Jabari Jelani Kamau Kehinde Lamar Lashawn Makeda Marisol Nadia Nkechi Nnamdi Olamide "
    "Precious Quincy Rashida Rasheed Sade Simone Taiwo Tamika Tariq Uchenna Wanjiru Xavier "
    "Yolanda Zuri Akosua Ayodele Bisi Chiamaka Damilola Ekow Jomo Kwabena Lindiwe Mandla "
    "Naledi Sipho Thabo Adriana Alondra Araceli Benito Carolina Consuelo Dolores Eduardo "
    "Esperanza Fernando Graciela Ignacio Itzel Jazmín Leticia Marisela Maricela Octavio "
    "Pilar Rafael Rosalinda Santiago Socorro Teodoro Yesenia Zulema Abril Bautista Citlali "
    "Dulce Emiliano Fabiola Gerardo Itzayana Maite Nayeli Osvaldo Yareli Aiyana Chayton "
    "Dakota Hania Kiona Onawa Sakari Tala Takoda Wapi Ikaika Kanoa Lokelani Makana Anh Bao "
    "Duc Hieu Khanh Ngoc Phuong Tuan Yen Hana Jisoo Min-jun Soo-ah Yuna Haruto Yui Ren Aiko "
    "Deepa Farah Imran Kiran Meera Nikhil Rahul Sana Vikram Zara Mariam Tariku Selam Dawit "
    "Hiwot Abdi Hodan Ilhan Khadija Mohamed Nasra Said Jean-Baptiste Marie-Josée Anne-Marie "
    "Luz-Marina Jean-Claude Kwesi-Ato"
).split()
_COMPOUND_FIRST_NAMES = ["Juan Carlos", "Ana María", "José Luis", "María José", "Mary Beth"]
_LAST_NAMES = (  # noqa: SIM905
    "Washington Jefferson Johnson Williams Jackson Robinson Harris Thompson Walker Lewis "
    "Brown Davis Wilson Moore Taylor Anderson Thomas White Martin Clark Hall Allen Young King "
    "Wright Scott Green Baker Adams Nelson Carter Mitchell Roberts Turner Phillips Campbell "
    "Okafor Mensah Adeyemi Nwosu Owusu Diallo Okonkwo Eze Boateng Asante Oyelaran Balogun "
    "Ndiaye Traoré Kamara Bangura Abebe Tesfaye Haile Kariuki Otieno Mwangi "
    "García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Flores "
    "Rivera Gómez Díaz Cruz Morales Ortiz Gutiérrez Chávez Ruiz Álvarez Castillo Jiménez "
    "Vásquez Romero Herrera Medina Aguilar Vargas Castro Núñez Peña Mendoza Salazar Delgado "
    "Ibáñez Muñoz Cortés Begay Yazzie Tsosie Benally Nakai Etsitty Kealoha Kahale Akana "
    "Nguyen Tran Le Pham Hoang Vu Kim Park Lee Choi Chen Wang Liu Zhang Huang Patel Shah "
    "Singh Khan Ali Ahmed Rahman Hussain Chowdhury Iyer Reddy Desai O'Neal St.Clair "
    "Beaumont Toussaint Pierre-Louis Jean-Baptiste Dupont Lafleur"
).split()
_PARTICLE_LAST_NAMES = ["De la Cruz", "Del Toro", "Van Dyke", "De León", "St. Fleur"]
# Made-up names from syllables: the long tail of names that only a few people share.
_SYLLABLES = (
    "Ade Ola Oke Obi Nwa Ako Ibe Ugo Ama Eme Oye Ife Kala Mara Sala Teso Nava Zapa Quin Roda "
    "Vela Yaz Tso Bena Kaha Ona Mba Esi Dara Lema",
    "bayo wale nike chukwu gbe lade femi kanmi du nna zar des nte rra llo tero nez joy ani "
    "ola ike ezi wu ye tola me ko ra sola dike",
)
SCHOOLS = {
    "MD": [
        "Howard University College of Medicine",
        "Meharry Medical College",
        "Morehouse School of Medicine",
        "Charles R. Drew University of Medicine and Science",
        "University of California, San Francisco, School of Medicine",
        "David Geffen School of Medicine at UCLA",
        "Johns Hopkins University School of Medicine",
        "Harvard Medical School",
        "Stanford University School of Medicine",
        "University of Michigan Medical School",
        "University of New Mexico School of Medicine",
        "University of Texas Medical Branch",
        "Baylor College of Medicine",
        "Emory University School of Medicine",
        "University of Washington School of Medicine",
        "Icahn School of Medicine at Mount Sinai",
        "Columbia University Vagelos College of Physicians and Surgeons",
        "University of Illinois College of Medicine",
        "Ponce Health Sciences University",
        "Universidad Central del Caribe",
        "University of Puerto Rico School of Medicine",
        "University of Arizona College of Medicine",
        "Duke University School of Medicine",
        "Yale School of Medicine",
        "Perelman School of Medicine at the University of Pennsylvania",
        "Keck School of Medicine of USC",
        "University of Miami Miller School of Medicine",
        "Tulane University School of Medicine",
    ],
    "DO": [
        "Michigan State University College of Osteopathic Medicine",
        "A.T. Still University Kirksville College of Osteopathic Medicine",
        "Touro University California College of Osteopathic Medicine",
    ],
    "DDS": [
        "Howard University College of Dentistry",
        "Meharry Medical College School of Dentistry",
        "University of California, San Francisco, School of Dentistry",
        "University of Michigan School of Dentistry",
        "University of Maryland School of Dentistry",
        "UCLA School of Dentistry",
    ],
    "DMD": ["Harvard School of Dental Medicine", "Boston University School of Dental Medicine"],
    "PharmD": [
        "Xavier University of Louisiana College of Pharmacy",
        "Howard University College of Pharmacy",
        "Florida A&M University College of Pharmacy",
        "Texas Southern University College of Pharmacy and Health Sciences",
        "Hampton University School of Pharmacy",
        "University of California, San Francisco, School of Pharmacy",
    ],
    "BSN": [
        "Johns Hopkins School of Nursing",
        "University of Pennsylvania School of Nursing",
        "Howard University College of Nursing",
        "Hampton University School of Nursing",
        "UCLA School of Nursing",
        "Emory University Nell Hodgson Woodruff School of Nursing",
    ],
    "PA": ["Charles R. Drew University Physician Assistant Program"],
}
_DEGREE_WEIGHTS = {"MD": 55, "DO": 6, "DDS": 10, "DMD": 3, "PharmD": 12, "BSN": 11, "PA": 3}
AWARD_PROGRAMS = [
    "NMF Need-Based Scholarship",
    "Franklin C. McLean Award",
    "Aura E. Severinghaus Award",
    "William and Charlotte Cadbury Award",
    "NMF Emergency Scholarship Fund",
    "Primary Care Leadership Program",
]
IMPORT_HEADINGS = [
    "NMF ID",
    "First name",
    "Last name",
    "Former names",
    "School",
    "Degree",
    "Grad year",
    "State",
    "Email address",
    "Phone",
    "Mailing address",
    "Award",
    "Award year",
    "Do not contact",
]
_STREETS = ["Oak St", "Maple Ave", "Martin Luther King Jr Blvd", "Calle Sol", "Pine Rd", "Elm St"]


def generate_rows(n, seed=1):
    """``n`` fictional registry rows (``{heading: text}``, headings as in ``IMPORT_HEADINGS``),
    the same for the same seed: varied names with accents, hyphens and particles, real US
    schools of medicine, dentistry, pharmacy and nursing, graduation years 1975–2026, and
    some emails, phones, addresses, awards and former names. Emails use example.org and
    phones the 555-01xx range, so none of them reaches anyone."""
    rng = random.Random(seed)  # noqa: S311  (fictional data, not secrets)
    # Common names are common: a few last names are shared by many people, and many by few.
    last_weights = [1 / (rank + 20) for rank in range(len(_LAST_NAMES))]
    starts, ends = (part.split() for part in _SYLLABLES)
    degrees = list(_DEGREE_WEIGHTS)
    degree_weights = list(_DEGREE_WEIGHTS.values())
    states = [value for value, label in State.choices if value != "XX"]
    rows = []
    for number in range(1, n + 1):
        first = (
            rng.choice(_COMPOUND_FIRST_NAMES) if rng.random() < 0.04 else rng.choice(_FIRST_NAMES)
        )
        roll = rng.random()
        if roll < 0.5:
            last = rng.choices(_LAST_NAMES, last_weights)[0]
        elif roll < 0.65:
            last = f"{rng.choice(_LAST_NAMES)}-{rng.choice(_LAST_NAMES)}"
        elif roll < 0.68:
            last = rng.choice(_PARTICLE_LAST_NAMES)
        else:
            last = rng.choice(starts) + rng.choice(ends)
        former = ""
        if rng.random() < 0.08:
            former = rng.choices(_LAST_NAMES, last_weights)[0]
            if rng.random() < 0.3:
                former = f"{first} {former}"
        degree = rng.choices(degrees, degree_weights)[0]
        year = rng.randint(1975, 2026)
        state = rng.choice(states)
        if rng.random() < 0.1:
            state = State(state).label
        row = {
            "NMF ID": f"NMF-{seed:02d}-{number:06d}" if rng.random() < 0.7 else "",
            "First name": first,
            "Last name": last,
            "Former names": former,
            "School": rng.choice(SCHOOLS[degree]),
            "Degree": degree,
            "Grad year": str(year),
            "State": state,
            "Email address": "",
            "Phone": "",
            "Mailing address": "",
            "Award": "",
            "Award year": "",
            "Do not contact": "yes" if rng.random() < 0.01 else "",
        }
        if rng.random() < 0.47:
            local = name_key(first)[:12] + "." + name_key(last)[:16]
            row["Email address"] = f"{local}{number}@example.org"
        if rng.random() < 0.3:
            row["Phone"] = f"({rng.randint(201, 989)}) 555-01{rng.randint(0, 99):02d}"
        if rng.random() < 0.15:
            row["Mailing address"] = (
                f"{rng.randint(1, 9999)} {rng.choice(_STREETS)}, Springfield, {state} "
                f"{rng.randint(10000, 99999)}"
            )
        if rng.random() < 0.6:
            row["Award"] = rng.choice(AWARD_PROGRAMS)
            row["Award year"] = str(max(MIN_YEAR, min(year, year - rng.randint(0, 3))))
        rows.append(row)
    return rows


def rows_as_csv(rows, headings=IMPORT_HEADINGS):
    """Rows as CSV text, as a spreadsheet would save them."""
    output = io.StringIO()
    writer = csv.DictWriter(output, fieldnames=headings, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return output.getvalue()
