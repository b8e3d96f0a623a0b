"""The invitation email: what NMF is, what the Hub is, that NMF's records show it supported
them (nothing from the record but their name), a button to the invitation link and a link to
unsubscribe. Text with an HTML alternative. Records do not say which language a person reads,
so invitations are written in the site's default language, with a link to the same invitation
in Spanish."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

SUBJECT = _("National Medical Fellowships supported you: join us on the Hub")


def invitation_links(token, language):
    site = settings.WAGTAILADMIN_BASE_URL
    with translation.override(language):
        return {
            "invitation_url": site + reverse("alumni_invitations:open", args=[token]),
            "unsubscribe_url": site + reverse("alumni_invitations:unsubscribe", args=[token]),
        }


def send_invitation_email(invitation, token, language=None):
    language = language or settings.LANGUAGE_CODE
    other = "es" if language != "es" else "en"
    with translation.override(language):
        context = {
            "first_name": invitation.record.first_name,
            "language": language,
            "subject": SUBJECT,
            "days": invitation_days(invitation),
            "other_language_url": invitation_links(token, other)["invitation_url"],
            **invitation_links(token, language),
        }
        message = EmailMultiAlternatives(
            subject=f"[The Hub] {SUBJECT}",
            body=render_to_string("alumni/email/invitation.txt", context),
            to=[invitation.email],
            headers={"List-Unsubscribe": f"<{context['unsubscribe_url']}>"},
        )
        message.attach_alternative(
            render_to_string("alumni/email/invitation.html", context), "text/html"
        )
        message.send()


def invitation_days(invitation):
    return (invitation.expires_at - invitation.sent_at).days
