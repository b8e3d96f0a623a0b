"""Members nominate employers; staff review the nominations."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from hub.vocabulary import State


class NominationStatus(models.TextChoices):
    NEW = "new", _("Received")
    UNDER_REVIEW = "under_review", _("Under review")
    INVITED = "invited", _("Invited to apply")
    DECLINED = "declined", _("Not taken forward")


class NominatorConnection(models.TextChoices):
    WORK = "work", _("I work there")
    TRAINED = "trained", _("I trained or studied there")
    WORKED = "worked", _("I used to work there")
    OTHER = "other", _("I know it another way")


class Nomination(models.Model):
    nominator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="employer_nominations"
    )
    employer_name = models.CharField(_("employer's name"), max_length=200)
    city = models.CharField(_("city"), max_length=100, blank=True)
    state = models.CharField(_("state"), max_length=2, choices=State.choices)
    website = models.URLField(_("website"), blank=True)
    connection = models.CharField(
        _("your connection to it"), max_length=20, choices=NominatorConnection.choices
    )
    reason = models.TextField(
        _("why it deserves recognition"),
        max_length=3000,
        help_text=_(
            "What it does for BIPOC clinicians and trainees: recruitment, retention, pathways, "
            "belonging, leadership, community."
        ),
    )
    evidence_links = models.TextField(
        _("links to evidence"),
        blank=True,
        help_text=_("Optional: up to five web addresses, one per line (reports, news, programs)."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=NominationStatus.choices, default=NominationStatus.NEW
    )
    staff_notes = models.TextField(
        _("staff notes"), blank=True, help_text=_("Only staff see these notes.")
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # The form's one-time token: a second click or a resent form makes one nomination.
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    class Meta:
        verbose_name = _("employer nomination")
        ordering = ["-created_at"]

    def __str__(self):
        return self.employer_name

    def links(self):
        return [line.strip() for line in self.evidence_links.splitlines() if line.strip()]
