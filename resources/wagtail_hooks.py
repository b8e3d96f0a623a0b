from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from hub.menu import PermittedMenuItem, works_on_pages

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
