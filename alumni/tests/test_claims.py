"""Asking "Did NMF support me?": every valid submission gets the same answer, whatever the
registry holds; matching waits for the email address to be confirmed; links work once and
expire; rate limits and spam checks create and send nothing, silently."""

import datetime
import re
import time

import pytest
import time_machine
from django.db import connection
from django.test.signals import template_rendered
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from alumni.claim_forms import stamp
from alumni.claims import LINK_LIFETIME
from alumni.factories import AlumniRecordFactory, ClaimPageFactory
from alumni.models import AlumniNameKey, AlumniRecord, Claim, ClaimCandidate, ClaimStatus
from conftest import publish_translation
from members.factories import MemberFactory

pytestmark = pytest.mark.django_db

URL = "/en/did-nmf-support-me/"
SENT = f"{URL}sent/"


@pytest.fixture
def claim_page(home_page):
    return ClaimPageFactory(parent=home_page)


@pytest.fixture
def spanish_claim_page(claim_page, spanish_home, locales):
    return publish_translation(claim_page, locales.es, title="¿Me apoyó NMF?")


@pytest.fixture
def registry(db):
    """Adaeze Okafor (Howard, 2012) is in the registry; so are a near miss and a stranger."""
    return {
        "same": AlumniRecordFactory(
            first_name="Adaeze",
            last_name="Okafor",
            school="Howard University College of Medicine",
            graduation_year=2012,
        ),
        "near": AlumniRecordFactory(
            first_name="Adaezechukwu",
            last_name="Nwosu",
            other_names="Adaezechukwu Okafor",
            school="Howard University College of Dentistry",
            graduation_year=2013,
        ),
        "stranger": AlumniRecordFactory(first_name="Kwame", last_name="Asante", school="Meharry"),
    }


def form_data(**changes):
    data = {
        "first_name": "Adaeze",
        "last_name": "Okafor",
        "other_names": "",
        "school": "Howard University College of Medicine",
        "graduation_year": "2012",
        "email": "adaeze@example.org",
        "note": "",
        "consent": "on",
        "website": "",
        "started": stamp(time.time() - 60),
    }
    data.update(changes)
    return data


NOT_IN_REGISTRY = {
    "first_name": "Zora",
    "last_name": "Whitfield",
    "school": "Morehouse School of Medicine",
    "graduation_year": "1998",
    "email": "zora@example.org",
}


def ask(client, address="192.0.2.1", url=URL, **changes):
    return client.post(url, form_data(**changes), REMOTE_ADDR=address)


def answer_seen(client, response):
    """What the visitor sees: the status, where it leads, and that page's text."""
    followed = client.get(response["Location"])
    return response.status_code, response["Location"], followed.status_code, followed.content


def link_in(message):
    return re.search(r"http://testserver(/\S+/confirm/[0-9a-f-]+/)", message.body).group(1)


# --- Asking -------------------------------------------------------------------------------


def test_matching_and_non_matching_claims_get_identical_answers(
    client, claim_page, registry, mailoutbox
):
    matching = answer_seen(client, ask(client, address="192.0.2.1"))
    assert len(mailoutbox) == 1
    not_matching = answer_seen(client, ask(client, address="192.0.2.2", **NOT_IN_REGISTRY))
    assert len(mailoutbox) == 2
    assert matching == not_matching
    status, location, followed_status, content = matching
    assert (status, location, followed_status) == (302, SENT, 200)
    assert "Please check your email" in content.decode()
    assert [message.to for message in mailoutbox] == [["adaeze@example.org"], ["zora@example.org"]]


def test_a_claim_waits_unconfirmed_and_unmatched_until_its_email_is_confirmed(
    client, claim_page, registry
):
    ask(client, note="My aid letter named a foundation scholarship.")
    claim = Claim.objects.get()
    assert claim.status == ClaimStatus.UNCONFIRMED
    assert claim.confirmed_at is None
    assert claim.language == "en"
    assert claim.note == "My aid letter named a foundation scholarship."
    assert not ClaimCandidate.objects.exists()


