"""Invitations to join the Hub, sent to registry records staff choose.

- **Selection** (``select_records``): records NMF may write to (not "do not contact", with an
  email that works), not linked to a member, not invited in the last N months, optionally in a
  region, a graduation decade or an award program.
- **Batches** (``create_batch``): one invitation per chosen record, to its best usable email
  (highest confidence, then newest), skipping unsubscribed addresses; then a background task
  sends them.
- **Sending** (``send_invitation_batch``): at most ``INVITATIONS_PER_RUN`` per run, a short
  pause between messages, then the task queues itself again for the rest. Each message is
  checked once more right before it goes: a record marked "do not contact", a contact marked
  bounced or an unsubscribed address since the selection means it is never sent.
- **Tokens**: each sent invitation has a random token; only its SHA-256 is stored. The link
  works for ``TOKEN_DAYS`` days and once: it pre-fills sign-up, and the record is linked when
  the person confirms that address (``join_on_verified_email``, from alumni/signals.py).
- **Unsubscribing** adds the address's hash to ``Suppression``: no invitation ever goes to it
  again, whatever batch chooses it.
"""

import datetime
import hashlib
import secrets
import time
from urllib.parse import urlencode

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Exists, OuterRef, Q, Subquery
from django.db.models.functions import Lower
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe
from django_tasks import task

from alumni.models import (
    AlumniAward,
    AlumniContact,
    AlumniRecord,
    ContactKind,
    ContactStatus,
    Invitation,
    InvitationBatch,
    InvitationStatus,
    Suppression,
)
from hub.vocabulary import states_in_region

TOKEN_DAYS = 30
DEFAULT_MONTHS = 12
SESSION_KEY = "alumni_invitation"
UNSUBSCRIBED = "unsubscribed"


def hash_email(email):
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()


def hash_token(token):
    return hashlib.sha256(token.encode()).hexdigest()


def suppressed(email):
    return Suppression.objects.filter(email_hash=hash_email(email)).exists()


# --- Selection -------------------------------------------------------------------------------


def best_email():
    """The record's usable email NMF trusts most: highest confidence, then the newest."""
    return Subquery(
        AlumniContact.objects.filter(
            record=OuterRef("pk"), kind=ContactKind.EMAIL, status=ContactStatus.OK
        )
        .order_by("-confidence", "-observed_on", "-pk")
        .values("value")[:1]
    )


def select_records(months=DEFAULT_MONTHS, region="", decade="", award_program=""):
    """The records a batch chosen with these filters would invite (unsuppressed or not)."""
    since = timezone.now() - relativedelta(months=months or 0)
    recent = Invitation.objects.filter(record=OuterRef("pk")).filter(
        Q(sent_at__gte=since) | Q(status=InvitationStatus.QUEUED)
    )
    usable = AlumniContact.objects.filter(
        record=OuterRef("pk"), kind=ContactKind.EMAIL, status=ContactStatus.OK
    )
    records = (
        AlumniRecord.objects.exclude(contact_status=ContactStatus.DO_NOT_CONTACT)
        .filter(Exists(usable), member__isnull=True)
        .exclude(Exists(recent))
    )
    if region:
        records = records.filter(state__in=states_in_region(region))
    if decade:
        decade = int(decade)
        records = records.filter(graduation_year__gte=decade, graduation_year__lt=decade + 10)
    if award_program:
        records = records.filter(
            Exists(AlumniAward.objects.filter(record=OuterRef("pk"), program=award_program))
        )
    return records


def create_batch(name, filters, by=None, form_token=None):
    """Create the batch and its invitations, then queue the task that sends them.

    ``form_token`` makes it happen once per form: sent again (a double click), it finds the
    batch the first submission made. Returns ``(batch, skipped, created)``: ``skipped`` counts
    the chosen records left out because their address unsubscribed."""
    with transaction.atomic():
        if by is not None:
            # One batch at a time per person, so a double submit finds the first one.
            get_user_model().objects.select_for_update().filter(pk=by.pk).first()
        if form_token:
            earlier = InvitationBatch.objects.filter(filters__form_token=form_token).first()
            if earlier is not None:
                return earlier, 0, False
        rows = list(
            select_records(**filters)
            .annotate(email=best_email())
            .order_by("pk")
            .values_list("pk", "email")
        )
        hashes = {hash_email(email) for _pk, email in rows}
        blocked = set(
            Suppression.objects.filter(email_hash__in=hashes).values_list("email_hash", flat=True)
        )
        chosen = [(pk, email) for pk, email in rows if hash_email(email) not in blocked]
        stored = {**filters, "matched": len(rows)}
        if form_token:
            stored["form_token"] = form_token
        batch = InvitationBatch.objects.create(name=name, filters=stored, created_by=by)
        Invitation.objects.bulk_create(
            Invitation(
                batch=batch,
                record_id=pk,
                email=email,
                # Until it is sent, a hash of a token nobody holds: the link works only once sent.
                token_hash=hash_token(secrets.token_urlsafe(32)),
            )
            for pk, email in chosen
        )
    send_invitation_batch.enqueue(batch.pk)
    return batch, len(rows) - len(chosen), True


