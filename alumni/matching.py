"""Who in the registry a claim or an import row may be, with a score out of 100 and the
reasons for it.

The score adds: last name (40, or 35 through a former name), first name (30, or 15 when one
is the other's start, "Chris" and "Christopher"), school (20, or 10 when the names share a
word), graduation year (10, or 5 a year off). An import row scoring 100 is the same person;
60–99 with a first name that agrees is flagged for staff; a claim lists every candidate from
50, best first.

``Person`` is what is compared: built from a record, a claim or an import row, so the same
rules apply everywhere. ``candidates_for`` reads the registry in two queries however large it
is; imports build a ``RegistryIndex`` once and match every row in memory.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from alumni.names import last_name_keys, name_key, school_key, split_other_names

SAME_PERSON = 100
UNCERTAIN = 60
CLAIM_CANDIDATE = 50
MAX_CANDIDATES = 5

REASONS = {
    "last_name": _("Same last name"),
    "former_name": _("Last name matches a former or other name"),
    "first_name": _("Same first name"),
    "first_name_start": _("First name is a short form of the other"),
    "school": _("Same school"),
    "school_word": _("School names share a word"),
    "year": _("Same graduation year"),
    "year_near": _("Graduation year one year off"),
}


@dataclass(frozen=True)
class Person:
    first: str  # name_key of the first name
    last_keys: tuple  # current last name first, then former/other names
    school: str  # school_key
    year: int | None

    @classmethod
    def of(cls, first_name, last_name, school, year, other_names=()):
        return cls(
            first=name_key(first_name),
            last_keys=tuple(last_name_keys(last_name, other_names)),
            school=school_key(school),
            year=year,
        )

    @classmethod
    def of_record(cls, record):
        return cls.of(
            record.first_name,
            record.last_name,
            record.school,
            record.graduation_year,
            split_other_names(record.other_names),
        )


@dataclass
class Match:
    record_id: int
    score: int
    reasons: list = field(default_factory=list)


def score(asker, known):
    """How likely ``asker`` (a claim or an import row) is the ``known`` registry person:
    ``(score, reason codes)``."""
    points, reasons = 0, []
    if asker.last_keys and known.last_keys and asker.last_keys[0] == known.last_keys[0]:
        points, reasons = 40, ["last_name"]
    elif set(asker.last_keys) & set(known.last_keys):
        points, reasons = 35, ["former_name"]
    else:
        return 0, []
    if asker.first and asker.first == known.first:
        points += 30
        reasons.append("first_name")
    elif (
        asker.first
        and known.first
        and (known.first.startswith(asker.first) or asker.first.startswith(known.first))
    ):
        points += 15
        reasons.append("first_name_start")
    if asker.school and asker.school == known.school:
        points += 20
        reasons.append("school")
    elif set(asker.school.split()) & set(known.school.split()):
        points += 10
        reasons.append("school_word")
    if asker.year and known.year:
        if asker.year == known.year:
            points += 10
            reasons.append("year")
        elif abs(asker.year - known.year) == 1:
            points += 5
            reasons.append("year_near")
    return points, reasons


def is_uncertain(match):
    """Whether an import row scoring ``match`` may be that person: 60–99 points, with some
    evidence from the first name (two people with a common surname at the same school are
    not a doubt worth a reviewer's time)."""
    return UNCERTAIN <= match.score < SAME_PERSON and bool(
        {"first_name", "first_name_start"} & set(match.reasons)
    )


def reason_labels(codes):
    return [REASONS[code] for code in codes if code in REASONS]


def candidates_for(asker, minimum=CLAIM_CANDIDATE, limit=MAX_CANDIDATES):
    """The registry records ``asker`` may be, best first: two queries whatever the size."""
    from alumni.models import AlumniRecord

    records = AlumniRecord.objects.filter(name_keys__key__in=asker.last_keys).distinct()
    matches = []
    for record in records.only(
        "pk", "first_name", "last_name", "other_names", "school", "graduation_year"
    )[:200]:
        points, reasons = score(asker, Person.of_record(record))
        if points >= minimum:
            matches.append(Match(record.pk, points, reasons))
    matches.sort(key=lambda match: (-match.score, match.record_id))
    return matches[:limit]


class RegistryIndex:
    """The whole registry in memory, for matching thousands of import rows without a query
    each: external ids, and people by every last name they have gone by."""

    def __init__(self, records):
        """``records``: ``(pk, external_id, first_name, last_name, other_names, school,
        graduation_year)`` tuples, e.g. from ``values_list``."""
        self.by_external_id = {}
        self.by_last_key = defaultdict(list)
        for pk, external_id, first, last, others, school, year in records:
            if external_id:
                self.by_external_id[external_id] = pk
            self.add(pk, Person.of(first, last, school, year, split_other_names(others)))

    def add(self, pk, person):
        for key in person.last_keys:
            self.by_last_key[key].append((pk, person))

    def best(self, asker):
        """The best ``Match`` for ``asker``, or None when nobody shares a last name."""
        seen, best = set(), None
        for key in asker.last_keys:
            for pk, known in self.by_last_key.get(key, ()):
                if pk in seen:
                    continue
                seen.add(pk)
                points, reasons = score(asker, known)
                if best is None or (points, -pk) > (best.score, -best.record_id):
                    best = Match(pk, points, reasons)
        return best if best and best.score else None