def test_submitting_never_reads_the_registry(client, claim_page, registry):
    with CaptureQueriesContext(connection) as queries:
        ask(client)
    read = " ".join(query["sql"] for query in queries.captured_queries)
    assert Claim.objects.count() == 1
    assert "alumni_alumnirecord" not in read
    assert "alumni_alumninamekey" not in read


def test_the_email_carries_a_link_that_opens_the_confirmation(client, claim_page, mailoutbox):
    ask(client)
    claim = Claim.objects.get()
    message = mailoutbox[0]
    assert message.subject == "[The Hub] Please confirm your email address"
    link = link_in(message)
    assert link == f"{URL}confirm/{claim.token}/"
    html, mime_type = message.alternatives[0]
    assert mime_type == "text/html"
    assert f'href="http://testserver{link}"' in html
    assert "Adaeze" not in message.body  # nothing the asker typed is mailed to the address
    assert "Confirm my email" in client.get(link).text


def test_the_email_is_in_the_language_the_claimant_wrote_in(client, spanish_claim_page, mailoutbox):
    rendered_in = []

    def note_language(sender, template, context, **kwargs):
        if template.name.startswith("alumni/email/"):
            rendered_in.append((template.name, translation.get_language()))

    template_rendered.connect(note_language)
    try:
        ask(client, url="/es/did-nmf-support-me/", email="ana@example.org")
        ask(client, email="amara@example.org")
    finally:
        template_rendered.disconnect(note_language)
    spanish, english = Claim.objects.order_by("pk")
    assert (spanish.language, english.language) == ("es", "en")
    assert rendered_in == [
        ("alumni/email/claim_confirm.txt", "es"),
        ("alumni/email/claim_confirm.html", "es"),
        ("alumni/email/claim_confirm.txt", "en"),
        ("alumni/email/claim_confirm.html", "en"),
    ]
    assert link_in(mailoutbox[0]) == f"/es/did-nmf-support-me/confirm/{spanish.token}/"
    assert mailoutbox[0].extra_headers["Content-Language"] == "es"
    assert 'lang="es"' in mailoutbox[0].alternatives[0][0]
    assert link_in(mailoutbox[1]).startswith("/en/")
    assert mailoutbox[1].extra_headers["Content-Language"] == "en"


def test_asking_again_before_confirming_sends_the_same_link_with_the_latest_details(
    client, claim_page, mailoutbox
):
    ask(client, school="Howard")
    first = answer_seen(client, ask(client, started=stamp(time.time() - 30)))
    claim = Claim.objects.get()
    assert claim.school == "Howard University College of Medicine"
    assert len(mailoutbox) == 2
    assert link_in(mailoutbox[0]) == link_in(mailoutbox[1]) == f"{URL}confirm/{claim.token}/"
    assert first[:2] == (302, SENT)


def test_the_same_form_sent_twice_acts_once(client, claim_page, mailoutbox):
    data = form_data()
    first = client.post(URL, data)
    second = client.post(URL, data)
    assert (first.status_code, first["Location"]) == (second.status_code, second["Location"])
    assert Claim.objects.count() == 1
    assert len(mailoutbox) == 1


def test_an_address_with_a_confirmed_claim_can_ask_again(client, claim_page, mailoutbox):
    ask(client)
    Claim.objects.update(status=ClaimStatus.PENDING)
    ask(client, graduation_year="2013")
    assert Claim.objects.count() == 2
    assert len(mailoutbox) == 2


# --- Spam and rate limits -----------------------------------------------------------------


def test_a_filled_in_honeypot_creates_and_sends_nothing_but_looks_the_same(
    client, claim_page, mailoutbox
):
    expected = answer_seen(client, ask(client, email="real@example.org"))
    mailoutbox.clear()
    spam = answer_seen(client, ask(client, website="https://cheap.example.com"))
    assert spam == expected
    assert Claim.objects.count() == 1
    assert mailoutbox == []


