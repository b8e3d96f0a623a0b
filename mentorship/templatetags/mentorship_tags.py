from datetime import timedelta

from django import template
from django.db.models import Case, Exists, IntegerField, OuterRef, Value, When
from django.utils.translation import get_language

from mentorship.matching import recommend
from mentorship.models import (
    MentorDirectoryPage,
    MentorProfile,
    Mentorship,
    MentorshipFeedback,
    MentorshipRequest,
    MentorshipSettings,
    ProtocolAcknowledgement,
    RequestStatus,
    current_protocol_version,
)
from mentorship.views import protocol_page

register = template.Library()


@register.simple_tag
def my_mentoring(user):
    """What My Hub's mentorship panel shows: the member's mentor profile and whether it is
    listed, or the way to volunteer."""
    version = current_protocol_version()
    accepted = (
        version is not None
        and ProtocolAcknowledgement.objects.filter(user=user, version=version).exists()
    )
    mentor = MentorProfile.objects.with_active_mentees().filter(member__user=user).first()
    listed = (
        mentor is not None
        and accepted
        and MentorProfile.objects.listed(version).filter(pk=mentor.pk).exists()
    )
    expire_after = timedelta(days=MentorshipSettings.load().expire_after_days)
    sent = list(
        MentorshipRequest.objects.filter(mentee=user)
        .select_related("mentor__profile")
        .annotate(
            open=Case(
                When(status=RequestStatus.PENDING, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by("open", "-created_at")[:8]
    )
    received = list(
        MentorshipRequest.objects.filter(mentor=user, status=RequestStatus.PENDING)
        .select_related("mentee__profile")
        .order_by("created_at")
    )
    for request in sent + received:
        request.expires_at = request.created_at + expire_after
    gave_feedback = MentorshipFeedback.objects.filter(mentorship=OuterRef("pk"), author=user)
    mine = Mentorship.objects.involving(user).select_related("mentor__profile", "mentee__profile")
    # Two short lists, so many active mentorships never hide the ones waiting for feedback.
    mentorships = list(mine.filter(ended_at__isnull=True).order_by("started_at")[:12]) + list(
        mine.filter(ended_at__isnull=False).filter(~Exists(gave_feedback)).order_by("-ended_at")[:6]
    )
    for mentorship in mentorships:
        mentorship.partner = mentorship.partner_of(user)
        mentorship.i_mentor = mentorship.mentor_id == user.pk
        mentorship.to_confirm = mentorship.has_agreement and not mentorship.confirmed_by(
            mentorship.role_of(user)
        )
    directory = (
        MentorDirectoryPage.objects.live().filter(locale__language_code=get_language()).first()
    )
    return {
        "recommendations": recommend(user) if directory else [],
        "mentor_base_url": directory.url if directory else "",
        "sent": sent,
        "received": received,
        "mentorships": [mentorship for mentorship in mentorships if mentorship.is_active],
        "awaiting_feedback": [mentorship for mentorship in mentorships if not mentorship.is_active],
        "mentor": mentor,
        "accepted_current": accepted,
        "listed": listed,
        "protocol": protocol_page(),
    }
