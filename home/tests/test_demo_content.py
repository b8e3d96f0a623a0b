import re
from html import unescape

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from wagtail.models import Page, Site
from wagtail_localize.models import Translation

from home.demo import content, editorial
from home.models import HomePage
from hub.models import FooterText

SECTION_PATHS = [
    "",
    "about/",
    "learn/",
    "mentors/",
    "employers/",
    "resources/",
    "events/",
    "volunteer/",
    "councils/",
    "councils/national-alumni-council/",
    "councils/young-leaders-council/",
    "specialties/",
    "specialties/family-medicine/",
    "did-nmf-support-me/",
    "about/faq/",
    "about/privacy/",
]


@pytest.fixture(scope="module")
def demo_data(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo content, loaded once for this module's read-only tests and rolled back after."""
    with (
        django_db_blocker.unblock(),
        override_settings(
            DEMO_CREDENTIALS_FILE=tmp_path_factory.mktemp("demo") / "credentials.txt"
        ),
        transaction.atomic(),
    ):
        call_command("load_demo_content", verbosity=0)
        yield
        transaction.set_rollback(True)


@pytest.fixture
def demo(demo_data, db):
    return None


def model_counts():
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label
        in {
            "wagtailcore",
            "wagtailimages",
            "home",
            "hub",
            "members",
            "mentorship",
            "employers",
            "resources",
            "alumni",
            "wagtaildocs",
            "wagtail_localize",
        }
        and model._meta.model_name not in {"modellogentry", "pagelogentry"}
    }


def test_loading_twice_changes_nothing(demo):
    before = model_counts()
    revisions_before = {page.pk: page.latest_revision_id for page in Page.objects.all()}
    call_command("load_demo_content", verbosity=0)
    # Only the editorial demo's pages wait: one in review, one scheduled, in both languages.
    assert set(Page.objects.filter(live=False).values_list("slug", flat=True)) == {
        editorial.IN_REVIEW["slug"],
        editorial.SCHEDULED["slug"],
    }
    assert model_counts() == before
    assert {page.pk: page.latest_revision_id for page in Page.objects.all()} == revisions_before


def test_demo_builds_every_section_in_both_languages(client, demo):
    for language in ["en", "es"]:
        for path in SECTION_PATHS:
            response = client.get(f"/{language}/{path}")
            assert response.status_code == 200, f"/{language}/{path}"
            assert f'<html lang="{language}">' in response.text
            for call_to_action in re.findall(r'<div class="cta">(.*?)</div>', response.text, re.S):
                assert f'href="/{language}/' in call_to_action, f"/{language}/{path}"


def test_spanish_pages_carry_the_spanish_text(client, demo):
    for spec in content.PAGES:
        html = client.get(
            f"/es/{spec['key']}/"
            if spec["parent"] is None
            else f"/es/{spec['parent']}/{spec['key']}/"
        ).text
        assert spec["es"]["title"] in html.replace("&#x27;", "'").replace("&quot;", '"')
    assert content.HOME["es"]["hero_heading"] in client.get("/es/").text.replace("&#x27;", "'")


def test_spanish_pages_are_synchronised_translations_editors_can_update(demo):
    english = Page.objects.filter(locale__language_code="en", depth__gt=1)
    published = english.filter(live=True)
    translated = set(
        Translation.objects.filter(target_locale__language_code="es").values_list(
            "source__object_id", flat=True
        )
    )
    assert {page.translation_key for page in published} <= translated
    # The Spanish tree is kept in step: pages not translated yet are there as aliases.
    assert Page.objects.filter(locale__language_code="es").count() == english.count()
    untranslated = Page.objects.filter(locale__language_code="es", alias_of__isnull=False)
    assert set(untranslated.values_list("slug", flat=True)) == {
        editorial.IN_REVIEW["slug"],
        editorial.SCHEDULED["slug"],
    }


