"""The email that asks a claimant to confirm their address, in the language they wrote in, sent
as a background task (see mentorship/notifications.py for how tasks run).

It carries no text the claimant typed: anyone can type any address into the form, so the
message says nothing a stranger could use to write to someone through the Hub.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_tasks import task

SUBJECT = _("Please confirm your email address")


def send_confirmation(claim, page):
    """Email ``claim``'s confirmation link, built on ``page`` (the claim page it came from)."""
    send_claim_confirmation.enqueue(claim.pk, page.pk)


def confirmation_link(page, claim):
    """The confirmation address, on the site's public address; None when ``page`` is not on
    a site."""
    parts = page.get_url_parts()
    if parts is None:
        return None
    _site_id, _root_url, page_path = parts
    token_path = page.reverse_subpage("confirm", kwargs={"token": claim.token})
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{page_path}{token_path}"


@task()
def send_claim_confirmation(claim_id, page_id):
    from alumni.claims import LINK_LIFETIME
    from alumni.models import Claim, ClaimPage, ClaimStatus

    claim = Claim.objects.filter(pk=claim_id, status=ClaimStatus.UNCONFIRMED).first()
    if claim is None:
        return
    pages = ClaimPage.objects.live()
    page = (
        pages.filter(pk=page_id).first()
        or pages.filter(locale__language_code=claim.language).first()
    )
    if page is None:
        return
    with translation.override(claim.language):
        link = confirmation_link(page, claim)
        if link is None:
            return
        context = {"link": link, "days": LINK_LIFETIME.days}
        message = EmailMultiAlternatives(
            subject=f"[The Hub] {SUBJECT}",
            body=render_to_string("alumni/email/claim_confirm.txt", context),
            to=[claim.email],
            headers={"Content-Language": translation.get_language()},
        )
        message.attach_alternative(
            render_to_string("alumni/email/claim_confirm.html", context), "text/html"
        )
        message.send()
