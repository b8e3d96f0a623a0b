"""The public "Did NMF support me?" page: where it sits, what it shows in both languages, and a
form everyone can use (labelled, grouped, errors tied to their fields, nothing lost)."""

import re
import time

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from alumni.claim_forms import seconds_since, stamp
from alumni.factories import AlumniRecordFactory, ClaimFactory, ClaimPageFactory
from alumni.models import Claim, ClaimPage
from conftest import publish_translation
from home.factories import HomePageFactory
from home.models import HomePage

URL = "/en/did-nmf-support-me/"


@pytest.fixture
def claim_page(home_page):
    return ClaimPageFactory(parent=home_page)


@pytest.fixture
def spanish_claim_page(claim_page, spanish_home, locales):
    return publish_translation(
        claim_page,
        locales.es,
        title="¿Me apoyó NMF?",
        introduction="Muchos becarios de NMF nunca supieron que NMF los había apoyado.",
    )


def form_data(**changes):
    data = {
        "first_name": "Adaeze",
        "last_name": "Okafor",
        "other_names": "Adaeze Nwosu",
        "school": "Howard University College of Medicine",
        "graduation_year": "2012",
        "email": "adaeze@example.org",
        "note": "I think the scholarship came through financial aid in my second year.",
        "consent": "on",
        "website": "",
        "started": stamp(time.time() - 60),
    }
    data.update(changes)
    return data


def tag(html, name):
    """The opening tag of the form control called ``name``."""
    match = re.search(rf'<(?:input|textarea)[^>]*name="{name}"[^>]*>', html)
    assert match, f"no control named {name}"
    return match.group(0)


class ClaimPageTreeTests(WagtailPageTestCase):
    def test_claim_page_has_no_children(self):
        self.assertAllowedSubpageTypes(ClaimPage, set())

    def test_claim_page_goes_under_the_home_page_once(self):
        self.assertAllowedParentPageTypes(ClaimPage, {HomePage})
        self.assertCanCreateAt(HomePage, ClaimPage)
        home = HomePageFactory(parent=Page.get_first_root_node())
        assert ClaimPage.can_create_at(home)
        ClaimPageFactory(parent=home)
        assert not ClaimPage.can_create_at(home)


def test_claim_page_shows_its_texts_and_the_form_in_english(client, claim_page):
    response = client.get(URL)
    assert response.status_code == 200
    html = response.text
    assert '<html lang="en">' in html
    assert html.count("<h1") == 1
    assert "Did NMF support me?" in html
    assert "NMF staff review your request." in html  # what happens next
    assert "Only NMF’s alumni relations staff see your details" in html  # how we use it
    assert f'action="{URL}"' in html
    for name in ["first_name", "last_name", "other_names", "school", "email", "consent"]:
        tag(html, name)


def test_claim_page_is_served_in_spanish(client, spanish_claim_page):
    response = client.get("/es/did-nmf-support-me/")
    assert response.status_code == 200
    html = response.text
    assert '<html lang="es">' in html
    assert "¿Me apoyó NMF?" in html
    assert "Muchos becarios de NMF nunca supieron" in html
    assert 'action="/es/did-nmf-support-me/"' in html


def test_names_are_one_group_and_fields_declare_their_purpose(client, claim_page):
    html = client.get(URL).text
    fieldset = re.search(r'<fieldset class="form-section"[^>]*>(.*?)</fieldset>', html, re.S).group(
        1
    )
    assert "<legend>Your name</legend>" in fieldset
    assert '<fieldset class="form-section" aria-describedby="names-help">' in html
    for name in ["first_name", "last_name", "other_names"]:
        assert f'name="{name}"' in fieldset
    assert 'autocomplete="given-name"' in tag(html, "first_name")
    assert 'autocomplete="family-name"' in tag(html, "last_name")
    assert 'autocomplete="email"' in tag(html, "email")
    assert 'maxlength="1000"' in tag(html, "note")
    for name in ["first_name", "last_name", "other_names", "school", "graduation_year", "email"]:
        control_id = re.search(r'id="([^"]+)"', tag(html, name)).group(1)
        assert f'<label for="{control_id}">' in html
    assert 'aria-describedby="id_email-help"' in tag(html, "email")
    assert 'id="id_email-help"' in html


def test_honeypot_is_out_of_sight_out_of_reach_and_hidden_from_screen_readers(client, claim_page):
    html = client.get(URL).text
    wrapper = re.search(r'<div class="visually-hidden" aria-hidden="true">(.*?)</div>', html, re.S)
    assert wrapper
    honeypot = tag(wrapper.group(1), "website")
    assert 'tabindex="-1"' in honeypot
    assert 'autocomplete="off"' in honeypot


def test_form_is_stamped_with_when_it_was_shown(client, claim_page):
    started = re.search(r'name="started" value="([^"]+)"', client.get(URL).text).group(1)
    assert 0 <= seconds_since(started) < 5


def test_errors_show_the_form_again_with_everything_typed_kept(client, claim_page, mailoutbox):
    data = form_data(school="", graduation_year="2O12", consent="")
    response = client.post(URL, data)
    assert response.status_code == 200
    html = response.text
    assert 'role="alert"' in html
    assert html.count('<a href="#id_') == 3  # the summary links to each field in error
    assert 'value="Adaeze"' in tag(html, "first_name")
    assert "Adaeze Nwosu</textarea>" in html
    assert "through financial aid in my second year.</textarea>" in html
    assert 'value="adaeze@example.org"' in tag(html, "email")
    assert "Please write the year as four digits" in html
    assert "Please give the name of your school." in html
    school = tag(html, "school")
    assert 'aria-invalid="true"' in school
    assert 'aria-describedby="id_school-help id_school-error"' in school
    assert 'id="id_school-error"' in html
    # The clock is not restarted: a corrected form can be sent at once.
    assert f'value="{data["started"]}"' in tag(html, "started")
    assert not Claim.objects.exists()
    assert mailoutbox == []


def test_a_year_far_in_the_past_or_future_is_refused_kindly(client, claim_page):
    assert "from 1940 onwards" in client.post(URL, form_data(graduation_year="1900")).text
    assert "no later than" in client.post(URL, form_data(graduation_year="2999")).text
    assert not Claim.objects.exists()


def test_a_note_over_a_thousand_characters_is_refused(client, claim_page):
    response = client.post(URL, form_data(note="x" * 1001))
    assert response.status_code == 200
    assert not Claim.objects.exists()


def test_a_form_without_a_valid_stamp_asks_to_send_again_with_a_new_stamp(client, claim_page):
    response = client.post(URL, form_data(started="1700000000.000:forged"))
    html = response.text
    assert response.status_code == 200
    assert "This form is out of date" in html
    assert 'value="Adaeze"' in tag(html, "first_name")
    fresh = re.search(r'name="started" value="([^"]+)"', html).group(1)
    assert seconds_since(fresh) is not None
    assert not Claim.objects.exists()


@pytest.mark.parametrize("how_many", [0, 30])
def test_claim_page_reads_a_constant_number_of_queries(
    client, claim_page, how_many, django_assert_max_num_queries
):
    """The page never reads the registry or the claims, however many there are."""
    AlumniRecordFactory.create_batch(how_many)
    ClaimFactory.create_batch(how_many)
    client.get(URL)  # the first visit fills the site frame's caches
    with django_assert_max_num_queries(14):
        assert client.get(URL).status_code == 200
    with django_assert_max_num_queries(14):
        assert client.post(URL, form_data(school="")).status_code == 200