def test_home_links_point_at_pages_in_the_same_language(client, demo):
    hrefs = re.findall(r'class="button[^"]*" href="([^"]+)"', client.get("/es/").text)
    assert len(hrefs) >= 6
    assert all(href.startswith("/es/") for href in hrefs), hrefs
    english = re.findall(r'class="button[^"]*" href="([^"]+)"', client.get("/en/").text)
    assert all(href.startswith("/en/") for href in english), english


def test_demo_site_is_the_default_site_with_settings_and_footer(client, demo):
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific_class is HomePage
    assert FooterText.objects.count() == 2
    assert content.FOOTER["es"] in client.get("/es/").text.replace("&#x27;", "'")
    assert "mailto:info@nmfonline.org" in client.get("/en/").text


def test_search_finds_demo_pages_in_each_language(client, demo):
    english = client.get("/en/search/", {"q": "mentor"})
    assert english.context["results"].paginator.count >= 2
    spanish = client.get("/es/search/", {"q": "mentoría"})
    assert spanish.context["results"].paginator.count >= 1
    assert all(page.locale.language_code == "es" for page in spanish.context["results"])


def test_sitemap_lists_every_live_page_in_both_languages(client, demo):
    xml = client.get("/sitemap.xml").text
    locations = set(re.findall(r"<loc>([^<]+)</loc>", xml))
    from employers.models import Designation
    from mentorship.models import Specialty

    live_pages = Page.objects.live().filter(depth__gt=1)
    years = Designation.objects.exclude(tier="").values_list("year", flat=True).distinct()
    # Every live page, every specialty under /specialties/ and every year's recognition list
    # under /employers/, in each language.
    assert len(locations) == live_pages.count() + 2 * (Specialty.objects.count() + len(years))
    for language in ["en", "es"]:
        for path in SECTION_PATHS:
            assert f"http://localhost/{language}/{path}" in locations


def test_demo_members_span_stages_specialties_and_regions(demo):
    from members.models import MemberProfile

    profiles = MemberProfile.objects.listed().prefetch_related("specialties")
    assert not profiles.filter(user__email="admin@hub.example.org").exists()
    assert profiles.count() >= 20
    assert len({profile.region for profile in profiles}) >= 5
    assert len({profile.stage for profile in profiles}) == 5
    assert len({s.slug for profile in profiles for s in profile.specialties.all()}) >= 15


def test_demo_mentors_span_specialties_regions_and_stages_and_are_listed(demo):
    from mentorship.models import MentorProfile, current_protocol_version

    mentors = (
        MentorProfile.objects.listed(current_protocol_version())
        .with_active_mentees()
        .select_related("member")
        .prefetch_related("specialties")
    )
    assert mentors.count() >= 40
    assert len({mentor.member.region for mentor in mentors}) >= 5
    assert len({mentor.member.stage for mentor in mentors}) >= 3
    assert len({s.slug for mentor in mentors for s in mentor.specialties.all()}) >= 25
    assert any(mentor.is_full for mentor in mentors)
    assert any(not mentor.accepting_mentees for mentor in mentors)


def test_demo_protocol_and_councils_read_in_both_languages(client, demo):
    english = client.get("/en/councils/national-alumni-council/").content.decode()
    spanish = client.get("/es/councils/national-alumni-council/").content.decode()
    for html in (english, spanish):
        assert html.count('class="card council-member"') >= 12  # current and past
    assert "Past members" in english and "Miembros anteriores" in spanish
    protocol = client.get("/es/volunteer/").content.decode()
    assert "988" in protocol and 'lang="es"' in protocol
    assert client.get("/es/specialties/pediatrics/").status_code == 200


def test_demo_member_has_requests_in_every_state_and_suggestions(client, demo):
    from members.models import User
    from mentorship.matching import recommend
    from mentorship.models import MentorshipRequest, RequestStatus

    amara = User.objects.get(email="amara.mensah@hub.example.org")
    states = set(MentorshipRequest.objects.filter(mentee=amara).values_list("status", flat=True))
    assert states == set(RequestStatus.values)
    assert MentorshipRequest.objects.exclude(mentee=amara).filter(status="pending").exists()
    suggestions = recommend(amara)
    assert len(suggestions) == 3 and all(item.reasons for item in suggestions)


