from django import forms
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from employers.models import EmployerType, Tier
from hub.vocabulary import Region, State
from mentorship.models import Specialty

# "Any current tier" sits above the tiers themselves, highest first.
ANY_CURRENT_TIER = "current"
SORT_BY_NAME = "name"
SORT_BY_RECENT = "recent"


class EmployerFilterForm(forms.Form):
    """The Employers of Choice index's filters and sort, all in the URL. A value that does not
    validate is ignored: a bad state does not spoil a good specialty."""

    q = forms.CharField(
        label=_("Search by name, city or words on the page"), required=False, max_length=200
    )
    state = forms.ChoiceField(label=_("State"), required=False, choices=State.choices)
    region = forms.ChoiceField(label=_("Region"), required=False, choices=Region.choices)
    type = forms.ChoiceField(
        label=_("Type of employer"), required=False, choices=EmployerType.choices
    )
    specialty = forms.ChoiceField(label=_("Specialty"), required=False)
    tier = forms.ChoiceField(
        label=_("Current recognition"),
        required=False,
        choices=[
            (ANY_CURRENT_TIER, _("Any current tier")),
            *reversed(Tier.choices),
        ],
    )
    year = forms.TypedChoiceField(label=_("Recognized in"), required=False, coerce=int)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[
            (SORT_BY_NAME, _("Name")),
            (SORT_BY_RECENT, _("Most recent recognition")),
        ],
    )

    EMPTY_LABELS = {
        "state": _("All states"),
        "region": _("All regions"),
        "type": _("All types"),
        "specialty": _("All specialties"),
        "tier": _("Any status"),
        "year": _("Any year"),
    }

    def __init__(self, data, *args, years=(), specialties=None, **kwargs):
        super().__init__(data, *args, **kwargs)
        if specialties is None:
            specialties = Specialty.objects.all()
        self.fields["specialty"].choices = [
            (specialty.slug, specialty.display_name) for specialty in specialties
        ]
        self.fields["year"].choices = [(year, str(year)) for year in years]
        # Labels as they read before counts are added, for the filters in use.
        self.option_labels = {
            name: {str(value): label for value, label in field.choices}
            for name, field in self.fields.items()
            if hasattr(field, "choices")
        }
        for name, label in self.EMPTY_LABELS.items():
            self.fields[name].choices = [("", label), *self.fields[name].choices]

    def _valid(self):
        self.is_valid()
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if value not in ("", None) and name not in self.errors
        }

    def filters(self):
        """The valid filters only (the sort is not a filter)."""
        return {name: value for name, value in self._valid().items() if name != "sort"}

    def chosen_sort(self):
        return self._valid().get("sort") or SORT_BY_NAME

    def set_counts(self, facets):
        """Show each option's number of employers; drop empty options unless chosen."""
        chosen = self.filters()
        for name in self.EMPTY_LABELS:
            counts = facets[name]
            field = self.fields[name]
            empty, *options = field.choices
            field.choices = [empty] + [
                (value, f"{label} ({counts.get(value, 0)})")
                for value, label in options
                if counts.get(value) or str(chosen.get(name, "")) == str(value)
            ]

    def active_filters(self):
        """(field label, value label, address without this filter) for each filter in use.
        Removing a filter keeps the others and the sort."""
        valid = self._valid()
        active = []
        for name, value in self.filters().items():
            shown = value if name == "q" else self.option_labels[name].get(str(value), value)
            rest = {key: val for key, val in valid.items() if key != name}
            active.append((self.fields[name].label, shown, "?" + urlencode(rest) if rest else "?"))
        return active
