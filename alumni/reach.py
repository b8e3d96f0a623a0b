"""The reach report's numbers: how many of the people NMF supported the registry holds, can
write to, has invited, has welcomed as members and has verified through a claim, against the
goal of reaching all of them (``REACH_GOAL``), in total, by region and by graduation decade.

One query answers everything: the registry grouped by region (worked out in the database from
the state, through the vocabulary's state-to-region map) and graduation decade, each group
counting its records and how many of them match each measure. The totals and both breakdowns
are added up from those few dozen groups in Python, so the cost is the same for ten records as
for 32,000.
"""

from dataclasses import dataclass, fields
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Case, Count, Exists, F, OuterRef, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from alumni.models import (
    REACH_GOAL,
    AlumniContact,
    AlumniRecord,
    Claim,
    ClaimStatus,
    ContactKind,
    ContactStatus,
    Invitation,
    InvitationStatus,
)
from hub.vocabulary import STATE_REGIONS, Region

# The decades always shown, even when no record falls in them; earlier ones appear when the
# registry holds someone who graduated then.
FIRST_DECADE_SHOWN = 1970

# An invitation counts once it has left: queued ones have not, suppressed ones never will.
INVITED_STATUSES = (
    InvitationStatus.SENT,
    InvitationStatus.OPENED,
    InvitationStatus.JOINED,
    InvitationStatus.BOUNCED,
)

# The measures, in the order the report shows them, with their names in the report.
MEASURES = {
    "records": _("Records"),
    "contactable": _("With usable contact"),
    "invited": _("Invited"),
    "joined": _("Joined the Hub"),
    "verified": _("Verified by a claim"),
}


def share_of_goal(count, goal=REACH_GOAL):
    """``count`` as a percentage of the goal, to one decimal place, rounded half up."""
    return (Decimal(100 * count) / goal).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass
class ReachFigures:
    """The measures for one group of records (or all of them), with a label for the group."""

    label: str = ""
    records: int = 0
    contactable: int = 0
    invited: int = 0
    joined: int = 0
    verified: int = 0

    def add(self, counts):
        for name in MEASURES:
            setattr(self, name, getattr(self, name) + counts[name])

    def share(self, measure):
        return share_of_goal(getattr(self, measure))

    def measures(self):
        """``(name, label, count, share of the goal)`` for each measure, for templates."""
        return [
            (name, label, getattr(self, name), self.share(name)) for name, label in MEASURES.items()
        ]

    def as_dict(self):
        return {field.name: getattr(self, field.name) for field in fields(self)}


@dataclass
class Reach:
    total: ReachFigures
    by_region: list
    by_decade: list
    goal: int = REACH_GOAL


def region_expression():
    """The record's region, from its state (empty when the state is not known)."""
    states_by_region = {}
    for state, region in STATE_REGIONS.items():
        states_by_region.setdefault(str(region), []).append(state)
    return Case(
        *(
            When(state__in=states, then=Value(region))
            for region, states in states_by_region.items()
        ),
        default=Value(""),
    )


def usable_contact():
    """As ``AlumniRecord.objects.contactable()``: not "do not contact", and an email that works."""
    email_ok = AlumniContact.objects.filter(
        record=OuterRef("pk"), kind=ContactKind.EMAIL, status=ContactStatus.OK
    )
    return ~Q(contact_status=ContactStatus.DO_NOT_CONTACT) & Exists(email_ok)


def grouped_counts():
    """One row per (region, decade) present in the registry, with each measure's count."""
    invited = Invitation.objects.filter(record=OuterRef("pk"), status__in=INVITED_STATUSES)
    verified = Claim.objects.filter(record=OuterRef("pk"), status=ClaimStatus.APPROVED)
    return (
        AlumniRecord.objects.order_by()
        .annotate(
            region=region_expression(),
            # Integer division: 1987 → 1980; no year, no decade.
            decade=F("graduation_year") / 10 * 10,
            is_contactable=usable_contact(),
            is_invited=Exists(invited),
            is_verified=Exists(verified),
        )
        .values("region", "decade")
        .annotate(
            records=Count("pk"),
            contactable=Count("pk", filter=Q(is_contactable=True)),
            invited=Count("pk", filter=Q(is_invited=True)),
            joined=Count("pk", filter=Q(member__isnull=False)),
            verified=Count("pk", filter=Q(is_verified=True)),
        )
    )


def decade_label(decade):
    return f"{decade}s" if decade is not None else gettext("Unknown")


def reach():
    """The totals, then every region and every decade (with zeros where nothing is), and
    "Unknown" for records without a state or a graduation year. Labels are in the active
    language."""
    total = ReachFigures(label=gettext("All records"))
    regions = {str(region): ReachFigures(label=str(region.label)) for region in Region}
    regions[""] = ReachFigures(label=gettext("Unknown"))
    decades = {}
    for counts in grouped_counts():
        total.add(counts)
        regions[counts["region"]].add(counts)
        decade = counts["decade"]
        decades.setdefault(decade, ReachFigures(label=decade_label(decade))).add(counts)
    last_decade = timezone.localdate().year // 10 * 10
    known = [decade for decade in decades if decade is not None]
    first_decade = min([FIRST_DECADE_SHOWN, *known])
    by_decade = [
        decades.get(decade) or ReachFigures(label=decade_label(decade))
        for decade in range(first_decade, max([last_decade, *known]) + 1, 10)
    ]
    by_decade.append(decades.get(None) or ReachFigures(label=decade_label(None)))
    return Reach(total=total, by_region=list(regions.values()), by_decade=by_decade)