def amara_mentorships():
    from mentorship.models import Mentorship

    return Mentorship.objects.filter(mentee__email="amara.mensah@hub.example.org").select_related(
        "request"
    )


def test_demo_member_has_mentorships_in_every_state(demo):
    from mentorship.models import EndReason

    mentorships = list(amara_mentorships().prefetch_related("check_ins", "feedback"))
    active = [mentorship for mentorship in mentorships if mentorship.is_active]
    closed = [mentorship for mentorship in mentorships if not mentorship.is_active]

    confirmed = [mentorship for mentorship in active if mentorship.agreement_confirmed]
    assert len(confirmed) == 1
    check_ins = confirmed[0].check_ins.all()
    assert len(check_ins) >= 3
    assert any(check_in.support_requested and not check_in.is_handled for check_in in check_ins)

    awaiting_her = [
        mentorship
        for mentorship in active
        if mentorship.confirmed_by("mentor") and not mentorship.confirmed_by("mentee")
    ]
    assert len(awaiting_her) == 1
    assert awaiting_her[0].agreement_updated_by == awaiting_her[0].mentor

    both_said = [m for m in closed if {f.role for f in m.feedback.all()} == {"mentor", "mentee"}]
    assert len(both_said) == 1
    awaiting_her_feedback = [m for m in closed if [f.role for f in m.feedback.all()] == ["mentor"]]
    assert len(awaiting_her_feedback) == 1
    recently = awaiting_her_feedback[0]
    assert recently.ended_by == recently.mentor and recently.end_reason == EndReason.TIME
    assert recently.ended_at > both_said[0].ended_at

    # Each came from a request she sent, which the mentor accepted.
    for mentorship in mentorships:
        assert mentorship.request.mentee_id == mentorship.mentee_id
        assert mentorship.request.status == "accepted"
        assert mentorship.request.responded_at <= mentorship.started_at


def test_demo_member_my_hub_asks_her_to_confirm_and_to_give_feedback(client, demo):
    from members.models import User

    client.force_login(User.objects.get(email="amara.mensah@hub.example.org"))
    html = client.get("/en/my/").content.decode()
    assert html.count("Agreement to confirm") == 1
    assert "Tell NMF how it went" in html
    for state in ["Waiting for an answer", "Accepted", "Declined", "Expired", "Withdrawn"]:
        assert state in html


def test_demo_support_requests_wait_for_staff(client, demo):
    from django.contrib.auth.models import Group

    from members.models import User
    from members.permissions import MENTORSHIP_STAFF
    from mentorship.models import CheckIn

    asking = CheckIn.objects.filter(support_requested=True)
    waiting = asking.filter(support_handled_at__isnull=True)
    assert waiting.filter(author__email="amara.mensah@hub.example.org").exists()
    assert waiting.count() >= 2 and asking.exclude(support_handled_at=None).exists()
    assert not asking.filter(support_note="").exists()
    staff = User.objects.create_user(email="staff@hub.example.org", is_staff=True)
    staff.groups.add(Group.objects.get(name=MENTORSHIP_STAFF))
    client.force_login(staff)
    listing = client.get("/admin/support-requests/").content.decode()
    assert "Amara Mensah" in listing


