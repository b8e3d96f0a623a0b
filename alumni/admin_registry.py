"""The alumni registry in the Wagtail admin ("Alumni records" in the Alumni menu).

Only Alumni Relations and superusers see it (the model permissions of members/permissions.py;
anyone else gets Wagtail's "permission denied"). Staff search and filter the list, export it
(every export is logged), inspect a record with its contact details, awards, claims,
invitations and audit trail, correct a few fields (every change is recorded with the values
before and after), and mark a contact detail bounced or add an email address. Nobody adds or
deletes a record here: records come from imports, and leave only when an import is rolled back.
"""

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q, Subquery
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn, ButtonsColumnMixin, Column, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.widgets.boolean_radio_select import BooleanRadioSelect

from alumni.invitations import mark_bounced_addresses
from alumni.models import (
    AlumniAward,
    AlumniContact,
    AlumniNameKey,
    AlumniRecord,
    ChangeAction,
    Claim,
    ClaimCandidate,
    ContactKind,
    ContactStatus,
    ExportLog,
    RecordChange,
)
from alumni.names import name_key
from hub.menu import ALUMNI_MENU_HOOK
from hub.viewsets import NoAddViewSet, ScopedInspectView
from hub.vocabulary import Region, states_in_region

# Audit-trail entries shown on a record's page, newest first.
CHANGES_SHOWN = 100
# Words of a search that are used; the rest are ignored.
SEARCH_WORDS = 6
FIRST_DECADE = 1940


# --- Filters -------------------------------------------------------------------------------


def decade_choices():
    last = timezone.localdate().year // 10 * 10
    return [(str(decade), f"{decade}s") for decade in range(FIRST_DECADE, last + 1, 10)]


def award_program_choices():
    programs = AlumniAward.objects.order_by("program").values_list("program", flat=True).distinct()
    return [(program, program) for program in programs]


