"""Demo council seats, volunteer mentors, and a year of mentoring between demo members
(fictional people and words, see people.py)."""

import datetime
import random
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from members.models import Language, MemberProfile, User
from mentorship.demo import people
from mentorship.demo.people import COUNCIL_MEMBERS, MENTORS
from mentorship.models import (
    CheckIn,
    ContactMethod,
    CouncilMembership,
    DeclineReason,
    EndReason,
    MatchingProfile,
    MeetingRhythm,
    MentorProfile,
    Mentorship,
    MentorshipFeedback,
    MentorshipRequest,
    MentorshipSettings,
    ProtocolAcknowledgement,
    RequestStatus,
    Specialty,
    current_protocol_version,
)

MEMBER_DOMAIN = "members.hub.example.org"


def council_memberships(key):
    """Unsaved seats for the council page ``key``; terms are counted from this year, so current
    members stay current whenever the demo is loaded."""
    year = timezone.localdate().year
    seats = []
    for name, credentials, affiliation, role, (start, end) in COUNCIL_MEMBERS[key]:
        seats.append(
            CouncilMembership(
                name=name,
                credentials=credentials,
                affiliation=affiliation,
                role=role,
                term_start=datetime.date(year + start, 7, 1),
                term_end=datetime.date(year + end, 6, 30) if end is not None else None,
            )
        )
    return seats


def email_for(person):
    return f"{slugify(person['first'])}.{slugify(person['last'])}@{MEMBER_DOMAIN}"


@transaction.atomic
def create_demo_mentors():
    """Create the demo mentors that are missing, each having accepted the current protocol.
    Return how many were created. Their mentees come with the year of mentoring
    (``create_demo_mentoring``), which fills the places of those marked full."""
    version = current_protocol_version()
    specialties = {specialty.slug: specialty for specialty in Specialty.objects.all()}
    languages = {language.code: language for language in Language.objects.all()}
    created = 0
    for person in MENTORS:
        email = email_for(person)
        if User.objects.filter(email=email).exists():
            continue
        user = User.objects.create_user(
            email=email, password=None, first_name=person["first"], last_name=person["last"]
        )
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        member = MemberProfile.objects.create(
            user=user,
            pronouns=person["pronouns"],
            stage=person["stage"],
            profession=person["profession"],
            school=person["school"],
            graduation_year=person["graduation_year"],
            state=person["state"],
            nmf_relationship=person["nmf_relationship"],
        )
        member.specialties.set([specialties[slug] for slug in person["specialties"]])
        member.languages.set([languages[code] for code in person["languages"]])
        mentor = MentorProfile.objects.create(
            member=member,
            headline=person["headline"],
            bio=person["bio"],
            areas=person["areas"],
            stages=person["stages"],
            formats=person["formats"],
            time_commitment=person["time_commitment"],
            capacity=person["capacity"],
            accepting_mentees=person["accepting"],
        )
        mentor.specialties.set([specialties[slug] for slug in person["specialties"]])
        mentor.languages.set([languages[code] for code in person["languages"]])
        if version is not None:
            ProtocolAcknowledgement.objects.create(user=user, version=version, language="en")
        created += 1
    return created


DEMO_MENTEE = "amara.mensah@hub.example.org"

# --- A year of mentoring -------------------------------------------------------------------

