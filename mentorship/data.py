"""What the mentorship section holds about a member, for "download my data" and deletion."""

from members.data import register_eraser, register_exporter
from mentorship.models import MentorProfile, Mentorship, ProtocolAcknowledgement


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
    """The mentor profile goes; acknowledgements and mentorships stay, tied to the anonymous
    account, because they are the programme's record and the other person's history."""
    MentorProfile.objects.filter(member__user=user).delete()