class AlumniRecordFilterSet(WagtailFilterSet):
    contact_status = django_filters.ChoiceFilter(
        label=_("Contact status"),
        choices=ContactStatus.choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    needs_review = django_filters.BooleanFilter(label=_("Needs review"), widget=BooleanRadioSelect)
    linked = django_filters.BooleanFilter(
        label=_("Linked to a Hub member"), widget=BooleanRadioSelect, method="filter_linked"
    )
    region = django_filters.ChoiceFilter(
        label=_("Region"),
        choices=Region.choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
        method="filter_region",
    )
    decade = django_filters.ChoiceFilter(
        label=_("Graduation decade"),
        choices=decade_choices,
        empty_label=_("All"),
        method="filter_decade",
    )
    award_program = django_filters.ChoiceFilter(
        label=_("Award program"),
        choices=award_program_choices,
        empty_label=_("All"),
        method="filter_award_program",
    )

    class Meta:
        model = AlumniRecord
        fields = ["contact_status", "needs_review", "linked", "region", "decade", "award_program"]

    def filter_linked(self, queryset, name, value):
        return queryset.filter(member__isnull=not value)

    def filter_region(self, queryset, name, value):
        return queryset.filter(state__in=states_in_region(value))

    def filter_decade(self, queryset, name, value):
        decade = int(value)
        return queryset.filter(graduation_year__gte=decade, graduation_year__lt=decade + 10)

    def filter_award_program(self, queryset, name, value):
        awards = AlumniAward.objects.filter(record=OuterRef("pk"), program=value)
        return queryset.filter(Exists(awards))


# --- Listing and export --------------------------------------------------------------------


def record_name(record):
    return f"{record.first_name} {record.last_name}"


def member_label(record):
    return str(record.member) if record.member_id else ""


def region_label(record):
    region = record.region
    return Region(region).label if region else ""


def best_email():
    """The usable email address NMF trusts most, for the export."""
    return Subquery(
        AlumniContact.objects.filter(
            record=OuterRef("pk"), kind=ContactKind.EMAIL, status=ContactStatus.OK
        )
        .order_by("-confidence", "-observed_on", "pk")
        .values("value")[:1]
    )


class RecordNameColumn(ButtonsColumnMixin, TitleColumn):
    """The person's name, linking to the record's page, with the row's actions."""

    def __init__(self, *args, view, **kwargs):
        super().__init__(*args, **kwargs)
        self.view = view

    def get_buttons(self, instance, parent_context):
        return self.view.get_list_buttons(instance)


class AlumniRecordIndexView(IndexView):
    page_title = _("Alumni records")

    # Values for the CSV and XLSX export, by the names in AlumniRecordViewSet.list_export.
    export_values = {
        "external_id": lambda record: record.external_id,
        "first_name": lambda record: record.first_name,
        "last_name": lambda record: record.last_name,
        "other_names": lambda record: record.other_names,
        "school": lambda record: record.school,
        "degree": lambda record: record.degree,
        "graduation_year": lambda record: record.graduation_year,
        "state": lambda record: record.state,
        "region": region_label,
        "contact_status": lambda record: record.get_contact_status_display(),
        "email": lambda record: record.best_email or "",
        "needs_review": lambda record: record.needs_review,
        "member": lambda record: record.member.email if record.member_id else "",
        "verified_at": lambda record: record.verified_at,
    }

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        if self.is_export:
            queryset = queryset.annotate(best_email=best_email())
        return queryset

    def search_queryset(self, queryset):
        """Every word must match a name (also former names, accents and hyphens aside), the
        school, the external id or one of the record's contact details."""
        if not self.is_searching:
            return queryset
        for word in self.search_query.split()[:SEARCH_WORDS]:
            matches = (
                Q(first_name__icontains=word)
                | Q(last_name__icontains=word)
                | Q(other_names__icontains=word)
                | Q(school__icontains=word)
                | Q(external_id__icontains=word)
                | Exists(AlumniContact.objects.filter(record=OuterRef("pk"), value__icontains=word))
            )
            key = name_key(word)
            if key:
                matches |= Q(first_name_key__startswith=key) | Exists(
                    AlumniNameKey.objects.filter(record=OuterRef("pk"), key__startswith=key)
                )
            queryset = queryset.filter(matches)
        return queryset

    @cached_property
    def columns(self):
        return [
            RecordNameColumn(
                "name",
                label=_("Name"),
                accessor=record_name,
                sort_key="last_name",
                get_url=self.get_inspect_url,
                view=self,
            ),
            Column("school", label=_("School"), sort_key="school"),
            Column("graduation_year", label=_("Year"), sort_key="graduation_year"),
            Column(
                "contact_status",
                label=_("Contact status"),
                accessor="get_contact_status_display",
                sort_key="contact_status",
            ),
            Column("member", label=_("Hub member"), accessor=member_label),
            BooleanColumn("needs_review", label=_("Needs review"), sort_key="needs_review"),
        ]

    def to_row_dict(self, item):
        return {field: self.export_values[field](item) for field in self.list_export}

    def render_to_response(self, context, **response_kwargs):
        if self.is_export:
            file_format = self.request.GET.get("export")
            query = self.request.GET.copy()
            query.pop("export", None)
            what = "alumni records"
            if query:
                what = f"{what}?{query.urlencode()}"
            ExportLog.objects.create(
                user=self.request.user,
                what=what[:120],
                file_format=file_format,
                rows=context["object_list"].count(),
            )
        return super().render_to_response(context, **response_kwargs)


# --- A record's page: details, contacts, awards, claims, invitations, audit trail ---------


class AddEmailForm(forms.Form):
    value = forms.EmailField(label=_("Email address"))
    source = forms.CharField(
        label=_("Source"),
        max_length=120,
        initial=_("Alumni Relations"),
        help_text=_("Where it came from, e.g. “Phone call with the alum, May 2027”."),
    )
    confidence = forms.IntegerField(
        label=_("Confidence (%)"), min_value=0, max_value=100, initial=90
    )


class ContactStatusForm(forms.Form):
    contact = forms.IntegerField(widget=forms.HiddenInput)
    status = forms.ChoiceField(label=_("Status"), choices=ContactStatus.choices)


def _field_label(key):
    try:
        return str(AlumniRecord._meta.get_field(key).verbose_name)
    except FieldDoesNotExist:  # a contact detail, shown as written
        return key


def _shown(value):
    return "—" if value in (None, "") else value


class AlumniRecordInspectView(ScopedInspectView):
    template_name = "alumni/admin/record_inspect.html"

    def get_region_display_value(self):
        return region_label(self.object) or "-"

    def get_member_display_value(self):
        return self.object.member or "-"

    def get_possible_match_display_value(self):
        return self.object.possible_match or "-"

    def get_needs_review_display_value(self):
        return _("Yes") if self.object.needs_review else _("No")

    def get_verified_at_display_value(self):
        verified_at = self.object.verified_at
        return (
            date_format(timezone.localtime(verified_at), "DATETIME_FORMAT") if verified_at else "-"
        )

    def post(self, request, *args, **kwargs):
        """Mark a contact detail bounced (or another status), or add an email address."""
        if not self.user_has_permission("change"):
            raise PermissionDenied
        record = self.object
        if "contact" in request.POST:
            form = ContactStatusForm(request.POST)
            if form.is_valid():
                self.set_contact_status(record, form.cleaned_data)
                return redirect(f"{request.path}#contacts-section")
            messages.error(request, _("Choose one of the statuses offered."))
            return redirect(f"{request.path}#contacts-section")
        form = AddEmailForm(request.POST)
        if form.is_valid() and self.add_email(record, form):
            messages.success(request, _("The email address was added."))
            return redirect(f"{request.path}#contacts-section")
        return self.render_to_response(self.get_context_data(add_email_form=form))

    def set_contact_status(self, record, data):
        with transaction.atomic():
            contact = (
                AlumniContact.objects.select_for_update()
                .filter(record=record, pk=data["contact"])
                .first()
            )
            if contact is None:
                messages.error(self.request, _("That contact detail is no longer on this record."))
                return
            before, after = contact.status, data["status"]
            if before == after:
                return
            contact.status = after
            contact.save(update_fields=["status"])
            RecordChange.objects.create(
                record=record,
                record_label=str(record)[:300],
                action=ChangeAction.UPDATED,
                changes={f"{contact.kind} {contact.value}": [before, after]},
                changed_by=self.request.user,
            )
            if contact.kind == ContactKind.EMAIL and after == ContactStatus.BOUNCED:
                # Invitations already sent to that address bounced too.
                mark_bounced_addresses([contact.value], record=record)
        messages.success(
            self.request,
            _("%(contact)s is now “%(status)s”.")
            % {"contact": contact.value, "status": contact.get_status_display()},
        )

    def add_email(self, record, form):
        data = form.cleaned_data
        value = data["value"].strip().lower()
        try:
            with transaction.atomic():
                AlumniContact.objects.create(
                    record=record,
                    kind=ContactKind.EMAIL,
                    value=value,
                    source=data["source"],
                    confidence=data["confidence"],
                )
                RecordChange.objects.create(
                    record=record,
                    record_label=str(record)[:300],
                    action=ChangeAction.UPDATED,
                    changes={f"{ContactKind.EMAIL} {value}": [None, ContactStatus.OK]},
                    changed_by=self.request.user,
                )
        except IntegrityError:
            form.add_error("value", _("This record already has that email address."))
            return False
        return True

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        record = self.object
        changes = list(record.changes.select_related("changed_by", "batch")[:CHANGES_SHOWN])
        for change in changes:
            change.rows = [
                (_field_label(key), _shown(values[0]), _shown(values[1]))
                for key, values in (change.changes or {}).items()
                if isinstance(values, list | tuple) and len(values) == 2
            ]
        context.update(
            record=record,
            contacts=list(record.contacts.select_related("batch")),
            awards=list(record.awards.all()),
            # Claims approved as this person, and claims that listed them as a candidate.
            claims=list(
                Claim.objects.filter(
                    Q(record=record)
                    | Exists(ClaimCandidate.objects.filter(claim=OuterRef("pk"), record=record))
                )
                .select_related("reviewed_by")
                .order_by("-created_at")
            ),
            invitations=list(record.invitations.select_related("batch").order_by("-pk")),
            changes=changes,
            changes_shown=CHANGES_SHOWN,
            can_change=self.user_has_permission("change"),
            contact_statuses=ContactStatus.choices,
            add_email_form=kwargs.get("add_email_form") or AddEmailForm(),
        )
        return context


# --- Editing ---------------------------------------------------------------------------------


TRACKED_FIELDS = (
    "first_name",
    "last_name",
    "other_names",
    "school",
    "degree",
    "graduation_year",
    "state",
    "contact_status",
    "needs_review",
    "possible_match",
)


class AlumniRecordForm(WagtailAdminModelForm):
    """The fields staff correct. Saving records what changed, before and after, and who did it."""

    TRACKED = TRACKED_FIELDS

    class Meta:
        model = AlumniRecord
        fields = list(TRACKED_FIELDS)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.before = self.tracked_values()
        if "possible_match" in self.fields:
            self.fields["possible_match"].help_text = _(
                "The number of the other record (in its address in the admin), or empty."
            )

    def tracked_values(self):
        values = {}
        for name in self.TRACKED:
            value = AlumniRecord._meta.get_field(name).value_from_object(self.instance)
            values[name] = value
        return values

    def clean_possible_match(self):
        other = self.cleaned_data.get("possible_match")
        if other is not None and other.pk == self.instance.pk:
            raise forms.ValidationError(_("A record cannot be a possible match for itself."))
        return other

    def save(self, commit=True):
        record = super().save(commit)
        after = self.tracked_values()
        changes = {
            name: [self.before[name], after[name]]
            for name in self.TRACKED
            if self.before[name] != after[name]
        }
        if changes and commit:
            RecordChange.objects.create(
                record=record,
                record_label=str(record)[:300],
                action=ChangeAction.UPDATED,
                changes=changes,
                changed_by=self.for_user,
            )
        return record


class AlumniRecordViewSet(NoAddViewSet):
    model = AlumniRecord
    name = "alumni_records"
    url_prefix = "alumni/records"
    icon = "user"
    menu_label = _("Alumni records")
    menu_hook = ALUMNI_MENU_HOOK
    menu_order = 100

    index_view_class = AlumniRecordIndexView
    inspect_view_class = AlumniRecordInspectView
    filterset_class = AlumniRecordFilterSet
    list_per_page = 50
    # Searched by AlumniRecordIndexView.search_queryset (names, former names, school, external
    # id, contact details); listed here so the search box shows.
    search_fields = ["first_name", "last_name", "other_names", "school", "external_id"]
    search_backend_name = None

    list_export = list(AlumniRecordIndexView.export_values)
    export_headings = {
        "external_id": _("External id"),
        "first_name": _("First name"),
        "last_name": _("Last name"),
        "other_names": _("Former or other names"),
        "school": _("School"),
        "degree": _("Degree"),
        "graduation_year": _("Graduation year"),
        "state": _("State"),
        "region": _("Region"),
        "contact_status": _("Contact status"),
        "email": _("Best email"),
        "needs_review": _("Needs review"),
        "member": _("Hub member"),
        "verified_at": _("Verified"),
    }
    export_filename = "alumni-records"

    inspect_view_fields = [
        "external_id",
        "first_name",
        "last_name",
        "other_names",
        "school",
        "degree",
        "graduation_year",
        "state",
        "region",
        "contact_status",
        "needs_review",
        "possible_match",
        "member",
        "verified_at",
        "created_at",
        "updated_at",
    ]

    # Records come from imports and leave only when an import is rolled back.
    disabled_actions = frozenset({"delete"})

    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("first_name"), FieldPanel("last_name")]),
                    FieldPanel("other_names"),
                ],
                heading=_("Names"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("school"),
                    FieldRowPanel([FieldPanel("degree"), FieldPanel("graduation_year")]),
                    FieldPanel("state"),
                ],
                heading=_("Training and location"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("contact_status"),
                    FieldPanel("needs_review"),
                    FieldPanel("possible_match", widget=forms.NumberInput),
                ],
                heading=_("Status"),
            ),
        ],
        base_form_class=AlumniRecordForm,
    )

    def get_queryset(self):
        return AlumniRecord.objects.select_related("member", "possible_match")

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(delete_url_name=None, **kwargs)

    def get_urlpatterns(self):
        # No add view either (the "add" permission is what imports create records with).
        return [pattern for pattern in super().get_urlpatterns() if pattern.name != "add"]


@hooks.register("register_admin_viewset")
def register_alumni_records():
    return AlumniRecordViewSet()
