"""Mentorships: the agreement both people confirm, their check-ins, and how it closes.

A mentorship begins when a mentor accepts a request and counts against the mentor's capacity
until ``ended_at`` is set. Both people are accounts (not profiles), so the history stays whole
if either later deletes their account.
"""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class MeetingRhythm(models.TextChoices):
    WEEKLY = "weekly", _("Every week")
    FORTNIGHTLY = "fortnightly", _("Every two weeks")
    MONTHLY = "monthly", _("Once a month")
    BIMONTHLY = "bimonthly", _("Every two months")
    AS_NEEDED = "as_needed", _("When one of us asks")


class ContactMethod(models.TextChoices):
    EMAIL = "email", _("Email")
    VIDEO = "video", _("Video call")
    PHONE = "phone", _("Phone call")
    TEXT = "text", _("Text message")


class EndReason(models.TextChoices):
    GOALS_MET = "goals_met", _("We reached what we set out to do")
    NATURAL_END = "natural_end", _("It came to a natural end")
    TIME = "time", _("One of us no longer has the time")
    FIT = "fit", _("It was not the right fit")
    OTHER = "other", _("Another reason")


class MentorshipQuerySet(models.QuerySet):
    def active(self):
        return self.filter(ended_at__isnull=True)

    def closed(self):
        return self.filter(ended_at__isnull=False)

    def involving(self, user):
        return self.filter(models.Q(mentor=user) | models.Q(mentee=user))


class Mentorship(models.Model):
    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="mentorships_as_mentor"
    )
    mentee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="mentorships_as_mentee"
    )
    started_at = models.DateTimeField(_("started"), auto_now_add=True)

    # The agreement. Each save raises ``agreement_version``; a person has confirmed it when
    # their confirmed version is the current one, so a change asks the other to look again.
    agreed_goals = models.TextField(
        _("what we will work on"),
        max_length=1500,
        blank=True,
        help_text=_("A few lines in your own words: the goals you both want to reach."),
    )
    meeting_rhythm = models.CharField(
        _("how often we meet"), max_length=20, choices=MeetingRhythm.choices, blank=True
    )
    preferred_contact = models.CharField(
        _("how we keep in touch"), max_length=20, choices=ContactMethod.choices, blank=True
    )
    contact_notes = models.CharField(
        _("notes on contact"),
        max_length=300,
        blank=True,
        help_text=_(
            "Optional: good times to reach you, or a number you are happy to share with "
            "this person only."
        ),
    )
    start_date = models.DateField(_("first meeting"), null=True, blank=True)
    agreement_version = models.PositiveIntegerField(default=0)
    agreement_updated_at = models.DateTimeField(null=True, blank=True)
    agreement_updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    mentor_confirmed_version = models.PositiveIntegerField(default=0)
    mentee_confirmed_version = models.PositiveIntegerField(default=0)

    ended_at = models.DateTimeField(_("ended"), null=True, blank=True)
    ended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    end_reason = models.CharField(
        _("why it ended"), max_length=20, choices=EndReason.choices, blank=True
    )

    objects = MentorshipQuerySet.as_manager()

    class Meta:
        verbose_name = _("mentorship")
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["mentor", "mentee"],
                condition=models.Q(ended_at__isnull=True),
                name="one_active_mentorship_per_pair",
            )
        ]

    def __str__(self):
        return f"{self.mentor} → {self.mentee}"

    @property
    def is_active(self):
        return self.ended_at is None

    def role_of(self, user):
        """ "mentor", "mentee", or None for anyone else."""
        if user.pk == self.mentor_id:
            return "mentor"
        if user.pk == self.mentee_id:
            return "mentee"
        return None

    def partner_of(self, user):
        return self.mentee if user.pk == self.mentor_id else self.mentor

    @property
    def has_agreement(self):
        return self.agreement_version > 0

    def confirmed_by(self, role):
        return self.has_agreement and (
            getattr(self, f"{role}_confirmed_version") == self.agreement_version
        )

    @property
    def agreement_confirmed(self):
        return self.confirmed_by("mentor") and self.confirmed_by("mentee")


class CheckIn(models.Model):
    """A note of one conversation: what was talked about and what comes next. Either person
    may log one; both read it. Asking for NMF's support tells Mentorship Program Staff."""

    mentorship = models.ForeignKey(Mentorship, on_delete=models.CASCADE, related_name="check_ins")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    met_on = models.DateField(_("date we met"))
    topics = models.TextField(_("what we talked about"), max_length=2000)
    next_steps = models.TextField(_("next steps"), max_length=2000, blank=True)
    support_requested = models.BooleanField(
        _("I'd like support from NMF staff"),
        default=False,
        help_text=_("NMF's mentorship team will contact you. Your mentoring partner is not told."),
    )
    support_note = models.TextField(
        _("what would help (for NMF staff only)"), max_length=2000, blank=True
    )
    support_handled_at = models.DateTimeField(_("support handled"), null=True, blank=True)
    created_at = models.DateTimeField(_("logged"), auto_now_add=True)
    # The form's one-time token: a second click or a resent form logs the check-in once.
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    class Meta:
        verbose_name = _("check-in")
        ordering = ["-met_on", "-created_at"]

    def __str__(self):
        return f"{self.mentorship} · {self.met_on}"

    @property
    def is_handled(self):
        return self.support_handled_at is not None


class GoalsMet(models.TextChoices):
    YES = "yes", _("Yes")
    PARTLY = "partly", _("Partly")
    NO = "no", _("Not really")


class MentorshipFeedback(models.Model):
    """What each person says when a mentorship closes. Read by staff only, in reports."""

    mentorship = models.ForeignKey(Mentorship, on_delete=models.CASCADE, related_name="feedback")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    role = models.CharField(
        max_length=10, choices=[("mentor", _("Mentor")), ("mentee", _("Mentee"))]
    )
    helpfulness = models.PositiveSmallIntegerField(
        _("how helpful was this mentorship?"),
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        choices=[
            (1, _("1 – not helpful")),
            (2, _("2")),
            (3, _("3")),
            (4, _("4")),
            (5, _("5 – very helpful")),
        ],
    )
    goals_met = models.CharField(
        _("did you reach the goals you set?"), max_length=10, choices=GoalsMet.choices
    )
    would_recommend = models.BooleanField(
        _("would you recommend NMF mentorship to a colleague?"),
        choices=[(True, _("Yes")), (False, _("No"))],
    )
    comments = models.TextField(
        _("anything NMF staff should know?"),
        max_length=2000,
        blank=True,
        help_text=_("Only NMF's mentorship team reads this; your partner does not."),
    )
    created_at = models.DateTimeField(_("given"), auto_now_add=True)

    class Meta:
        verbose_name = _("mentorship feedback")
        verbose_name_plural = _("mentorship feedback")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["mentorship", "author"], name="one_feedback_per_person")
        ]

    def __str__(self):
        return f"{self.mentorship} · {self.author}"
