"""Recommended mentors: a score from the published weights, with the reasons in plain words.

``score()`` is a pure function of a mentee's details, a mentor and the weights, so each weight's
effect can be tested on its own; ``match_points()`` is the same sum as a database expression, so
``recommend()`` ranks every mentor who is listed and has room inside one query and explains only
the few it shows. Suggestions spread: a busy mentor loses points in proportion to how full they
are (counting requests waiting), and equal scores are ordered differently for each mentee and
day, so not everyone is sent to the same few people.
"""

import hashlib
from dataclasses import dataclass, field

from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    FloatField,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce, Least, Mod
from django.utils import timezone
from django.utils.translation import gettext as _

from hub.vocabulary import Region, region_for_state, states_in_region
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
    """Listed mentors with an open place whom the member is not waiting on, has not had as a
    mentor (now or before) and who have not declined them."""
    waiting = (
        MentorshipRequest.objects.filter(
            mentor=OuterRef("member__user"), status=RequestStatus.PENDING
        )
        .order_by()
        .values("mentor")
        .annotate(n=Count("pk"))
        .values("n")[:1]
    )
    asked = MentorshipRequest.objects.filter(
        mentee=user, status__in=[RequestStatus.PENDING, RequestStatus.DECLINED]
    )
    had = Mentorship.objects.filter(mentee=user)
    return (
        MentorProfile.objects.listed(current_protocol_version())
        .with_active_mentees()
        .accepting_mentees()
        .exclude(member__user=user)
        .exclude(member__user__in=asked.values("mentor"))
        .exclude(member__user__in=had.values("mentor"))
        .annotate(waiting=Coalesce(Subquery(waiting, output_field=IntegerField()), 0))
    )


TURN_PRIME, TURN_MODULUS = 7919, 10007


def _turn_seed(user):
    """Differs per mentee and per day, so equal scores are not always won by the same mentor."""
    key = f"{user.pk}:{timezone.localdate().isoformat()}".encode()
    return int(hashlib.sha256(key).hexdigest(), 16) % TURN_MODULUS


def _when(condition, points):
    return Case(
        When(condition, then=Value(float(points))), default=Value(0.0), output_field=FloatField()
    )


def match_points(mentee, weights):
    """The score's positive part as a database expression, the same sum ``score()`` makes."""
    terms = [Value(0.0, output_field=FloatField())]
    if mentee.specialties:
        through = MentorProfile.specialties.through.objects.filter(
            mentorprofile=OuterRef("pk"), specialty__slug__in=mentee.specialties
        )
        terms.append(_when(Exists(through), weights.weight_specialty))
    if mentee.state:
        region_states = states_in_region(region_for_state(mentee.state))
        terms.append(
            Case(
                When(member__state=mentee.state, then=Value(float(weights.weight_state))),
                When(member__state__in=region_states, then=Value(float(weights.weight_region))),
                default=Value(0.0),
                output_field=FloatField(),
            )
        )
    for goal in mentee.goals:
        share = weights.weight_goals / len(mentee.goals)
        terms.append(_when(Q(areas__contains=f",{goal},"), share))
    if mentee.stage:
        terms.append(_when(Q(stages__contains=f",{mentee.stage},"), weights.weight_stage))
    languages = mentee.languages - {"en"}
    if languages:
        through = MentorProfile.languages.through.objects.filter(
            mentorprofile=OuterRef("pk"), language__code__in=languages
        )
        terms.append(_when(Exists(through), weights.weight_language))
    if mentee.prefer_shared_identity and mentee.identities:
        shared = Q()
        for identity in mentee.identities:
            shared |= Q(identities__contains=f",{identity},")
        consenting = MatchingProfile.objects.filter(
            shared, user=OuterRef("member__user"), share_identity=True
        )
        terms.append(_when(Exists(consenting), weights.weight_identity))
    return sum(terms[1:], terms[0])


def recommend(user, limit=3):
    """The best ``limit`` mentors for ``user``, each with the reasons in words.

    The database scores and ranks every candidate (so the page costs the same with 10 or 2,000
    mentors); only the few shown are loaded and explained with ``score()``."""
    weights = MentorshipSettings.load()
    mentee = mentee_for(user)
    seed = _turn_seed(user)
    load = Cast(F("active_mentees") + F("waiting"), FloatField()) / Cast(
        F("capacity"), FloatField()
    )
    ranked = (
        candidates(user)
        .annotate(matched=match_points(mentee, weights))
        .filter(matched__gt=0)
        .annotate(
            points=F("matched") - Value(float(weights.weight_load)) * Least(load, Value(1.0)),
            turn=Mod(F("pk") * TURN_PRIME + seed, TURN_MODULUS),
        )
        .order_by("-points", "turn")
    )
    mentors = list(
        ranked.select_related("member__user").prefetch_related("specialties", "languages")[:limit]
    )
    consenting = (
        dict(
            MatchingProfile.objects.filter(
                share_identity=True, user__in=[mentor.member.user_id for mentor in mentors]
            ).values_list("user_id", "identities")
        )
        if mentee.prefer_shared_identity and mentee.identities
        else {}
    )
    recommendations = []
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
        recommendations.append(Recommendation(mentor, points, reasons))
    return recommendations


def _identities(value):
    if not value:
        return []
    if isinstance(value, str):
        return [item for item in value.split(",") if item]
    return value
