import json

import pytest
from allauth.account.models import EmailAddress
from django.apps import apps
from django.db import models

from members.factories import MemberFactory
from members.models import MemberProfile, User

PASSWORD = "a-long-test-password"


@pytest.fixture
def member(home_page):
    member = MemberFactory(first_name="Diego", last_name="Ramírez", email="diego@example.org")
    member.profile.bio = "Pharmacist in El Paso."
    member.profile.save()
    return member


def test_export_contains_my_data_and_no_one_elses(client, member):
    other = MemberFactory(email="someone.else@example.org", first_name="Other")
    client.force_login(member)
    response = client.get("/en/my/data/export/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "attachment;" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["account"]["email"] == "diego@example.org"
    assert data["account"]["email_addresses"] == [
        {"email": "diego@example.org", "verified": True, "primary": True}
    ]
    assert data["profile"]["bio"] == "Pharmacist in El Paso."
    assert data["profile"]["stage"] == member.profile.stage
    text = response.content.decode()
    assert other.email not in text
    assert str(other.profile.public_id) not in text


def test_deleting_asks_for_the_password_and_explains_first(client, member):
    client.force_login(member)
    page = client.get("/en/my/data/delete/")
    assert "What we erase" in page.text
    response = client.post("/en/my/data/delete/", {"password": "not-my-password"})
    assert response.status_code == 200
    assert "That password is not right." in response.text
    assert User.objects.get(pk=member.pk).is_active


def test_deleting_erases_personal_data_and_signs_out(client, member):
    client.force_login(member)
    response = client.post("/en/my/data/delete/", {"password": PASSWORD})
    assert response.status_code == 302
    user = User.objects.get(pk=member.pk)
    assert user.email == f"deleted-{member.pk}@deleted.invalid"
    assert (user.first_name, user.last_name) == ("", "")
    assert not user.is_active
    assert not user.has_usable_password()
    assert not MemberProfile.objects.filter(user=user).exists()
    assert not EmailAddress.objects.filter(user=user).exists()
    assert client.get("/en/my/").status_code == 302
    assert not client.login(username="diego@example.org", password=PASSWORD)


def test_deletion_leaves_no_dangling_references(client, member):
    client.force_login(member)
    client.post("/en/my/data/delete/", {"password": PASSWORD})
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if isinstance(field, models.ForeignKey) and field.related_model is User:
                dangling = model.objects.exclude(**{f"{field.name}__isnull": True}).exclude(
                    **{f"{field.name}__in": User.objects.all()}
                )
                assert not dangling.exists(), f"{model.__name__}.{field.name}"


def test_deleted_email_can_sign_up_again(client, member):
    client.force_login(member)
    client.post("/en/my/data/delete/", {"password": PASSWORD})
    response = client.post(
        "/en/accounts/signup/",
        {
            "first_name": "Diego",
            "last_name": "Ramírez",
            "email": "diego@example.org",
            "password1": "Pharmacy-Counts-2030",
            "password2": "Pharmacy-Counts-2030",
            "stage": "early_career",
        },
    )
    assert response.status_code == 302
    assert User.objects.filter(email="diego@example.org", is_active=True).exists()
