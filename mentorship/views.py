from django.contrib import messages
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from members.models import MemberProfile
from members.views import members_only
from mentorship import flow
from mentorship.forms import (
    DeclineForm,
    MatchingPreferencesForm,
    MentorProfileForm,
    MentorshipRequestForm,
)
from mentorship.models import (
    MatchingProfile,
    MentorProfile,
    MentorshipRequest,
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


def request_mentorship(request, page, public_id):
    """The request form for one mentor (served under the directory page)."""
    from mentorship.directory import mentor_for_member

    mentor = mentor_for_member(request.user, public_id)
    if mentor is None:
        raise Http404
    profile_url = f"{page.url}{mentor.public_id}/"
    form = MentorshipRequestForm(request.POST or None, mentor=mentor)
    if request.method == "POST" and form.is_valid():
        try:
            flow.send_request(request.user, mentor, **form.cleaned_data)
        except flow.Refused as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(
                request,
                _(
                    "Your request is on its way to %(name)s. You will hear back by email and "
                    "on My Hub."
                )
                % {"name": mentor.user.display_name},
            )
            return redirect("members:dashboard")
    return page.render(
        request,
        template="mentorship/request_form.html",
        context_overrides={"mentor": mentor, "form": form, "profile_url": profile_url},
    )


def _answer(request, pk, action, *args):
    try:
        result = action(pk, request.user, *args)
    except flow.Refused as refusal:
        messages.error(request, str(refusal))
        return None
    return result


@never_cache
@members_only
@require_POST
def accept_request(request, pk):
    mentorship = _answer(request, pk, flow.accept)
    if mentorship is not None:
        messages.success(
            request,
            _("You are now %(name)s's mentor. You can see each other's email address on My Hub.")
            % {"name": mentorship.mentee.display_name},
        )
    return redirect("members:dashboard")


@never_cache
@members_only
@require_http_methods(["GET", "POST"])
def decline_request(request, pk):
    mentorship_request = get_object_or_404(
        MentorshipRequest.objects.select_related("mentee"), pk=pk, mentor=request.user
    )
    form = DeclineForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if _answer(request, pk, flow.decline, form.cleaned_data["reason"]) is not None:
            messages.success(request, _("Thank you for answering. The member has been told."))
        return redirect("members:dashboard")
    return TemplateResponse(
        request,
        "mentorship/decline_form.html",
        {"form": form, "mentorship_request": mentorship_request},
    )


@never_cache
@members_only
@require_POST
def withdraw_request(request, pk):
    if _answer(request, pk, flow.withdraw) is not None:
        messages.success(request, _("Your request is withdrawn."))
    return redirect("members:dashboard")


@never_cache
@members_only
@require_http_methods(["GET", "POST"])
def matching_preferences(request):
    """Goals and, if the member wishes, identity for suggestions; private to them."""
    preferences = MatchingProfile.objects.filter(user=request.user).first()
    is_mentor = MentorProfile.objects.filter(member__user=request.user).exists()
    form = MatchingPreferencesForm(request.POST or None, instance=preferences, is_mentor=is_mentor)
    if request.method == "POST" and form.is_valid():
        form.instance.user = request.user
        with transaction.atomic():
            MatchingProfile.objects.update_or_create(
                user=request.user,
                defaults={name: form.cleaned_data[name] for name in form.fields},
            )
        messages.success(request, _("Saved. Your suggested mentors now take this into account."))
        return redirect("members:dashboard")
    return TemplateResponse(
        request, "mentorship/matching_preferences.html", {"form": form, "is_mentor": is_mentor}
    )
