"""Remember the language a member uses the Hub in, so emails to them are written in it."""

from allauth.account.signals import user_logged_in, user_signed_up
from django.dispatch import receiver
from django.utils.translation import get_language

from members.models import MemberProfile


@receiver(user_logged_in)
@receiver(user_signed_up)
def remember_language(request, user, **kwargs):
    language = getattr(request, "LANGUAGE_CODE", None) or get_language()
    MemberProfile.objects.update_or_create(user=user, defaults={"language": language[:2]})