def test_demo_year_of_requests_has_every_outcome_and_plausible_timing(demo):
    from datetime import timedelta

    from django.utils import timezone

    from mentorship.models import MentorshipRequest, MentorshipSettings, RequestStatus

    settings = MentorshipSettings.load()
    now = timezone.now()
    others = MentorshipRequest.objects.exclude(mentee__email="amara.mensah@hub.example.org")
    assert 60 <= MentorshipRequest.objects.count() <= 120
    assert set(others.values_list("status", flat=True)) == set(RequestStatus.values)
    assert others.filter(created_at__lt=now - timedelta(days=300)).exists()
    for request in MentorshipRequest.objects.all():
        if request.status == RequestStatus.PENDING:
            assert request.responded_at is None
            assert request.created_at > now - timedelta(days=settings.expire_after_days)
            continue
        waited = request.responded_at - request.created_at
        assert timedelta(0) < waited <= timedelta(days=settings.expire_after_days, hours=1)
        if request.status == RequestStatus.EXPIRED:
            assert waited >= timedelta(days=settings.expire_after_days)
        if waited > timedelta(days=settings.reminder_after_days, hours=1):
            assert request.reminded_at is not None
        if request.status == RequestStatus.DECLINED:
            assert request.decline_reason
        assert (request.mentorship_id is not None) == (request.status == RequestStatus.ACCEPTED)
    # Most mentors answer within a day or two; a slow few let requests run out.
    answered = others.filter(status__in=["accepted", "declined"])
    quick = [r for r in answered if r.responded_at - r.created_at < timedelta(days=2)]
    assert len(quick) > 0.75 * answered.count()
    slow = set(others.filter(status="expired").values_list("mentor", flat=True))
    assert 1 <= len(slow) <= 3


def test_demo_mentoring_keeps_the_programme_rules(demo):
    from collections import Counter

    from mentorship.models import MentorProfile, Mentorship, MentorshipRequest

    for mentor in MentorProfile.objects.with_active_mentees().select_related("member"):
        assert mentor.active_mentees <= mentor.capacity, mentor
        terms = list(Mentorship.objects.filter(mentor=mentor.member.user_id))
        for term in terms:
            running = [
                other
                for other in terms
                if other.started_at <= term.started_at
                and (other.ended_at is None or other.ended_at > term.started_at)
            ]
            assert len(running) <= mentor.capacity, (mentor, term.started_at)
        # Members could ask only while the mentor had a free place.
        for request in MentorshipRequest.objects.filter(mentor=mentor.member.user_id):
            running = [
                other
                for other in terms
                if other.started_at <= request.created_at
                and (other.ended_at is None or other.ended_at > request.created_at)
            ]
            assert len(running) < mentor.capacity, (mentor, request.created_at)
    pending = MentorshipRequest.objects.filter(status="pending")
    assert max(Counter(pending.values_list("mentee", flat=True)).values()) <= 3
    pairs = Counter(pending.values_list("mentee", "mentor"))
    assert max(pairs.values()) == 1
    active_pairs = Counter(Mentorship.objects.active().values_list("mentee", "mentor"))
    assert max(active_pairs.values()) == 1
    assert not Mentorship.objects.filter(request__isnull=True).exists()
    full = MentorProfile.objects.with_active_mentees().filter(
        member__user__email__in=[
            "nia.whitfield@members.hub.example.org",
            "esther.cho@members.hub.example.org",
            "tunde.bakare@members.hub.example.org",
            "keoni.palakiko@members.hub.example.org",
            "javier.colon-matos@members.hub.example.org",
        ]
    )
    assert len(full) == 5 and all(mentor.is_full for mentor in full)


def test_demo_history_closes_mentorships_with_varied_feedback(demo):
    from mentorship.models import CheckIn, Mentorship, MentorshipFeedback

    closed = Mentorship.objects.closed()
    assert closed.count() >= 15
    assert len(set(closed.values_list("end_reason", flat=True))) >= 4
    feedback = MentorshipFeedback.objects.all()
    assert {f.role for f in feedback} == {"mentor", "mentee"}
    assert len({f.helpfulness for f in feedback}) >= 4
    assert {f.goals_met for f in feedback} == {"yes", "partly", "no"}
    assert {f.would_recommend for f in feedback} == {True, False}
    for given in feedback.select_related("mentorship"):
        assert given.mentorship.ended_at is not None
        assert given.created_at >= given.mentorship.ended_at
    for check_in in CheckIn.objects.select_related("mentorship"):
        mentorship = check_in.mentorship
        assert mentorship.started_at.date() <= check_in.met_on
        assert mentorship.ended_at is None or check_in.created_at <= mentorship.ended_at
    # One pair writes to each other in Spanish.
    assert CheckIn.objects.filter(topics__contains="HbA1c", author__first_name="Carmen").exists()


