"""Admin menu items shown only to the staff whose work they lead to."""

from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy


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
