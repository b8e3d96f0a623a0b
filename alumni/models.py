"""The alumni registry and what grows around it: imports, claims, invitations.

Everything here is personal data about people who may not know NMF holds it. Only the Alumni
Relations group (and superusers) see it in the admin; nothing here is ever shown to a visitor,
and a claimant is never told whether a record matched.
"""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from alumni.names import last_name_keys, name_key, school_key, split_other_names
from hub.vocabulary import State, region_for_state

# The people NMF hopes to reach: its alumni, found or not yet found.
REACH_GOAL = 32_000


def year_validators():
    return [MinValueValidator(1940), MaxValueValidator(2100)]


class ContactStatus(models.TextChoices):
    OK = "ok", _("OK")
    BOUNCED = "bounced", _("Bounced")
    DO_NOT_CONTACT = "do_not_contact", _("Do not contact")


class AlumniRecordQuerySet(models.QuerySet):
    def contactable(self):
        """Records NMF may write to: not marked "do not contact", with an email that works."""
        return (
            self.exclude(contact_status=ContactStatus.DO_NOT_CONTACT)
            .filter(contacts__kind=ContactKind.EMAIL, contacts__status=ContactStatus.OK)
            .distinct()
        )


class AlumniRecord(models.Model):
    """One person NMF supported, as the registry knows them."""

    external_id = models.CharField(
        _("external id"),
        max_length=64,
        blank=True,
        help_text=_("The id in NMF's grants database or the enrichment file, if there is one."),
    )
    first_name = models.CharField(_("first name"), max_length=100)
    last_name = models.CharField(_("last name"), max_length=100)
    other_names = models.TextField(
        _("former or other names"),
        blank=True,
        help_text=_("Names they have also gone by, one per line (e.g. a name before marriage)."),
    )
    school = models.CharField(_("school"), max_length=200)
    degree = models.CharField(_("degree"), max_length=40, blank=True)
    graduation_year = models.PositiveSmallIntegerField(
        _("graduation year"), null=True, blank=True, validators=year_validators()
    )
    state = models.CharField(
        _("state"), max_length=2, choices=State.choices, blank=True, help_text=_("Where they live.")
    )
    contact_status = models.CharField(
        _("contact status"),
        max_length=20,
        choices=ContactStatus.choices,
        default=ContactStatus.OK,
        help_text=_("“Do not contact” is honoured forever: no invitation is ever sent."),
    )
    member = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Hub member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="alumni_record",
        help_text=_("Linked when a claim is approved or an invitation is accepted."),
    )
    verified_at = models.DateTimeField(_("verified"), null=True, blank=True)
    needs_review = models.BooleanField(
        _("needs review"),
        default=False,
        help_text=_(
            "An import was not sure whether this is a new person or the record below: check, "
            "then clear this box (or mark one of them “do not contact”)."
        ),
    )
    possible_match = models.ForeignKey(
        "self",
        verbose_name=_("may be the same person as"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Normalised for matching (see alumni/names.py); kept in step on save.
    first_name_key = models.CharField(max_length=100, editable=False, db_index=True)
    school_key = models.CharField(max_length=200, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = AlumniRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("alumni record")
        ordering = ["last_name", "first_name", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["external_id"],
                condition=~models.Q(external_id=""),
                name="alumni_record_unique_external_id",
            )
        ]

    def __str__(self):
        year = f" ({self.graduation_year})" if self.graduation_year else ""
        return f"{self.first_name} {self.last_name}, {self.school}{year}"

    def save(self, *args, **kwargs):
        self.refresh_keys()
        super().save(*args, **kwargs)
        self.save_name_keys()

    @property
    def region(self):
        return region_for_state(self.state) if self.state else None

    @property
    def graduation_decade(self):
        return self.graduation_year // 10 * 10 if self.graduation_year else None

    def refresh_keys(self):
        """Recompute the matching keys; call ``save_name_keys`` after saving."""
        self.first_name_key = name_key(self.first_name)
        self.school_key = school_key(self.school)

    def save_name_keys(self):
        keys = last_name_keys(self.last_name, split_other_names(self.other_names))
        existing = set(self.name_keys.values_list("key", flat=True))
        if existing != set(keys):
            self.name_keys.all().delete()
            AlumniNameKey.objects.bulk_create(AlumniNameKey(record=self, key=key) for key in keys)


class AlumniNameKey(models.Model):
    """A last name the person has gone by, normalised: what matching looks up."""

    record = models.ForeignKey(AlumniRecord, on_delete=models.CASCADE, related_name="name_keys")
    key = models.CharField(max_length=100, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["record", "key"], name="alumni_name_key_once")
        ]

    def __str__(self):
        return self.key


class AlumniAward(models.Model):
    """An NMF scholarship or award the person received."""

    record = models.ForeignKey(AlumniRecord, on_delete=models.CASCADE, related_name="awards")
    program = models.CharField(_("program"), max_length=160)
    year = models.PositiveSmallIntegerField(_("year"), validators=year_validators())

    class Meta:
        verbose_name = _("award")
        ordering = ["year", "program"]
        constraints = [
            models.UniqueConstraint(fields=["record", "program", "year"], name="alumni_award_once")
        ]

    def __str__(self):
        return f"{self.program} ({self.year})"


class ContactKind(models.TextChoices):
    EMAIL = "email", _("Email")
    PHONE = "phone", _("Phone")
    ADDRESS = "address", _("Postal address")


class AlumniContact(models.Model):
    """One way to reach the person, from one source, with how much NMF trusts it."""

    record = models.ForeignKey(AlumniRecord, on_delete=models.CASCADE, related_name="contacts")
    kind = models.CharField(_("kind"), max_length=10, choices=ContactKind.choices)
    value = models.CharField(_("value"), max_length=400)
    source = models.CharField(
        _("source"), max_length=120, help_text=_("Where it came from, e.g. an enrichment file.")
    )
    observed_on = models.DateField(_("as of"), default=timezone.localdate)
    confidence = models.PositiveSmallIntegerField(
        _("confidence (%)"), default=50, validators=[MaxValueValidator(100)]
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ContactStatus.choices, default=ContactStatus.OK
    )
    batch = models.ForeignKey(
        "alumni.ImportBatch",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contacts",
    )

    class Meta:
        verbose_name = _("contact detail")
        ordering = ["kind", "-confidence", "-observed_on", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["record", "kind", "value"], name="alumni_contact_once")
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.value}"


