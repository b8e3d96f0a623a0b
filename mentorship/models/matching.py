"""What a member tells the Hub, privately, so it can suggest mentors: goals, and an optional
racial or ethnic self-identification used only with their consent and never shown."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from hub.fields import ChoiceListField
from mentorship.models.mentors import AreasField


class Identity(models.TextChoices):
    BLACK = "black", _("Black or African American")
    HISPANIC = "hispanic", _("Hispanic or Latino/a/e")
    NATIVE = "native", _("American Indian or Alaska Native")
    PACIFIC = "pacific", _("Native Hawaiian or Pacific Islander")
    ASIAN = "asian", _("Asian or Asian American")
    MENA = "mena", _("Middle Eastern or North African")
    WHITE = "white", _("White")
    OTHER = "other", _("Another identity")


class IdentitiesField(ChoiceListField):
    choice_set = Identity


class MatchingProfile(models.Model):
    """Private to the member and the matching code: never shown in the directory, on a
    profile or to staff lists."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="matching"
    )
    goals = AreasField(
        _("what you would like help with"),
        help_text=_("Mentors who can help with these are suggested first."),
    )
    identities = IdentitiesField(
        _("how you identify (optional)"),
        max_length=120,
        help_text=_("Only you choose this; it is never shown to anyone."),
    )
    prefer_shared_identity = models.BooleanField(
        _("suggest mentors who share my racial or ethnic identity"),
        default=False,
        help_text=_("Uses only what you and mentors chose to tell the Hub for matching."),
    )
    share_identity = models.BooleanField(
        _("as a mentor, let my identity count when mentees ask for a shared identity"),
        default=False,
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("matching preferences")
        verbose_name_plural = _("matching preferences")

    def __str__(self):
        return f"Matching preferences of {self.user}"