def test_demo_year_of_mentoring_is_the_same_every_time_and_loaded_once(demo):
    from mentorship.demo.loader import create_demo_mentoring
    from mentorship.models import CheckIn, Mentorship, MentorshipFeedback, MentorshipRequest

    def summary():
        return sorted(
            MentorshipRequest.objects.values_list(
                "mentee__email", "mentor__email", "status", "decline_reason"
            )
        )

    assert not create_demo_mentoring()
    before = summary()
    CheckIn.objects.all().delete()
    MentorshipFeedback.objects.all().delete()
    MentorshipRequest.objects.all().delete()
    Mentorship.objects.all().delete()
    created = create_demo_mentoring()
    assert created["requests"] == len(before)
    assert summary() == before


# --- Employers of Choice -----------------------------------------------------------------------


def demo_employers(language):
    from employers.models import EmployerPage

    return (
        EmployerPage.objects.live()
        .filter(locale__language_code=language)
        .with_recognition()
        .prefetch_related("designations")
        .order_by("translation_key")
    )


def shown_designation(spec):
    """The designation an employer's page details: its latest with a tier (and a citation)."""
    return min(
        (designation for designation in spec["designations"] if designation["en"].get("citation")),
        key=lambda designation: designation["ago"],
    )


def read(response):
    return unescape(response.content.decode())


def test_demo_employers_span_every_type_region_and_tier_in_both_languages(demo):
    from employers.models import EmployerType, Tier
    from hub.vocabulary import Region

    english = list(demo_employers("en"))
    spanish = list(demo_employers("es"))
    assert len(english) >= 25
    assert [page.translation_key for page in spanish] == [page.translation_key for page in english]
    assert {page.employer_type for page in english} == set(EmployerType.values)
    assert {page.region for page in english} >= {
        Region.NORTHEAST,
        Region.MIDWEST,
        Region.SOUTH,
        Region.WEST,
        Region.TERRITORIES,
    }
    # Recognised today at every tier, and some only in the past; the same in Spanish.
    assert {page.current_tier for page in english} == {*Tier.values, None}
    assert [page.current_tier for page in spanish] == [page.current_tier for page in english]
    expired = [page for page in english if page.current_tier is None]
    assert expired and all(page.latest_year for page in expired)
    # Some rose through the tiers; some missed a foundational criterion one year.
    ranks = [[Tier.rank(d.tier) for d in page.awarded_designations()] for page in english]
    assert sum(any(b > a for a, b in zip(r, r[1:], strict=False)) for r in ranks) >= 2
    unmet = [d for page in english for d in page.designations.all() if not d.tier]
    assert len(unmet) >= 2 and all(d.points >= 50 for d in unmet)


def test_demo_spanish_employers_carry_spanish_citations_and_evidence(demo):
    from employers.demo.employers import EMPLOYERS

    spanish = {page.slug: page for page in demo_employers("es")}
    for spec in EMPLOYERS:
        page = spanish[spec["slug"]]
        assert page.title == spec["name"]
        assert page.introduction == spec["es"]["introduction"]
        citations = [designation.citation for designation in page.designations.all()]
        assert sorted(citations) == sorted(
            d["es"].get("citation", "") for d in spec["designations"]
        )
        evidence = {
            score.value["evidence"]
            for designation in page.designations.all()
            for score in designation.scores
        }
        assert set(shown_designation(spec)["es"]["evidence"].values()) <= evidence


