"""The admin menu, grouped by area of the Hub.

Each area (Learning, Mentorship, Employers, Alumni, Resources) is a menu group that its app
registers with ``area_menu``; viewsets join a group by setting ``menu_hook`` to the group's
hook name, and ``SectionMenuItem`` adds a shortcut to the area's pages in the page explorer.
Wagtail hides items a user may not use, and a group with nothing to show.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.models import Locale, Page
from wagtail.permission_policies.pages import PagePermissionPolicy

LEARNING_MENU_HOOK = "register_learning_menu_item"
MENTORSHIP_MENU_HOOK = "register_mentorship_menu_item"
EMPLOYERS_MENU_HOOK = "register_employers_menu_item"
ALUMNI_MENU_HOOK = "register_alumni_menu_item"
RESOURCES_MENU_HOOK = "register_resources_menu_item"


def area_menu(label, icon, order, hook, items=()):
    """A menu group for one area of the Hub, gathering what registers with ``hook``."""
    return type(
        "AreaMenu",
        (ViewSetGroup,),
        {
            "menu_label": label,
            "menu_icon": icon,
            "menu_order": order,
            "submenu_hook": hook,
            "items": tuple(items),
        },
    )()


class PermittedMenuItem(MenuItem):
    """A menu item shown only to users for whom ``shown_to(user)`` is true: the view behind it
    checks the same rule, so the menu never offers a page that would refuse them."""

    def __init__(self, *args, shown_to, **kwargs):
        super().__init__(*args, **kwargs)
        self.shown_to = shown_to

    def is_shown(self, request):
        return self.shown_to(request.user)


def works_on_pages(user):
    """Editors, moderators and administrators: anyone who may add, change or publish pages."""
    return PagePermissionPolicy().user_has_any_permission(user, ["add", "change", "publish"])


class SectionMenuItem(PermittedMenuItem):
    """A shortcut to a section of the site in the page explorer, e.g. the course catalogue,
    for the staff who work on pages."""

    def __init__(self, label, page_model, **kwargs):
        url = reverse("hub_explore_section", args=[page_model._meta.label_lower])
        super().__init__(label, url, shown_to=works_on_pages, **kwargs)


def explore_section(request, model_label):
    """Open the page explorer at the first page of a type, in the default language."""
    if not works_on_pages(request.user):
        raise PermissionDenied
    app_label, _dot, model = model_label.partition(".")
    page = (
        Page.objects.filter(
            content_type__app_label=app_label,
            content_type__model=model,
            locale=Locale.get_default(),
        )
        .order_by("path")
        .only("pk")
        .first()
    )
    if page is None:
        messages.info(request, _("That section has no pages yet."))
        return redirect("wagtailadmin_explore_root")
    return redirect("wagtailadmin_explore", page.pk)


def section_urls():
    return [path("sections/<str:model_label>/", explore_section, name="hub_explore_section")]
