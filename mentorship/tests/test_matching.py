import pytest
from django.urls import reverse
from django.utils import timezone

from members.factories import MemberFactory
from mentorship.factories import MentorshipFactory
from mentorship.matching import Candidate, Mentee, recommend, score
from mentorship.models import MatchingProfile, MentorshipRequest, MentorshipSettings
from mentorship.tests.conftest import language, make_mentor, specialty

WEIGHTS = MentorshipSettings(
    weight_specialty=30,
    weight_state=15,
    weight_region=8,
    weight_goals=25,
    weight_stage=15,
    weight_language=10,
    weight_identity=20,
    weight_load=20,
)


def candidate(**overrides):
    base = {
        "specialties": {},
        "state": "WA",
        "stages": [],
        "languages": {"en": "English"},
        "areas": [],
        "capacity": 2,
        "load": 0,
        "identities": set(),
    }
    return Candidate(**{**base, **overrides})


MENTEE = Mentee(
    specialties={"pediatrics"},
    state="GA",
    stage="student",
    languages={"en", "es"},
    goals=["applications", "research"],
    identities={"black"},
    prefer_shared_identity=True,
)


def points(**overrides):
    return score(MENTEE, candidate(**overrides), WEIGHTS)


def test_a_mentor_sharing_nothing_scores_nothing_and_gives_no_reason():
    assert points() == (0, [])


@pytest.mark.parametrize(
    ("overrides", "expected", "reason"),
    [
        ({"specialties": {"pediatrics": "Pediatrics"}}, 30, "Works in Pediatrics, like you"),
        ({"state": "GA"}, 15, "Based in your state"),
        ({"state": "FL"}, 8, "Based in your region (South)"),
        ({"areas": ["applications", "research"]}, 25, "Can help with"),
        ({"areas": ["research"]}, 12.5, "Can help with research"),
        ({"stages": ["student"]}, 15, "Mentors people at your stage"),
        ({"languages": {"en": "English", "es": "Spanish"}}, 10, "Speaks Spanish"),
        ({"identities": {"black"}}, 20, "Shares an identity you asked to be matched on"),
    ],
)
def test_each_weight_moves_the_score_as_documented(overrides, expected, reason):
    value, reasons = points(**overrides)
    assert value == expected
    assert len(reasons) == 1 and reasons[0].startswith(reason)


def test_english_alone_is_not_a_reason():
    assert points(languages={"en": "English"}) == (0, [])


def test_identity_counts_only_when_the_mentee_asks():
    mentee = Mentee(identities={"black"}, prefer_shared_identity=False)
    assert score(mentee, candidate(identities={"black"}), WEIGHTS) == (0, [])


def test_a_busy_mentor_loses_points_in_proportion():
    full_match = {"specialties": {"pediatrics": "Pediatrics"}, "capacity": 4}
    assert points(**full_match, load=0)[0] == 30
    assert points(**full_match, load=2)[0] == 20
    assert points(**full_match, load=4)[0] == 10


def test_weights_come_from_the_settings(protocol):
    settings = MentorshipSettings.load()
    settings.weight_state = 50
    settings.save()
    assert score(MENTEE, candidate(state="GA"), MentorshipSettings.load())[0] == 50


# --- recommend() on real data -----------------------------------------------------------------


pytestmark = pytest.mark.django_db


@pytest.fixture
def mentee(protocol):
    user = MemberFactory(first_name="Nia", last_name="Okafor")
    user.profile.state = "GA"
    user.profile.stage = "student"
    user.profile.save()
    user.profile.specialties.set([specialty("pediatrics")])
    MatchingProfile.objects.create(user=user, goals=["applications"])
    return user


def test_recommendations_rank_by_score_and_explain(mentee):
    best = make_mentor("Ada", "Obi", state="GA", specialties=[specialty("pediatrics")])
    make_mentor(
        "Bea",
        "Soto",
        state="WA",
        specialties=[specialty("psychiatry")],
        stages=["resident"],
        areas=["wellness"],
    )
    good = make_mentor("Cal", "Young", state="FL", specialties=[specialty("pediatrics")])
    results = recommend(mentee)
    assert [r.mentor for r in results] == [best, good]
    assert "Works in Pediatrics, like you" in results[0].reasons
    assert "Based in your state" in results[0].reasons


def test_full_paused_asked_declined_current_or_past_mentors_are_never_recommended(mentee):
    full = make_mentor("Full", "Mentor", specialties=[specialty("pediatrics")], capacity=1)
    MentorshipFactory(mentor=full.user)
    paused = make_mentor("Paused", "Mentor", specialties=[specialty("pediatrics")])
    paused.paused = True
    paused.save()
    asked = make_mentor("Asked", "Mentor", specialties=[specialty("pediatrics")])
    MentorshipRequest.objects.create(
        mentee=mentee, mentor=asked.user, message="Hi", goals=["career"], preferred_format="video"
    )
    mine = make_mentor("Mine", "Mentor", specialties=[specialty("pediatrics")], capacity=3)
    MentorshipFactory(mentor=mine.user, mentee=mentee)
    not_accepting = make_mentor(
        "Closed", "Mentor", specialties=[specialty("pediatrics")], accepting_mentees=False
    )
    past = make_mentor("Past", "Mentor", specialties=[specialty("pediatrics")], capacity=3)
    MentorshipFactory(mentor=past.user, mentee=mentee, ended_at=timezone.now())
    declined = make_mentor("Declined", "Mentor", specialties=[specialty("pediatrics")])
    MentorshipRequest.objects.create(
        mentee=mentee,
        mentor=declined.user,
        message="Hi",
        goals=["career"],
        preferred_format="video",
        status="declined",
    )
    assert recommend(mentee, limit=10) == []
    assert not_accepting  # listed, but not accepting


