from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from hub.menu import (
    RESOURCES_MENU_HOOK,
    PermittedMenuItem,
    SectionMenuItem,
    area_menu,
    works_on_pages,
)
from resources.models import EventIndexPage, ResourceIndexPage


@hooks.register("register_admin_viewset")
def register_resources_menu():
    return area_menu(_("Resources"), "folder-open-inverse", 350, RESOURCES_MENU_HOOK)


@hooks.register(RESOURCES_MENU_HOOK)
def register_library_menu_item():
    return SectionMenuItem(
        _("Resource library"), ResourceIndexPage, icon_name="doc-full", order=100
    )


@hooks.register(RESOURCES_MENU_HOOK)
def register_events_menu_item():
    return SectionMenuItem(_("Events calendar"), EventIndexPage, icon_name="date", order=200)


# --- Resource library: Reports → Resources due for review --------------------------------


@hooks.register("register_admin_urls")
def register_resource_review_report_urls():
    from resources.reports import review_report_urls

    return review_report_urls()


@hooks.register("register_reports_menu_item")
def register_resource_review_menu_item():
    return PermittedMenuItem(
        _("Resources due for review"),
        reverse("resources_review_report"),
        icon_name="doc-full",
        order=710,
        shown_to=works_on_pages,
    )


# --- Event registrations: a read-only list for Alumni Relations ---------------------------


@hooks.register("register_admin_viewset")
def register_event_admin():
    from resources.admin_views import RegistrationViewSet

    return RegistrationViewSet()


from resources import admin_dashboard  # noqa: E402,F401
