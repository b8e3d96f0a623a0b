import uuid

from django.contrib import messages
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from members.models import MemberProfile
from members.views import members_only
from mentorship import flow
from mentorship.forms import (
    AgreementForm,
    CheckInForm,
    CloseForm,
    DeclineForm,
    FeedbackForm,
    MatchingPreferencesForm,
    MentorProfileForm,
    MentorshipRequestForm,
)
from mentorship.models import (
    MatchingProfile,
    MentorProfile,
    Mentorship,
    MentorshipFeedback,
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
    if mentorship is None:
        return redirect("members:dashboard")
    messages.success(
        request,
        _(
            "You are now %(name)s's mentor. You can see each other's email address here; "
            "a short agreement is a good first step."
        )
        % {"name": mentorship.mentee.display_name},
    )
    return _to_mentorship(mentorship.pk)


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


# --- One mentorship: its page, agreement, check-ins, closing and feedback -------------------


def _mentorship_or_404(user, pk):
    mentorship = (
        Mentorship.objects.involving(user)
        .filter(pk=pk)
        .select_related("mentor__profile", "mentee__profile", "agreement_updated_by__profile")
        .first()
    )
    if mentorship is None:
        # Someone else's mentorship looks exactly like one that does not exist.
        raise Http404
    mentorship.role = mentorship.role_of(user)
    mentorship.partner = mentorship.partner_of(user)
    return mentorship


def _to_mentorship(pk):
    return redirect("mentorship:mentorship", pk)


@never_cache
@members_only
@require_GET
def mentorship_detail(request, pk):
    mentorship = _mentorship_or_404(request.user, pk)
    check_ins = mentorship.check_ins.select_related("author__profile").order_by(
        "-met_on", "-created_at"
    )
    return TemplateResponse(
        request,
        "mentorship/mentorship_detail.html",
        {
            "mentorship": mentorship,
            "check_ins": list(check_ins),
            "i_confirmed": mentorship.confirmed_by(mentorship.role),
            "partner_confirmed": mentorship.confirmed_by(
                "mentee" if mentorship.role == "mentor" else "mentor"
            ),
            "my_feedback": MentorshipFeedback.objects.filter(
                mentorship=mentorship, author=request.user
            ).first(),
        },
    )


def _mentorship_form(request, mentorship, form, **context):
    return TemplateResponse(
        request,
        "mentorship/mentorship_form.html",
        {"mentorship": mentorship, "form": form, **context},
    )


def _refused(request, refusal, pk):
    messages.error(request, str(refusal))
    return _to_mentorship(pk)


@never_cache
@members_only
@require_http_methods(["GET", "POST"])
def edit_agreement(request, pk):
    mentorship = _mentorship_or_404(request.user, pk)
    if not mentorship.is_active:
        messages.error(request, _("This mentorship is closed."))
        return _to_mentorship(pk)
    form = AgreementForm(request.POST or None, instance=mentorship)
    if request.method == "POST" and form.is_valid():
        data = {name: form.cleaned_data[name] for name in AgreementForm.FIELDS}
        try:
            flow.save_agreement(pk, request.user, data)
        except flow.Refused as refusal:
            return _refused(request, refusal, pk)
        messages.success(
            request,
            _("Your agreement is saved. %(name)s is asked to confirm it.")
            % {"name": mentorship.partner.display_name},
        )
        return _to_mentorship(pk)
    return _mentorship_form(
        request,
        mentorship,
        form,
        title=_("Your mentorship agreement"),
        lead=_(
            "Agree on a few things at the start: it makes the first conversations easier. "
            "Saving counts as your confirmation; %(name)s is asked to confirm too, and either "
            "of you can change it later."
        )
        % {"name": mentorship.partner.display_name},
        submit=_("Save and confirm"),
    )


@never_cache
@members_only
@require_POST
def confirm_agreement(request, pk):
    _mentorship_or_404(request.user, pk)
    try:
        version = int(request.POST.get("version", ""))
        flow.confirm_agreement(pk, request.user, version)
    except ValueError:
        messages.error(request, _("Please confirm the agreement from its page."))
    except flow.Refused as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(request, _("You confirmed the agreement."))
    return _to_mentorship(pk)


@never_cache
@members_only
@require_http_methods(["GET", "POST"])
def log_check_in(request, pk):
    mentorship = _mentorship_or_404(request.user, pk)
    if not mentorship.is_active:
        messages.error(request, _("This mentorship is closed."))
        return _to_mentorship(pk)
    form = CheckInForm(
        request.POST or None,
        mentorship=mentorship,
        initial={"token": uuid.uuid4(), "met_on": timezone.localdate()},
    )
    if request.method == "POST" and form.is_valid():
        data = {name: form.cleaned_data[name] for name in CheckInForm.Meta.fields}
        try:
            check_in = flow.log_check_in(pk, request.user, data, form.cleaned_data["token"])
        except flow.Refused as refusal:
            return _refused(request, refusal, pk)
        messages.success(
            request,
            _("Check-in saved. NMF's mentorship team will contact you soon.")
            if check_in.support_requested
            else _("Check-in saved."),
        )
        return _to_mentorship(pk)
    return _mentorship_form(
        request,
        mentorship,
        form,
        title=_("Log a check-in"),
        lead=_(
            "A few lines after you meet keep your plan on track. %(name)s can read what you "
            "write here, except a request for staff support, which only NMF staff see."
        )
        % {"name": mentorship.partner.display_name},
        submit=_("Save the check-in"),
    )


@never_cache
@members_only
@require_http_methods(["GET", "POST"])
def close_mentorship(request, pk):
    mentorship = _mentorship_or_404(request.user, pk)
    if not mentorship.is_active:
        return _to_mentorship(pk)
    form = CloseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        feedback = {name: form.cleaned_data[name] for name in FeedbackForm.Meta.fields}
        try:
            flow.close_mentorship(pk, request.user, form.cleaned_data["end_reason"], feedback)
        except flow.Refused as refusal:
            return _refused(request, refusal, pk)
        messages.success(
            request,
            _("Your mentorship is closed. Thank you for your feedback and for taking part."),
        )
        return redirect("members:dashboard")
    return _mentorship_form(
        request,
        mentorship,
        form,
        title=_("Close your mentorship"),
        lead=_(
            "When your work together is done, or if it is not working, either of you can "
            "close the mentorship. %(name)s is told and asked for their own feedback. Your "
            "answers go to NMF's mentorship team only."
        )
        % {"name": mentorship.partner.display_name},
        submit=_("Close the mentorship"),
    )


@never_cache
@members_only
@require_http_methods(["GET", "POST"])
def give_feedback(request, pk):
    mentorship = _mentorship_or_404(request.user, pk)
    already = MentorshipFeedback.objects.filter(mentorship=mentorship, author=request.user)
    if mentorship.is_active or already.exists():
        return _to_mentorship(pk)
    form = FeedbackForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            flow.give_feedback(pk, request.user, form.cleaned_data)
        except flow.Refused as refusal:
            return _refused(request, refusal, pk)
        messages.success(request, _("Thank you for your feedback."))
        return redirect("members:dashboard")
    return _mentorship_form(
        request,
        mentorship,
        form,
        title=_("How did your mentorship go?"),
        lead=_(
            "Four short questions about your mentorship with %(name)s. Only NMF's mentorship "
            "team reads your answers; they help us support mentors and mentees better."
        )
        % {"name": mentorship.partner.display_name},
        submit=_("Send feedback"),
    )
