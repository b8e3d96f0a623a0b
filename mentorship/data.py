"""What the mentorship section holds about a member, for "download my data" and deletion."""

from django.db.models import Q
from django.utils import timezone

from members.data import register_eraser, register_exporter
from mentorship.models import (
    MatchingProfile,
    MentorProfile,
    Mentorship,
    MentorshipRequest,
    ProtocolAcknowledgement,
)


@register_exporter("mentoring")
def export_mentoring(user):
    mentor = (
        MentorProfile.objects.filter(member__user=user)
        .prefetch_related("specialties", "languages")
        .first()
    )
    return {
        "mentor_profile": None
        if mentor is None
        else {
            "headline": mentor.headline,
            "bio": mentor.bio,
            "specialties": [specialty.name for specialty in mentor.specialties.all()],
            "areas": mentor.areas,
            "stages": mentor.stages,
            "languages": [language.code for language in mentor.languages.all()],
            "formats": mentor.formats,
            "time_commitment": mentor.time_commitment,
            "capacity": mentor.capacity,
            "accepting_mentees": mentor.accepting_mentees,
            "paused_by_staff": mentor.paused,
        },
        "protocol_acknowledgements": [
            {"version": ack.version, "accepted_at": ack.accepted_at.isoformat()}
            for ack in ProtocolAcknowledgement.objects.filter(user=user)
        ],
        "matching_preferences": [
            {
                "goals": preferences.goals,
                "identities": preferences.identities,
                "prefer_shared_identity": preferences.prefer_shared_identity,
                "share_identity": preferences.share_identity,
            }
            for preferences in MatchingProfile.objects.filter(user=user)
        ],
        # Your own messages in full; requests others sent you by state and date only.
        "requests_sent": [
            {
                "message": request.message,
                "goals": request.goals,
                "preferred_format": request.preferred_format,
                "status": request.status,
                "sent_at": request.created_at.isoformat(),
            }
            for request in MentorshipRequest.objects.filter(mentee=user)
        ],
        "requests_received": [
            {"status": request.status, "received_at": request.created_at.isoformat()}
            for request in MentorshipRequest.objects.filter(mentor=user)
        ],
        "mentorships": [
            {
                "role": "mentor" if mentorship.mentor_id == user.pk else "mentee",
                "started_at": mentorship.started_at.isoformat(),
                "ended_at": mentorship.ended_at.isoformat() if mentorship.ended_at else None,
            }
            for mentorship in Mentorship.objects.filter(mentor=user)
            | Mentorship.objects.filter(mentee=user)
        ],
    }


@register_eraser
def erase_mentoring(user):
    """The mentor profile, matching preferences and the words of the member's requests go, and
    pending requests close. Acknowledgements, mentorships and the requests' dates stay, tied to
    the anonymous account: they are the programme's record and the other person's history."""
    MentorProfile.objects.filter(member__user=user).delete()
    MatchingProfile.objects.filter(user=user).delete()
    MentorshipRequest.objects.filter(mentee=user).update(message="")
    MentorshipRequest.objects.filter(status="pending").filter(
        Q(mentee=user) | Q(mentor=user)
    ).update(status="withdrawn", responded_at=timezone.now())
