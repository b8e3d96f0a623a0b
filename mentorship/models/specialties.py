from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
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


def specialties_field(through, verbose_name=None):
    """A page's specialties, chosen from the curated list through ``through`` (a
    ``TaggedItemBase`` with a ``ParentalKey`` to the page)."""
    return ClusterTaggableManager(
        through=through,
        blank=True,
        verbose_name=verbose_name or _("specialties"),
        help_text=_(
            "Choose from the Hub's specialty list (Mentorship → Specialties); a name that is "
            "not on the list is not kept."
        ),
    )
