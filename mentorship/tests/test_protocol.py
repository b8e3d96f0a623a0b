import pytest
from django.urls import reverse

from conftest import publish_translation
from members.factories import MemberFactory
from mentorship.factories import MentorProfileFactory
from mentorship.models import MentorProfile, ProtocolAcknowledgement
from mentorship.tests.conftest import language, specialty

pytestmark = pytest.mark.django_db

MENTOR_FORM = {
    "headline": "Pediatrician who loves talking about residency",
    "bio": "I trained in Atlanta and practise in a community clinic.",
    "areas": ["career", "applications"],
    "stages": ["student"],
    "formats": ["video"],
    "time_commitment": "monthly",
    "capacity": "2",
    "accepting_mentees": "on",
}


def accept(client, protocol, version=1):
    return client.post(protocol.url + "accept/", {"version": str(version), "agree": "yes"})


def test_the_protocol_page_shows_its_version_and_sections(client, protocol):
    html = client.get(protocol.url).content.decode()
    assert "Version 1" in html
    assert "Volunteer roles" in html and "Confidentiality" in html
    assert 'href="#confidentiality"' in html
    assert "Sign in to volunteer" in html


def test_accepting_records_the_member_version_language_and_time(member_client, member, protocol):
    response = accept(member_client, protocol)
    assert response.status_code == 302
    assert response["Location"] == reverse("mentorship:mentor_profile")
    acknowledgement = ProtocolAcknowledgement.objects.get(user=member)
    assert acknowledgement.version == 1
    assert acknowledgement.language == "en"
    assert acknowledgement.accepted_at is not None
    assert acknowledgement.page_id == protocol.pk


def test_accepting_twice_records_it_once(member_client, member, protocol):
    accept(member_client, protocol)
    accept(member_client, protocol)
    assert ProtocolAcknowledgement.objects.filter(user=member).count() == 1


def test_accepting_a_version_that_is_no_longer_current_records_nothing(
    member_client, member, protocol
):
    protocol.version = 2
    protocol.save_revision().publish()
    response = accept(member_client, protocol, version=1)
    assert response.status_code == 302
    assert not ProtocolAcknowledgement.objects.filter(user=member).exists()


def test_the_box_must_be_ticked(member_client, member, protocol):
    member_client.post(protocol.url + "accept/", {"version": "1"})
    assert not ProtocolAcknowledgement.objects.exists()


def test_visitors_are_sent_to_sign_in_and_get_is_not_allowed(client, protocol):
    response = accept(client, protocol)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not ProtocolAcknowledgement.objects.exists()
    assert client.get(protocol.url + "accept/").status_code == 405


def test_unverified_members_cannot_accept(client, protocol):
    user = MemberFactory(verified=False)
    client.force_login(user)
    accept(client, protocol)
    assert not ProtocolAcknowledgement.objects.filter(user=user).exists()
    assert "Confirm your email address first" in client.get(protocol.url).content.decode()


def test_the_page_thanks_a_member_who_accepted(member_client, protocol):
    accept(member_client, protocol)
    assert "You accepted version 1" in member_client.get(protocol.url).content.decode()


def test_a_mentor_is_asked_to_accept_a_new_version_and_told_what_changed(client, protocol):
    mentor = MentorProfileFactory()
    client.force_login(mentor.user)
    protocol.version = 2
    protocol.changes = "A new section on boundaries."
    protocol.save_revision().publish()
    html = client.get(protocol.url).content.decode()
    assert "You accepted version 1" in html
    assert "A new section on boundaries." in html
    dashboard = client.get(reverse("members:dashboard")).content.decode()
    assert "new version of the volunteer protocol" in dashboard
    response = accept(client, protocol, version=2)
    assert response["Location"] == reverse("members:dashboard")
    assert set(
        ProtocolAcknowledgement.objects.filter(user=mentor.user).values_list("version", flat=True)
    ) == {1, 2}


def test_the_spanish_protocol_shares_the_version(
    member_client, member, protocol, locales, spanish_home
):
    spanish = publish_translation(protocol, locales.es, title="Voluntariado con NMF")
    assert spanish.version == 1
    html = member_client.get(spanish.url).content.decode()
    assert 'lang="es"' in html
    accept(member_client, spanish)
    acknowledgement = ProtocolAcknowledgement.objects.get(user=member)
    assert acknowledgement.language == "es" and acknowledgement.version == 1


# --- Becoming a mentor ---------------------------------------------------------------------


def test_a_member_must_accept_the_protocol_before_the_mentor_form(member_client, protocol):
    response = member_client.get(reverse("mentorship:mentor_profile"))
    assert response.status_code == 302
    assert response["Location"] == protocol.url + "#accept"


def test_a_member_becomes_a_listed_mentor_after_accepting_and_filling_the_form(
    member_client, member, directory, protocol
):
    accept(member_client, protocol)
    form = member_client.get(reverse("mentorship:mentor_profile")).content.decode()
    assert "Become a mentor" in form
    data = {
        **MENTOR_FORM,
        "specialties": [specialty("pediatrics").pk],
        "languages": [language("en").pk, language("es").pk],
    }
    response = member_client.post(reverse("mentorship:mentor_profile"), data)
    assert response.status_code == 302
    mentor = MentorProfile.objects.get(member__user=member)
    assert mentor.areas == ["career", "applications"]
    assert "Nia Okafor" in member_client.get(directory.url).content.decode()


def test_the_mentor_form_starts_from_the_member_profile(member_client, member, protocol):
    member.profile.specialties.set([specialty("psychiatry")])
    accept(member_client, protocol)
    html = member_client.get(reverse("mentorship:mentor_profile")).content.decode()
    pk = specialty("psychiatry").pk
    assert f'value="{pk}"' in html and "checked" in html.split(f'value="{pk}"')[1][:40]


def test_the_mentor_form_re_renders_with_errors_and_keeps_what_was_typed(
    member_client, member, protocol
):
    accept(member_client, protocol)
    data = {**MENTOR_FORM, "capacity": "40", "headline": "Glad to help"}
    response = member_client.post(reverse("mentorship:mentor_profile"), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Please check the highlighted fields" in html
    assert 'value="Glad to help"' in html
    assert not MentorProfile.objects.filter(member__user=member).exists()


def test_submitting_the_form_twice_makes_one_mentor_profile(member_client, member, protocol):
    accept(member_client, protocol)
    data = {
        **MENTOR_FORM,
        "specialties": [specialty("pediatrics").pk],
        "languages": [language("en").pk],
    }
    url = reverse("mentorship:mentor_profile")
    member_client.post(url, data)
    member_client.post(url, {**data, "headline": "Second click"})
    assert MentorProfile.objects.filter(member__user=member).count() == 1


def test_my_hub_shows_a_mentor_their_status(client, protocol):
    mentor = MentorProfileFactory(capacity=3)
    client.force_login(mentor.user)
    html = client.get(reverse("members:dashboard")).content.decode()
    assert "You are listed with 3 open places." in html
    mentor.paused = True
    mentor.paused_reason = "We are checking your licence details."
    mentor.save()
    html = client.get(reverse("members:dashboard")).content.decode()
    assert "has paused your mentor profile" in html
    assert "checking your licence details" in html


def test_my_hub_invites_members_to_become_mentors(member_client, protocol):
    html = member_client.get(reverse("members:dashboard")).content.decode()
    assert "Become a mentor" in html
    assert f'href="{protocol.url}"' in html
