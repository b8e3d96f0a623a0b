"""A member's own data: everything the Hub holds about them, and how it is erased.

Each app that stores personal data registers an exporter (and, where it holds personal data, an
eraser) here, so "download my data" and "delete my account" always cover the whole Hub.
"""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

_exporters = {}
_erasers = []


def register_exporter(section):
    """Decorator: ``fn(user) -> JSON-serialisable`` becomes ``section`` of the export."""

    def decorator(fn):
        _exporters[section] = fn
        return fn

    return decorator


def register_eraser(fn):
    """Decorator: ``fn(user)`` removes or anonymises what its app holds about ``user``."""
    _erasers.append(fn)
    return fn


def export_member_data(user):
    data = {"exported_at": timezone.now().isoformat()}
    for section, exporter in _exporters.items():
        data[section] = exporter(user)
    return data


@transaction.atomic
def erase_member(user):
    """Erase a member's personal data; keep an anonymous stub so shared records stay whole.

    The account row remains (inactive, nameless, with an unusable password and a placeholder
    address) because records other members rely on, such as a mentorship's history, point at it.
    """
    for eraser in _erasers:
        eraser(user)
    User = get_user_model()
    user = User.objects.select_for_update().get(pk=user.pk)
    user.email = f"deleted-{user.pk}@deleted.invalid"
    user.first_name = ""
    user.last_name = ""
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.set_unusable_password()
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
    # A new (unusable) password changes the session hash, which signs the member out everywhere.
    return user


# --- What the members app itself holds ----------------------------------------------------


@register_exporter("account")
def export_account(user):
    from allauth.account.models import EmailAddress

    return {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "date_joined": user.date_joined.isoformat(),
        "last_login": user.last_login.isoformat() if user.last_login else None,
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("pk")
        ],
    }


@register_exporter("profile")
def export_profile(user):
    from members.models import MemberProfile

    profile = (
        MemberProfile.objects.filter(user=user).prefetch_related("specialties", "languages").first()
    )
    if profile is None:
        return None
    return {
        "preferred_name": profile.preferred_name,
        "pronouns": profile.pronouns,
        "stage": profile.stage,
        "profession": profile.profession,
        "school": profile.school,
        "graduation_year": profile.graduation_year,
        "specialties": [specialty.name for specialty in profile.specialties.all()],
        "state": profile.state,
        "region": profile.region,
        "languages": [language.name for language in profile.languages.all()],
        "bio": profile.bio,
        "has_photo": bool(profile.photo),
        "nmf_relationship": profile.nmf_relationship,
        "hidden_from_directory": profile.hidden_from_directory,
        "created_at": profile.created_at.isoformat(),
        "updated_at": profile.updated_at.isoformat(),
    }


@register_eraser
def erase_profile_and_addresses(user):
    from allauth.account.models import EmailAddress

    from members.models import MemberProfile

    for profile in MemberProfile.objects.filter(user=user):
        if profile.photo:
            profile.photo.delete(save=False)
        profile.delete()
    EmailAddress.objects.filter(user=user).delete()
