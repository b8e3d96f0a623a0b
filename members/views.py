import json

from allauth.account.decorators import verified_email_required
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from members.data import erase_member, export_member_data
from members.forms import DeleteAccountForm, ProfileForm
from members.models import MemberProfile

# "Members-only" in the Hub means signed in with a verified email address.
members_only = verified_email_required


def _own_profile(user):
    profile, _created = MemberProfile.objects.get_or_create(user=user)
    return profile


@never_cache
@members_only
@require_GET
def dashboard(request):
    profile = (
        MemberProfile.objects.filter(user=request.user)
        .prefetch_related("specialties", "languages")
        .first()
    ) or _own_profile(request.user)
    percent, missing = profile.completeness()
    return TemplateResponse(
        request,
        "members/dashboard.html",
        {"profile": profile, "completeness": percent, "missing": missing},
    )


@never_cache
@members_only
@require_http_methods(["GET", "POST"])
def edit_profile(request):
    profile = _own_profile(request.user)
    form = ProfileForm(request.POST or None, request.FILES or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile is saved."))
        return redirect("members:dashboard")
    return TemplateResponse(
        request, "members/profile_form.html", {"form": form, "profile": profile}
    )


@members_only
@require_GET
def profile_detail(request, public_id):
    # Members see listed profiles (active, verified, not hidden); everyone sees their own.
    profiles = MemberProfile.objects.select_related("user__alumni_record").prefetch_related(
        "specialties", "languages"
    )
    own = profiles.filter(user=request.user, public_id=public_id).first()
    profile = own or get_object_or_404(profiles.listed(), public_id=public_id)
    return TemplateResponse(
        request,
        "members/profile_detail.html",
        {"profile": profile, "is_own": own is not None},
    )


@never_cache
@members_only
@require_GET
def my_data(request):
    return TemplateResponse(request, "members/my_data.html", {})


@never_cache
@members_only
@require_GET
def export_data(request):
    data = export_member_data(request.user)
    filename = f"hub-my-data-{timezone.localdate().isoformat()}.json"
    response = HttpResponse(
        json.dumps(data, indent=2, ensure_ascii=False), content_type="application/json"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@never_cache
@members_only
@require_http_methods(["GET", "POST"])
def delete_account(request):
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        erase_member(request.user)
        logout(request)
        messages.success(
            request, _("Your account is deleted and your personal details are erased. Thank you.")
        )
        return redirect(f"/{request.LANGUAGE_CODE}/")
    return TemplateResponse(request, "members/delete_account.html", {"form": form})
