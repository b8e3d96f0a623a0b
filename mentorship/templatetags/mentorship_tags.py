from django import template

from mentorship.models import MentorProfile, ProtocolAcknowledgement, current_protocol_version
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
    return {
        "mentor": mentor,
        "accepted_current": accepted,
        "listed": listed,
        "protocol": protocol_page(),
    }