def test_recommendations_spread_across_mentors_with_room(protocol):
    twins = [
        make_mentor(f"Twin{index}", "Mentor", state="GA", specialties=[specialty("pediatrics")])
        for index in range(4)
    ]
    firsts = set()
    for _mentee in range(12):
        user = MemberFactory()
        user.profile.state = "GA"
        user.profile.save()
        user.profile.specialties.set([specialty("pediatrics")])
        firsts.add(recommend(user, limit=1)[0].mentor.pk)
    assert len(firsts) > 1  # equal mentors take turns, not one takes everyone
    # A mentor with requests waiting drops below an equal one without.
    busy = twins[0]
    for _ in range(2):
        MentorshipRequest.objects.create(
            mentee=MemberFactory(),
            mentor=busy.user,
            message="Hi",
            goals=["career"],
            preferred_format="video",
        )
    user = MemberFactory()
    user.profile.state = "GA"
    user.profile.save()
    user.profile.specialties.set([specialty("pediatrics")])
    assert busy not in [r.mentor for r in recommend(user, limit=3)]


def test_shared_identity_uses_only_mentors_who_consented(mentee):
    MatchingProfile.objects.filter(user=mentee).update(
        identities=",black,", prefer_shared_identity=True
    )
    consenting = make_mentor(
        "Yes",
        "Shares",
        state="WA",
        areas=["wellness"],
        stages=["resident"],
        specialties=[specialty("psychiatry")],
    )
    MatchingProfile.objects.create(user=consenting.user, identities=["black"], share_identity=True)
    silent = make_mentor(
        "No",
        "Consent",
        state="WA",
        areas=["wellness"],
        stages=["resident"],
        specialties=[specialty("psychiatry")],
    )
    MatchingProfile.objects.create(user=silent.user, identities=["black"], share_identity=False)
    results = recommend(mentee, limit=5)
    assert [r.mentor for r in results] == [consenting]
    assert results[0].reasons == ["Shares an identity you asked to be matched on"]


def test_identity_is_never_shown_on_profiles_or_in_the_directory(client, directory, mentee):
    mentor = make_mentor("Ada", "Obi", specialties=[specialty("pediatrics")])
    MatchingProfile.objects.create(user=mentor.user, identities=["pacific"], share_identity=True)
    client.force_login(MemberFactory())
    for url in [directory.url, f"{directory.url}{mentor.public_id}/"]:
        assert "Pacific Islander" not in client.get(url).content.decode()


def test_recommendations_on_my_hub_and_the_directory(client, directory, mentee):
    make_mentor("Ada", "Obi", state="GA", specialties=[specialty("pediatrics")])
    client.force_login(mentee)
    for url in [reverse("members:dashboard"), directory.url]:
        html = client.get(url).content.decode()
        assert "Recommended for you" in html
        assert "Works in Pediatrics, like you" in html
    assert "Recommended for you" not in client.get(f"{directory.url}?region=west").content.decode()


def test_preferences_form_saves_and_checks(client, mentee):
    client.force_login(mentee)
    url = reverse("mentorship:preferences")
    response = client.post(url, {"goals": ["research"], "prefer_shared_identity": "on"})
    assert response.status_code == 200
    assert "Choose how you identify" in response.content.decode()
    response = client.post(
        url, {"goals": ["research"], "identities": ["hispanic"], "prefer_shared_identity": "on"}
    )
    assert response.status_code == 302
    preferences = MatchingProfile.objects.get(user=mentee)
    assert preferences.goals == ["research"] and preferences.identities == ["hispanic"]
    assert "share_identity" not in client.get(url).content.decode()  # mentors only


def test_recommendations_read_in_spanish(client, directory, mentee, locales, spanish_home):
    from django.utils import translation

    from conftest import publish_translation

    spanish = publish_translation(directory, locales.es, title="Mentoría")
    make_mentor("Ada", "Obi", state="GA", specialties=[specialty("pediatrics")])
    client.force_login(mentee)
    with translation.override("es"):
        html = client.get(spanish.url).content.decode()
    assert "Sugerencias para usted" in html
    assert "Trabaja en Pediatría, como usted" in html
    assert "Está en su mismo estado" in html


def test_the_database_ranking_agrees_with_the_documented_score(mentee):
    """recommend() ranks in the database; its order must be the order score() gives."""
    MatchingProfile.objects.filter(user=mentee).update(goals=",applications,research,")
    mentee.profile.languages.set([language("en"), language("es")])
    make_mentor("A", "One", state="GA", specialties=[specialty("pediatrics")], areas=["research"])
    make_mentor("B", "Two", state="FL", specialties=[specialty("urology")], stages=["student"])
    make_mentor(
        "C",
        "Three",
        state="WA",
        specialties=[specialty("urology")],
        stages=["resident"],
        languages=[language("en"), language("es")],
        areas=["wellness"],
    )
    busy = make_mentor("D", "Four", state="GA", specialties=[specialty("pediatrics")], capacity=2)
    MentorshipFactory(mentor=busy.user)
    make_mentor(
        "E",
        "Five",
        state="WA",
        specialties=[specialty("urology")],
        stages=["resident"],
        areas=["wellness"],
    )
    results = recommend(mentee, limit=10)
    scores = [result.score for result in results]
    assert scores == sorted(scores, reverse=True)
    assert [r.mentor.user.first_name for r in results][:2] == ["A", "D"]
    assert "E" not in [r.mentor.user.first_name for r in results]  # no reason at all
    assert all(result.reasons for result in results)