@pytest.mark.parametrize("language", ["en", "es"])
def test_demo_employers_index_pages_and_year_list_read_in_each_language(client, demo, language):
    from django.utils import timezone

    from employers.demo.employers import EMPLOYERS

    index_spec = next(spec for spec in content.PAGES if spec["key"] == "employers")
    index = client.get(f"/{language}/employers/")
    assert index.status_code == 200
    assert f'<html lang="{language}">' in index.text
    assert index_spec[language]["introduction"] in read(index)
    other = "es" if language == "en" else "en"
    current = {page.slug for page in demo_employers(language) if page.current_tier}
    for spec in EMPLOYERS:
        response = client.get(f"/{language}/employers/{spec['slug']}/")
        assert response.status_code == 200, spec["slug"]
        text = read(response)
        assert spec[language]["description"][0] in text
        shown = shown_designation(spec)
        assert shown[language]["evidence"]["recruitment"] in text
        assert shown[other]["evidence"]["recruitment"] not in text
        # The citation is read out while the designation is current.
        assert (shown[language]["citation"] in text) == (spec["slug"] in current)
    year = timezone.localdate().year
    listing = client.get(f"/{language}/employers/{year}/")
    assert listing.status_code == 200
    recognised_now = [spec for spec in EMPLOYERS if shown_designation(spec)["ago"] == 0]
    assert recognised_now
    for spec in recognised_now:
        assert shown_designation(spec)[language]["citation"] in read(listing)


def test_demo_recognition_criteria_are_translated_into_spanish(demo):
    from employers.demo.employers import CRITERIA_ES
    from employers.models import RecognitionCriterion

    english = {
        criterion.translation_key: criterion
        for criterion in RecognitionCriterion.objects.filter(locale__language_code="en")
    }
    spanish = list(RecognitionCriterion.objects.filter(locale__language_code="es"))
    assert len(spanish) == len(english) == 6
    for criterion in spanish:
        source = english[criterion.translation_key]
        assert criterion.name == CRITERIA_ES[source.name]["name"]
        assert criterion.description == CRITERIA_ES[source.name]["description"]
        assert (criterion.max_points, criterion.foundational, criterion.sort_order) == (
            source.max_points,
            source.foundational,
            source.sort_order,
        )
        # A synchronised translation editors can update when the English changes.
        assert Translation.objects.filter(
            source__object_id=str(criterion.translation_key),
            target_locale__language_code="es",
        ).exists()


def test_demo_home_features_currently_recognised_employers_in_each_language(client, demo):
    for language in ["en", "es"]:
        featured = re.findall(
            rf'<a href="/{language}/employers/([a-z0-9-]+)/">', client.get(f"/{language}/").text
        )
        assert 3 <= len(featured) <= 4
        current = {page.slug for page in demo_employers(language) if page.current_tier}
        assert set(featured) <= current


def test_demo_member_has_a_nomination_under_review_and_one_invited(client, demo):
    from employers.models import Nomination
    from members.models import User

    amara = User.objects.get(email="amara.mensah@hub.example.org")
    nominations = list(Nomination.objects.filter(nominator=amara).order_by("created_at"))
    assert [nomination.status for nomination in nominations] == ["invited", "under_review"]
    assert Nomination.objects.exclude(nominator=amara).exists()
    client.force_login(amara)
    text = read(client.get("/en/my/"))
    for nomination in nominations:
        assert nomination.employer_name in text
        assert str(nomination.get_status_display()) in text


# --- Resources and events --------------------------------------------------------------------


def demo_pages(model, language):
    return model.objects.live().filter(locale__language_code=language).order_by("translation_key")


def test_demo_library_spans_every_topic_and_type_with_reviews_due_and_featured(client, demo):
    from resources.demo.loader import DOCUMENT_COLLECTION
    from resources.models import ResourcePage, ResourceType
    from resources.reports import resources_due_for_review

    english = list(demo_pages(ResourcePage, "en").select_related("topic"))
    assert len(english) >= 30
    assert {page.topic.slug for page in english} == {
        "debt-management",
        "retirement-planning",
        "business-of-doctoring",
        "racial-informed-care",
        "career-advancement",
        "leadership-and-life-essentials",
    }
    assert {page.resource_type for page in english} == set(ResourceType.values)
    assert 3 <= sum(page.featured for page in english) <= 5
    assert 2 <= resources_due_for_review().filter(locale__language_code="en").count() <= 5
    documents = [item.document for page in english for item in page.documents.all()]
    assert len(documents) >= 10
    assert {document.collection.name for document in documents} == {DOCUMENT_COLLECTION}
    assert any(page.specialties.exists() for page in english)
    # The library opens with featured resources.
    html = read(client.get("/en/resources/"))
    assert sum(page.title in html for page in english if page.featured) >= 3


