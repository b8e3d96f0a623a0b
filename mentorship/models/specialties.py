from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from taggit.models import TagBase


class Specialty(TagBase):
    """A specialty from NMF's curated list. Editors manage the list; nobody types new ones.

    Mentors, members, courses, resources, employers and events are all tagged with it.
    """

    free_tagging = False

    name_es = models.CharField(
        _("Spanish name"),
        max_length=100,
        blank=True,
        help_text=_("Shown to visitors reading in Spanish; the English name is used if empty."),
    )

    class Meta:
        verbose_name = _("specialty")
        verbose_name_plural = _("specialties")
        ordering = ["name"]

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        if translation.get_language() == "es" and self.name_es:
            return self.name_es
        return self.name
