import re

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from wagtail.models import Page, Site
from wagtail_localize.models import Translation

from home.demo import content
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
        in {"wagtailcore", "home", "hub", "members", "mentorship", "wagtail_localize"}
        and model._meta.model_name not in {"modellogentry", "pagelogentry"}
    }


def test_loading_twice_changes_nothing(demo):
    before = model_counts()
    revisions_before = {page.pk: page.latest_revision_id for page in Page.objects.all()}
    call_command("load_demo_content", verbosity=0)
    assert Page.objects.filter(live=False).count() == 0
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
    translated = set(
        Translation.objects.filter(target_locale__language_code="es").values_list(
            "source__object_id", flat=True
        )
    )
    assert {page.translation_key for page in english} <= translated
    assert Page.objects.filter(locale__language_code="es").count() == english.count()


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
    from mentorship.models import Specialty

    live_pages = Page.objects.live().filter(depth__gt=1)
    # Every live page, and every specialty under /specialties/ in each language.
    assert len(locations) == live_pages.count() + 2 * Specialty.objects.count()
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