@pytest.mark.parametrize("language", ["en", "es"])
def test_demo_resources_read_in_each_language_with_their_documents_and_links(
    client, demo, language
):
    from resources.demo.loader import RESOURCES

    other = "es" if language == "en" else "en"
    for spec in RESOURCES:
        response = client.get(f"/{language}/resources/{spec['slug']}/")
        assert response.status_code == 200, spec["slug"]
        text = read(response)
        assert spec[language]["title"] in text
        assert spec[language]["introduction"] in text
        for item in spec["documents"]:
            assert item[language]["title"] in text
            assert item[other]["title"] not in text
        for item in spec["links"]:
            assert item[language]["title"] in text
            assert item["url"] in text
    # Each page links to its generated document, which holds the words it was written with.
    from resources.models import ResourcePage

    for spec in (spec for spec in RESOURCES if spec["documents"]):
        page = ResourcePage.objects.get(slug=spec["slug"], locale__language_code=language)
        document = page.documents.get().document
        assert document.url in client.get(page.url).text
        with document.file.open() as stored:
            assert stored.read().decode() == spec["documents"][0]["text"]


@pytest.mark.parametrize("language", ["en", "es"])
def test_demo_calendar_has_upcoming_and_past_events_in_each_language(client, demo, language):
    from django.utils import timezone

    from resources.demo.events import EVENTS
    from resources.models import EventPage

    now = timezone.now()
    events = list(demo_pages(EventPage, language))
    upcoming = [event for event in events if event.ends_at > now]
    past = [event for event in events if event.ends_at <= now]
    assert len(upcoming) >= 6 and len(past) >= 5
    assert sum(bool(event.recording_url) for event in past) >= 4
    assert not any(event.recording_url for event in upcoming)
    assert len({event.time_zone for event in events}) >= 4
    assert {event.event_format for event in events} == {"online", "hybrid", "in_person"}
    assert all(event.host_id for event in events)
    assert {event.host.locale.language_code for event in events} == {language}

    calendar = read(client.get(f"/{language}/events/"))
    for event in upcoming[:12]:
        assert event.title in calendar
    for spec in EVENTS:
        response = client.get(f"/{language}/events/{spec['slug']}/")
        assert response.status_code == 200, spec["slug"]
        assert spec[language]["title"] in read(response)
    home = read(client.get(f"/{language}/"))
    soonest = sorted(upcoming, key=lambda event: event.starts_at)[:3]
    assert all(event.title in home for event in soonest)


def test_demo_member_is_registered_and_waits_for_a_place_on_the_full_workshop(client, demo):
    from django.utils import timezone

    from members.models import User
    from resources import registrations
    from resources.models import EventPage, Registration

    amara = User.objects.get(email="amara.mensah@hub.example.org")
    full = EventPage.objects.get(locale__language_code="en", capacity=12)
    assert registrations.places_taken(full.translation_key) == full.capacity
    assert Registration.objects.get(event_key=full.translation_key, user=amara).status == (
        "waitlisted"
    )
    registered = Registration.objects.filter(user=amara, status="registered")
    assert registered.count() >= 2
    client.force_login(amara)
    text = read(client.get("/en/my/"))
    assert "Your upcoming events" in text
    assert full.title in text and "Waiting list: number 1" in text
    upcoming = EventPage.objects.filter(
        locale__language_code="en",
        translation_key__in=registered.values("event_key"),
        ends_at__gt=timezone.now(),
    )
    assert upcoming.exists()
    assert all(event.title in text for event in upcoming)


# --- Alumni discovery ------------------------------------------------------------------------


