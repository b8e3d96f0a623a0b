"""Asking for a mentor: requests, their states, and the programme's timing settings."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from mentorship.models.mentors import AreasField, MeetingFormat


@register_setting(icon="group")
class MentorshipSettings(BaseGenericSetting):
    """How the request flow is timed. Mentorship Program Staff tune these in Settings."""

    open_request_limit = models.PositiveSmallIntegerField(
        _("open requests per mentee"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
        help_text=_("How many requests a mentee may have waiting for an answer at once."),
    )
    reminder_after_days = models.PositiveSmallIntegerField(
        _("remind mentors after (days)"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(30)],
    )
    expire_after_days = models.PositiveSmallIntegerField(
        _("requests expire after (days)"),
        default=10,
        validators=[MinValueValidator(2), MaxValueValidator(60)],
        help_text=_("An unanswered request closes after this many days; the mentee is told."),
    )

    # Recommendation weights: points a mentor earns for each thing they share with a mentee.
    weight_specialty = models.PositiveSmallIntegerField(_("shared specialty"), default=30)
    weight_state = models.PositiveSmallIntegerField(_("same state"), default=15)
    weight_region = models.PositiveSmallIntegerField(
        _("same region (when not the same state)"), default=8
    )
    weight_goals = models.PositiveSmallIntegerField(
        _("can help with the mentee's goals"),
        default=25,
        help_text=_("Given in full when every goal matches, in part when some do."),
    )
    weight_stage = models.PositiveSmallIntegerField(_("mentors the mentee's stage"), default=15)
    weight_language = models.PositiveSmallIntegerField(
        _("shared language other than English"), default=10
    )
    weight_identity = models.PositiveSmallIntegerField(
        _("shared identity, when the mentee asks for it"), default=20
    )
    weight_load = models.PositiveSmallIntegerField(
        _("busy mentor (taken away)"),
        default=20,
        help_text=_(
            "Taken away in proportion to how full a mentor is, counting requests waiting, so "
            "suggestions spread across mentors with room."
        ),
    )

    WEIGHTS = [
        "weight_specialty",
        "weight_state",
        "weight_region",
        "weight_goals",
        "weight_stage",
        "weight_language",
        "weight_identity",
        "weight_load",
    ]

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("open_request_limit"),
                FieldPanel("reminder_after_days"),
                FieldPanel("expire_after_days"),
            ],
            heading=_("Requests"),
        ),
        MultiFieldPanel(
            [FieldPanel(name) for name in WEIGHTS],
            heading=_("Recommendation weights"),
            help_text=_("Points added for each match; members see the reasons, not the points."),
        ),
    ]

    class Meta:
        verbose_name = _("mentorship settings")


class RequestStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for an answer")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    EXPIRED = "expired", _("Expired")


class DeclineReason(models.TextChoices):
    """What the mentee reads when a mentor says no: always kind, never a verdict on them."""

    FULL = "full", _("My mentoring places are all taken right now.")
    FIT = "fit", _("Another mentor could help you more with what you are looking for.")
    TIME = "time", _("I cannot give this the time it deserves at the moment.")
    OTHER = "other", _("I am not able to take on a new mentee just now.")


class MentorshipRequest(models.Model):
    """A mentee asks a mentor. Pending until the mentor accepts or declines, the mentee
    withdraws, or it expires; each change happens once, whatever the number of clicks."""

    mentee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="requests_sent"
    )
    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="requests_received"
    )
    message = models.TextField(
        _("your message"),
        max_length=2000,
        help_text=_(
            "Who you are, where you are in your training or career, and what you hope for."
        ),
    )
    goals = AreasField(_("what you would like help with"))
    preferred_format = models.CharField(
        _("how you would like to meet"), max_length=20, choices=MeetingFormat.choices
    )
    status = models.CharField(
        max_length=20, choices=RequestStatus.choices, default=RequestStatus.PENDING
    )
    decline_reason = models.CharField(
        _("reason"), max_length=20, choices=DeclineReason.choices, blank=True
    )
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    reminded_at = models.DateTimeField(null=True, blank=True)
    responded_at = models.DateTimeField(_("answered"), null=True, blank=True)
    mentorship = models.OneToOneField(
        "mentorship.Mentorship",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="request",
    )

    class Meta:
        verbose_name = _("mentorship request")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["mentee", "mentor"],
                condition=models.Q(status="pending"),
                name="one_pending_request_per_pair",
            )
        ]

    def __str__(self):
        return f"{self.mentee} → {self.mentor} ({self.status})"

    def goal_labels(self):
        return self._meta.get_field("goals").labels(self.goals)
