"""Alumni discovery in a real browser: a provider asks "Did NMF support me?", confirms their
email, staff approve the claim, and the provider joins the Hub as a verified NMF alum; the
public pages are accessible in both languages."""

import datetime
import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from alumni.factories import AlumniRecordFactory
from alumni.invitations import hash_token
from alumni.models import Claim, Invitation, InvitationBatch, InvitationStatus
from members.factories import MemberFactory
from members.permissions import ALUMNI_RELATIONS
from tests.browser.axe import assert_accessible
from tests.browser.test_members import sign_in

EMAIL = "yesenia.tafoya@example.org"
CONFIRM_LINK = r"https?://\S+/confirm/\S+/"
SIGNUP_LINK = r"https?://\S+/accounts/signup/\S*"
ACCOUNT_CONFIRM_LINK = r"https?://\S+/accounts/confirm-email/\S+/"


def last_link(pattern):
    """The path of the last link in the last email that matches ``pattern``."""
    url = re.search(pattern, mail.outbox[-1].body).group(0)
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}" if parts.query else parts.path


def ask(page, demo_site):
    page.goto(f"{demo_site}/en/did-nmf-support-me/")
    assert_accessible(page)
    page.get_by_label("First name").fill("Yesenia")
    page.get_by_label("Last name").fill("Tafoya Begay")
    page.get_by_label("Former or other names").fill("Yesenia Tafoya")
    page.get_by_label("School").fill("Univ. of New Mexico School of Medicine")
    page.get_by_label("Graduation year").fill("2009")
    page.get_by_label("Email address").fill(EMAIL)
    page.get_by_label("NMF may use these details").check()
    # People take more than a few seconds to fill the form; form-filling software does not.
    page.wait_for_timeout(3200)
    page.get_by_role("button", name="Send my request").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Please check your email")
    assert_accessible(page)


def test_a_provider_asks_confirms_is_approved_and_joins_as_a_verified_alum(page, demo_site):
    record = AlumniRecordFactory(
        first_name="Yesenia",
        last_name="Tafoya-Begay",
        school="University of New Mexico School of Medicine",
        graduation_year=2009,
        state="NM",
    )
    ask(page, demo_site)

    page.goto(f"{demo_site}{last_link(CONFIRM_LINK)}")
    assert_accessible(page)
    page.get_by_role("button", name="Confirm my email").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you")
    claim = Claim.objects.get(email=EMAIL)
    assert claim.candidates.first().record == record

    staff = MemberFactory(email="alumni.relations@nmf.example.org")
    staff.groups.add(Group.objects.get(name=ALUMNI_RELATIONS))
    sign_in(page, demo_site, staff.email)
    page.goto(f"{demo_site}{reverse('alumni_claims:inspect', args=[claim.pk])}")
    page.get_by_label(f"Approve as {record}").check()
    page.get_by_role("button", name="Approve as the chosen record").click()
    expect(page.get_by_text("Approved")).not_to_have_count(0)

    page.context.clear_cookies()
    page.goto(f"{demo_site}{last_link(SIGNUP_LINK)}")
    expect(page.get_by_label("Email")).to_have_value(EMAIL)
    page.get_by_label("First name").fill("Yesenia")
    page.get_by_label("Last name").fill("Tafoya Begay")
    page.locator("#id_password1").fill("Stethoscope-2031!")
    page.locator("#id_password2").fill("Stethoscope-2031!")
    page.get_by_label("Career stage").select_option("mid_late_career")
    page.get_by_role("button", name="Sign Up").click()
    page.goto(f"{demo_site}{last_link(ACCOUNT_CONFIRM_LINK)}")
    page.get_by_role("button", name="Confirm").click()

    expect(page).to_have_url(f"{demo_site}/en/my/")
    expect(page.get_by_text("Verified NMF alum").first).to_be_visible()
    record.refresh_from_db()
    assert record.member.email == EMAIL


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_claim_pages_have_no_serious_accessibility_problems(page, demo_site, language):
    page.goto(f"{demo_site}/{language}/did-nmf-support-me/")
    expect(page.locator("html")).to_have_attribute("lang", language)
    # Sent without the required answers: the errors are announced and tied to their fields.
    page.get_by_role("button").filter(has_text=re.compile("Send|Enviar")).last.click()
    assert_accessible(page)
    page.goto(f"{demo_site}/{language}/did-nmf-support-me/sent/")
    assert_accessible(page)


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_invitation_pages_have_no_serious_accessibility_problems(page, demo_site, language):
    record = AlumniRecordFactory()
    batch = InvitationBatch.objects.create(name="Accessibility check")
    now = timezone.now()
    Invitation.objects.create(
        batch=batch,
        record=record,
        email="invited@example.org",
        token_hash=hash_token("an-invitation-token"),
        status=InvitationStatus.SENT,
        sent_at=now,
        expires_at=now + datetime.timedelta(days=30),
    )
    for path in ["invited/an-invitation-token/unsubscribe/", "invited/not-a-token/"]:
        page.goto(f"{demo_site}/{language}/{path}")
        expect(page.locator("html")).to_have_attribute("lang", language)
        assert_accessible(page)
