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