class ChangeAction(models.TextChoices):
    CREATED = "created", _("Created")
    UPDATED = "updated", _("Updated")
    LINKED = "linked", _("Linked to a member")
    ROLLED_BACK = "rolled_back", _("Import rolled back")


class RecordChange(models.Model):
    """The audit trail: who changed a record, when, how, and the values before and after.
    An import's changes are also how it is rolled back."""

    record = models.ForeignKey(
        AlumniRecord, null=True, on_delete=models.SET_NULL, related_name="changes"
    )
    # Kept after a record is deleted, so the trail still says whom it was about.
    record_label = models.CharField(max_length=300)
    action = models.CharField(max_length=20, choices=ChangeAction.choices)
    changes = models.JSONField(default=dict, help_text="{field: [before, after]}")
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    batch = models.ForeignKey(
        "alumni.ImportBatch",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="changes",
    )
    at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("record change")
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.get_action_display()}: {self.record_label}"


class BatchStatus(models.TextChoices):
    PREVIEWED = "previewed", _("Previewed (nothing written)")
    APPLIED = "applied", _("Applied")
    ROLLED_BACK = "rolled_back", _("Rolled back")


class ImportBatch(models.Model):
    """One uploaded file: its column mapping, the dry run's findings and, once applied, what
    it changed."""

    source = models.CharField(
        _("source"),
        max_length=120,
        help_text=_("Named on every contact detail it brings, e.g. “Enrichment file, Oct 2026”."),
    )
    file_name = models.CharField(_("file"), max_length=255)
    # The file's rows as read (a list of {column heading: text}); kept in the database, never
    # in public media, so the preview and the apply read exactly the same data.
    rows = models.JSONField(default=list, editable=False)
    mapping = models.JSONField(_("columns"), default=dict, help_text="{field: column heading}")
    status = models.CharField(
        _("status"), max_length=20, choices=BatchStatus.choices, default=BatchStatus.PREVIEWED
    )
    row_count = models.PositiveIntegerField(_("rows"), default=0)
    error_count = models.PositiveIntegerField(_("rows with errors"), default=0)
    created_count = models.PositiveIntegerField(_("records created"), default=0)
    updated_count = models.PositiveIntegerField(_("records updated"), default=0)
    unchanged_count = models.PositiveIntegerField(_("records unchanged"), default=0)
    flagged_count = models.PositiveIntegerField(_("uncertain matches"), default=0)
    report = models.JSONField(default=dict, help_text="The dry run's row-by-row findings.")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    applied_at = models.DateTimeField(_("applied"), null=True, blank=True)
    rolled_back_at = models.DateTimeField(_("rolled back"), null=True, blank=True)

    class Meta:
        verbose_name = _("import")
        verbose_name_plural = _("imports")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.source} ({self.file_name})"


