from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from members.models import MemberProfile
from members.views import members_only
from mentorship.forms import MentorProfileForm
from mentorship.models import (
    MentorProfile,
    ProtocolAcknowledgement,
    VolunteerProtocolPage,
    current_protocol_version,
)


def protocol_page():
    """The live protocol page in the active language (or English while it is untranslated)."""
    pages = VolunteerProtocolPage.objects.live().order_by("-version")
    return pages.filter(locale__language_code=get_language()).first() or pages.first()


@never_cache
@members_only
@require_http_methods(["GET", "POST"])
def mentor_profile(request):
    """Become a mentor, or keep a mentor profile up to date. The current volunteer protocol
    must be accepted first."""
    version = current_protocol_version()
    accepted = ProtocolAcknowledgement.objects.filter(user=request.user, version=version).exists()
    protocol = protocol_page()
    if version is None or not accepted:
        messages.info(
            request, _("Please read and accept the volunteer protocol before you mentor.")
        )
        return redirect(protocol.url + "#accept" if protocol else "members:dashboard")
    member, _created = MemberProfile.objects.get_or_create(user=request.user)
    mentor = MentorProfile.objects.filter(member=member).first()
    initial = {}
    if mentor is None:
        # Start from what the member already told the network about themselves.
        initial = {
            "bio": member.bio,
            "specialties": list(member.specialties.all()),
            "languages": list(member.languages.all()),
        }
    form = MentorProfileForm(request.POST or None, instance=mentor, initial=initial)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            # A second click while the first is saving updates the profile the first made.
            MemberProfile.objects.select_for_update().get(pk=member.pk)
            existing = MentorProfile.objects.filter(member=member).first()
            if existing is not None and mentor is None:
                form.instance.pk = existing.pk
                form.instance.created_at = existing.created_at
                form.instance._state.adding = False
            form.instance.member = member
            form.save()
        messages.success(
            request,
            _("Your mentor profile is saved.")
            if mentor
            else _("Welcome, mentor! Members can now find you in the directory."),
        )
        return redirect("members:dashboard")
    return TemplateResponse(
        request,
        "mentorship/mentor_profile_form.html",
        {"form": form, "mentor": mentor, "protocol": protocol},
    )
