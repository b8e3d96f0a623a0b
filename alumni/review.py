"""Staff decisions on a "Did NMF support me?" claim: approve, ask for more information,
decline, and the way back to review.

Each decision is a plain function the admin's review view calls. Each runs in one transaction
with the claim's row locked, and acts once: a claim that has already moved on, or that changed
since the reviewer opened it (``seen``: the ``version_of`` the claim the reviewer saw), is
refused with a message, and nothing is written or sent. Each one records who reviewed and when,
and emails the claimant in the claim's language (see alumni/review_emails.py).

Approving links the chosen registry record to the claimant's Hub account when they have one;
otherwise the email invites them to join, and the record is linked when they sign up and
confirm that email address (``link_on_verified_email``, called from alumni/signals.py).
"""

from allauth.account.models import EmailAddress
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from alumni.models import AlumniRecord, ChangeAction, Claim, ClaimStatus, RecordChange
from alumni.review_emails import notify_claimant

APPROVE = "approve"
MORE_INFO = "more_info"
DECLINE = "decline"
REOPEN = "reopen"

# The statuses each action starts from. A claim waiting for its email to be confirmed is never
# reviewed; an approval is final (the record is linked).
ALLOWED_FROM = {
    APPROVE: {ClaimStatus.PENDING, ClaimStatus.MORE_INFO},
    MORE_INFO: {ClaimStatus.PENDING},
    DECLINE: {ClaimStatus.PENDING, ClaimStatus.MORE_INFO},
    REOPEN: {ClaimStatus.MORE_INFO, ClaimStatus.DECLINED},
}

# Wagtail log actions, so a claim's "History" lists every decision.
LOG_ACTIONS = {
    APPROVE: ("alumni.claim.approve", _("Claim approved")),
    MORE_INFO: ("alumni.claim.more_info", _("More information asked for")),
    DECLINE: ("alumni.claim.decline", _("Claim declined")),
    REOPEN: ("alumni.claim.reopen", _("Claim back to review")),
}

# Kindly worded answers staff start a decline from; they edit the words before sending.
DECLINE_TEMPLATES = {
    "not_found": (
        _("We could not find a record"),
        _(
            "Thank you for asking whether NMF supported your training. We searched our records "
            "carefully under the names, school and years you gave us, and we could not find a "
            "scholarship or award from National Medical Fellowships.\n\n"
            "Some older records are incomplete. If you have a letter, an award notice or a "
            "financial-aid statement that mentions National Medical Fellowships, please reply "
            "to this email and we will gladly look again. Whatever the answer, you are welcome "
            "in the NMF community."
        ),
    ),
    "cannot_confirm": (
        _("We could not confirm it"),
        _(
            "Thank you for asking whether NMF supported your training. We looked into your "
            "request with care, but we could not confirm it with the details we have.\n\n"
            "If you have a letter, an award notice or a financial-aid statement that mentions "
            "National Medical Fellowships, please reply to this email and we will gladly look "
            "again."
        ),
    ),
    "other_program": (
        _("The support came from another program"),
        _(
            "Thank you for asking whether NMF supported your training. From what we could "
            "find, the support you describe seems to have come from another organization or "
            "program rather than from National Medical Fellowships.\n\n"
            "If you believe this is a mistake, please reply to this email and tell us more; we "
            "will gladly look again. You are always welcome in the NMF community."
        ),
    ),
}


class Refused(Exception):
    """The decision was not made; ``message`` tells the reviewer why."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def version_of(claim):
    """What a review form carries to prove the reviewer saw the claim as it is now."""
    return claim.updated_at.isoformat() if claim.updated_at else ""


def available_actions(claim):
    return [action for action, statuses in ALLOWED_FROM.items() if claim.status in statuses]


def hub_member_for(claim):
    """The claimant's Hub account: the member who sent the claim, or the active member who has
    verified the claim's email address. None when they are not a member (yet)."""
    if claim.member_id and claim.member.is_active:
        return claim.member
    address = (
        EmailAddress.objects.filter(email__iexact=claim.email, verified=True, user__is_active=True)
        .select_related("user")
        .first()
    )
    return address.user if address else None


def link_record(record, user, by=None):
    """Link ``record`` to ``user`` as verified now, with a "linked" entry in its audit trail.
    Nothing is written when it is already theirs and verified."""
    if record.member_id == user.pk and record.verified_at:
        return False
    now = timezone.now()
    changes = {}
    if record.member_id != user.pk:
        changes["member"] = [record.member_id, user.pk]
    changes["verified_at"] = [
        record.verified_at.isoformat() if record.verified_at else None,
        now.isoformat(),
    ]
    AlumniRecord.objects.filter(pk=record.pk).update(member=user, verified_at=now, updated_at=now)
    record.member, record.verified_at = user, now
    RecordChange.objects.create(
        record=record,
        record_label=str(record)[:300],
        action=ChangeAction.LINKED,
        changes=changes,
        changed_by=by,
        at=now,
    )
    return True


