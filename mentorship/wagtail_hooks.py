from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from hub.menu import MENTORSHIP_MENU_HOOK, PermittedMenuItem, SectionMenuItem
from mentorship.admin_views import MentorshipViewSetGroup
from mentorship.models import MentorDirectoryPage, Specialty
from mentorship.reports import can_read_reports, report_urls


class SpecialtyViewSet(SnippetViewSet):
    """The curated specialty list. Editors add and rename specialties here; nobody free-types."""

    model = Specialty
    icon = "tag"
    menu_label = _("Specialties")
    menu_hook = MENTORSHIP_MENU_HOOK
    menu_order = 600
    list_display = ["name", "name_es", "slug"]
    search_fields = ["name", "name_es"]
    ordering = ["name"]


register_snippet(SpecialtyViewSet)


@hooks.register("register_admin_viewset")
def register_mentorship_viewsets():
    return MentorshipViewSetGroup()


@hooks.register(MENTORSHIP_MENU_HOOK)
def register_directory_menu_item():
    return SectionMenuItem(
        _("Mentor directory pages"), MentorDirectoryPage, icon_name="doc-full", order=700
    )


@hooks.register("register_admin_urls")
def register_mentorship_report_urls():
    return report_urls()


@hooks.register("register_reports_menu_item")
def register_programme_report_menu_item():
    return PermittedMenuItem(
        _("Mentorship programme"),
        reverse("mentorship_programme_report"),
        icon_name="group",
        order=710,
        shown_to=can_read_reports,
    )


@hooks.register("register_reports_menu_item")
def register_slow_responders_menu_item():
    return PermittedMenuItem(
        _("Mentors slow to respond"),
        reverse("mentorship_slow_responders_report"),
        icon_name="time",
        order=720,
        shown_to=can_read_reports,
    )


from mentorship import admin_dashboard  # noqa: E402,F401