class ClaimStatus(models.TextChoices):
    UNCONFIRMED = "unconfirmed", _("Waiting for the email to be confirmed")
    PENDING = "pending", _("Waiting for review")
    MORE_INFO = "more_info", _("More information asked for")
    APPROVED = "approved", _("Approved")
    DECLINED = "declined", _("Declined")


class Claim(models.Model):
    """Someone asking "Did NMF support me?"."""

    first_name = models.CharField(_("first name"), max_length=100)
    last_name = models.CharField(_("last name"), max_length=100)
    other_names = models.TextField(_("former or other names"), blank=True)
    school = models.CharField(_("school"), max_length=200)
    graduation_year = models.PositiveSmallIntegerField(
        _("graduation year"), validators=year_validators()
    )
    email = models.EmailField(_("email"))
    note = models.TextField(_("note"), blank=True)
    language = models.CharField(max_length=10, default="en")
    status = models.CharField(
        _("status"), max_length=20, choices=ClaimStatus.choices, default=ClaimStatus.UNCONFIRMED
    )
    # In the confirmation link: random, and good for nothing but confirming this claim.
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    confirmed_at = models.DateTimeField(_("email confirmed"), null=True, blank=True)
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Hub member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="alumni_claims",
    )
    record = models.ForeignKey(
        AlumniRecord,
        verbose_name=_("record"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="claims",
        help_text=_("The record staff matched when approving."),
    )
    staff_message = models.TextField(
        _("message to the claimant"),
        blank=True,
        help_text=_("Included in the email about the outcome."),
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("claim")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.first_name} {self.last_name} ({self.get_status_display()})"


class ClaimCandidate(models.Model):
    """A registry record that may be the claimant, with its score and the reasons for it."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="candidates")
    record = models.ForeignKey(AlumniRecord, on_delete=models.CASCADE, related_name="+")
    score = models.PositiveSmallIntegerField(_("score"))
    reasons = models.JSONField(_("reasons"), default=list)

    class Meta:
        ordering = ["-score", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["claim", "record"], name="claim_candidate_once")
        ]

    def __str__(self):
        return f"{self.record} ({self.score})"


class InvitationStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    SENT = "sent", _("Sent")
    OPENED = "opened", _("Opened (link clicked)")
    JOINED = "joined", _("Joined")
    BOUNCED = "bounced", _("Bounced")
    SUPPRESSED = "suppressed", _("Not sent: do not contact")


class InvitationBatch(models.Model):
    """A set of invitations staff chose and sent together."""

    name = models.CharField(_("name"), max_length=120)
    filters = models.JSONField(_("chosen by"), default=dict)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    finished_at = models.DateTimeField(_("all sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("invitation batch")
        verbose_name_plural = _("invitation batches")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.name


class Invitation(models.Model):
    batch = models.ForeignKey(InvitationBatch, on_delete=models.CASCADE, related_name="invitations")
    record = models.ForeignKey(AlumniRecord, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("email"))
    # The SHA-256 of the token in the invitation link: the link itself is never stored.
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=InvitationStatus.choices,
        default=InvitationStatus.QUEUED,
    )
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True)
    opened_at = models.DateTimeField(_("opened"), null=True, blank=True)
    joined_at = models.DateTimeField(_("joined"), null=True, blank=True)
    bounced_at = models.DateTimeField(_("bounced"), null=True, blank=True)
    used_at = models.DateTimeField(_("used"), null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        ordering = ["-pk"]

    def __str__(self):
        return f"{self.email} ({self.get_status_display()})"


class Suppression(models.Model):
    """An address that must never be written to again: unsubscribed or "do not contact".
    Stored as a hash, so the list itself discloses no addresses."""

    email_hash = models.CharField(max_length=64, unique=True)
    reason = models.CharField(max_length=40)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{self.reason} {self.created_at:%Y-%m-%d}"


class ExportLog(models.Model):
    """Who exported registry data, what and when."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    what = models.CharField(max_length=120)
    file_format = models.CharField(max_length=10)
    rows = models.PositiveIntegerField(default=0)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("export")
        ordering = ["-at"]

    def __str__(self):
        return f"{self.what} ({self.file_format}) by {self.user} at {self.at:%Y-%m-%d %H:%M}"


from alumni.page_models import ClaimPage  # noqa: E402,F401
