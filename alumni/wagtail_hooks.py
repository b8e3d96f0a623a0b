"""The admin's Alumni menu. Each part of alumni discovery registers its own admin views in its
own module (``admin_*.py``), adding its viewset or menu item to this menu through the
``register_alumni_menu_item`` hook; this module imports them so Wagtail loads their hooks."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup

ALUMNI_MENU_HOOK = "register_alumni_menu_item"


class AlumniMenu(ViewSetGroup):
    menu_label = _("Alumni")
    menu_icon = "group"
    menu_order = 330
    submenu_hook = ALUMNI_MENU_HOOK


@hooks.register("register_admin_viewset")
def register_alumni_menu():
    return AlumniMenu()


from alumni import (  # noqa: E402,F401
    admin_claims,
    admin_imports,
    admin_invitations,
    admin_reach,
    admin_registry,
)