HISTORY_SEED = 7  # any fixed number: the same seed gives the same year of mentoring
HISTORY_DAYS = 365
HISTORY_REQUESTS = 90  # members' attempts to ask; those the site's rules refuse are skipped
WAITING = 6  # attempts in the last few days, not answered yet: requests for mentors to answer
MENTORS_AT_ONCE = 2  # a demo member has at most this many mentors at the same time
ASKS_A_YEAR = 5  # and asks at most this many mentors in the year
ROLES = ("mentor", "mentee")
RHYTHM_FOR_TIME = {
    "quarterly": MeetingRhythm.BIMONTHLY,
    "monthly": MeetingRhythm.MONTHLY,
    "twice_monthly": MeetingRhythm.FORTNIGHTLY,
    "weekly": MeetingRhythm.WEEKLY,
}
RHYTHM_DAYS = {"weekly": 7, "fortnightly": 14, "monthly": 30, "bimonthly": 60, "as_needed": 45}
CONTACT_FOR_FORMAT = {
    "video": ContactMethod.VIDEO,
    "phone": ContactMethod.PHONE,
    "in_person": ContactMethod.TEXT,
}
# How a mentorship that closed went, by why it closed, and what people then said.
TONE = {
    EndReason.GOALS_MET: ["good"],
    EndReason.NATURAL_END: ["good", "good", "mixed"],
    EndReason.TIME: ["mixed"],
    EndReason.FIT: ["poor"],
    EndReason.OTHER: ["mixed", "poor"],
}
HELPFULNESS = {"good": [4, 5, 5], "mixed": [2, 3, 3, 4], "poor": [1, 2, 2, 3]}
GOALS_MET = {"good": [8, 2, 0], "mixed": [2, 6, 2], "poor": [0, 4, 6]}  # yes, partly, no
RECOMMENDING = {"good": 1.0, "mixed": 0.85, "poor": 0.5}


@dataclass
class Person:
    """What the history needs to know about a demo member, and about a mentor's profile."""

    user: User
    name: str
    stage: str = ""
    state: str = ""
    profession: str = ""
    specialties: frozenset = frozenset()
    languages: frozenset = frozenset()
    goals: tuple = ()  # a member's: the areas they ask for help with
    message: str = ""  # what they write to the mentors they ask
    writes_in: str = "en"  # and in which language
    capacity: int = 0  # a mentor's
    stages: tuple = ()
    areas: tuple = ()
    formats: tuple = ()
    rhythm: str = MeetingRhythm.MONTHLY
    stopped: datetime.datetime | None = None  # stopped accepting new mentees
    runs_out: float | None = None  # share of requests a slow mentor lets expire


def _mentors(now):
    profiles = (
        MentorProfile.objects.filter(member__user__email__endswith=f"@{MEMBER_DOMAIN}")
        .select_related("member__user")
        .prefetch_related("specialties", "languages")
        .order_by("member__user__email")
    )
    mentors = {}
    for profile in profiles:
        user = profile.member.user
        name = f"{user.first_name} {user.last_name}"
        stopped = people.STOPPED_ACCEPTING.get(name)
        mentors[name] = Person(
            user=user,
            name=name,
            state=profile.member.state,
            profession=profile.member.profession,
            specialties=frozenset(specialty.slug for specialty in profile.specialties.all()),
            languages=frozenset(language.code for language in profile.languages.all()),
            capacity=profile.capacity,
            stages=tuple(profile.stages),
            areas=tuple(profile.areas),
            formats=tuple(profile.formats),
            rhythm=RHYTHM_FOR_TIME.get(profile.time_commitment, MeetingRhythm.MONTHLY),
            stopped=now - timedelta(days=stopped) if stopped is not None else None,
            runs_out=people.SLOW_TO_ANSWER.get(name),
        )
    return mentors


def _mentees():
    members = (
        MemberProfile.objects.filter(user__email__endswith=f"@{MEMBER_DOMAIN}")
        .select_related("user")
        .prefetch_related("specialties", "languages")
        .order_by("user__email")
    )
    mentees = {}
    for member in members:
        name = f"{member.user.first_name} {member.user.last_name}"
        if name in people.MENTEE_ASKS:
            goals, message = people.MENTEE_ASKS[name]
            mentees[name] = Person(
                user=member.user,
                name=name,
                stage=member.stage,
                state=member.state,
                profession=member.profession,
                specialties=frozenset(specialty.slug for specialty in member.specialties.all()),
                languages=frozenset(language.code for language in member.languages.all()),
                goals=tuple(goals),
                message=message,
                writes_in=people.MENTEE_LANGUAGE.get(name, "en"),
            )
    return mentees


def affinity(mentee, mentor):
    """How likely a member is to ask this mentor: people ask those who share their field,
    profession, language or state, and who can help with more of what they want."""
    return (
        1
        + 3 * bool(mentee.specialties & mentor.specialties)
        + 2 * (mentee.profession == mentor.profession)
        + bool((mentee.languages - {"en"}) & mentor.languages)
        + (mentee.state == mentor.state)
        + len(set(mentee.goals) & set(mentor.areas))
    )


