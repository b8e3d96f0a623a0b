"""Model fields shared by several apps."""

from django import forms
from django.db import models


class ChoiceListField(models.CharField):
    """Several choices in one column, stored as ",a,b," so any database can filter on one.

    ``queryset.filter(areas__contains=",research,")`` finds the rows that include a choice.
    Subclasses set ``choice_set`` (a TextChoices class); the form field is a list of
    checkboxes, and ``labels()`` turns stored values into their translated labels.
    """

    choice_set = None

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if isinstance(value, list | tuple):
            return list(value)
        return [item for item in (value or "").split(",") if item]

    def get_prep_value(self, value):
        items = self.to_python(value)
        return f",{','.join(items)}," if items else ""

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.choice_set.choices,
            required=not self.blank,
            widget=forms.CheckboxSelectMultiple,
            label=self.verbose_name.capitalize(),
            help_text=self.help_text,
        )

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    @classmethod
    def contains(cls, value):
        """The lookup value that finds rows including ``value``."""
        return f",{value},"

    def labels(self, values):
        names = dict(self.choice_set.choices)
        return [names[value] for value in values if value in names]