def _locked_claim(claim_id, action, seen):
    # Only the claim's row is locked (PostgreSQL cannot lock the nullable side of a join).
    claim = (
        Claim.objects.select_for_update(of=("self",))
        .select_related("member")
        .filter(pk=claim_id)
        .first()
    )
    if claim is None:
        raise Refused(_("This claim no longer exists."))
    if claim.status not in ALLOWED_FROM[action]:
        raise Refused(
            _(
                "Nothing was changed or sent: this claim is now “%(status)s”. "
                "Someone may have reviewed it a moment ago."
            )
            % {"status": claim.get_status_display()}
        )
    if seen is not None and seen != version_of(claim):
        raise Refused(
            _(
                "Nothing was changed or sent: this claim changed after you opened it. "
                "Check it as it is now, then decide again."
            )
        )
    return claim


def _decide(claim, action, by, status, message):
    claim.status = status
    claim.staff_message = message
    claim.reviewed_by = by
    claim.reviewed_at = timezone.now()
    claim.save()
    log(instance=claim, action=LOG_ACTIONS[action][0], user=by, data={"status": status})


def approve(claim_id, record_id, by, message="", seen=None):
    """Approve the claim as being about registry record ``record_id``.

    A claimant who is a Hub member gets the record linked to their account now; anyone else is
    invited to join, and the record is linked once they confirm the claim's email address.
    Refused when the record belongs to someone else, or the member already has another record.
    """
    with transaction.atomic():
        claim = _locked_claim(claim_id, APPROVE, seen)
        record = (
            AlumniRecord.objects.select_for_update().filter(pk=record_id).first()
            if record_id
            else None
        )
        if record is None:
            raise Refused(_("Choose the registry record this claim is about."))
        member = hub_member_for(claim)
        if record.member_id and (member is None or record.member_id != member.pk):
            raise Refused(
                _(
                    "Nothing was changed or sent: record %(record)s is already linked to another "
                    "Hub member."
                )
                % {"record": record.pk}
            )
        waiting = Claim.objects.filter(
            record=record, status=ClaimStatus.APPROVED, member__isnull=True
        ).exclude(Q(pk=claim.pk) | Q(email__iexact=claim.email))
        if record.member_id is None and waiting.exists():
            raise Refused(
                _(
                    "Nothing was changed or sent: record %(record)s was already approved for "
                    "another claim, whose sender has not joined the Hub yet."
                )
                % {"record": record.pk}
            )
        if member is not None:
            other = AlumniRecord.objects.filter(member=member).exclude(pk=record.pk).first()
            if other is not None:
                raise Refused(
                    _(
                        "Nothing was changed or sent: this member is already linked to another "
                        "record (%(record)s)."
                    )
                    % {"record": other.pk}
                )
            link_record(record, member, by=by)
            claim.member = member
        claim.record = record
        _decide(claim, APPROVE, by, ClaimStatus.APPROVED, message.strip())
        notify_claimant(claim, "approved_member" if member else "approved_join")
    return claim


def ask_for_more_information(claim_id, message, by, seen=None):
    message = (message or "").strip()
    if not message:
        raise Refused(_("Write what you would like the claimant to tell you."))
    with transaction.atomic():
        claim = _locked_claim(claim_id, MORE_INFO, seen)
        _decide(claim, MORE_INFO, by, ClaimStatus.MORE_INFO, message)
        notify_claimant(claim, "more_info")
    return claim


def decline(claim_id, message, by, seen=None):
    message = (message or "").strip()
    if not message:
        raise Refused(_("Write the message the claimant will receive."))
    with transaction.atomic():
        claim = _locked_claim(claim_id, DECLINE, seen)
        _decide(claim, DECLINE, by, ClaimStatus.DECLINED, message)
        notify_claimant(claim, "declined")
    return claim


def reopen(claim_id, by, seen=None):
    """Back to review, e.g. once the claimant has answered by email. Nothing is sent; the
    message they were sent stays on the claim until the next decision replaces it."""
    with transaction.atomic():
        claim = _locked_claim(claim_id, REOPEN, seen)
        claim.status = ClaimStatus.PENDING
        claim.save()
        log(instance=claim, action=LOG_ACTIONS[REOPEN][0], user=by, data={"status": claim.status})
    return claim


def link_on_verified_email(user, email):
    """``user`` has just confirmed ``email``: claims sent from that address become theirs, and
    the record of an approved one is linked to them, unless the record already belongs to
    someone else or they already have one. Returns the record linked, if any."""
    with transaction.atomic():
        claims = list(
            Claim.objects.select_for_update()
            .filter(email__iexact=email)
            .filter(Q(member__isnull=True) | Q(member=user))
            .order_by("-reviewed_at", "-pk")
        )
        if not claims:
            return None
        unclaimed = [claim.pk for claim in claims if claim.member_id is None]
        if unclaimed:
            Claim.objects.filter(pk__in=unclaimed).update(member=user)
        for claim in claims:
            if claim.status != ClaimStatus.APPROVED or claim.record_id is None:
                continue
            record = AlumniRecord.objects.select_for_update().get(pk=claim.record_id)
            if record.member_id not in (None, user.pk):
                continue
            if AlumniRecord.objects.filter(member=user).exclude(pk=record.pk).exists():
                return None
            link_record(record, user)
            return record
    return None
