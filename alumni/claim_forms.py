"""The "Did NMF support me?" form, with two quiet checks against automated submissions that
need no third-party service: a field people never see (bots fill it in), and the time since
the form was shown (people take more than a few seconds to fill it in).

Neither check shows an error: a submission that fails one gets the same "check your email"
page as any other, and nothing is created or sent.
"""

import time

from django import forms
from django.core import signing
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from alumni.models import Claim

MINIMUM_SECONDS = 3
NOTE_MAX_LENGTH = 1000
EARLIEST_YEAR = 1940
# Students ask too: the year they expect to graduate may be a few years ahead.
YEARS_AHEAD = 8
_STAMP_SALT = "alumni.claim_forms.started"

OUT_OF_DATE = _(
    "This form is out of date. Your details are kept below: please check them and send the "
    "form again."
)

REQUIRED_MESSAGES = {
    "first_name": _("Please give your first name."),
    "last_name": _("Please give your last name."),
    "school": _("Please give the name of your school."),
    "email": _("Please give your email address: the link to confirm it is sent there."),
}


def stamp(at=None):
    """The hidden "started" value: when the form was shown, signed so it cannot be forged."""
    return signing.Signer(salt=_STAMP_SALT).sign(f"{time.time() if at is None else at:.3f}")


def seconds_since(value):
    """Seconds since the form carrying ``value`` was shown; None when it is not our stamp."""
    try:
        started = float(signing.Signer(salt=_STAMP_SALT).unsign(value or ""))
    except (signing.BadSignature, ValueError):
        return None
    return time.time() - started


class ClaimForm(forms.ModelForm):
    # The names go together in one fieldset; the template renders them there.
    NAME_FIELDS = ("first_name", "last_name", "other_names")

    note = forms.CharField(
        label=_("Anything else that may help"),
        required=False,
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    consent = forms.BooleanField(
        label=_("NMF may use these details to look for my record and contact me about it"),
        error_messages={
            "required": _(
                "Please tick this box so that NMF may look for your record. Without it, we "
                "cannot answer your question."
            )
        },
    )
    # The honeypot: hidden from people (and from screen readers and the keyboard), so only
    # software that fills in every field it finds writes here.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    started = forms.CharField(required=False, widget=forms.HiddenInput)

    class Meta:
        model = Claim
        fields = [
            "first_name",
            "last_name",
            "other_names",
            "school",
            "graduation_year",
            "email",
            "note",
        ]
        labels = {
            "other_names": _("Former or other names"),
            "email": _("Email address"),
        }
        help_texts = {
            "other_names": _(
                "Optional: names you have also gone by, such as a name before marriage. One "
                "per line."
            ),
            "school": _(
                "The medical, dental, nursing or other health-professions school where you trained."
            ),
            "email": _(
                "We send a link to this address. NMF staff see your request only once you have "
                "opened it."
            ),
        }
        widgets = {"other_names": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["started"] = stamp()
        for name, purpose in {
            "first_name": "given-name",
            "last_name": "family-name",
            "email": "email",
        }.items():
            self.fields[name].widget.attrs["autocomplete"] = purpose
        for name, message in REQUIRED_MESSAGES.items():
            self.fields[name].error_messages["required"] = message
        self.fields["email"].error_messages["invalid"] = _(
            "Please check the email address: it should look like name@example.org."
        )
        self.fields["note"].help_text = _(
            "Optional: for example the name of the scholarship, or the years you studied. Up "
            "to %(count)s characters."
        ) % {"count": NOTE_MAX_LENGTH}
        self.fields["graduation_year"] = forms.IntegerField(
            label=_("Graduation year"),
            min_value=EARLIEST_YEAR,
            max_value=timezone.localdate().year + YEARS_AHEAD,
            help_text=_("The year you graduated, or expect to. An estimate is fine."),
            widget=forms.TextInput(attrs={"inputmode": "numeric"}),
            error_messages={
                "required": _("Please give the year you graduated, or your best estimate."),
                "invalid": _("Please write the year as four digits, for example 2012."),
                "min_value": _("Please give a year from %(limit_value)s onwards."),
                "max_value": _("Please give a year no later than %(limit_value)s."),
            },
        )

    def name_fields(self):
        return [self[name] for name in self.NAME_FIELDS]

    def other_fields(self):
        """The visible fields outside the names fieldset, the consent box and the honeypot."""
        return [
            self[name]
            for name in self.fields
            if name not in {*self.NAME_FIELDS, "consent", "website", "started"}
        ]

    def clean(self):
        cleaned = super().clean()
        if seconds_since(self.data.get(self.add_prefix("started"))) is None:
            # Not a stamp we made (or made with an older secret key): start the clock again.
            self.data = self.data.copy()
            self.data[self.add_prefix("started")] = stamp()
            raise forms.ValidationError(OUT_OF_DATE)
        return cleaned

    def is_spam(self):
        """A valid form that software sent: the honeypot filled in, or sent too fast."""
        elapsed = seconds_since(self.cleaned_data["started"])
        return bool(self.cleaned_data["website"]) or elapsed is None or elapsed < MINIMUM_SECONDS

    def claim_fields(self):
        """What the claim records: the form's data without the consent and the spam checks."""
        return {name: self.cleaned_data[name] for name in self.Meta.fields}
