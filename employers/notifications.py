"""Emails to a nominator when NMF decides on their nomination, in the nominator's language,
sent as a background task (see mentorship/notifications.py for how tasks run). Staff notes
are never part of an email."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_tasks import task

from employers.models import NominationStatus

SUBJECTS = {
    NominationStatus.INVITED: _("Good news about your employer nomination"),
    NominationStatus.DECLINED: _("About your employer nomination"),
}


def notify_nominator(nomination):
    """Tell the nominator what was decided (invited or declined); other statuses send nothing."""
    if nomination.status in SUBJECTS:
        send_decision_email.enqueue(nomination.pk, str(nomination.status))


@task()
def send_decision_email(nomination_id, status):
    from employers.models import Nomination

    nomination = (
        Nomination.objects.select_related("nominator__profile").filter(pk=nomination_id).first()
    )
    if nomination is None or status not in SUBJECTS:
        return
    recipient = nomination.nominator
    if not recipient.is_active:
        return
    profile = getattr(recipient, "profile", None)
    language = profile.language if profile else settings.LANGUAGE_CODE
    with translation.override(language):
        body = render_to_string(
            f"employers/email/nomination_{status}.txt",
            {
                "nomination": nomination,
                "recipient": recipient,
                "site": settings.WAGTAILADMIN_BASE_URL,
                "language": language,
            },
        )
        send_mail(
            subject=f"[The Hub] {SUBJECTS[status]}",
            message=body,
            from_email=None,
            recipient_list=[recipient.email],
        )
