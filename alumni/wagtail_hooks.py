"""The admin's Alumni menu. Each part of alumni discovery registers its own admin views in its
own module (``admin_*.py``), adding its viewset or menu item to this menu through the
``ALUMNI_MENU_HOOK`` hook; this module imports them so Wagtail loads their hooks."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from hub.menu import ALUMNI_MENU_HOOK, area_menu


@hooks.register("register_admin_viewset")
def register_alumni_menu():
    return area_menu(_("Alumni"), "group", 340, ALUMNI_MENU_HOOK)


from alumni import (  # noqa: E402,F401
    admin_claims,
    admin_imports,
    admin_invitations,
    admin_reach,
    admin_registry,
)
