"""Mentors: the profile a member keeps when they volunteer."""

from allauth.account.models import EmailAddress
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, Exists, F, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from hub.fields import ChoiceListField
from hub.vocabulary import Stage
from mentorship.models.mentorships import Mentorship


class MentoringArea(models.TextChoices):
    CAREER = "career", _("Career guidance")
    APPLICATIONS = "applications", _("Residency and fellowship applications")
    RESEARCH = "research", _("Research")
    LEADERSHIP = "leadership", _("Leadership")
    FINANCES = "finances", _("Debt and finances")
    PRACTICE = "practice", _("Practice and business")
    WELLNESS = "wellness", _("Wellness and coping with racism")
    WORK_LIFE = "work_life", _("Work-life integration")


class MeetingFormat(models.TextChoices):
    VIDEO = "video", _("Video call")
    PHONE = "phone", _("Phone call")
    IN_PERSON = "in_person", _("In person, in my region")


class TimeCommitment(models.TextChoices):
    QUARTERLY = "quarterly", _("About one hour every three months")
    MONTHLY = "monthly", _("About one hour a month")
    TWICE_MONTHLY = "twice_monthly", _("About one hour every two weeks")
    WEEKLY = "weekly", _("About one hour a week")


class AreasField(ChoiceListField):
    choice_set = MentoringArea


class FormatsField(ChoiceListField):
    choice_set = MeetingFormat


class MentoredStagesField(ChoiceListField):
    choice_set = Stage


class MentorProfileQuerySet(models.QuerySet):
    def with_active_mentees(self):
        """Annotate ``active_mentees``: how many mentorships each mentor holds now."""
        active = (
            Mentorship.objects.filter(mentor=OuterRef("member__user"), ended_at__isnull=True)
            .order_by()
            .values("mentor")
            .annotate(n=Count("pk"))
            .values("n")[:1]
        )
        return self.annotate(
            active_mentees=Coalesce(Subquery(active, output_field=IntegerField()), 0)
        )

    def listed(self, protocol_version):
        """Mentors members may find: active and verified, visible, not paused by staff, and
        holding an acknowledgement of ``protocol_version`` (the current volunteer protocol).
        With no protocol published there is nothing to accept, so nobody is listed."""
        if protocol_version is None:
            return self.none()
        from mentorship.models.protocol import ProtocolAcknowledgement

        return self.filter(
            Exists(EmailAddress.objects.filter(user=OuterRef("member__user"), verified=True)),
            Exists(
                ProtocolAcknowledgement.objects.filter(
                    user=OuterRef("member__user"), version=protocol_version
                )
            ),
            paused=False,
            member__hidden_from_directory=False,
            member__user__is_active=True,
        )

    def accepting_mentees(self):
        """Mentors who say they are accepting and have an open slot (needs with_active_mentees)."""
        return self.filter(accepting_mentees=True, active_mentees__lt=F("capacity"))


class MentorProfile(index.Indexed, models.Model):
    """What a member who volunteers as a mentor tells mentees, and how much time they have."""

    member = models.OneToOneField(
        "members.MemberProfile", on_delete=models.CASCADE, related_name="mentor_profile"
    )
    headline = models.CharField(
        _("headline"),
        max_length=140,
        help_text=_(
            "One line mentees read first, e.g. 'Pediatrician who loves talking residency'."
        ),
    )
    bio = models.TextField(
        _("about you as a mentor"),
        max_length=2000,
        help_text=_("Your path, what you enjoy helping with, and what mentees can expect."),
    )
    specialties = models.ManyToManyField(
        "mentorship.Specialty", related_name="mentors", verbose_name=_("specialties")
    )
    areas = AreasField(_("areas you can help with"))
    stages = MentoredStagesField(
        _("stages you mentor"), max_length=120, help_text=_("Who you are glad to mentor.")
    )
    languages = models.ManyToManyField(
        "members.Language", related_name="mentors", verbose_name=_("languages you mentor in")
    )
    formats = FormatsField(_("how you can meet"), max_length=60)
    time_commitment = models.CharField(
        _("time you can give"),
        max_length=20,
        choices=TimeCommitment.choices,
        default=TimeCommitment.MONTHLY,
    )
    capacity = models.PositiveSmallIntegerField(
        _("how many mentees at a time"),
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
        help_text=_("New requests stop once you have this many active mentees."),
    )
    accepting_mentees = models.BooleanField(
        _("accepting new mentees"),
        default=True,
        help_text=_("Turn this off when life gets busy; your current mentees are not affected."),
    )
    paused = models.BooleanField(
        _("paused by NMF staff"),
        default=False,
        help_text=_("A paused mentor is not listed in the directory and cannot be requested."),
    )
    paused_reason = models.TextField(
        _("reason for the pause"),
        blank=True,
        help_text=_("Shown to the mentor on My Hub; write it kindly."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = MentorProfileQuerySet.as_manager()

    search_fields = [
        index.SearchField("search_name"),
        index.SearchField("headline"),
        index.SearchField("bio"),
        index.FilterField("paused"),
    ]

    class Meta:
        verbose_name = _("mentor profile")
        ordering = ["member__user__last_name", "member__user__first_name", "pk"]

    def __str__(self):
        return str(self.member.user)

    def search_name(self):
        user = self.member.user
        return " ".join(filter(None, [self.member.preferred_name, user.first_name, user.last_name]))

    @classmethod
    def get_indexed_objects(cls):
        return cls.objects.select_related("member__user")

    @property
    def user(self):
        return self.member.user

    @property
    def public_id(self):
        return self.member.public_id

    def area_labels(self):
        return self._meta.get_field("areas").labels(self.areas)

    def stage_labels(self):
        return self._meta.get_field("stages").labels(self.stages)

    def format_labels(self):
        return self._meta.get_field("formats").labels(self.formats)

    @property
    def open_slots(self):
        """Open places (needs ``with_active_mentees``); 0 means the mentor is full."""
        return max(self.capacity - self.active_mentees, 0)

    @property
    def is_full(self):
        return self.open_slots == 0
