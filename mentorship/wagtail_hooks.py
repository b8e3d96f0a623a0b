from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from mentorship.admin_views import MentorshipViewSetGroup
from mentorship.models import Specialty


class SpecialtyViewSet(SnippetViewSet):
    """The curated specialty list. Editors add and rename specialties here; nobody free-types."""

    model = Specialty
    icon = "tag"
    menu_label = _("Specialties")
    list_display = ["name", "name_es", "slug"]
    search_fields = ["name", "name_es"]
    ordering = ["name"]


register_snippet(SpecialtyViewSet)


@hooks.register("register_admin_viewset")
def register_mentorship_viewsets():
    return MentorshipViewSetGroup()
