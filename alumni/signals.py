"""When a member confirms an email address, the claims sent from it become theirs, and the
registry record of an approved one is linked to their account (alumni.review); an invitation
sent to that address is joined and its record linked (alumni.invitations)."""

from allauth.account.signals import email_confirmed
from django.dispatch import receiver

from alumni.invitations import SESSION_KEY, join_on_verified_email
from alumni.review import link_on_verified_email


@receiver(email_confirmed)
def link_alumni_record(request, email_address, **kwargs):
    link_on_verified_email(email_address.user, email_address.email)
    session = getattr(request, "session", None)
    opened = session.get(SESSION_KEY) if session is not None else None
    if join_on_verified_email(email_address.user, email_address.email, opened) and opened:
        session.pop(SESSION_KEY, None)
