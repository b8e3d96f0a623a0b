"""When a member confirms an email address, the claims sent from it become theirs, and the
registry record of an approved one is linked to their account (alumni.review)."""

from allauth.account.signals import email_confirmed
from django.dispatch import receiver

from alumni.review import link_on_verified_email


@receiver(email_confirmed)
def link_alumni_record(request, email_address, **kwargs):
    link_on_verified_email(email_address.user, email_address.email)