class History:
    """A year of requests and mentorships, planned in memory and then saved.

    Each plan keeps the rules the site enforces: a mentor is asked only while accepting and
    with a free place; a mentor's active mentorships never outnumber their places; a member has
    at most three requests waiting, one per mentor, and one active mentorship per mentor. The
    story of the demo member and the standing mentorships are written in people.py; the rest is
    drawn from ``rng``, so the same seed gives the same year."""

    def __init__(self, rng, now, settings):
        self.rng = rng
        self.now = now
        self.open_limit = settings.open_request_limit
        self.remind_after = timedelta(days=settings.reminder_after_days)
        self.expire_after = timedelta(days=settings.expire_after_days)
        self.terms = defaultdict(list)  # user pk -> [(start, end or None)], either role
        self.asks = defaultdict(list)  # mentee pk -> [(mentor pk, sent, closed or None)]
        self.sent_to = defaultdict(list)  # mentor pk -> [sent]
        self.plans = []
        self.decks = {}

    def ago(self, days):
        return self.now - timedelta(days=days)

    # The ledger: who mentors whom, and who has asked whom, at any moment.

    def active(self, user, moment):
        return sum(
            start <= moment and (end is None or moment < end) for start, end in self.terms[user.pk]
        )

    def overlapping(self, user, start, end):
        return sum(
            (end is None or other_start < end) and (other_end is None or start < other_end)
            for other_start, other_end in self.terms[user.pk]
        )

    def open_requests(self, mentee, moment):
        return sum(
            sent <= moment and (closed is None or moment < closed)
            for _mentor, sent, closed in self.asks[mentee.user.pk]
        )

    def has_asked(self, mentee, mentor):
        return any(pk == mentor.user.pk for pk, _sent, _closed in self.asks[mentee.user.pk])

    def keeps_room(self, mentor, start, end):
        """Whether ``mentor`` can take a mentee from ``start`` to ``end``: counting every other
        mentorship that overlaps it as if all ran at once, and still leaving a free place at
        each moment someone asked them during it (they were accepting then)."""
        if self.overlapping(mentor.user, start, end) >= mentor.capacity:
            return False
        return all(
            self.active(mentor.user, sent) + 1 < mentor.capacity
            for sent in self.sent_to[mentor.user.pk]
            if start <= sent and (end is None or sent < end)
        )

    def may_ask(self, mentee, mentor, moment):
        return (
            mentee.stage in mentor.stages
            and bool(set(mentee.goals) & set(mentor.areas))
            and mentee.writes_in in mentor.languages
            and (mentor.stopped is None or moment < mentor.stopped)
            and self.active(mentor.user, moment) < mentor.capacity
            and not self.has_asked(mentee, mentor)
        )

    def add(self, plan):
        mentee, mentor = plan["mentee"].user, plan["mentor"].user
        self.asks[mentee.pk].append((mentor.pk, plan["sent"], plan["closed"]))
        self.sent_to[mentor.pk].append(plan["sent"])
        term = plan["mentorship"]
        if term is not None:
            for user in (mentee, mentor):
                self.terms[user.pk].append((term["start"], term["end"]))
        self.plans.append(plan)

    # Plans.

    def plan(self, mentee, mentor, sent, status, closed, **fields):
        waited = (closed or self.now) - sent
        reminded = None
        if waited > self.remind_after + timedelta(hours=1):
            reminded = sent + self.remind_after + timedelta(minutes=self.rng.randint(5, 55))
        return {
            "mentee": mentee,
            "mentor": mentor,
            "sent": sent,
            "status": status,
            "closed": closed,
            "reminded": reminded,
            "reason": "",
            "goals": list(mentee.goals),
            "format": mentor.formats[0],
            "message": mentee.message,
            "mentorship": None,
            **fields,
        }

    def expiry(self, sent):
        """When the scheduled command finds a request unanswered (it runs every hour)."""
        return sent + self.expire_after + timedelta(minutes=self.rng.randint(5, 55))

    def deal(self, key, cards):
        """The next of ``cards``, shuffled, so texts repeat only once all have been used."""
        deck = self.decks.get(key)
        if not deck:
            deck = self.decks[key] = list(cards)
            self.rng.shuffle(deck)
        return deck.pop()

    # The demo member's story and the standing mentorships, as people.py tells them.

    def tell(self, mentee, mentors, story):
        for entry in story:
            mentor = mentors[entry["mentor"]]
            sent = self.ago(entry["sent"])
            status = entry["status"]
            if status == RequestStatus.PENDING:
                closed = None
            elif status == RequestStatus.EXPIRED:
                closed = self.expiry(sent)
            else:
                closed = sent + timedelta(hours=entry["answered"])
            plan = self.plan(
                mentee,
                mentor,
                sent,
                status,
                closed,
                reason=entry.get("reason", ""),
                goals=entry["goals"],
                format=entry["format"],
                message=entry["message"],
            )
            if "mentorship" in entry:
                plan["mentorship"] = self.written(entry["mentorship"], closed)
            self.add(plan)

    def written(self, notes, start):
        agreement = notes.get("agreement")
        if agreement is not None:
            agreement = {
                "goals": agreement["goals"],
                "rhythm": agreement["rhythm"],
                "contact": agreement["contact"],
                "notes": agreement["notes"],
                "first_meeting": self.ago(agreement["first_meeting"]),
                "version": agreement["version"],
                "updated": self.ago(agreement["written"]),
                "updated_by": agreement["by"],
                "confirmed_by": set(agreement["confirmed_by"]),
            }
        ended = notes.get("ended")
        return {
            "as_told": True,  # in people.py, not drawn at random
            "start": start,
            "end": self.ago(ended) if ended is not None else None,
            "ended_by": notes.get("ended_by"),
            "end_reason": notes.get("end_reason", ""),
            "agreement": agreement,
            "check_ins": [
                self.check_in(self.ago(days), author, topics, next_steps, support_note)
                for days, author, topics, next_steps, support_note in notes.get("check_ins", [])
            ],
            "feedback": [
                {
                    "role": role,
                    "given": self.ago(days),
                    "helpfulness": helpfulness,
                    "goals_met": goals_met,
                    "would_recommend": recommend,
                    "comments": comments,
                }
                for role, days, helpfulness, goals_met, recommend, comments in notes.get(
                    "feedback", []
                )
            ],
        }

    def standing(self, mentors, mentees):
        """The mentorships that fill the mentors marked full (people.STANDING_MENTORSHIPS)."""
        for mentor_name, mentee_name, days, hours in people.STANDING_MENTORSHIPS:
            mentor, mentee = mentors[mentor_name], mentees[mentee_name]
            sent = self.ago(days)
            accepted = sent + timedelta(hours=hours)
            plan = self.plan(mentee, mentor, sent, RequestStatus.ACCEPTED, accepted)
            notes = people.WRITTEN_MENTORSHIPS.get((mentor_name, mentee_name))
            if notes is not None:
                plan["mentorship"] = self.written(notes, accepted)
            else:
                plan["mentorship"] = self.mentorship(mentee, mentor, plan, accepted, None)
            self.add(plan)

    # The rest of the year, drawn at random.

    def year(self, mentors, mentees):
        """Members ask mentors at moments spread over the year (more of them lately, as the
        programme grows); the last few, from the past days, wait for an answer."""
        mentors, mentees = list(mentors.values()), list(mentees.values())
        moments = [
            (self.ago(max(HISTORY_DAYS * self.rng.random() ** 1.2, 0.5)), True)
            for _attempt in range(HISTORY_REQUESTS)
        ]
        moments += [(self.ago(self.rng.uniform(0.2, 2.8)), False) for _ask in range(WAITING)]
        for sent, answered in sorted(moments):
            mentee = self.rng.choice(mentees)
            if (
                self.open_requests(mentee, sent) >= self.open_limit
                or self.active(mentee.user, sent) >= MENTORS_AT_ONCE
                or len(self.asks[mentee.user.pk]) >= ASKS_A_YEAR
            ):
                continue
            candidates = [mentor for mentor in mentors if self.may_ask(mentee, mentor, sent)]
            if candidates:
                weights = [affinity(mentee, mentor) for mentor in candidates]
                mentor = self.rng.choices(candidates, weights=weights)[0]
                self.add(self.ask(mentee, mentor, sent, answered))

    def ask(self, mentee, mentor, sent, answered=True):
        """What became of ``mentee`` asking ``mentor`` at ``sent``: answered within hours or a
        day or two, or, by a slow mentor, within days or not at all."""
        rng = self.rng
        format_ = rng.choice(mentor.formats)
        if mentor.runs_out is not None and rng.random() < mentor.runs_out:
            status, closed = RequestStatus.EXPIRED, self.expiry(sent)
        else:
            if mentor.runs_out is not None:
                delay = timedelta(days=rng.uniform(4.5, self.expire_after.days - 0.5))
            else:
                delay = timedelta(hours=min(rng.lognormvariate(2.8, 0.9), 70))
            status = rng.choices(
                [RequestStatus.ACCEPTED, RequestStatus.DECLINED, RequestStatus.WITHDRAWN],
                weights=[58, 28, 14],
            )[0]
            if status == RequestStatus.WITHDRAWN:
                delay *= rng.uniform(0.3, 0.9)
            closed = sent + delay
        if closed > self.now or not answered:
            status, closed = RequestStatus.PENDING, None
        full = closed is not None and self.active(mentor.user, closed) >= mentor.capacity
        reason = ""
        if status == RequestStatus.DECLINED:
            reason = DeclineReason.FULL if full else rng.choice(["fit", "fit", "time", "other"])
        elif status == RequestStatus.ACCEPTED:
            start = closed
            end = start + timedelta(days=rng.randint(45, 240))
            end = end if end < self.now - timedelta(days=1) else None
            if full or not self.keeps_room(mentor, start, end):
                # Places the mentor had when asked were taken, or promised, by then.
                status = RequestStatus.DECLINED
                reason = DeclineReason.FULL if full else DeclineReason.TIME
            elif self.overlapping(mentee.user, start, end) >= MENTORS_AT_ONCE:
                # The member found mentors elsewhere first, and withdrew.
                status = RequestStatus.WITHDRAWN
                closed = sent + (closed - sent) * rng.uniform(0.2, 0.8)
        plan = self.plan(mentee, mentor, sent, status, closed, reason=reason, format=format_)
        if status == RequestStatus.ACCEPTED:
            plan["mentorship"] = self.mentorship(mentee, mentor, plan, start, end)
        return plan

    def mentorship(self, mentee, mentor, plan, start, end):
        rng = self.rng
        areas = [goal for goal in plan["goals"] if goal in mentor.areas] or list(mentor.areas)
        term = {
            "start": start,
            "end": end,
            "ended_by": None,
            "end_reason": "",
            "agreement": self.agreement(mentee, mentor, plan, areas, start, end),
            "check_ins": [],
            "feedback": [],
        }
        if term["agreement"] is not None:
            term["check_ins"] = self.check_ins(mentee, term, areas)
        if end is not None:
            long = end - start >= timedelta(days=120)
            term["end_reason"] = rng.choices(
                EndReason.values, weights=[45, 35, 10, 5, 5] if long else [20, 35, 25, 12, 8]
            )[0]
            term["ended_by"] = rng.choices(ROLES, weights=[45, 55])[0]
            tone = rng.choice(TONE[term["end_reason"]])
            term["feedback"].append(self.feedback(term["ended_by"], tone, end))
            given = end + timedelta(days=rng.uniform(1, 21))
            if rng.random() < 0.6 and given < self.now:
                other = "mentee" if term["ended_by"] == "mentor" else "mentor"
                term["feedback"].append(self.feedback(other, tone, given))
        return term

    def agreement(self, mentee, mentor, plan, areas, start, end):
        rng = self.rng
        until = min(end or self.now, self.now)
        if until - start < timedelta(days=5) or rng.random() < 0.12:
            return None  # not written yet, or never: some pairs just talk
        written = start + timedelta(days=rng.uniform(1, min(8, (until - start).days - 1)))
        lines = []
        for area in areas[:2]:
            fitting = [
                line
                for stages, line in people.AGREEMENT_GOALS[area]
                if stages is None or mentee.stage in stages
            ]
            if fitting:
                lines.append(rng.choice(fitting))
        habit = rng.choice(people.AGREEMENT_HABITS)
        by = rng.choice(ROLES)
        other = "mentee" if by == "mentor" else "mentor"
        version, updated = 1, written
        if rng.random() < 0.2 and until - written > timedelta(days=45):
            # The other person changed it later; the first confirmed it again.
            version, by, other = 2, other, by
            updated = written + timedelta(days=rng.uniform(14, 30))
        confirmed = {by}
        if end is not None or self.now - updated > timedelta(days=6) or rng.random() < 0.5:
            confirmed.add(other)
        return {
            "goals": "\n".join(filter(None, [*lines, habit])),
            "rhythm": mentor.rhythm if rng.random() < 0.8 else MeetingRhythm.AS_NEEDED,
            "contact": CONTACT_FOR_FORMAT[plan["format"]],
            "notes": rng.choice(people.CONTACT_NOTES),
            "first_meeting": written + timedelta(days=rng.randint(2, 9)),
            "version": version,
            "updated": updated,
            "updated_by": by,
            "confirmed_by": confirmed,
        }

    def check_ins(self, mentee, term, areas):
        rng = self.rng
        notes = [
            (topics, next_steps)
            for area in areas
            for stages, topics, next_steps in people.CHECK_IN_NOTES[area]
            if stages is None or mentee.stage in stages
        ]
        rng.shuffle(notes)
        until = min(term["end"] or self.now, self.now) - timedelta(hours=6)
        cadence = RHYTHM_DAYS[term["agreement"]["rhythm"]]
        meeting = term["agreement"]["first_meeting"]
        check_ins = []
        while meeting < until and notes and len(check_ins) < 4:
            if rng.random() < 0.6:
                topics, next_steps = notes.pop()
                author = rng.choices(ROLES, weights=[3, 7])[0]
                check_ins.append(self.check_in(meeting, author, topics, next_steps, ""))
            meeting += timedelta(days=cadence + rng.randint(-3, 5))
        return check_ins

    def check_in(self, met, author, topics, next_steps, support_note):
        """A check-in about a meeting at ``met``, logged a few hours later."""
        return {
            "met": met,
            "author": author,
            "topics": topics,
            "next_steps": next_steps,
            "support_note": support_note,
            "handled": None,
            "logged": min(met + timedelta(hours=self.rng.uniform(1, 5)), self.now),
        }

    def feedback(self, role, tone, given):
        rng = self.rng
        comments = ""
        if rng.random() < 0.65:
            comments = self.deal((role, tone), people.FEEDBACK_COMMENTS[role][tone])
        return {
            "role": role,
            "given": given,
            "helpfulness": rng.choice(HELPFULNESS[tone]),
            "goals_met": rng.choices(["yes", "partly", "no"], weights=GOALS_MET[tone])[0],
            "would_recommend": rng.random() < RECOMMENDING[tone],
            "comments": comments,
        }

    def ask_for_support(self, plans):
        """Turn a few check-ins into requests for NMF's support: older ones staff have handled,
        and a recent one, in a mentorship still going, that waits for them."""
        recent = self.ago(30)
        for role, note, handled in people.SUPPORT_NOTES:
            candidates = [
                (term, check_in)
                for plan in plans
                if (term := plan["mentorship"]) is not None and not term.get("as_told")
                for check_in in term["check_ins"]
                if check_in["author"] == role
                and not check_in["support_note"]
                and (
                    check_in["met"] < recent
                    if handled
                    else check_in["met"] >= recent and term["end"] is None
                )
            ]
            if candidates:
                _term, check_in = self.rng.choice(candidates)
                check_in["support_note"] = note
                if handled:
                    answered = check_in["logged"] + timedelta(days=self.rng.uniform(1, 4))
                    check_in["handled"] = min(answered, self.now)