def test_demo_registry_has_hundreds_of_records_with_contacts_of_every_quality(demo):
    from alumni.models import AlumniContact, AlumniRecord, ContactStatus, ImportBatch

    records = AlumniRecord.objects.all()
    assert 300 <= records.count() <= 600
    assert 100 <= records.contactable().count() < records.count()
    assert records.filter(contact_status=ContactStatus.DO_NOT_CONTACT).exists()
    assert AlumniContact.objects.filter(status=ContactStatus.BOUNCED).exists()
    assert records.filter(needs_review=True, possible_match__isnull=False).exists()
    assert len({record.region for record in records}) >= 5
    assert len({record.graduation_decade for record in records}) >= 5
    # Every record came from the demo import, so its audit trail starts there.
    batch = ImportBatch.objects.get()
    assert batch.changes.count() == batch.created_count


def test_demo_claims_are_in_every_state_with_ranked_candidates(demo):
    from alumni.models import AlumniRecord, Claim, ClaimStatus
    from members.models import User

    claims = Claim.objects.all()
    assert set(claims.values_list("status", flat=True)) == set(ClaimStatus.values)
    for claim in claims.exclude(status=ClaimStatus.UNCONFIRMED):
        scores = [candidate.score for candidate in claim.candidates.all()]
        assert scores == sorted(scores, reverse=True) and scores, claim
    assert not claims.get(status=ClaimStatus.UNCONFIRMED).candidates.exists()
    amara = User.objects.get(email="amara.mensah@hub.example.org")
    approved = claims.get(status=ClaimStatus.APPROVED)
    assert approved.record == AlumniRecord.objects.get(member=amara)
    assert approved.record.verified_at is not None
    diego = claims.get(email="diego.ramirez@hub.example.org")
    assert diego.status == ClaimStatus.PENDING
    # The registry wrote his name without the accent: still the best candidate, at 100.
    assert diego.candidates.first().score == 100


def test_demo_invitation_batches_hold_invitations_in_every_sent_state(demo):
    from alumni.models import AlumniContact, Invitation, InvitationBatch, InvitationStatus

    assert InvitationBatch.objects.count() == 2
    states = set(Invitation.objects.values_list("status", flat=True))
    assert {"sent", "opened", "joined", "bounced"} <= states
    for invitation in Invitation.objects.filter(status=InvitationStatus.JOINED):
        assert invitation.record.member.email == invitation.email
    bounced = Invitation.objects.filter(status=InvitationStatus.BOUNCED)
    assert not AlumniContact.objects.filter(value__in=bounced.values("email"), status="ok").exists()
    # Never to someone who asked not to be contacted.
    assert not Invitation.objects.filter(record__contact_status="do_not_contact").exists()


def test_demo_editorial_work_waits_for_each_group(client, demo):
    from django.contrib.auth import get_user_model
    from wagtail.models import WorkflowState

    from learning.models import Person

    staff = get_user_model().objects.filter(email__in=[row[0] for row in editorial.STAFF])
    moderator = staff.get(email="moderator@hub.example.org")
    client.force_login(moderator)
    dashboard = unescape(client.get("/admin/").text)
    assert editorial.IN_REVIEW["title"] in dashboard
    assert f"“{editorial.SCHEDULED['title']}” goes live on" in dashboard
    assert "2 pages and snippets waiting for your review" in dashboard

    facilitator = Person.objects.get(name=editorial.NEW_FACILITATOR["name"])
    assert not facilitator.live
    assert WorkflowState.objects.active().for_instance(facilitator).exists()
    assert facilitator not in Person.objects.live()

    client.force_login(staff.get(email="editor@hub.example.org"))
    dashboard = unescape(client.get("/admin/").text)
    assert "waiting for your review" not in dashboard
    assert "resources are due for review" in dashboard


def test_demo_faq_spanish_is_out_of_date_with_its_revised_english(demo):
    from hub.translation_status import TranslationStatus, pages_with_spanish_status

    statuses = dict(pages_with_spanish_status().values_list("slug", "spanish_status"))
    assert statuses["faq"] == TranslationStatus.OUT_OF_DATE
    assert statuses[editorial.IN_REVIEW["slug"]] == TranslationStatus.UNTRANSLATED
    assert statuses["about"] == TranslationStatus.UP_TO_DATE
