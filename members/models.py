import uuid

from allauth.account.utils import has_verified_email
from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from hub.vocabulary import Profession, Region, Stage, State, region_for_state


class UserManager(BaseUserManager):
    """Members sign in with their email address; there are no usernames."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        if not extra_fields["is_staff"] or not extra_fields["is_superuser"]:
            raise ValueError("A superuser must have is_staff and is_superuser set.")
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person with an account on the Hub. The email address is the login."""

    username = None
    email = models.EmailField(_("email address"), unique=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["first_name", "last_name"]

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["last_name", "first_name", "email"]

    def __str__(self):
        return self.get_full_name() or self.email

    @property
    def display_name(self):
        """What other members see: the preferred name when there is one, never the email."""
        profile = getattr(self, "profile", None)
        if profile is not None and profile.preferred_name:
            return profile.preferred_name
        return self.get_full_name() or _("Hub member")


def is_verified_member(user):
    """Signed in with a verified email address: what "members only" means on the Hub.

    The answer is kept on the user object, so a request asks the database once.
    """
    if not user.is_authenticated:
        return False
    if not hasattr(user, "_hub_verified"):
        user._hub_verified = has_verified_email(user)
    return user._hub_verified


class Language(models.Model):
    """A language members speak, from a short curated list (used for profiles and matching)."""

    code = models.CharField(max_length=12, unique=True)
    name = models.CharField(max_length=60)
    name_es = models.CharField(_("Spanish name"), max_length=60)

    class Meta:
        ordering = ["name"]
        verbose_name = _("language")

    def __str__(self):
        return self.name_es if translation.get_language() == "es" else self.name


class NMFRelationship(models.TextChoices):
    SCHOLAR = "scholar", _("NMF scholar or awardee")
    PARTICIPANT = "participant", _("NMF program participant")
    UNSURE = "unsure", _("Not sure: NMF may have supported me")
    NONE = "none", _("No NMF support yet")


def member_photo_path(instance, filename):
    """A random file name, so photos cannot be found by guessing."""
    return f"members/photos/{uuid.uuid4().hex}.jpg"


def graduation_year_validators():
    return [MinValueValidator(1950), MaxValueValidator(timezone.now().year + 10)]


class MemberProfileQuerySet(models.QuerySet):
    def listed(self):
        """Profiles other members may find: active, verified, not hidden."""
        return self.filter(
            hidden_from_directory=False,
            user__is_active=True,
            user__emailaddress__verified=True,
        ).distinct()


class MemberProfile(models.Model):
    """What a member tells the network about themselves; seen only by verified members."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    preferred_name = models.CharField(
        _("preferred name"),
        max_length=80,
        blank=True,
        help_text=_("The name you like to be called; shown instead of your full name."),
    )
    pronouns = models.CharField(_("pronouns"), max_length=40, blank=True)
    stage = models.CharField(_("career stage"), max_length=20, choices=Stage.choices, blank=True)
    profession = models.CharField(
        _("profession"), max_length=20, choices=Profession.choices, blank=True
    )
    school = models.CharField(_("medical or professional school"), max_length=160, blank=True)
    graduation_year = models.PositiveSmallIntegerField(
        _("graduation year"),
        null=True,
        blank=True,
        validators=graduation_year_validators(),
        help_text=_("The year you graduated, or expect to."),
    )
    specialties = models.ManyToManyField(
        "mentorship.Specialty",
        blank=True,
        related_name="member_profiles",
        verbose_name=_("specialties"),
    )
    state = models.CharField(_("state"), max_length=2, choices=State.choices, blank=True)
    languages = models.ManyToManyField(
        Language, blank=True, related_name="member_profiles", verbose_name=_("languages spoken")
    )
    bio = models.TextField(_("short bio"), max_length=1000, blank=True)
    photo = models.ImageField(
        _("photo"),
        upload_to=member_photo_path,
        blank=True,
        help_text=_("A JPEG, PNG or WebP of up to 5 MB; we resize it and remove its metadata."),
    )
    nmf_relationship = models.CharField(
        _("relationship with NMF"), max_length=20, choices=NMFRelationship.choices, blank=True
    )
    language = models.CharField(
        _("language for emails"),
        max_length=10,
        choices=settings.LANGUAGES,
        default="en",
        help_text=_("The language the member last used the Hub in; emails to them use it."),
    )
    hidden_from_directory = models.BooleanField(
        _("hide my profile from other members"),
        default=False,
        help_text=_("Other members will not find you; NMF staff still can."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = MemberProfileQuerySet.as_manager()

    class Meta:
        verbose_name = _("member profile")
        ordering = ["user__last_name", "user__first_name"]

    def __str__(self):
        return str(self.user)

    @property
    def region(self):
        return region_for_state(self.state)

    @property
    def region_label(self):
        region = self.region
        return Region(region).label if region else ""

    # The fields a member fills in themselves, in the order forms show them.
    MEMBER_FIELDS = [
        "preferred_name",
        "pronouns",
        "stage",
        "profession",
        "school",
        "graduation_year",
        "specialties",
        "state",
        "languages",
        "bio",
        "nmf_relationship",
        "hidden_from_directory",
    ]

    # Fields that make a profile complete, with the words a member sees when one is missing.
    COMPLETENESS_FIELDS = [
        ("stage", _("your career stage")),
        ("profession", _("your profession")),
        ("school", _("your school")),
        ("graduation_year", _("your graduation year")),
        ("state", _("your state")),
        ("specialties", _("your specialties")),
        ("languages", _("the languages you speak")),
        ("bio", _("a short bio")),
        ("photo", _("a photo")),
        ("nmf_relationship", _("your relationship with NMF")),
    ]

    def missing_fields(self):
        """Labels of the fields still empty (uses prefetched specialties and languages)."""
        missing = []
        for name, label in self.COMPLETENESS_FIELDS:
            if name in {"specialties", "languages"}:
                filled = bool(getattr(self, name).all()) if self.pk else False
            elif name == "photo":
                filled = bool(self.photo)
            else:
                filled = getattr(self, name) not in (None, "")
            if not filled:
                missing.append(label)
        return missing

    def completeness(self):
        """Percentage of the profile filled in, and what is missing."""
        missing = self.missing_fields()
        total = len(self.COMPLETENESS_FIELDS)
        return round(100 * (total - len(missing)) / total), missing
