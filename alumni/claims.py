"""Asking "Did NMF support me?": the claim, its confirmation by email, matching, and the limits
that keep the form from being used to probe the registry or to flood someone's inbox.

Every valid submission gets the same answer by the same redirect, "check your email", whatever
happens behind it: a new claim, the link of an unconfirmed claim sent again, a second click on
the same form, a submission that looks automated, or one over a rate limit. Nothing at
submit time reads the registry, so nothing there changes what the visitor sees or how long it
takes. Matching runs once the claimant confirms their address, and only staff see its results.

The confirmation link shows a button rather than confirming on sight, because mail scanners
open links before people do. It works once, for ``LINK_LIFETIME``.
"""

import datetime
import enum
import logging
from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.core.cache import cache
from django.db import transaction
from django.shortcuts import redirect
from django.utils import timezone, translation
from django.utils.crypto import salted_hmac
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from alumni.claim_emails import send_confirmation
from alumni.claim_forms import ClaimForm
from alumni.matching import Person, candidates_for
from alumni.models import Claim, ClaimCandidate, ClaimStatus
from alumni.names import split_other_names

LINK_LIFETIME = datetime.timedelta(days=7)

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class RateLimit:
    """At most ``limit`` claims per ``seconds`` for one value (an address or an email), counted
    in the cache (local memory in development and tests, Redis in production). Values are
    stored as keyed hashes, never as they are."""

    name: str
    limit: int
    seconds: int

    def key(self, value):
        digest = salted_hmac("alumni.claims.rate_limit", value).hexdigest()
        return f"alumni:claims:{self.name}:{digest}"

    def allows(self, value):
        """Count one more claim for ``value``: False once it is over the limit."""
        key = self.key(value)
        cache.add(key, 0, self.seconds)
        try:
            count = cache.incr(key)
        except ValueError:  # the window ended between the two calls
            cache.set(key, 1, self.seconds)
            count = 1
        return count <= self.limit


PER_CLIENT_ADDRESS = RateLimit("address", limit=5, seconds=60 * 60)
PER_EMAIL = RateLimit("email", limit=3, seconds=24 * 60 * 60)
# One form (its "started" stamp) sent twice with the same details is one request.
SAME_FORM_SECONDS = 24 * 60 * 60


class Outcome(enum.StrEnum):
    CREATED = "created"
    SENT_AGAIN = "sent_again"
    REPEATED = "repeated"
    AUTOMATED = "automated"
    LIMITED = "limited"


def normalise_email(email):
    return email.strip().lower()


def client_address(request):
    return request.META.get("REMOTE_ADDR", "")


def _sending_key(form):
    """The same for a form sent twice with the same details (a double click, a resent page)."""
    sent = [form.cleaned_data["started"], *map(str, form.claim_fields().values())]
    return "alumni:claims:form:" + salted_hmac("alumni.claims.form", "\x1f".join(sent)).hexdigest()


def submit_claim(form, page, request):
    """Act on a valid ``ClaimForm`` sent from ``page``; returns an ``Outcome``, for the log
    only: the visitor sees the same page whatever it is.

    An email address with an unconfirmed claim already gets that claim's link again, with the
    details just sent (the latest are the ones to confirm), rather than a second claim."""
    if form.is_spam():
        return Outcome.AUTOMATED
    fields = form.claim_fields()
    email = normalise_email(fields["email"])
    if not cache.add(_sending_key(form), 1, SAME_FORM_SECONDS):
        return Outcome.REPEATED
    if not (PER_CLIENT_ADDRESS.allows(client_address(request)) and PER_EMAIL.allows(email)):
        return Outcome.LIMITED
    with transaction.atomic():
        claim = (
            Claim.objects.select_for_update()
            .filter(email__iexact=email, status=ClaimStatus.UNCONFIRMED)
            .order_by("-created_at", "-pk")
            .first()
        )
        outcome = Outcome.CREATED if claim is None else Outcome.SENT_AGAIN
        claim = claim or Claim()
        for name, value in fields.items():
            setattr(claim, name, value)
        claim.language = translation.get_language()
        claim.save()  # an unconfirmed claim's updated_at is when its link was last sent
        send_confirmation(claim, page)
    return outcome


def link_has_expired(claim):
    return timezone.now() - claim.updated_at > LINK_LIFETIME


def confirm_claim(claim):
    """Confirm ``claim``'s email address and queue it for staff with its candidate records,
    best first, each with the reasons for its score; link it to the Hub member whose verified
    address it is. Once only: False when it was confirmed already."""
    member_id = (
        EmailAddress.objects.filter(email__iexact=claim.email, verified=True)
        .values_list("user_id", flat=True)
        .first()
    )
    now = timezone.now()
    with transaction.atomic():
        confirmed = Claim.objects.filter(pk=claim.pk, status=ClaimStatus.UNCONFIRMED).update(
            status=ClaimStatus.PENDING,
            confirmed_at=now,
            member_id=member_id or claim.member_id,
            updated_at=now,
        )
        if not confirmed:
            return False
        asker = Person.of(
            claim.first_name,
            claim.last_name,
            claim.school,
            claim.graduation_year,
            split_other_names(claim.other_names),
        )
        ClaimCandidate.objects.bulk_create(
            ClaimCandidate(
                claim=claim, record_id=match.record_id, score=match.score, reasons=match.reasons
            )
            for match in candidates_for(asker)
        )
    return True


# --- The pages (routes of alumni.page_models.ClaimPage) -----------------------------------


def _subpage_url(page, request, name, **kwargs):
    return page.get_url(request) + page.reverse_subpage(name, kwargs=kwargs)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def _claim_form(request, page):
    form = ClaimForm(request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        logger.info("Claim form sent: %s", submit_claim(form, page, request))
        return redirect(_subpage_url(page, request, "sent"))
    return page.render(request, context_overrides={"form": form})


def claim_form_view(page, request):
    """The form: errors show it again with everything kept; anything valid goes to "sent"."""
    return _claim_form(request, page)


@require_safe
def _sent(request, page):
    return page.render(
        request, template="alumni/claim_sent.html", context_overrides={"days": LINK_LIFETIME.days}
    )


def sent_view(page, request):
    """ "Check your email": the one answer every valid submission gets."""
    return _sent(request, page)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def _confirm(request, page, token):
    claim = Claim.objects.filter(token=token).first()
    if claim is not None and claim.status == ClaimStatus.UNCONFIRMED:
        if link_has_expired(claim):
            state, status = "expired", 410
        elif request.method == "POST":
            if confirm_claim(claim):
                return redirect(_subpage_url(page, request, "confirmed"))
            state, status = "already", 200
        else:
            state, status = "ready", 200
    elif claim is not None:
        state, status = "already", 200
    else:
        state, status = "unknown", 404
    response = page.render(
        request,
        template="alumni/claim_confirm.html",
        context_overrides={"state": state, "days": LINK_LIFETIME.days},
    )
    response.status_code = status
    return response


def confirm_view(page, request, token):
    """The link in the email. GET shows a button; its POST confirms, once."""
    return _confirm(request, page, token)


@require_safe
def _confirmed(request, page):
    return page.render(request, template="alumni/claim_confirmed.html")


def confirmed_view(page, request):
    """ "Thank you": the same for everyone, saying nothing about the registry."""
    return _confirmed(request, page)
