from django import forms
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from hub.vocabulary import Region, Stage, State
from members.models import Language
from mentorship.models import (
    CouncilMessage,
    DeclineReason,
    MatchingProfile,
    MeetingFormat,
    MentoringArea,
    MentorProfile,
    MentorshipRequest,
    Specialty,
)


class MentorFilterForm(forms.Form):
    """The directory's filters, all in the URL. A value that does not validate is ignored."""

    q = forms.CharField(
        label=_("Search by name or words in a profile"), required=False, max_length=200
    )
    specialty = forms.ChoiceField(label=_("Specialty"), required=False)
    region = forms.ChoiceField(label=_("Region"), required=False, choices=Region.choices)
    state = forms.ChoiceField(label=_("State"), required=False, choices=State.choices)
    area = forms.ChoiceField(
        label=_("Can help with"), required=False, choices=MentoringArea.choices
    )
    stage = forms.ChoiceField(
        label=_("Mentors people who are"), required=False, choices=Stage.choices
    )
    language = forms.ChoiceField(label=_("Language"), required=False)
    format = forms.ChoiceField(label=_("Meets by"), required=False, choices=MeetingFormat.choices)
    accepting = forms.BooleanField(label=_("Accepting new mentees now"), required=False)

    EMPTY_LABELS = {
        "specialty": _("All specialties"),
        "region": _("All regions"),
        "state": _("All states"),
        "area": _("Any area"),
        "stage": _("Any stage"),
        "language": _("Any language"),
        "format": _("Any format"),
    }

    def __init__(self, data, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.fields["specialty"].choices = [
            (specialty.slug, specialty.display_name) for specialty in Specialty.objects.all()
        ]
        self.fields["language"].choices = [
            (language.code, str(language)) for language in Language.objects.all()
        ]
        for name, label in self.EMPTY_LABELS.items():
            self.fields[name].choices = [("", label), *self.fields[name].choices]

    def filters(self):
        """The valid filters only: a bad value in one field does not spoil the others."""
        self.is_valid()
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if value and name not in self.errors
        }

    def set_counts(self, facets):
        """Show each option's number of mentors; drop empty options unless chosen."""
        chosen = self.filters()
        for name in self.EMPTY_LABELS:
            counts = facets[name]
            field = self.fields[name]
            empty, *options = field.choices
            field.choices = [empty] + [
                (value, f"{label} ({counts.get(value, 0)})")
                for value, label in options
                if counts.get(value) or chosen.get(name) == value
            ]
        # The bound field has read its label already, so both are set.
        label = f"{self.fields['accepting'].label} ({facets['accepting']})"
        self.fields["accepting"].label = self["accepting"].label = label

    def active_filters(self):
        """(field label, value label, address without this filter) for each filter in use."""
        chosen = self.filters()
        active = []
        for name, value in chosen.items():
            field = self.fields[name]
            if name == "q":
                shown = value
            elif name == "accepting":
                shown = _("Yes")
            else:
                shown = dict(field.choices).get(value, value).rsplit(" (", 1)[0]
            rest = {key: val for key, val in chosen.items() if key != name}
            rest = {key: ("1" if val is True else val) for key, val in rest.items()}
            active.append((field.label, shown, "?" + urlencode(rest) if rest else "?"))
        return active


class MentorProfileForm(forms.ModelForm):
    """What a mentor tells mentees. Shown after they accept the volunteer protocol."""

    class Meta:
        model = MentorProfile
        fields = [
            "headline",
            "bio",
            "specialties",
            "areas",
            "stages",
            "languages",
            "formats",
            "time_commitment",
            "capacity",
            "accepting_mentees",
        ]
        widgets = {
            "specialties": forms.CheckboxSelectMultiple,
            "languages": forms.CheckboxSelectMultiple,
            "bio": forms.Textarea(attrs={"rows": 8}),
        }
        help_texts = {
            "specialties": _("Choose the specialties you can speak to."),
            "areas": _("Mentees filter the directory by these."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ["specialties", "areas", "stages", "languages", "formats"]:
            self.fields[name].required = True
        self.fields["specialties"].queryset = Specialty.objects.all()
        self.fields["capacity"].widget.attrs.update(min=1, max=10)


class CouncilContactForm(forms.ModelForm):
    """Write to a council without anyone's personal address being shown. ``website`` is a
    field people do not see; software that fills every field fills it too."""

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta:
        model = CouncilMessage
        fields = ["name", "email", "message"]
        widgets = {"message": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"

    def is_spam(self):
        return bool(self.cleaned_data.get("website"))


class MentorshipRequestForm(forms.ModelForm):
    """What a mentee tells a mentor. Goals come from the mentoring areas; the formats offered
    are the ones this mentor can meet by."""

    class Meta:
        model = MentorshipRequest
        fields = ["message", "goals", "preferred_format"]
        widgets = {
            "message": forms.Textarea(attrs={"rows": 7}),
            "preferred_format": forms.RadioSelect,
        }

    def __init__(self, *args, mentor, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["goals"].required = True
        offered = set(mentor.formats)
        self.fields["preferred_format"].choices = [
            (value, label) for value, label in MeetingFormat.choices if value in offered
        ]
        self.fields["message"].widget.attrs["minlength"] = 20

    def clean_message(self):
        message = self.cleaned_data["message"].strip()
        if len(message) < 20:
            raise forms.ValidationError(
                _("Please write a little more: a few sentences help the mentor say yes.")
            )
        return message


class DeclineForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("What the member will read"),
        choices=DeclineReason.choices,
        widget=forms.RadioSelect,
        initial=DeclineReason.OTHER,
    )


class MatchingPreferencesForm(forms.ModelForm):
    class Meta:
        model = MatchingProfile
        fields = ["goals", "identities", "prefer_shared_identity", "share_identity"]

    def __init__(self, *args, is_mentor=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not is_mentor:
            del self.fields["share_identity"]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("prefer_shared_identity") and not cleaned.get("identities"):
            self.add_error(
                "identities",
                _("Choose how you identify, or untick the shared-identity preference."),
            )
        if cleaned.get("share_identity") and not cleaned.get("identities"):
            self.add_error("identities", _("Choose how you identify to let it count."))
        return cleaned
