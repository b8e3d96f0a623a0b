"""The "Verified NMF alum" mark, and My Hub's "Did NMF support you?" panel.

``verified_alum`` reads the member's linked registry record: one query for a single profile, or
none when the page's queryset brought the record along (``select_related("user__alumni_record")``,
as the mentor directory does for its cards). ``my_alumni_status`` answers My Hub's panel in one
query, and one more only for a member who has sent claims.
"""

from allauth.account.models import EmailAddress
from django import template
from django.contrib.auth import get_user_model
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Exists, OuterRef, Q, Subquery
from django.utils.translation import get_language
from wagtail.models import Page

from alumni.models import AlumniRecord, Claim

register = template.Library()


@register.filter
def verified_alum(user):
    """True for a member whose alumni record NMF has linked to them and verified."""
    if user is None or not getattr(user, "pk", None):
        return False
    try:
        record = user.alumni_record
    except ObjectDoesNotExist:
        return False
    return record is not None and record.verified_at is not None


def claims_of(user):
    """The claims a member sent: signed in, or from an email address they have verified."""
    verified_address = EmailAddress.objects.filter(
        user=user, verified=True, email__iexact=OuterRef("email")
    )
    return Claim.objects.filter(Q(member=user) | Exists(verified_address))


def claim_page_path(language_code):
    """The "Did NMF support me?" page in ``language_code``, as a url_path subquery. Looked up by
    content type, so this works whether or not the page type is installed."""
    return Subquery(
        Page.objects.live()
        .filter(
            content_type__app_label="alumni",
            content_type__model="claimpage",
            locale__language_code=language_code,
        )
        .order_by("path")
        .values("url_path")[:1]
    )


@register.simple_tag(takes_context=True)
def my_alumni_status(context, user):
    """For My Hub: whether ``user`` is a verified NMF alum, the claims they sent (newest
    first) and, for the invitation to ask, the claim page's URL in the active language."""
    status = (
        get_user_model()
        .objects.filter(pk=user.pk)
        .annotate(
            alumni_verified=Exists(
                AlumniRecord.objects.filter(member=OuterRef("pk"), verified_at__isnull=False)
            ),
            has_claims=Exists(claims_of(user)),
            claim_page_path=claim_page_path(get_language()),
        )
        .values("alumni_verified", "has_claims", "claim_page_path")
        .first()
    ) or {}
    claims = []
    if status.get("has_claims"):
        claims = list(
            claims_of(user)
            .only("pk", "status", "staff_message", "created_at", "reviewed_at")
            .order_by("-created_at", "-pk")
        )
    claim_url = None
    if status.get("claim_page_path"):
        claim_url = Page(url_path=status["claim_page_path"]).get_url(context.get("request"))
    return {
        "verified": bool(status.get("alumni_verified")),
        "claims": claims,
        "claim_url": claim_url,
    }