def _local_date(moment):
    return timezone.localdate(moment) if moment is not None else None


def _backdated(model, dates, **fields):
    """Create a row, then give it the dates (``auto_now_add`` fields) a real year would have."""
    row = model.objects.create(**fields)
    model.objects.filter(pk=row.pk).update(**dates)
    return row


def _save(plan, created):
    users = {"mentor": plan["mentor"].user, "mentee": plan["mentee"].user}
    mentorship = None
    term = plan["mentorship"]
    if term is not None:
        agreement = term["agreement"] or {}
        version = agreement.get("version", 0)
        confirmed = agreement.get("confirmed_by", set())
        mentorship = _backdated(
            Mentorship,
            {"started_at": term["start"]},
            agreed_goals=agreement.get("goals", ""),
            meeting_rhythm=agreement.get("rhythm", ""),
            preferred_contact=agreement.get("contact", ""),
            contact_notes=agreement.get("notes", ""),
            start_date=_local_date(agreement.get("first_meeting")),
            agreement_version=version,
            agreement_updated_at=agreement.get("updated"),
            agreement_updated_by=users.get(agreement.get("updated_by")),
            # Someone who has not confirmed the latest version confirmed the one before, if any.
            mentor_confirmed_version=version if "mentor" in confirmed else max(version - 1, 0),
            mentee_confirmed_version=version if "mentee" in confirmed else max(version - 1, 0),
            ended_at=term["end"],
            ended_by=users.get(term["ended_by"]),
            end_reason=term["end_reason"],
            **users,
        )
        created["mentorships"] += 1
        created["closed mentorships"] += term["end"] is not None
        for check_in in term["check_ins"]:
            _backdated(
                CheckIn,
                {"created_at": check_in["logged"]},
                mentorship=mentorship,
                author=users[check_in["author"]],
                met_on=_local_date(check_in["met"]),
                topics=check_in["topics"],
                next_steps=check_in["next_steps"],
                support_requested=bool(check_in["support_note"]),
                support_note=check_in["support_note"],
                support_handled_at=check_in["handled"],
            )
            created["check-ins"] += 1
            created["support requests"] += bool(check_in["support_note"])
        for feedback in term["feedback"]:
            _backdated(
                MentorshipFeedback,
                {"created_at": feedback["given"]},
                mentorship=mentorship,
                author=users[feedback["role"]],
                role=feedback["role"],
                helpfulness=feedback["helpfulness"],
                goals_met=feedback["goals_met"],
                would_recommend=feedback["would_recommend"],
                comments=feedback["comments"],
            )
            created["pieces of feedback"] += 1
    _backdated(
        MentorshipRequest,
        {"created_at": plan["sent"]},
        message=plan["message"],
        goals=plan["goals"],
        preferred_format=plan["format"],
        status=plan["status"],
        decline_reason=plan["reason"],
        responded_at=plan["closed"],
        reminded_at=plan["reminded"],
        mentorship=mentorship,
        **users,
    )
    created["requests"] += 1


