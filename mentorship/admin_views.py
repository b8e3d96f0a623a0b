"""The mentor programme in the Wagtail admin: mentors (to pause one), protocol acceptances,
and messages sent to the councils. Who sees what follows members/permissions.py."""

from django import forms
from django.db.models import Max, OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSetGroup

from hub.menu import MENTORSHIP_MENU_HOOK
from hub.viewsets import NoAddViewSet
from mentorship.models import (
    CheckIn,
    CouncilMessage,
    MentorProfile,
    MentorshipRequest,
    ProtocolAcknowledgement,
)


class MentorProfileViewSet(NoAddViewSet):
    model = MentorProfile
    name = "mentors_admin"
    url_prefix = "mentors"
    icon = "user"
    menu_label = _("Mentors")
    list_display = [
        "__str__",
        "headline",
        "capacity",
        Column("active_mentees", label=_("Active mentees")),
        Column("accepted_version", label=_("Protocol accepted")),
        "accepting_mentees",
        "paused",
    ]
    list_filter = ["paused", "accepting_mentees", "specialties"]
    search_fields = ["headline", "bio", "member__user__first_name", "member__user__last_name"]
    search_backend_name = None
    inspect_view_fields = [
        "member",
        "headline",
        "bio",
        "specialties",
        "areas",
        "stages",
        "languages",
        "formats",
        "time_commitment",
        "capacity",
        "accepting_mentees",
        "paused",
        "paused_reason",
        "created_at",
    ]
    # Staff pause and unpause; the profile itself is the mentor's own words.
    panels = [FieldPanel("paused"), FieldPanel("paused_reason")]

    def get_queryset(self):
        latest = (
            ProtocolAcknowledgement.objects.filter(user=OuterRef("member__user"))
            .order_by()
            .values("user")
            .annotate(v=Max("version"))
            .values("v")
        )
        return (
            MentorProfile.objects.with_active_mentees()
            .annotate(accepted_version=Subquery(latest))
            .select_related("member__user")
        )


class ProtocolAcknowledgementViewSet(NoAddViewSet):
    model = ProtocolAcknowledgement
    name = "protocol_acknowledgements"
    url_prefix = "protocol-acknowledgements"
    icon = "tick-inverse"
    menu_label = _("Protocol acceptances")
    list_display = ["user", "version", "language", "accepted_at"]
    list_filter = ["version"]
    search_fields = ["user__first_name", "user__last_name", "user__email"]
    search_backend_name = None
    # Acceptances are a record: nobody edits them.
    edit_view_enabled = False
    form_fields = []

    disabled_actions = frozenset({"add", "change", "delete"})


class CouncilMessageViewSet(NoAddViewSet):
    model = CouncilMessage
    name = "council_messages"
    url_prefix = "council-messages"
    icon = "mail"
    menu_label = _("Council messages")
    list_display = ["name", "council", "sent_at", "handled"]
    list_filter = ["handled", "council"]
    search_fields = ["name", "email", "message"]
    search_backend_name = None
    inspect_view_fields = ["council", "name", "email", "message", "language", "sent_at", "handled"]
    panels = [FieldPanel("handled")]


class MentorshipRequestViewSet(NoAddViewSet):
    model = MentorshipRequest
    name = "mentorship_requests"
    url_prefix = "mentorship-requests"
    icon = "mail"
    menu_label = _("Requests")
    list_display = ["mentee", "mentor", "status", "created_at", "responded_at"]
    list_filter = ["status", "created_at"]
    search_fields = ["mentee__last_name", "mentor__last_name", "mentee__email", "mentor__email"]
    search_backend_name = None
    inspect_view_fields = [
        "mentee",
        "mentor",
        "status",
        "goals",
        "preferred_format",
        "decline_reason",
        "created_at",
        "reminded_at",
        "responded_at",
    ]
    # A request is the two members' own exchange: staff see its course, never change it.
    edit_view_enabled = False
    form_fields = []

    def get_queryset(self):
        return MentorshipRequest.objects.select_related("mentee", "mentor")

    disabled_actions = frozenset({"add", "change", "delete"})


class SupportRequestForm(WagtailAdminModelForm):
    handled = forms.BooleanField(
        label=_("Handled"),
        required=False,
        help_text=_("Tick once someone from the team has contacted the member."),
    )

    class Meta:
        model = CheckIn
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["handled"].initial = self.instance.support_handled_at is not None

    def save(self, commit=True):
        handled = self.cleaned_data["handled"]
        if handled and self.instance.support_handled_at is None:
            self.instance.support_handled_at = timezone.now()
        elif not handled:
            self.instance.support_handled_at = None
        return super().save(commit)


class SupportRequestViewSet(NoAddViewSet):
    """Check-ins in which a member asked for NMF's support. Staff see the note written for
    them and who asked, never the pair's other check-ins."""

    model = CheckIn
    name = "support_requests"
    url_prefix = "support-requests"
    icon = "help"
    menu_label = _("Support requests")
    list_display = [
        "author",
        Column("mentorship", label=_("Mentorship")),
        "met_on",
        "created_at",
        Column("is_handled", label=_("Handled")),
    ]
    list_filter = ["support_handled_at", "created_at"]
    search_fields = ["author__first_name", "author__last_name", "author__email", "support_note"]
    search_backend_name = None
    inspect_view_fields = [
        "author",
        "mentorship",
        "met_on",
        "support_note",
        "created_at",
        "support_handled_at",
    ]
    edit_handler = ObjectList([FieldPanel("handled")], base_form_class=SupportRequestForm)

    def get_queryset(self):
        return (
            CheckIn.objects.filter(support_requested=True)
            .select_related("author", "mentorship__mentor", "mentorship__mentee")
            .order_by("support_handled_at", "-created_at")
        )

    disabled_actions = frozenset({"add", "delete"})


class MentorshipViewSetGroup(ViewSetGroup):
    menu_label = _("Mentorship")
    menu_icon = "user"
    menu_order = 310
    submenu_hook = MENTORSHIP_MENU_HOOK
    items = (
        MentorProfileViewSet,
        MentorshipRequestViewSet,
        SupportRequestViewSet,
        ProtocolAcknowledgementViewSet,
        CouncilMessageViewSet,
    )
