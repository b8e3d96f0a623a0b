import json

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from members.data import erase_member
from members.factories import MemberFactory
from members.permissions import EDITORS, MENTORSHIP_STAFF
from mentorship.factories import MentorProfileFactory, MentorshipFactory
from mentorship.models import MentorProfile, Mentorship, ProtocolAcknowledgement

pytestmark = pytest.mark.django_db


def staff(group_name):
    user = MemberFactory(is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_mentorship_staff_list_and_pause_a_mentor(client, protocol):
    mentor = MentorProfileFactory(headline="Listed mentor")
    client.force_login(staff(MENTORSHIP_STAFF))
    listing = client.get(reverse("mentors_admin:index"))
    assert listing.status_code == 200
    assert "Listed mentor" in listing.content.decode()
    response = client.post(
        reverse("mentors_admin:edit", args=[mentor.pk]),
        {"paused": "on", "paused_reason": "Checking references."},
    )
    assert response.status_code == 302
    mentor.refresh_from_db()
    assert mentor.paused and mentor.paused_reason == "Checking references."
    assert mentor.headline == "Listed mentor"
    assert not MentorProfile.objects.listed(1).filter(pk=mentor.pk).exists()


def test_the_mentor_list_shows_active_mentees_and_the_protocol_version_accepted(client, protocol):
    mentor = MentorProfileFactory(headline="Busy mentor", protocol_version=3)
    MentorshipFactory.create_batch(2, mentor=mentor.user)
    client.force_login(staff(MENTORSHIP_STAFF))
    listing = client.get(reverse("mentors_admin:index"))
    [row] = listing.context["table"].rows
    assert (row.instance.active_mentees, row.instance.accepted_version) == (2, 3)


def test_mentorship_staff_read_council_messages_and_acceptances(client, protocol):
    MentorProfileFactory()
    client.force_login(staff(MENTORSHIP_STAFF))
    assert client.get(reverse("council_messages:index")).status_code == 200
    assert client.get(reverse("protocol_acknowledgements:index")).status_code == 200


def test_editors_cannot_reach_the_mentor_admin(client, protocol):
    MentorProfileFactory()
    client.force_login(staff(EDITORS))
    assert client.get(reverse("mentors_admin:index")).status_code in {302, 403}
    assert client.get(reverse("council_messages:index")).status_code in {302, 403}


def test_export_includes_the_mentor_profile_and_acceptances(client, protocol):
    mentor = MentorProfileFactory(headline="Happy to help")
    client.force_login(mentor.user)
    data = json.loads(client.get(reverse("members:export_data")).content)
    assert data["mentoring"]["mentor_profile"]["headline"] == "Happy to help"
    assert data["mentoring"]["protocol_acknowledgements"][0]["version"] == 1
    assert "email" not in json.dumps(data["mentoring"])


def test_erasing_a_mentor_removes_the_profile_and_keeps_the_shared_record(protocol):
    mentor = MentorProfileFactory()
    MentorshipFactory(mentor=mentor.user)
    erase_member(mentor.user)
    assert not MentorProfile.objects.filter(pk=mentor.pk).exists()
    assert Mentorship.objects.filter(mentor=mentor.user).exists()
    assert ProtocolAcknowledgement.objects.filter(user=mentor.user).exists()


def test_staff_follow_requests_and_tune_the_timings(client, protocol):
    from mentorship.flow import send_request
    from mentorship.models import MentorProfile

    mentor = MentorProfileFactory()
    send_request(
        MemberFactory(),
        MentorProfile.objects.with_active_mentees().get(pk=mentor.pk),
        message="I would love advice on applying to residency.",
        goals=["applications"],
        preferred_format="video",
    )
    client.force_login(staff(MENTORSHIP_STAFF))
    assert client.get(reverse("mentorship_requests:index")).status_code == 200
    from mentorship.models import MentorshipSettings

    settings_url = reverse(
        "wagtailsettings:edit",
        args=["mentorship", "mentorshipsettings", MentorshipSettings.load().pk],
    )
    response = client.post(
        settings_url,
        {
            "open_request_limit": "2",
            "reminder_after_days": "4",
            "expire_after_days": "12",
            **dict.fromkeys(MentorshipSettings.WEIGHTS, "10"),
        },
    )
    assert response.status_code == 302, response.content.decode()[:500]
    assert response["Location"] == settings_url
    assert MentorshipSettings.load().expire_after_days == 12


def test_erasing_a_mentee_removes_their_words_and_closes_what_waits(protocol):
    from mentorship.flow import send_request
    from mentorship.models import MentorProfile, MentorshipRequest

    mentee = MemberFactory()
    send_request(
        mentee,
        MentorProfile.objects.with_active_mentees().get(pk=MentorProfileFactory().pk),
        message="Private words about my plans for residency.",
        goals=["applications"],
        preferred_format="video",
    )
    client_data = json.dumps(
        __import__("members.data", fromlist=["x"]).export_member_data(mentee), default=str
    )
    assert "Private words" in client_data
    erase_member(mentee)
    request = MentorshipRequest.objects.get()
    assert request.message == "" and request.status == "withdrawn"


def test_matching_preferences_are_exported_and_erased(protocol):
    from members.data import export_member_data
    from mentorship.models import MatchingProfile

    user = MemberFactory()
    MatchingProfile.objects.create(user=user, goals=["research"], identities=["black"])
    data = export_member_data(user)
    assert data["mentoring"]["matching_preferences"][0]["identities"] == ["black"]
    erase_member(user)
    assert not MatchingProfile.objects.filter(user=user).exists()


def test_a_superuser_can_open_every_mentorship_admin_list_and_record(admin_client, protocol):
    from mentorship.factories import CheckInFactory
    from mentorship.models import MentorshipRequest

    mentor = MentorProfileFactory()
    request = MentorshipRequest.objects.create(
        mentee=MemberFactory(),
        mentor=mentor.user,
        message="Hoping to talk about research.",
        goals=["research"],
        preferred_format="video",
    )
    support = CheckInFactory(support_requested=True, support_note="Please call")
    for name, pk in [
        ("mentors_admin", mentor.pk),
        ("mentorship_requests", request.pk),
        ("support_requests", support.pk),
        ("protocol_acknowledgements", ProtocolAcknowledgement.objects.first().pk),
    ]:
        listing = admin_client.get(reverse(f"{name}:index"))
        assert listing.status_code == 200, name
        assert admin_client.get(reverse(f"{name}:inspect", args=[pk])).status_code == 200
    html = admin_client.get(reverse("mentorship_requests:index")).content.decode()
    assert "/delete/" not in html and "/edit/" not in html