@transaction.atomic
def create_demo_mentoring(seed=HISTORY_SEED):
    """A year of mentoring: the demo member's requests in every state and her mentorships
    (active with an agreement both confirmed, one waiting for her to confirm, closed with
    feedback from both, closed and waiting for hers), and requests, mentorships, check-ins and
    feedback across the other demo members and mentors, for My Hub, the admin and the reports.

    Dates are counted back from now. Returns what was created, by kind; nothing when the demo
    member already has requests (the year is loaded once, with her story)."""
    amara = User.objects.filter(email=DEMO_MENTEE).first()
    if amara is None or MentorshipRequest.objects.filter(mentee=amara).exists():
        return Counter()
    now = timezone.now()
    history = History(random.Random(seed), now, MentorshipSettings.load())  # noqa: S311
    mentors, mentees = _mentors(now), _mentees()
    history.tell(Person(user=amara, name="Amara Mensah"), mentors, people.AMARA_MENTORING)
    story = len(history.plans)
    history.standing(mentors, mentees)
    history.year(mentors, mentees)
    history.ask_for_support(history.plans[story:])
    kinds = ["requests", "mentorships", "closed mentorships", "check-ins", "support requests"]
    created = Counter(dict.fromkeys([*kinds, "pieces of feedback"], 0))
    for plan in sorted(history.plans, key=lambda plan: plan["sent"]):
        _save(plan, created)
    return created


def create_demo_preferences():
    """What the demo member is looking for, so her suggestions come with reasons."""
    member = MemberProfile.objects.filter(user__email=DEMO_MENTEE).first()
    if member is None or MatchingProfile.objects.filter(user=member.user_id).exists():
        return False
    if not member.specialties.exists():
        member.specialties.set(
            Specialty.objects.filter(slug__in=["internal-medicine", "cardiology"])
        )
    MatchingProfile.objects.create(user_id=member.user_id, goals=["research", "applications"])
    return True
