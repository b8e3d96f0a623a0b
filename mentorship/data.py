"""What the mentorship section holds about a member, for "download my data" and deletion."""

from django.db.models import Q
from django.utils import timezone

from members.data import register_eraser, register_exporter
from mentorship.models import (
    CheckIn,
    EndReason,
    MatchingProfile,
    MentorProfile,
    Mentorship,
    MentorshipFeedback,
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
                "role": mentorship.role_of(user),
                "started_at": mentorship.started_at.isoformat(),
                "ended_at": mentorship.ended_at.isoformat() if mentorship.ended_at else None,
                "end_reason": mentorship.end_reason,
                "agreement": {
                    "goals": mentorship.agreed_goals,
                    "meeting_rhythm": mentorship.meeting_rhythm,
                    "preferred_contact": mentorship.preferred_contact,
                    "contact_notes": mentorship.contact_notes,
                    "start_date": mentorship.start_date.isoformat()
                    if mentorship.start_date
                    else None,
                    "you_confirmed": mentorship.confirmed_by(mentorship.role_of(user)),
                }
                if mentorship.has_agreement
                else None,
            }
            for mentorship in Mentorship.objects.involving(user)
        ],
        # Check-ins and feedback you wrote.
        "check_ins": [
            {
                "met_on": check_in.met_on.isoformat(),
                "topics": check_in.topics,
                "next_steps": check_in.next_steps,
                "support_requested": check_in.support_requested,
                "support_note": check_in.support_note,
            }
            for check_in in CheckIn.objects.filter(author=user)
        ],
        "feedback": [
            {
                "helpfulness": feedback.helpfulness,
                "goals_met": feedback.goals_met,
                "would_recommend": feedback.would_recommend,
                "comments": feedback.comments,
                "given_at": feedback.created_at.isoformat(),
            }
            for feedback in MentorshipFeedback.objects.filter(author=user)
        ],
    }


@register_eraser
def erase_mentoring(user):
    """The mentor profile, matching preferences and the words the member wrote (requests,
    agreement notes on contact, check-ins, feedback comments) go; pending requests and active
    mentorships close. Acknowledgements, dates, ratings and the agreements' shared terms stay,
    tied to the anonymous account: they are the programme's record and the other person's
    history."""
    MentorProfile.objects.filter(member__user=user).delete()
    MatchingProfile.objects.filter(user=user).delete()
    MentorshipRequest.objects.filter(mentee=user).update(message="")
    MentorshipRequest.objects.filter(status="pending").filter(
        Q(mentee=user) | Q(mentor=user)
    ).update(status="withdrawn", responded_at=timezone.now())
    now = timezone.now()
    Mentorship.objects.involving(user).filter(ended_at__isnull=True).update(
        ended_at=now, ended_by=user, end_reason=EndReason.OTHER
    )
    Mentorship.objects.involving(user).update(contact_notes="")
    CheckIn.objects.filter(author=user).update(topics="", next_steps="", support_note="")
    MentorshipFeedback.objects.filter(author=user).update(comments="")