def test_a_form_sent_within_three_seconds_creates_and_sends_nothing(client, claim_page, mailoutbox):
    expected = answer_seen(client, ask(client, email="real@example.org"))
    mailoutbox.clear()
    too_fast = answer_seen(client, ask(client, started=stamp(time.time() - 1)))
    assert too_fast == expected
    assert Claim.objects.count() == 1
    assert mailoutbox == []


def test_one_address_may_send_five_claims_an_hour(client, claim_page, mailoutbox):
    answers = [
        answer_seen(client, ask(client, address="198.51.100.7", email=f"person{n}@example.org"))
        for n in range(6)
    ]
    assert len(set(answers)) == 1
    assert Claim.objects.count() == 5
    assert not Claim.objects.filter(email="person5@example.org").exists()
    assert len(mailoutbox) == 5
    ask(client, address="198.51.100.8", email="person6@example.org")  # another address may
    assert Claim.objects.count() == 6
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=61)):
        ask(client, address="198.51.100.7", email="person7@example.org")
    assert Claim.objects.count() == 7


def test_one_email_may_be_sent_three_claims_a_day(client, claim_page, mailoutbox):
    answers = [
        answer_seen(client, ask(client, address=f"203.0.113.{n}", note=f"Attempt {n}"))
        for n in range(4)
    ]
    assert len(set(answers)) == 1
    assert len(mailoutbox) == 3
    assert Claim.objects.get().note == "Attempt 2"  # the fourth changed nothing
    ask(client, address="203.0.113.9", email="ADAEZE@example.org ", note="Shouting")
    assert len(mailoutbox) == 3
    with time_machine.travel(timezone.now() + datetime.timedelta(hours=25)):
        ask(client, address="203.0.113.10", note="Next day")
    assert len(mailoutbox) == 4


def test_rate_limits_keep_no_address_or_email_in_the_cache(client, claim_page):
    from django.core.cache import cache

    ask(client, address="192.0.2.55")
    stored = " ".join(str(key) for key in cache._cache)
    assert "192.0.2.55" not in stored
    assert "adaeze@example.org" not in stored


# --- Confirming ---------------------------------------------------------------------------


def confirm_link(claim):
    return f"{URL}confirm/{claim.token}/"


def test_opening_the_link_shows_a_button_and_confirms_nothing(client, claim_page, registry):
    ask(client)
    claim = Claim.objects.get()
    response = client.get(confirm_link(claim))
    assert response.status_code == 200
    assert '<form method="post">' in response.text
    assert "Confirm my email" in response.text
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.UNCONFIRMED
    assert not ClaimCandidate.objects.exists()


def test_confirming_queues_the_claim_with_ranked_candidates_and_their_reasons(
    client, claim_page, registry
):
    ask(client)
    claim = Claim.objects.get()
    response = client.post(confirm_link(claim))
    assert response.status_code == 302
    assert response["Location"] == f"{URL}confirmed/"
    thanks = client.get(response["Location"]).text
    assert "NMF’s alumni relations staff will review your request and email you" in thanks
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.PENDING
    assert claim.confirmed_at is not None
    assert claim.member is None
    candidates = list(claim.candidates.values_list("record", "score", "reasons"))
    assert candidates == [
        (registry["same"].pk, 100, ["last_name", "first_name", "school", "year"]),
        (registry["near"].pk, 65, ["former_name", "first_name_start", "school_word", "year_near"]),
    ]


def test_the_thank_you_is_the_same_with_or_without_candidates(client, claim_page, registry):
    ask(client)
    ask(client, address="192.0.2.2", **NOT_IN_REGISTRY)
    matched, unmatched = Claim.objects.order_by("pk")
    answers = [
        answer_seen(client, client.post(confirm_link(claim))) for claim in Claim.objects.all()
    ]
    assert answers[0] == answers[1]
    assert matched.candidates.count() == 2
    assert unmatched.candidates.count() == 0


