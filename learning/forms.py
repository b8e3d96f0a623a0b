from django import forms
from django.utils.translation import gettext_lazy as _

from hub.vocabulary import Stage
from learning.models import CourseFormat
from mentorship.models import Specialty

LENGTHS = {
    "short": (0, 30),
    "medium": (30, 60),
    "long": (60, 10_000),
}
LENGTH_CHOICES = [
    ("", _("Any length")),
    ("short", _("Under 30 minutes")),
    ("medium", _("30 to 60 minutes")),
    ("long", _("Over an hour")),
]


class CourseFilterForm(forms.Form):
    """Filters for the learning library. Values that do not validate are ignored, never an error."""

    q = forms.CharField(label=_("Search courses"), required=False, max_length=200)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    stage = forms.ChoiceField(
        label=_("Career stage"), required=False, choices=[("", _("Any stage")), *Stage.choices]
    )
    specialty = forms.ChoiceField(label=_("Specialty"), required=False)
    format = forms.ChoiceField(
        label=_("Format"), required=False, choices=[("", _("Any format")), *CourseFormat.choices]
    )
    length = forms.ChoiceField(label=_("Length"), required=False, choices=LENGTH_CHOICES)

    def __init__(self, data, topics, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.fields["topic"].choices = [("", _("All topics"))] + [
            (topic.slug, topic.name) for topic in topics
        ]
        self.fields["specialty"].choices = [("", _("All specialties"))] + [
            (specialty.slug, specialty.display_name) for specialty in Specialty.objects.all()
        ]

    def filters(self):
        """The valid filters only: a bad value in one field does not spoil the others."""
        self.is_valid()
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if value and name not in self.errors
        }

    def apply(self, courses):
        filters = self.filters()
        if "topic" in filters:
            courses = courses.filter(topic__slug=filters["topic"])
        if "stage" in filters:
            courses = courses.filter(audience__contains=f",{filters['stage']},")
        if "specialty" in filters:
            courses = courses.filter(tagged_specialties__tag__slug=filters["specialty"]).distinct()
        if "format" in filters:
            courses = courses.filter(format=filters["format"])
        if "length" in filters:
            low, high = LENGTHS[filters["length"]]
            courses = courses.filter(total_minutes__gte=low, total_minutes__lt=high)
        if "q" in filters:
            matches = (
                courses.model.objects.live()
                .filter(pk__in=courses.values("pk"))
                .search(filters["q"], operator="and")
            )
            courses = courses.filter(pk__in=[page.pk for page in matches])
        return courses


class KnowledgeCheckForm(forms.Form):
    """One field per question; answer choices are indexes, so nothing reveals which is right."""

    token = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, module, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for index, block in enumerate(module.questions):
            question = block.value
            choices = [(str(i), answer["text"]) for i, answer in enumerate(question["answers"])]
            if question["kind"] == "multiple":
                field = forms.MultipleChoiceField(
                    choices=choices,
                    widget=forms.CheckboxSelectMultiple,
                    help_text=_("Choose all that apply."),
                )
            else:
                field = forms.ChoiceField(choices=choices, widget=forms.RadioSelect)
            field.label = question["prompt"]
            field.error_messages["required"] = _("Please answer this question.")
            self.fields[f"q{index}"] = field

    def answers(self):
        answers = {}
        for name, value in self.cleaned_data.items():
            if name.startswith("q"):
                values = value if isinstance(value, list) else [value]
                answers[int(name[1:])] = [int(v) for v in values]
        return answers
