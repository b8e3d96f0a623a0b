from django import forms
from django.utils.translation import gettext_lazy as _

from hub.vocabulary import Stage
from learning.models import StagesField
from mentorship.models import Specialty
from resources.models import ResourceType

SORTS = {
    # Newest first: the most recently published, then the most recently created.
    "newest": ["-first_published_at", "-pk"],
    "title": ["title", "pk"],
}


class ResourceFilterForm(forms.Form):
    """The resource library's filters, all in the URL. A value that does not validate is
    ignored, never an error: a bad value in one field does not spoil the others."""

    q = forms.CharField(label=_("Search resources"), required=False, max_length=200)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    type = forms.ChoiceField(
        label=_("Type"), required=False, choices=[("", _("Any type")), *ResourceType.choices]
    )
    specialty = forms.ChoiceField(label=_("Specialty"), required=False)
    stage = forms.ChoiceField(
        label=_("Career stage"), required=False, choices=[("", _("Any stage")), *Stage.choices]
    )
    sort = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[("newest", _("Newest first")), ("title", _("Title (A to Z)"))],
    )

    def __init__(self, data, topics, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.fields["topic"].choices = [("", _("All topics"))] + [
            (topic.slug, topic.name) for topic in topics
        ]
        self.fields["specialty"].choices = [("", _("All specialties"))] + [
            (specialty.slug, specialty.display_name) for specialty in Specialty.objects.all()
        ]

    def filters(self):
        """The valid, non-empty values only."""
        self.is_valid()
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if value and name not in self.errors
        }

    def narrows(self):
        """True when a search or a filter (not just a sort order) is in use."""
        return any(name != "sort" for name in self.filters())

    def apply(self, resources):
        filters = self.filters()
        if "topic" in filters:
            resources = resources.filter(topic__slug=filters["topic"])
        if "type" in filters:
            resources = resources.filter(resource_type=filters["type"])
        if "specialty" in filters:
            resources = resources.filter(
                tagged_specialties__tag__slug=filters["specialty"]
            ).distinct()
        if "stage" in filters:
            resources = resources.filter(stages__contains=StagesField.contains(filters["stage"]))
        if "q" in filters:
            matches = (
                resources.model.objects.live()
                .filter(pk__in=resources.values("pk"))
                .search(filters["q"], operator="and")
            )
            resources = resources.filter(pk__in=[page.pk for page in matches])
        return resources.order_by(*SORTS[filters.get("sort", "newest")])
