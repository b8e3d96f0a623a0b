"""Dashboard panels that show each staff group what waits for it.

A panel is a ``WorkPanel`` subclass naming the groups it is for and the lines it shows; each
line is a count (or a single item) with a link to where the work is done. Register a panel
class with ``register_work_panel`` in the app that owns the work; it then appears on the admin
dashboard of members of its groups (and of administrators), and nobody else's.
"""

from dataclasses import dataclass

from django.contrib.humanize.templatetags.humanize import intcomma
from wagtail import hooks
from wagtail.admin.ui.components import Component


@dataclass(frozen=True)
class WorkLine:
    """One line of a panel: the text already worded for its count, and where to act on it."""

    text: str
    url: str
    count: int | None = None

    @property
    def waiting(self):
        return bool(self.count)

    @classmethod
    def counted(cls, message, count, url, **values):
        """A line saying how many things wait. ``message`` is an ``ngettext_lazy`` text keyed
        on ``"count"`` (which picks the plural) that shows the number as ``%(number)s``."""
        return cls(message % {"count": count, "number": intcomma(count), **values}, url, count)


def group_names(user):
    """The names of a user's groups, read once per request and kept on the user."""
    if not hasattr(user, "_hub_group_names"):
        user._hub_group_names = frozenset(user.groups.values_list("name", flat=True))
    return user._hub_group_names


class WorkPanel(Component):
    """A dashboard panel listing what waits for ``groups``. Subclasses set ``name``,
    ``heading``, ``groups`` and ``order``, and return their lines from ``lines()``."""

    template_name = "hub/admin/work_panel.html"
    name = ""
    heading = ""
    groups = frozenset()
    order = 100

    def __init__(self, request):
        self.request = request

    @classmethod
    def is_shown_to(cls, user):
        return user.is_superuser or bool(cls.groups & group_names(user))

    def lines(self):
        raise NotImplementedError

    def get_context_data(self, parent_context):
        return {"panel": self, "lines": self.lines()}


def register_work_panel(panel_class):
    """Show ``panel_class`` on the dashboards of the staff it is for. Use as a decorator."""

    @hooks.register("construct_homepage_panels")
    def add_panel(request, panels):
        if panel_class.is_shown_to(request.user):
            panels.append(panel_class(request))

    return panel_class
