"""Employer nominations in the Wagtail admin: Alumni Relations (and superusers) read what
members sent, move each nomination through its review and keep notes. What the member wrote
is never edited here. Who sees it follows members/permissions.py."""

import django_filters
from django import forms
from django.utils.html import format_html, format_html_join
from django.utils.text import get_text_list
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList

from employers.models import Nomination, NominationStatus
from employers.nominations import NEXT_STATUSES, can_move
from employers.notifications import notify_nominator
from hub.menu import EMPLOYERS_MENU_HOOK
from hub.viewsets import NoAddViewSet, ScopedInspectView


class NominationReviewForm(WagtailAdminModelForm):
    """Status and staff notes only. A move the review does not allow is refused; a change of
    status records who made it, and a decision is emailed to the nominator."""

    class Meta:
        model = Nomination
        fields = ["status", "staff_notes"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.stored_status = self.instance.status
        allowed = NEXT_STATUSES[NominationStatus(self.stored_status)]
        if "status" in self.fields:
            if allowed:
                self.fields["status"].help_text = _("From here it can move to: %(next)s.") % {
                    "next": ", ".join(
                        str(label) for value, label in NominationStatus.choices if value in allowed
                    )
                }
            else:
                self.fields["status"].help_text = _(
                    "This decision is final. You can still add staff notes."
                )

    def clean_status(self):
        status = self.cleaned_data["status"]
        # Read it again: another reviewer may have moved it since this form was opened.
        current = (
            Nomination.objects.filter(pk=self.instance.pk).values_list("status", flat=True).first()
        ) or self.stored_status
        if not can_move(current, status):
            current_label = NominationStatus(current).label
            allowed = NEXT_STATUSES[NominationStatus(current)]
            if not allowed:
                raise forms.ValidationError(
                    _("“%(current)s” is a final decision: the status cannot change any more.")
                    % {"current": current_label}
                )
            raise forms.ValidationError(
                _("A nomination that is “%(current)s” can move only to %(next)s.")
                % {
                    "current": current_label,
                    "next": get_text_list(
                        [
                            f"“{label}”"
                            for value, label in NominationStatus.choices
                            if value in allowed
                        ],
                        _("or"),
                    ),
                }
            )
        self.stored_status = current
        return status

    def save(self, commit=True):
        moved = self.instance.status != self.stored_status
        if moved:
            self.instance.reviewed_by = self.for_user
        nomination = super().save(commit)
        if moved and nomination.status in {NominationStatus.INVITED, NominationStatus.DECLINED}:
            notify_nominator(nomination)
        return nomination


class NominationInspectView(ScopedInspectView):
    def get_nominator_display_value(self):
        nominator = self.object.nominator
        if not nominator.is_active:
            return _("A former member (account deleted)")
        return format_html(
            '{} &lt;<a href="mailto:{}">{}</a>&gt;', nominator, nominator.email, nominator.email
        )

    def get_website_display_value(self):
        website = self.object.website
        if not website:
            return "-"
        return format_html('<a href="{}" rel="noopener noreferrer">{}</a>', website, website)

    def get_evidence_links_display_value(self):
        links = self.object.links()
        if not links:
            return "-"
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                '<li><a href="{}" rel="noopener noreferrer">{}</a></li>',
                ((link, link) for link in links),
            ),
        )

    def get_reviewed_by_display_value(self):
        return self.object.reviewed_by or "-"


class NominationFilterSet(WagtailFilterSet):
    created_at = django_filters.DateFromToRangeFilter(label=_("Sent"), widget=DateRangePickerWidget)

    class Meta:
        model = Nomination
        fields = ["status", "state"]


class NominationViewSet(NoAddViewSet):
    model = Nomination
    name = "employer_nominations"
    url_prefix = "employer-nominations"
    icon = "clipboard-list"
    menu_label = _("Nominations")
    menu_order = 300
    menu_hook = EMPLOYERS_MENU_HOOK
    inspect_view_class = NominationInspectView
    list_display = ["employer_name", "state", "nominator", "status", "created_at"]
    filterset_class = NominationFilterSet
    search_fields = ["employer_name"]
    search_backend_name = None
    inspect_view_fields = [
        "employer_name",
        "city",
        "state",
        "website",
        "connection",
        "reason",
        "evidence_links",
        "nominator",
        "created_at",
        "status",
        "reviewed_by",
        "updated_at",
        "staff_notes",
    ]
    # Staff decide and keep notes; the nomination itself is the member's own words.
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel(name, read_only=True)
                    for name in [
                        "employer_name",
                        "state",
                        "connection",
                        "reason",
                        "created_at",
                    ]
                ],
                heading=_("What the member sent"),
                help_text=_("Open “Inspect” for everything, with the links."),
            ),
            FieldPanel("status"),
            FieldPanel("staff_notes"),
        ],
        base_form_class=NominationReviewForm,
    )

    def get_queryset(self):
        return Nomination.objects.select_related("nominator", "reviewed_by")
