"""The demo command itself: accounts, production, and clear errors. Each test loads afresh."""

import re

import pytest
from django.core.management import CommandError, call_command

from employers.demo import employers
from home.demo import content
from home.models import HomePage
from members.models import User
from members.permissions import ALUMNI_RELATIONS, EDITORS, MENTORSHIP_STAFF, MODERATORS


@pytest.fixture(autouse=True)
def few_employers(monkeypatch):
    """These tests are about accounts and errors: two demo employers load as well as all of
    them, and much faster (test_demo_content loads them all)."""
    monkeypatch.setattr(employers, "EMPLOYERS", employers.EMPLOYERS[:2])


def account_password(output, email):
    return re.search(rf"{re.escape(email)}\s+password: (\S+)", output).group(1)


def test_demo_accounts_are_created_once_and_each_signs_in_where_it_works(
    client, db, tmp_path, settings, capsys
):
    """One load (the demo takes a while to build): the accounts, their printed and kept
    passwords, where each signs in, and a second load that creates nothing."""
    settings.DEMO_CREDENTIALS_FILE = tmp_path / "credentials.txt"
    call_command("load_demo_content")
    first_output = capsys.readouterr().out
    password = account_password(first_output, "admin@hub.example.org")
    assert password in settings.DEMO_CREDENTIALS_FILE.read_text()
    assert User.objects.filter(is_superuser=True).count() == 1
    # Two members who sign in to the site, and one staff member in each admin group.
    assert User.objects.filter(is_superuser=False, email__endswith="@hub.example.org").count() == 6
    assert sorted(
        User.objects.filter(groups__isnull=False).values_list("groups__name", flat=True)
    ) == [ALUMNI_RELATIONS, EDITORS, MENTORSHIP_STAFF, MODERATORS]
    # The administrator signs in to the admin and reaches the snippets.
    client.post("/admin/login/", {"username": "admin@hub.example.org", "password": password})
    response = client.get("/admin/")
    assert response.status_code == 200
    assert response.wsgi_request.user.email == "admin@hub.example.org"
    assert client.get("/admin/snippets/hub/footertext/").status_code == 200
    # A staff member signs in to the admin; a member signs in to the site and reaches My Hub.
    editor_password = account_password(first_output, "editor@hub.example.org")
    assert client.login(username="editor@hub.example.org", password=editor_password)
    assert client.get("/admin/").status_code == 200
    client.logout()
    member_password = account_password(first_output, "amara.mensah@hub.example.org")
    response = client.post(
        "/en/accounts/login/",
        {"login": "amara.mensah@hub.example.org", "password": member_password},
    )
    assert response.status_code == 302
    assert client.get("/en/my/").status_code == 200

    call_command("load_demo_content")
    second_output = capsys.readouterr().out
    assert password not in second_output
    assert "Created a year of demo mentoring: " in first_output
    assert "Created 4 demo employer nominations." in first_output
    assert "Created" not in second_output
    assert "Sign in to the admin" in second_output


def test_production_gets_no_demo_accounts(db, settings, tmp_path):
    settings.HUB_ENVIRONMENT = "production"
    settings.DEMO_CREDENTIALS_FILE = tmp_path / "credentials.txt"
    call_command("load_demo_content", verbosity=0)
    assert not User.objects.exists()
    assert HomePage.objects.count() == 2


def test_mismatched_languages_are_reported_clearly(db, monkeypatch, settings, tmp_path):
    settings.DEMO_CREDENTIALS_FILE = tmp_path / "credentials.txt"
    broken = [dict(spec) for spec in content.PAGES]
    broken[0] = {**broken[0], "es": {**broken[0]["es"], "body": broken[0]["es"]["body"][:-1]}}
    monkeypatch.setattr(content, "PAGES", broken)
    with pytest.raises(CommandError, match="two languages do not match"):
        call_command("load_demo_content", verbosity=0)
    assert not HomePage.objects.exists()
