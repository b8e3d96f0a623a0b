"""What alumni discovery holds about a member, for "download my data" and deletion: the
claims they sent ("Did NMF support me?") and the registry record linked to them."""

from django.db.models import Q
from django.utils import timezone

from alumni.models import AlumniRecord, ChangeAction, Claim, RecordChange
from members.data import register_eraser, register_exporter


def _iso(moment):
    return moment.isoformat() if moment else None


def _claims(user):
    """Claims the member sent signed in or, while their addresses are still on file, from an
    address they verified. (Confirming an address also makes its claims theirs: see
    alumni.review.link_on_verified_email.)"""
    from allauth.account.models import EmailAddress

    emails = {user.email.lower()} | {
        email.lower()
        for email in EmailAddress.objects.filter(user=user, verified=True).values_list(
            "email", flat=True
        )
    }
    by_email = Q()
    for email in emails:
        by_email |= Q(email__iexact=email)
    return Claim.objects.filter(Q(member=user) | (by_email & Q(member__isnull=True)))


@register_exporter("alumni")
def export_alumni(user):
    record = AlumniRecord.objects.filter(member=user).prefetch_related("awards", "contacts").first()
    return {
        # What the member wrote and what NMF answered; the registry records staff compared it
        # with are about other people as much as them, so they are not included.
        "claims": [
            {
                "first_name": claim.first_name,
                "last_name": claim.last_name,
                "other_names": claim.other_names,
                "school": claim.school,
                "graduation_year": claim.graduation_year,
                "email": claim.email,
                "note": claim.note,
                "language": claim.language,
                "status": claim.status,
                "sent_at": _iso(claim.created_at),
                "email_confirmed_at": _iso(claim.confirmed_at),
                "reviewed_at": _iso(claim.reviewed_at),
                "message_from_nmf": claim.staff_message,
            }
            for claim in _claims(user).order_by("created_at", "pk")
        ],
        "alumni_record": None
        if record is None
        else {
            "first_name": record.first_name,
            "last_name": record.last_name,
            "other_names": record.other_names,
            "school": record.school,
            "degree": record.degree,
            "graduation_year": record.graduation_year,
            "state": record.state,
            "verified_at": _iso(record.verified_at),
            "awards": [
                {"program": award.program, "year": award.year} for award in record.awards.all()
            ],
            "contact_details": [
                {
                    "kind": contact.kind,
                    "value": contact.value,
                    "source": contact.source,
                    "as_of": contact.observed_on.isoformat(),
                    "status": contact.status,
                }
                for contact in record.contacts.all()
            ],
        },
    }


@register_eraser
def erase_alumni(user):
    """The member's claims are deleted. Their registry record stays (it is NMF's record of
    whom it supported, kept before they joined) but is no longer linked to the account."""
    _claims(user).delete()
    now = timezone.now()
    for record in AlumniRecord.objects.filter(member=user):
        RecordChange.objects.create(
            record=record,
            record_label=str(record)[:300],
            action=ChangeAction.UPDATED,
            changes={
                "member": [user.pk, None],
                "verified_at": [_iso(record.verified_at), None],
            },
            at=now,
        )
    AlumniRecord.objects.filter(member=user).update(member=None, verified_at=None, updated_at=now)
