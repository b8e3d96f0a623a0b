"""Emails telling a claimant what NMF decided about "Did NMF support me?", in the language the
claim was written in, as text with an HTML alternative, sent as background tasks (see
mentorship/notifications.py for how tasks run).

``notify_claimant`` is called inside the transaction that records the decision. The task reads
the claim again and sends nothing when the claim has since moved to another state.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_tasks import task

SUBJECTS = {
    "approved_member": _("NMF supported you: you are now a verified NMF alum"),
    "approved_join": _("NMF supported you: join us on the Hub"),
    "more_info": _("Did NMF support you? We need a little more information"),
    "declined": _("About your question: did NMF support you?"),
}
# The claim status each email is about: a claim that has moved on is not written about.
STATUS_FOR = {
    "approved_member": "approved",
    "approved_join": "approved",
    "more_info": "more_info",
    "declined": "declined",
}


def notify_claimant(claim, kind):
    send_review_email.enqueue(claim.pk, kind)


def claim_language(claim):
    languages = {code for code, _name in settings.LANGUAGES}
    return claim.language if claim.language in languages else settings.LANGUAGE_CODE


def _reply_to(claim):
    """Answers go to NMF's contact address when the site has one, otherwise to the reviewer."""
    from wagtail.models import Site

    from hub.models import SiteSettings

    site = Site.objects.filter(is_default_site=True).first()
    contact = SiteSettings.for_site(site).contact_email if site else ""
    if contact:
        return [contact]
    if claim.reviewed_by_id and claim.reviewed_by.email:
        return [claim.reviewed_by.email]
    return []


@task()
def send_review_email(claim_id, kind):
    from alumni.models import Claim

    claim = Claim.objects.select_related("reviewed_by", "member").filter(pk=claim_id).first()
    if claim is None or kind not in SUBJECTS or claim.status != STATUS_FOR[kind]:
        return
    language = claim_language(claim)
    site = settings.WAGTAILADMIN_BASE_URL
    with translation.override(language):
        context = {
            "claim": claim,
            "kind": kind,
            "language": language,
            "site": site,
            "subject": SUBJECTS[kind],
            "my_hub_url": site + reverse("members:dashboard"),
            "signup_url": site
            + reverse("account_signup")
            + "?"
            + urlencode({"email": claim.email}),
        }
        message = EmailMultiAlternatives(
            subject=f"[The Hub] {SUBJECTS[kind]}",
            body=render_to_string(f"alumni/email/review_{kind}.txt", context),
            to=[claim.email],
            reply_to=_reply_to(claim),
        )
        message.attach_alternative(
            render_to_string(f"alumni/email/review_{kind}.html", context), "text/html"
        )
        message.send()