# --- Sending ---------------------------------------------------------------------------------


def may_write_to(invitation):
    """Checked right before sending: nothing marked since the selection forbids it."""
    record = invitation.record
    if record.contact_status == ContactStatus.DO_NOT_CONTACT or suppressed(invitation.email):
        return False
    return (
        not AlumniContact.objects.filter(
            record=record, kind=ContactKind.EMAIL, value__iexact=invitation.email
        )
        .exclude(status=ContactStatus.OK)
        .exists()
    )


def send_invitation(invitation_id):
    """Send one queued invitation (or mark it "not sent"). Returns True when an email went."""
    from alumni.invitation_emails import send_invitation_email

    with transaction.atomic():
        invitation = (
            Invitation.objects.select_for_update(of=("self",))
            .select_related("record")
            .filter(pk=invitation_id, status=InvitationStatus.QUEUED)
            .first()
        )
        if invitation is None:
            return False
        if invitation.record.member_id:
            # They joined since the selection: nothing to invite them to.
            invitation.delete()
            return False
        if not may_write_to(invitation):
            invitation.status = InvitationStatus.SUPPRESSED
            invitation.save(update_fields=["status"])
            return False
        token = secrets.token_urlsafe(32)
        now = timezone.now()
        invitation.token_hash = hash_token(token)
        invitation.sent_at = now
        invitation.expires_at = now + datetime.timedelta(days=TOKEN_DAYS)
        invitation.status = InvitationStatus.SENT
        invitation.save(update_fields=["token_hash", "sent_at", "expires_at", "status"])
        # Inside the transaction: when the mail server refuses, it stays queued for next time.
        send_invitation_email(invitation, token)
    return True


@task()
def send_invitation_batch(batch_id):
    per_run = getattr(settings, "INVITATIONS_PER_RUN", 200)
    delay = getattr(settings, "ALUMNI_INVITATION_DELAY", 0.5)
    pending = list(
        Invitation.objects.filter(batch_id=batch_id, status=InvitationStatus.QUEUED)
        .order_by("pk")
        .values_list("pk", flat=True)[:per_run]
    )
    sent = 0
    for pk in pending:
        if sent and delay:
            time.sleep(delay)
        sent += send_invitation(pk)
    if Invitation.objects.filter(batch_id=batch_id, status=InvitationStatus.QUEUED).exists():
        send_invitation_batch.enqueue(batch_id)
    else:
        InvitationBatch.objects.filter(pk=batch_id, finished_at__isnull=True).update(
            finished_at=timezone.now()
        )
    return sent


# --- The link --------------------------------------------------------------------------------

VALID, USED, EXPIRED, UNKNOWN = "valid", "used", "expired", "unknown"
SENT_STATES = {InvitationStatus.SENT, InvitationStatus.OPENED, InvitationStatus.BOUNCED}


def find(token):
    """The sent invitation whose link holds ``token``, or None."""
    if not token or len(token) > 100:
        return None
    return (
        Invitation.objects.filter(token_hash=hash_token(token))
        .exclude(sent_at__isnull=True)
        .first()
    )


def state_of(invitation):
    if invitation is None:
        return UNKNOWN
    if invitation.used_at or invitation.status == InvitationStatus.JOINED:
        return USED
    if invitation.expires_at and invitation.expires_at <= timezone.now():
        return EXPIRED
    return VALID


def open_invitation(invitation):
    """The link was followed: note it once."""
    now = timezone.now()
    updates = {}
    if invitation.opened_at is None:
        updates["opened_at"] = now
    if invitation.status == InvitationStatus.SENT:
        updates["status"] = InvitationStatus.OPENED
    if updates:
        Invitation.objects.filter(pk=invitation.pk).update(**updates)
        for field, value in updates.items():
            setattr(invitation, field, value)


def unsubscribe(invitation):
    Suppression.objects.get_or_create(
        email_hash=hash_email(invitation.email), defaults={"reason": UNSUBSCRIBED}
    )


# --- Joining ---------------------------------------------------------------------------------


