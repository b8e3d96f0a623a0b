from django import forms
from django.utils.translation import gettext_lazy as _

from resources.models import EventFormat


class EventFilterForm(forms.Form):
    """Filters for the events calendar. Values that do not validate are ignored, never an error."""

    topic = forms.ChoiceField(label=_("Topic"), required=False)
    specialty = forms.ChoiceField(label=_("Specialty"), required=False)
    format = forms.ChoiceField(
        label=_("Format"), required=False, choices=[("", _("Any format")), *EventFormat.choices]
    )

    def __init__(self, data, topics, specialties, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.fields["topic"].choices = [("", _("All topics"))] + [
            (topic.slug, topic.name) for topic in topics
        ]
        self.fields["specialty"].choices = [("", _("All specialties"))] + [
            (specialty.slug, specialty.display_name) for specialty in specialties
        ]

    def filters(self):
        """The valid filters only: a bad value in one field does not spoil the others."""
        self.is_valid()
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if value and name not in self.errors
        }

    def apply(self, events):
        filters = self.filters()
        if "topic" in filters:
            events = events.filter(topic__slug=filters["topic"])
        if "specialty" in filters:
            events = events.filter(tagged_specialties__tag__slug=filters["specialty"]).distinct()
        if "format" in filters:
            events = events.filter(event_format=filters["format"])
        return events
