"""Recommended mentors: a score from the published weights, with the reasons in plain words.

``score()`` is a pure function of a mentee's details, a mentor and the weights, so each weight's
effect can be tested on its own. ``recommend()`` scores every mentor who is listed and has room,
in a fixed number of queries, and spreads suggestions: a busy mentor loses points in proportion
to how full they are (counting requests waiting), and equal scores are ordered differently for
each mentee, so not everyone is sent to the same few people.
"""

import hashlib
from dataclasses import dataclass, field

from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from hub.vocabulary import Region, region_for_state
from members.models import MemberProfile
from mentorship.models import (
    MatchingProfile,
    MentoringArea,
    MentorProfile,
    Mentorship,
    MentorshipRequest,
    MentorshipSettings,
    RequestStatus,
    current_protocol_version,
)


@dataclass
class Mentee:
    """What the score looks at about the person asking."""

    specialties: set = field(default_factory=set)  # slugs
    state: str = ""
    stage: str = ""
    languages: set = field(default_factory=set)  # codes
    goals: list = field(default_factory=list)
    identities: set = field(default_factory=set)
    prefer_shared_identity: bool = False


@dataclass
class Candidate:
    """What the score looks at about a mentor."""

    specialties: dict  # slug -> display name
    state: str
    stages: list
    languages: dict  # code -> display name
    areas: list
    capacity: int
    load: int  # active mentees plus requests waiting
    identities: set = field(default_factory=set)  # only when the mentor consented


@dataclass
class Recommendation:
    mentor: MentorProfile
    score: float
    reasons: list


def score(mentee, candidate, weights):
    """(points, reasons). ``weights`` is a MentorshipSettings (or anything with its fields)."""
    points = 0.0
    reasons = []
    shared = sorted(
        name for slug, name in candidate.specialties.items() if slug in mentee.specialties
    )
    if shared:
        points += weights.weight_specialty
        reasons.append(_("Works in %(specialties)s, like you") % {"specialties": ", ".join(shared)})
    if mentee.state and candidate.state == mentee.state:
        points += weights.weight_state
        reasons.append(_("Based in your state"))
    elif mentee.state and region_for_state(candidate.state) == region_for_state(mentee.state):
        points += weights.weight_region
        region = Region(region_for_state(mentee.state)).label
        reasons.append(_("Based in your region (%(region)s)") % {"region": region})
    goals = [goal for goal in mentee.goals if goal in candidate.areas]
    if goals:
        points += weights.weight_goals * len(goals) / len(mentee.goals)
        labels = dict(MentoringArea.choices)
        reasons.append(
            _("Can help with %(goals)s")
            % {"goals": ", ".join(str(labels[g]).lower() for g in goals)}
        )
    if mentee.stage and mentee.stage in candidate.stages:
        points += weights.weight_stage
        reasons.append(_("Mentors people at your stage"))
    languages = sorted(
        name
        for code, name in candidate.languages.items()
        if code in mentee.languages and code != "en"
    )
    if languages:
        points += weights.weight_language
        reasons.append(_("Speaks %(languages)s") % {"languages": ", ".join(languages)})
    if mentee.prefer_shared_identity and mentee.identities & candidate.identities:
        points += weights.weight_identity
        reasons.append(_("Shares an identity you asked to be matched on"))
    if candidate.capacity:
        points -= weights.weight_load * min(candidate.load / candidate.capacity, 1)
    return points, reasons


def mentee_for(user):
    member = (
        MemberProfile.objects.filter(user=user).prefetch_related("specialties", "languages").first()
    )
    preferences = MatchingProfile.objects.filter(user=user).first()
    mentee = Mentee()
    if member is not None:
        mentee.specialties = {specialty.slug for specialty in member.specialties.all()}
        mentee.languages = {language.code for language in member.languages.all()}
        mentee.state = member.state
        mentee.stage = member.stage
    if preferences is not None:
        mentee.goals = preferences.goals
        mentee.identities = set(preferences.identities)
        mentee.prefer_shared_identity = preferences.prefer_shared_identity
    return mentee


def candidates(user):
    """Listed mentors with an open place whom the member has not already asked or got."""
    waiting = (
        MentorshipRequest.objects.filter(
            mentor=OuterRef("member__user"), status=RequestStatus.PENDING
        )
        .order_by()
        .values("mentor")
        .annotate(n=Count("pk"))
        .values("n")[:1]
    )
    asked = MentorshipRequest.objects.filter(mentee=user, status=RequestStatus.PENDING)
    current = Mentorship.objects.filter(mentee=user, ended_at__isnull=True)
    return (
        MentorProfile.objects.listed(current_protocol_version())
        .with_active_mentees()
        .accepting_mentees()
        .exclude(member__user=user)
        .exclude(member__user__in=asked.values("mentor"))
        .exclude(member__user__in=current.values("mentor"))
        .annotate(waiting=Coalesce(Subquery(waiting, output_field=IntegerField()), 0))
        .select_related("member__user")
        .prefetch_related("specialties", "languages")
    )


def _tie_breaker(user, mentor):
    """Differs per mentee and per day, so equal scores are not always won by the same mentor."""
    key = f"{user.pk}:{mentor.pk}:{timezone.localdate().isoformat()}".encode()
    return hashlib.sha256(key).hexdigest()


def recommend(user, limit=3):
    weights = MentorshipSettings.load()
    mentee = mentee_for(user)
    mentors = list(candidates(user))
    consenting = dict(
        MatchingProfile.objects.filter(
            Q(share_identity=True), user__in=[mentor.member.user_id for mentor in mentors]
        ).values_list("user_id", "identities")
        if mentee.prefer_shared_identity and mentee.identities
        else []
    )
    scored = []
    for mentor in mentors:
        candidate = Candidate(
            specialties={s.slug: s.display_name for s in mentor.specialties.all()},
            state=mentor.member.state,
            stages=mentor.stages,
            languages={language.code: str(language) for language in mentor.languages.all()},
            areas=mentor.areas,
            capacity=mentor.capacity,
            load=mentor.active_mentees + mentor.waiting,
            identities=set(_identities(consenting.get(mentor.member.user_id))),
        )
        points, reasons = score(mentee, candidate, weights)
        if reasons:
            scored.append(Recommendation(mentor, points, reasons))
    scored.sort(key=lambda r: (-r.score, _tie_breaker(user, r.mentor)))
    return scored[:limit]


def _identities(value):
    if not value:
        return []
    if isinstance(value, str):
        return [item for item in value.split(",") if item]
    return value