def join_on_verified_email(user, email, invitation_id=None):
    """``user`` has confirmed ``email``: an unused, unexpired invitation sent to it (the one
    they opened in this browser first) is joined, and its record linked to them, unless the
    record belongs to someone else or they already have another. Returns the invitation."""
    from alumni.review import link_record

    with transaction.atomic():
        invitations = (
            Invitation.objects.select_for_update(of=("self",))
            .select_related("record")
            .filter(email__iexact=email, status__in=SENT_STATES, used_at__isnull=True)
            .filter(expires_at__gt=timezone.now())
        )
        chosen = None
        if invitation_id:
            chosen = invitations.filter(pk=invitation_id).first()
        chosen = chosen or invitations.order_by("-sent_at", "-pk").first()
        if chosen is None:
            return None
        record = AlumniRecord.objects.select_for_update().get(pk=chosen.record_id)
        if record.member_id not in (None, user.pk):
            return None
        if AlumniRecord.objects.filter(member=user).exclude(pk=record.pk).exists():
            return None
        link_record(record, user)
        now = timezone.now()
        chosen.status = InvitationStatus.JOINED
        chosen.joined_at = now
        chosen.used_at = now
        chosen.save(update_fields=["status", "joined_at", "used_at"])
    return chosen


# --- Bounces ---------------------------------------------------------------------------------


def mark_bounced(invitation_ids):
    """Staff say these invitations bounced: so are the record's contacts at those addresses.
    Returns how many were marked (those already bounced or never sent are left alone)."""
    now = timezone.now()
    marked = 0
    with transaction.atomic():
        invitations = list(
            Invitation.objects.select_for_update()
            .filter(pk__in=invitation_ids, sent_at__isnull=False)
            .exclude(status__in=[InvitationStatus.BOUNCED, InvitationStatus.JOINED])
        )
        for invitation in invitations:
            invitation.status = InvitationStatus.BOUNCED
            invitation.bounced_at = now
            invitation.save(update_fields=["status", "bounced_at"])
            AlumniContact.objects.filter(
                record_id=invitation.record_id,
                kind=ContactKind.EMAIL,
                value__iexact=invitation.email,
            ).update(status=ContactStatus.BOUNCED)
            marked += 1
    return marked


def mark_bounced_addresses(emails, record=None):
    """A bounce list from the mail provider (or any import): every invitation sent to one of
    ``emails`` that has not joined is marked bounced, and so is every contact detail with that
    address; with ``record``, only that record's. Returns ``(invitations, contacts)`` marked."""
    addresses = {email.strip().lower() for email in emails if "@" in email}
    if not addresses:
        return 0, 0
    now = timezone.now()
    lowered = Lower("email")
    with transaction.atomic():
        invitations = (
            Invitation.objects.annotate(address=lowered)
            .filter(address__in=addresses, sent_at__isnull=False)
            .exclude(status__in=[InvitationStatus.BOUNCED, InvitationStatus.JOINED])
        )
        contacts = (
            AlumniContact.objects.annotate(address=Lower("value"))
            .filter(kind=ContactKind.EMAIL, address__in=addresses)
            .exclude(status=ContactStatus.BOUNCED)
        )
        if record is not None:
            invitations = invitations.filter(record=record)
            contacts = contacts.filter(record=record)
        marked = Invitation.objects.filter(pk__in=list(invitations.values_list("pk", flat=True)))
        invitations_marked = marked.update(status=InvitationStatus.BOUNCED, bounced_at=now)
        contacts_marked = contacts.update(status=ContactStatus.BOUNCED)
    return invitations_marked, contacts_marked


# --- The pages -------------------------------------------------------------------------------


def claim_page_url(request):
    """ "Did NMF support me?" in the visitor's language, for an expired invitation."""
    from wagtail.models import Locale

    from alumni.models import ClaimPage

    page = (
        ClaimPage.objects.live().public().filter(locale=Locale.get_active()).first()
        or ClaimPage.objects.live().public().first()
    )
    return page.get_url(request) if page else None


STATUS_CODES = {USED: 200, EXPIRED: 410, UNKNOWN: 404}


@never_cache
@require_safe
def open_view(request, token):
    """The link in the invitation: notes it was opened and goes on to sign-up with the address
    filled in. A link that is unknown, used or expired gets a kind page instead."""
    invitation = find(token)
    state = state_of(invitation)
    if state != VALID:
        return render(
            request,
            "alumni/invitation_link.html",
            {"state": state, "claim_url": claim_page_url(request), "days": TOKEN_DAYS},
            status=STATUS_CODES[state],
        )
    open_invitation(invitation)
    request.session[SESSION_KEY] = invitation.pk
    return redirect(reverse("account_signup") + "?" + urlencode({"email": invitation.email}))


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe_view(request, token):
    """GET asks (mail scanners follow links); POST unsubscribes, for good. Works after the
    invitation has expired, and again when pressed twice."""
    invitation = find(token)
    if invitation is None:
        state = UNKNOWN
    elif request.method == "POST":
        unsubscribe(invitation)
        state = "done"
    else:
        state = "done" if suppressed(invitation.email) else "ready"
    return render(
        request,
        "alumni/invitation_unsubscribe.html",
        {"state": state},
        status=404 if state == UNKNOWN else 200,
    )