def test_confirming_links_the_claim_to_the_member_with_that_verified_address(client, claim_page):
    member = MemberFactory(email="adaeze.okafor@example.org")
    ask(client, email="Adaeze.Okafor@example.org")
    claim = Claim.objects.get()
    client.post(confirm_link(claim))
    claim.refresh_from_db()
    assert claim.member == member


def test_an_unverified_account_with_the_address_is_not_linked(client, claim_page):
    MemberFactory(email="adaeze@example.org", verified=False)
    ask(client)
    claim = Claim.objects.get()
    client.post(confirm_link(claim))
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.PENDING
    assert claim.member is None


def test_a_link_confirms_once(client, claim_page, registry):
    ask(client)
    claim = Claim.objects.get()
    client.post(confirm_link(claim))
    again = client.post(confirm_link(claim))
    assert again.status_code == 200
    assert "already confirmed" in again.text
    assert "already confirmed" in client.get(confirm_link(claim)).text
    assert ClaimCandidate.objects.count() == 2


def test_a_link_expires_after_seven_days(client, claim_page, registry):
    ask(client)
    claim = Claim.objects.get()
    later = timezone.now() + LINK_LIFETIME + datetime.timedelta(minutes=1)
    with time_machine.travel(later):
        shown = client.get(confirm_link(claim))
        posted = client.post(confirm_link(claim))
    for response in (shown, posted):
        assert response.status_code == 410
        assert "This link has expired" in response.text
        assert f'href="{URL}"' in response.text
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.UNCONFIRMED
    assert not ClaimCandidate.objects.exists()


def test_a_link_still_works_on_its_seventh_day(client, claim_page):
    ask(client)
    claim = Claim.objects.get()
    with time_machine.travel(timezone.now() + LINK_LIFETIME - datetime.timedelta(minutes=5)):
        assert client.post(confirm_link(claim)).status_code == 302
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.PENDING


def test_asking_again_gives_an_old_link_seven_more_days(client, claim_page):
    ask(client)
    claim = Claim.objects.get()
    with time_machine.travel(timezone.now() + datetime.timedelta(days=6)):
        ask(client, graduation_year="2013")
    with time_machine.travel(timezone.now() + datetime.timedelta(days=10)):
        assert client.post(confirm_link(claim)).status_code == 302


def test_an_unknown_link_gets_a_friendly_not_found_page(client, claim_page):
    response = client.get(f"{URL}confirm/00000000-0000-4000-8000-000000000000/")
    assert response.status_code == 404
    assert "This link does not work" in response.text
    assert f'href="{URL}"' in response.text
    assert client.post(f"{URL}confirm/00000000-0000-4000-8000-000000000000/").status_code == 404


def fill_registry(count):
    """``count`` registry records all sharing the claimant's last name, written in bulk."""
    records = AlumniRecord.objects.bulk_create(
        AlumniRecord(
            first_name=f"Person{n}",
            last_name="Okafor",
            school="Howard University College of Medicine",
            graduation_year=2000 + n % 20,
        )
        for n in range(count)
    )
    AlumniNameKey.objects.bulk_create(
        AlumniNameKey(record=record, key="okafor") for record in records
    )


@pytest.mark.parametrize("registry_size", [10, 500])
def test_confirming_reads_a_constant_number_of_queries_however_large_the_registry(
    client, claim_page, registry_size, django_assert_max_num_queries
):
    fill_registry(registry_size)
    AlumniRecordFactory(first_name="Adaeze", last_name="Okafor")
    ask(client)
    claim = Claim.objects.get()
    client.get(confirm_link(claim))  # the first visit fills the site's caches
    with django_assert_max_num_queries(14):
        assert client.post(confirm_link(claim)).status_code == 302
    assert 1 <= claim.candidates.count() <= 5
