from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy

# --- Resource library: Reports → Resources due for review --------------------------------


@hooks.register("register_admin_urls")
def register_resource_review_report_urls():
    from resources.reports import review_report_urls

    return review_report_urls()


class ResourceReviewMenuItem(MenuItem):
    """Shown to staff who work on pages: editors, moderators and administrators."""

    def is_shown(self, request):
        return PagePermissionPolicy().user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


@hooks.register("register_reports_menu_item")
def register_resource_review_menu_item():
    return ResourceReviewMenuItem(
        _("Resources due for review"),
        reverse("resources_review_report"),
        icon_name="doc-full",
        order=710,
    )


# --- Event registrations: a read-only list for Alumni Relations ---------------------------


@hooks.register("register_admin_viewset")
def register_event_admin():
    from resources.admin_views import RegistrationViewSet

    return RegistrationViewSet()
