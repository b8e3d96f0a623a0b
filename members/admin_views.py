"""Members in the Wagtail admin: a listing NMF staff can filter, search and export.

Who sees it follows the model's standard permissions (see members/permissions.py): "view
member profile" lists and inspects members, "change member profile" also edits them. There
is no add view: a profile is created with its account.
"""

from django import forms
from django.db.models import Value
from django.db.models.functions import Concat
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.tables import (
    BooleanColumn,
    ButtonsColumnMixin,
    Column,
    DateColumn,
    TitleColumn,
)
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from hub.vocabulary import Region
from members.filters import MemberProfileFilterSet, has_verified_email
from members.models import MemberProfile


def member_name(profile):
    return profile.user.get_full_name() or profile.user.email


def member_region(profile):
    region = profile.region
    return Region(region).label if region else ""


def member_joined(profile):
    return timezone.localdate(profile.user.date_joined)


class MemberNameColumn(ButtonsColumnMixin, TitleColumn):
    """The member's name, linking to the profile, with the row's Edit/Inspect actions."""

    def __init__(self, *args, view, **kwargs):
        super().__init__(*args, **kwargs)
        self.view = view

    def get_buttons(self, instance, parent_context):
        return self.view.get_list_buttons(instance)


class MemberIndexView(IndexView):
    page_title = _("Members")

    # Values for the CSV and XLSX export, by the names in MemberViewSet.list_export.
    export_values = {
        "name": member_name,
        "email": lambda profile: profile.user.email,
        "stage": lambda profile: profile.get_stage_display(),
        "profession": lambda profile: profile.get_profession_display(),
        "state": lambda profile: profile.get_state_display(),
        "region": member_region,
        "verified": lambda profile: profile.is_verified,
        "hidden_from_directory": lambda profile: profile.hidden_from_directory,
        "joined": member_joined,
    }

    def get_base_queryset(self):
        # One query for the whole page: the user comes along, and "verified" and the full
        # name (searched on) are computed by the database.
        return (
            super()
            .get_base_queryset()
            .select_related("user")
            .annotate(
                is_verified=has_verified_email(),
                full_name=Concat("user__first_name", Value(" "), "user__last_name"),
            )
        )

    def get_row_url(self, instance):
        return self.get_edit_url(instance) or self.get_inspect_url(instance)

    @cached_property
    def columns(self):
        return [
            MemberNameColumn(
                "name",
                label=_("Name"),
                accessor=member_name,
                sort_key="user__last_name",
                get_url=self.get_row_url,
                view=self,
            ),
            Column("email", label=_("Email"), accessor="user.email", sort_key="user__email"),
            Column(
                "stage", label=_("Career stage"), accessor="get_stage_display", sort_key="stage"
            ),
            Column(
                "profession",
                label=_("Profession"),
                accessor="get_profession_display",
                sort_key="profession",
            ),
            Column("state", label=_("State"), accessor="get_state_display", sort_key="state"),
            Column("region", label=_("Region"), accessor=member_region),
            BooleanColumn("is_verified", label=_("Verified email"), sort_key="is_verified"),
            DateColumn(
                "joined",
                label=_("Joined"),
                accessor="user.date_joined",
                sort_key="user__date_joined",
            ),
        ]

    def to_row_dict(self, item):
        return {field: self.export_values[field](item) for field in self.list_export}


class MemberViewSet(ModelViewSet):
    model = MemberProfile
    # The URL namespace "members" belongs to the member-facing site (members/urls.py).
    name = "members_admin"
    url_prefix = "members"
    icon = "group"
    menu_label = _("Members")
    menu_order = 300
    add_to_admin_menu = True

    index_view_class = MemberIndexView
    filterset_class = MemberProfileFilterSet
    list_per_page = 50
    # Wagtail's ORM search (icontains on each field) for this model that has no search index;
    # full_name is annotated by MemberIndexView so "Ada Lovelace" finds Ada Lovelace.
    search_fields = ["full_name", "preferred_name", "user__email"]
    search_backend_name = None

    list_export = [
        "name",
        "email",
        "stage",
        "profession",
        "state",
        "region",
        "verified",
        "hidden_from_directory",
        "joined",
    ]
    export_headings = {
        "name": _("Name"),
        "email": _("Email"),
        "stage": _("Career stage"),
        "profession": _("Profession"),
        "state": _("State"),
        "region": _("Region"),
        "verified": _("Verified email"),
        "hidden_from_directory": _("Hidden from directory"),
        "joined": _("Joined"),
    }
    export_filename = "hub-members"

    # Viewing without editing (Alumni Relations) goes through the inspect view; enabling it
    # also lets "view member profile" be granted from Wagtail's group editor.
    inspect_view_enabled = True
    inspect_view_fields = ["user", *MemberProfile.MEMBER_FIELDS, "created_at", "updated_at"]

    # Profiles are created with accounts; staff correct them but never add or copy one.
    copy_view_enabled = False

    # The photo is left out: uploads go through the member's own form, which checks, resizes
    # and strips them. Name and email belong to the account, not the profile.
    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("preferred_name"), FieldPanel("pronouns")]),
                FieldRowPanel([FieldPanel("stage"), FieldPanel("profession")]),
                FieldRowPanel([FieldPanel("school"), FieldPanel("graduation_year")]),
                FieldPanel("state"),
                FieldPanel("nmf_relationship"),
            ],
            heading=_("Profile"),
        ),
        FieldPanel("specialties", widget=forms.CheckboxSelectMultiple),
        FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
        FieldPanel("bio"),
        FieldPanel("hidden_from_directory"),
    ]

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(add_url_name=None, **kwargs)

    def get_urlpatterns(self):
        return [pattern for pattern in super().get_urlpatterns() if pattern.name != "add"]
