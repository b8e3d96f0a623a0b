import re

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from wagtail.models import Page, Site
from wagtail_localize.models import Translation

from home.demo import content
from home.models import HomePage, StandardPage
from hub.models import FooterText
from members.models import User

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
    "did-nmf-support-me/",
    "about/faq/",
    "about/privacy/",
]


@pytest.fixture
def demo(db, tmp_path, settings, django_capture_on_commit_callbacks):
    settings.DEMO_CREDENTIALS_FILE = tmp_path / "credentials.txt"
    # wagtail-localize publishes translations when the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_content", verbosity=0)


def model_counts():
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label in {"wagtailcore", "home", "hub", "members", "wagtail_localize"}
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
    spanish_pages = StandardPage.objects.filter(locale__language_code="es").count()
    assert spanish_pages == len(content.PAGES)
    assert (
        Translation.objects.filter(target_locale__language_code="es").count()
        == len(content.PAGES) + 2
    )


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


def test_demo_accounts_are_created_once_and_their_passwords_work(
    client, db, tmp_path, settings, capsys
):
    settings.DEMO_CREDENTIALS_FILE = tmp_path / "credentials.txt"
    call_command("load_demo_content")
    first_output = capsys.readouterr().out
    password = re.search(r"admin@hub\.example\.org\s+password: (\S+)", first_output).group(1)
    assert User.objects.filter(is_superuser=True).count() == 1
    assert User.objects.filter(is_superuser=False, email__endswith="@hub.example.org").count() == 2
    assert client.login(username="admin@hub.example.org", password=password)

    call_command("load_demo_content")
    second_output = capsys.readouterr().out
    assert password not in second_output
    assert "Sign in to the admin" in second_output


def test_production_gets_no_demo_accounts(db, settings, tmp_path):
    settings.HUB_ENVIRONMENT = "production"
    settings.DEMO_CREDENTIALS_FILE = tmp_path / "credentials.txt"
    call_command("load_demo_content", verbosity=0)
    assert not User.objects.exists()
    assert HomePage.objects.count() == 2


def test_search_finds_demo_pages_in_each_language(client, demo):
    english = client.get("/en/search/", {"q": "mentor"})
    assert english.context["results"].paginator.count >= 2
    spanish = client.get("/es/search/", {"q": "mentoría"})
    assert spanish.context["results"].paginator.count >= 1
    assert all(page.locale.language_code == "es" for page in spanish.context["results"])


def test_sitemap_lists_every_live_page_in_both_languages(client, demo):
    xml = client.get("/sitemap.xml").text
    locations = set(re.findall(r"<loc>([^<]+)</loc>", xml))
    live_pages = Page.objects.live().filter(depth__gt=1)
    assert len(locations) == live_pages.count() == 2 * (len(content.PAGES) + 1)
    for language in ["en", "es"]:
        for path in SECTION_PATHS:
            assert f"http://localhost/{language}/{path}" in locations


def test_mismatched_languages_are_reported_clearly(db, monkeypatch, settings, tmp_path):
    settings.DEMO_CREDENTIALS_FILE = tmp_path / "credentials.txt"
    broken = [dict(spec) for spec in content.PAGES]
    broken[0] = {**broken[0], "es": {**broken[0]["es"], "body": broken[0]["es"]["body"][:-1]}}
    monkeypatch.setattr(content, "PAGES", broken)
    with pytest.raises(CommandError, match="two languages do not match"):
        call_command("load_demo_content", verbosity=0)
    assert not HomePage.objects.exists()


def test_printed_superuser_can_open_the_admin(client, db, tmp_path, settings, capsys):
    settings.DEMO_CREDENTIALS_FILE = tmp_path / "credentials.txt"
    call_command("load_demo_content")
    password = re.search(
        r"admin@hub\.example\.org\s+password: (\S+)", capsys.readouterr().out
    ).group(1)
    assert password in settings.DEMO_CREDENTIALS_FILE.read_text()
    client.post("/admin/login/", {"username": "admin@hub.example.org", "password": password})
    response = client.get("/admin/")
    assert response.status_code == 200
    assert response.wsgi_request.user.email == "admin@hub.example.org"
    snippets = client.get("/admin/snippets/hub/footertext/")
    assert snippets.status_code == 200


def test_demo_members_span_stages_specialties_and_regions(demo):
    from members.models import MemberProfile

    profiles = MemberProfile.objects.listed().prefetch_related("specialties")
    assert not profiles.filter(user__email="admin@hub.example.org").exists()
    assert profiles.count() >= 20
    assert len({profile.region for profile in profiles}) >= 5
    assert len({profile.stage for profile in profiles}) == 5
    assert len({s.slug for profile in profiles for s in profile.specialties.all()}) >= 15


def test_printed_demo_member_login_reaches_my_hub(client, db, tmp_path, settings, capsys):
    settings.DEMO_CREDENTIALS_FILE = tmp_path / "credentials.txt"
    call_command("load_demo_content")
    output = capsys.readouterr().out
    password = re.search(r"amara\.mensah@hub\.example\.org\s+password: (\S+)", output).group(1)
    response = client.post(
        "/en/accounts/login/", {"login": "amara.mensah@hub.example.org", "password": password}
    )
    assert response.status_code == 302
    assert client.get("/en/my/").status_code == 200
