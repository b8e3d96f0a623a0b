import datetime

from django import forms
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from hub.vocabulary import Region, Stage, State
from members.models import Language
from mentorship.models import (
    CheckIn,
    CouncilMessage,
    DeclineReason,
    EndReason,
    MatchingProfile,
    MeetingFormat,
    MentoringArea,
    MentorProfile,
    Mentorship,
    MentorshipFeedback,
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


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class AgreementForm(forms.ModelForm):
    """The few things two people agree on at the start. Saving it counts as the saver's
    confirmation; the other person is asked to confirm."""

    class Meta:
        model = Mentorship
        fields = [
            "agreed_goals",
            "meeting_rhythm",
            "preferred_contact",
            "contact_notes",
            "start_date",
        ]
        widgets = {
            "agreed_goals": forms.Textarea(attrs={"rows": 5}),
            "meeting_rhythm": forms.RadioSelect,
            "preferred_contact": forms.RadioSelect,
            "start_date": DateInput(),
        }

    FIELDS = Meta.fields

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ["agreed_goals", "meeting_rhythm", "preferred_contact", "start_date"]:
            self.fields[name].required = True
        # Radio lists need no empty choice: a person picks one.
        for name in ["meeting_rhythm", "preferred_contact"]:
            self.fields[name].choices = self.fields[name].choices[1:]

    def clean_agreed_goals(self):
        goals = self.cleaned_data["agreed_goals"].strip()
        if len(goals) < 10:
            raise forms.ValidationError(_("Please say in a sentence or two what you will work on."))
        return goals

    def clean_start_date(self):
        start = self.cleaned_data["start_date"]
        began = timezone.localdate(self.instance.started_at)
        if start < began - datetime.timedelta(days=7):
            raise forms.ValidationError(
                _("The first meeting cannot be before the mentorship began (%(date)s).")
                % {"date": began.isoformat()}
            )
        if start > timezone.localdate() + datetime.timedelta(days=180):
            raise forms.ValidationError(_("Please choose a date in the next six months."))
        return start


class CheckInForm(forms.ModelForm):
    token = forms.UUIDField(widget=forms.HiddenInput)

    class Meta:
        model = CheckIn
        fields = ["met_on", "topics", "next_steps", "support_requested", "support_note"]
        widgets = {
            "met_on": DateInput(),
            "topics": forms.Textarea(attrs={"rows": 4}),
            "next_steps": forms.Textarea(attrs={"rows": 3}),
            "support_note": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, mentorship, **kwargs):
        super().__init__(*args, **kwargs)
        self.mentorship = mentorship

    def clean_met_on(self):
        met_on = self.cleaned_data["met_on"]
        if met_on > timezone.localdate():
            raise forms.ValidationError(_("Log a check-in after you meet, not before."))
        if met_on < timezone.localdate(self.mentorship.started_at):
            raise forms.ValidationError(_("This date is before your mentorship began."))
        return met_on

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("support_note") and not cleaned.get("support_requested"):
            self.add_error(
                "support_requested",
                _("Tick this box so NMF staff receive your note, or clear the note."),
            )
        return cleaned


class FeedbackForm(forms.ModelForm):
    class Meta:
        model = MentorshipFeedback
        fields = ["helpfulness", "goals_met", "would_recommend", "comments"]
        widgets = {
            "helpfulness": forms.RadioSelect,
            "goals_met": forms.RadioSelect,
            "would_recommend": forms.RadioSelect,
            "comments": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Radio lists need no empty choice; "No" is a real answer, not a missing one.
        for name in ["helpfulness", "goals_met", "would_recommend"]:
            self.fields[name].choices = [
                choice for choice in self.fields[name].choices if choice[0] != ""
            ]


class CloseForm(FeedbackForm):
    """Closing a mentorship: why, and the closer's feedback in the same step."""

    end_reason = forms.ChoiceField(
        label=_("Why are you closing this mentorship?"),
        choices=EndReason.choices,
        widget=forms.RadioSelect,
    )

    field_order = ["end_reason", "helpfulness", "goals_met", "would_recommend", "comments"]
