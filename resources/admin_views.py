"""Event registrations in the Wagtail admin: a read-only record for Alumni Relations (who hold
``resources.view_registration``) and superusers. Members register and cancel on the site;
nobody adds, changes or deletes a registration here."""

from django.db.models import OuterRef, Subquery
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column

from hub.menu import RESOURCES_MENU_HOOK
from hub.viewsets import NoAddViewSet
from resources.models import EventPage, Registration


class RegistrationViewSet(NoAddViewSet):
    model = Registration
    name = "event_registrations"
    url_prefix = "event-registrations"
    icon = "date"
    menu_label = _("Event registrations")
    menu_order = 300
    menu_hook = RESOURCES_MENU_HOOK
    list_display = [
        Column("event_title", label=_("Event")),
        "user",
        "status",
        "created_at",
    ]
    list_filter = ["status"]
    search_fields = ["user__first_name", "user__last_name", "user__email"]
    search_backend_name = None
    inspect_view_fields = [
        "user",
        "status",
        "created_at",
        "waitlisted_at",
        "promoted_at",
        "cancelled_at",
    ]
    edit_view_enabled = False
    form_fields = []
    disabled_actions = frozenset({"add", "change", "delete"})

    def get_queryset(self):
        # The title of the event's canonical page (the original, as registrations.py locks).
        title = (
            EventPage.objects.filter(translation_key=OuterRef("event_key"))
            .order_by("pk")
            .values("title")[:1]
        )
        return (
            Registration.objects.annotate(event_title=Subquery(title))
            .select_related("user")
            .order_by("-created_at", "-pk")
        )
