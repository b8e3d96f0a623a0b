import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

from members.factories import MemberFactory
from members.models import MemberProfile, User

PASSWORD = "a-long-test-password"


def signup(client, language="en", **overrides):
    data = {
        "first_name": "Nia",
        "last_name": "Okafor",
        "email": "nia.okafor@example.org",
        "password1": "Stethoscope-2031!",
        "password2": "Stethoscope-2031!",
        "stage": "student",
        **overrides,
    }
    return client.post(f"/{language}/accounts/signup/", data)


def test_sign_up_asks_for_name_email_password_and_stage_only(client, home_page):
    html = client.get("/en/accounts/signup/").text
    for name in ["first_name", "last_name", "email", "password1", "password2", "stage"]:
        assert f'name="{name}"' in html
    assert 'name="username"' not in html
    assert 'name="state"' not in html


def test_sign_up_creates_an_unverified_member_with_a_profile_and_sends_a_verification_email(
    client, home_page
):
    response = signup(client)
    assert response.status_code == 302
    user = User.objects.get(email="nia.okafor@example.org")
    assert (user.first_name, user.last_name) == ("Nia", "Okafor")
    assert MemberProfile.objects.get(user=user).stage == "student"
    assert not EmailAddress.objects.get(user=user).verified
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["nia.okafor@example.org"]
    assert "/en/accounts/confirm-email/" in mail.outbox[0].body


def test_sign_up_from_spanish_pages_sends_the_email_in_spanish(client, home_page):
    signup(client, language="es")
    message = mail.outbox[0]
    assert "/es/accounts/confirm-email/" in message.body
    assert "Confirm" not in message.subject
    assert "Confirm" not in message.body


def test_sign_up_with_missing_fields_keeps_what_was_typed(client, home_page):
    response = signup(client, last_name="", stage="")
    assert response.status_code == 200
    assert 'value="Nia"' in response.text
    assert 'value="nia.okafor@example.org"' in response.text
    assert not User.objects.exists()


def test_signing_up_twice_with_one_address_creates_one_account(client, home_page):
    signup(client)
    signup(client)
    assert User.objects.filter(email="nia.okafor@example.org").count() == 1


def test_following_the_verification_link_verifies_and_signs_in(client, home_page):
    signup(client)
    link = re.search(
        r"http://testserver(/en/accounts/confirm-email/\S+/)", mail.outbox[0].body
    ).group(1)
    client.post(link)
    assert EmailAddress.objects.get(email="nia.okafor@example.org").verified
    assert client.get("/en/my/").status_code == 200


@pytest.mark.parametrize(
    "path", ["/en/my/", "/en/my/profile/", "/en/my/data/", "/en/my/data/export/"]
)
def test_visitors_are_sent_to_sign_in(client, home_page, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


def test_unverified_members_cannot_sign_in_or_reach_members_only_pages(client, home_page):
    member = MemberFactory(verified=False)
    response = client.post("/en/accounts/login/", {"login": member.email, "password": PASSWORD})
    assert response.status_code == 302
    assert "confirm-email" in response["Location"]
    client.force_login(member)
    response = client.get("/en/my/")
    assert response.status_code == 200
    assert "verify" in response.text.lower()
    assert "members/dashboard.html" not in [template.name for template in response.templates]


def test_sign_in_is_rate_limited(client, home_page):
    member = MemberFactory()
    for _attempt in range(5):
        client.post("/en/accounts/login/", {"login": member.email, "password": "wrong"})
    response = client.post("/en/accounts/login/", {"login": member.email, "password": PASSWORD})
    assert response.status_code in {200, 429}
    assert not response.wsgi_request.user.is_authenticated


def test_password_reset_does_not_reveal_whether_an_address_is_registered(client, home_page):
    member = MemberFactory()
    known = client.post("/en/accounts/password/reset/", {"email": member.email})
    unknown = client.post("/en/accounts/password/reset/", {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert mail.outbox[0].to == [member.email]
    assert mail.outbox[1].to == ["nobody@example.org"]
    assert "/accounts/password/reset/key/" in mail.outbox[0].body
    assert "/accounts/password/reset/key/" not in mail.outbox[1].body


def test_account_pages_are_in_spanish_under_es(client, home_page):
    response = client.get("/es/accounts/login/")
    assert '<html lang="es">' in response.text
    assert "Iniciar sesión" in response.text
