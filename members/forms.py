import io

from django import forms
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

from hub.vocabulary import Stage
from members.models import Language, MemberProfile
from mentorship.models import Specialty

PHOTO_MAX_BYTES = 5 * 1024 * 1024
PHOTO_MAX_PIXELS = 40_000_000
PHOTO_FORMATS = {"JPEG", "PNG", "WEBP"}
PHOTO_SIZE = (600, 600)


def name_field(label, autocomplete):
    return forms.CharField(
        label=label, max_length=150, widget=forms.TextInput(attrs={"autocomplete": autocomplete})
    )


class SignupForm(forms.Form):
    """What sign-up asks besides email and password: a name and a career stage. No more."""

    first_name = name_field(_("First name"), "given-name")
    last_name = name_field(_("Last name"), "family-name")
    stage = forms.ChoiceField(label=_("Career stage"), choices=[("", "—"), *Stage.choices])

    field_order = ["first_name", "last_name", "email", "password1", "password2", "stage"]

    def signup(self, request, user):
        user.first_name = self.cleaned_data["first_name"]
        user.last_name = self.cleaned_data["last_name"]
        user.save(update_fields=["first_name", "last_name"])
        profile, _created = MemberProfile.objects.get_or_create(user=user)
        profile.stage = self.cleaned_data["stage"]
        profile.save(update_fields=["stage", "updated_at"])


def clean_photo_upload(upload):
    """Check an uploaded photo is a real JPEG, PNG or WebP of sensible size; return it opened."""
    if upload.size > PHOTO_MAX_BYTES:
        raise forms.ValidationError(
            _("This photo is %(size)s; please choose one under %(limit)s."),
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(PHOTO_MAX_BYTES)},
            code="too_large",
        )
    try:
        upload.seek(0)
        image = Image.open(upload)
        image_format = image.format
        width, height = image.size
        image.verify()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, SyntaxError):
        raise forms.ValidationError(
            _("This file is not a photo we can read. Please upload a JPEG, PNG or WebP image."),
            code="not_an_image",
        ) from None
    if image_format not in PHOTO_FORMATS:
        raise forms.ValidationError(
            _("Please upload a JPEG, PNG or WebP image."), code="wrong_format"
        )
    if width * height > PHOTO_MAX_PIXELS:
        raise forms.ValidationError(_("This photo is too large in pixels."), code="too_many_pixels")
    upload.seek(0)
    return upload


def resized_photo(upload):
    """A square-ish JPEG no larger than PHOTO_SIZE, turned upright, with its metadata removed."""
    upload.seek(0)
    with Image.open(upload) as image:
        image = ImageOps.exif_transpose(image).convert("RGB")
        image.thumbnail(PHOTO_SIZE)
        output = io.BytesIO()
        image.save(output, format="JPEG", quality=85, optimize=True)
    return ContentFile(output.getvalue(), name="photo.jpg")


class ProfileForm(forms.ModelForm):
    first_name = name_field(_("First name"), "given-name")
    last_name = name_field(_("Last name"), "family-name")
    photo = forms.FileField(
        label=_("Photo"),
        required=False,
        help_text=_("A JPEG, PNG or WebP of up to 5 MB. We resize it and remove its metadata."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    remove_photo = forms.BooleanField(label=_("Remove my photo"), required=False)
    specialties = forms.ModelMultipleChoiceField(
        label=_("Specialties"),
        queryset=Specialty.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose the specialties you practise, train in or hope to enter."),
    )
    languages = forms.ModelMultipleChoiceField(
        label=_("Languages you speak"),
        queryset=Language.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = MemberProfile
        fields = MemberProfile.MEMBER_FIELDS
        widgets = {
            "bio": forms.Textarea(attrs={"rows": 5, "maxlength": 1000}),
            "nmf_relationship": forms.RadioSelect,
        }

    field_order = ["first_name", "last_name", "preferred_name", "pronouns"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.instance.user
        self.fields["first_name"].initial = user.first_name
        self.fields["last_name"].initial = user.last_name
        self.fields["nmf_relationship"].choices = self.fields["nmf_relationship"].choices[1:]
        self.fields["nmf_relationship"].required = False
        self.fields["graduation_year"].widget.attrs.update({"inputmode": "numeric"})

    def clean_photo(self):
        upload = self.cleaned_data.get("photo")
        if not upload:
            return None
        return clean_photo_upload(upload)

    def save(self, commit=True):
        profile = super().save(commit=False)
        user = profile.user
        user.first_name = self.cleaned_data["first_name"]
        user.last_name = self.cleaned_data["last_name"]
        upload = self.cleaned_data.get("photo")
        old_photo = profile.photo.name if profile.photo else None
        if upload:
            profile.photo = resized_photo(upload)
        elif self.cleaned_data.get("remove_photo"):
            profile.photo = None
        if commit:
            user.save(update_fields=["first_name", "last_name"])
            profile.save()
            self.save_m2m()
            if old_photo and old_photo != (profile.photo.name if profile.photo else None):
                profile.photo.storage.delete(old_photo)
        return profile


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("We ask for it so that nobody else can delete your account."),
    )

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("That password is not right."), code="wrong_password")
        return password
