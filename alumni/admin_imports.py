"""Registry imports in the Wagtail admin (Alumni → Imports): upload a CSV or XLSX file, choose
which column fills which field, read the dry run row by row, then apply it, and roll it back
if need be. Only those who may add or view imports (Alumni Relations and superusers) see any
of it; the work itself is done by alumni/imports.py."""

from django import forms
from django.contrib.admin.utils import quote
from django.shortcuts import get_object_or_404, redirect
from django.urls import include, path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView, View
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permission_policies import ModelPermissionPolicy

from alumni.imports import (
    FIELDS,
    MAX_FILE_SIZE,
    REQUIRED_FIELDS,
    ImportRefused,
    Outcome,
    UnreadableFile,
    apply_batch,
    describe,
    is_previewed,
    new_batch,
    preview_batch,
    read_table,
    rollback_batch,
)
from alumni.models import AlumniRecord, BatchStatus, ImportBatch
from hub.menu import ALUMNI_MENU_HOOK, PermittedMenuItem

permission_policy = ModelPermissionPolicy(ImportBatch)
# The preview lists this many rows; the counts cover them all.
PREVIEW_ROWS = 500


def can_see_imports(user):
    return permission_policy.user_has_any_permission(user, ["view", "add"])


# --- Forms ----------------------------------------------------------------------------------


class UploadForm(forms.Form):
    source = forms.CharField(
        label=_("Source"),
        max_length=120,
        help_text=_(
            "Where the data comes from, e.g. “Enrichment file, October 2026”. It is named on "
            "every contact detail the import adds."
        ),
    )
    file = forms.FileField(
        label=_("File"),
        help_text=_(
            "A CSV file (UTF-8) or an Excel workbook (.xlsx; the first sheet is read). The "
            "first row holds the column headings."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_SIZE:
            raise forms.ValidationError(
                gettext("The file is larger than %(size)s MB: please split it.")
                % {"size": MAX_FILE_SIZE // (1024 * 1024)}
            )
        try:
            self.table = read_table(upload, upload.name)
        except UnreadableFile as error:
            raise forms.ValidationError(str(error)) from error
        return upload


class ColumnMappingForm(forms.Form):
    """One choice of column per field, offered from the file's headings."""

    def __init__(self, *args, headings, **kwargs):
        super().__init__(*args, **kwargs)
        self.headings = headings
        choices = [("", _("(not in this file)"))] + [(heading, heading) for heading in headings]
        for name, label in FIELDS.items():
            required = name in REQUIRED_FIELDS
            self.fields[name] = forms.ChoiceField(
                label=label,
                choices=choices,
                required=required,
                error_messages={"required": _("Choose the column for this field: it is required.")},
            )

    def clean(self):
        cleaned = super().clean()
        chosen = {}
        for name in FIELDS:
            heading = cleaned.get(name)
            if not heading:
                continue
            if heading in chosen:
                self.add_error(
                    name,
                    gettext("The column “%(heading)s” is already chosen for “%(field)s”.")
                    % {"heading": heading, "field": FIELDS[chosen[heading]]},
                )
            else:
                chosen[heading] = name
        return cleaned

    @property
    def mapping(self):
        return {name: self.cleaned_data[name] for name in FIELDS if self.cleaned_data.get(name)}


# --- Views ----------------------------------------------------------------------------------


class ImportIndexView(IndexView):
    model = ImportBatch
    permission_policy = permission_policy
    any_permission_required = ["view", "add"]
    index_url_name = "alumni_imports:index"
    index_results_url_name = "alumni_imports:index_results"
    add_url_name = "alumni_imports:upload"
    add_item_label = _("Upload a file")
    page_title = _("Imports")
    header_icon = "upload"
    list_display = [
        "source",
        "file_name",
        "status",
        "row_count",
        "created_count",
        "updated_count",
        "unchanged_count",
        "flagged_count",
        "error_count",
        "uploaded_by",
        "created_at",
    ]

    def get_base_queryset(self):
        # The rows and findings can run to megabytes: the list never reads them.
        return ImportBatch.objects.select_related("uploaded_by").defer("rows", "report")

    def get_edit_url(self, instance):
        return reverse("alumni_imports:preview", args=[quote(instance.pk)])


class BatchMixin(PermissionCheckedMixin, WagtailAdminTemplateMixin):
    """A view of one import, for those with ``permission_required`` on imports."""

    permission_policy = permission_policy
    header_icon = "upload"

    @cached_property
    def batch(self):
        # Read after the permission check, so that nobody else learns which imports exist.
        return get_object_or_404(self.get_batches(), pk=self.kwargs["pk"])

    def get_batches(self):
        return ImportBatch.objects.select_related("uploaded_by")

    def get_page_subtitle(self):
        return str(self.batch)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("alumni_imports:index"), "label": gettext("Imports")},
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()},
        ]

    def preview_url(self):
        return reverse("alumni_imports:preview", args=[self.batch.pk])


class UploadView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    permission_policy = permission_policy
    permission_required = "add"
    form_class = UploadForm
    template_name = "alumni/admin/import_upload.html"
    page_title = _("Upload a file")
    header_icon = "upload"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("alumni_imports:index"), "label": gettext("Imports")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            action_url=reverse("alumni_imports:upload"),
            submit_button_label=gettext("Upload and choose the columns"),
            submit_button_active_label=gettext("Reading the file…"),
            **kwargs,
        )

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        batch = new_batch(
            form.table, form.cleaned_data["source"], upload.name[:255], self.request.user
        )
        return redirect("alumni_imports:mapping", pk=batch.pk)


class MappingView(BatchMixin, FormView):
    permission_required = "add"
    form_class = ColumnMappingForm
    template_name = "alumni/admin/import_mapping.html"
    page_title = _("Choose the columns")

    def get_batches(self):
        # The rows are read only when the dry run runs.
        return super().get_batches().defer("rows")

    def get(self, request, *args, **kwargs):
        return self.refuse_if_applied() or super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        return self.refuse_if_applied() or super().post(request, *args, **kwargs)

    def refuse_if_applied(self):
        if self.batch.status != BatchStatus.PREVIEWED:
            messages.warning(
                self.request,
                gettext("This import was applied: its columns cannot change any more."),
            )
            return redirect(self.preview_url())
        return None

    @cached_property
    def headings(self):
        return self.batch.report.get("headings", [])

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "headings": self.headings}

    def get_initial(self):
        return dict(self.batch.mapping)

    def get_context_data(self, **kwargs):
        sample = self.batch.report.get("sample", [])
        return super().get_context_data(
            batch=self.batch,
            columns=[
                (heading, [row.get(heading, "") for row in sample]) for heading in self.headings
            ],
            sample_rows=range(2, 2 + len(sample)),
            action_url=reverse("alumni_imports:mapping", args=[self.batch.pk]),
            submit_button_label=gettext("Check every row (dry run)"),
            submit_button_active_label=gettext("Checking…"),
            **kwargs,
        )

    def form_valid(self, form):
        batch = ImportBatch.objects.get(pk=self.batch.pk)
        try:
            preview_batch(batch, form.mapping)
        except ImportRefused as error:
            # Applied from another tab meanwhile: the columns it was applied with stay.
            messages.error(self.request, str(error))
        return redirect(self.preview_url())


class PreviewView(BatchMixin, TemplateView):
    permission_required = "view"
    template_name = "alumni/admin/import_preview.html"
    page_title = _("Import")

    def get_context_data(self, **kwargs):
        batch = self.batch
        findings = batch.report.get("findings")
        outcome = self.request.GET.get("outcome")
        if outcome not in Outcome.LABELS:
            outcome = None
        shown = [
            finding
            for finding in findings or ()
            if outcome is None or finding["outcome"] == outcome
        ][:PREVIEW_ROWS]
        can_add = self.user_has_permission("add")
        return super().get_context_data(
            batch=batch,
            checked=findings is not None,
            rows=self.rows(shown),
            outcome=outcome,
            outcomes=self.outcome_links(outcome),
            shown_limit=PREVIEW_ROWS,
            can_apply=can_add and is_previewed(batch),
            can_map=can_add and batch.status == BatchStatus.PREVIEWED,
            can_roll_back=(
                batch.status == BatchStatus.APPLIED and self.user_has_permission("change")
            ),
            applied=batch.status != BatchStatus.PREVIEWED,
            mapping=[(label, batch.mapping.get(name)) for name, label in FIELDS.items()],
            **kwargs,
        )

    def outcome_links(self, current):
        counts = {
            Outcome.CREATE: self.batch.created_count,
            Outcome.UPDATE: self.batch.updated_count,
            Outcome.UNCHANGED: self.batch.unchanged_count,
            Outcome.FLAGGED: self.batch.flagged_count,
            Outcome.ERROR: self.batch.error_count,
        }
        return [
            {
                "value": value,
                "label": Outcome.LABELS[value],
                "count": counts[value],
                "current": value == current,
            }
            for value in (
                Outcome.ERROR,
                Outcome.FLAGGED,
                Outcome.CREATE,
                Outcome.UPDATE,
                Outcome.UNCHANGED,
            )
        ]

    def rows(self, findings):
        """The findings shown, with the row's name and the records they name: one query."""
        mapping = self.batch.mapping
        ids = {finding.get(key) for finding in findings for key in ("record", "match")} - {None}
        records = {record.pk: record for record in AlumniRecord.objects.filter(pk__in=ids)}
        rows = []
        for finding in findings:
            raw = self.batch.rows[finding["row"] - 2]
            name = " ".join(
                raw.get(mapping.get(part), "") for part in ("first_name", "last_name")
            ).strip()
            rows.append(
                {
                    "number": finding["row"],
                    "name": name,
                    "outcome": finding["outcome"],
                    "outcome_label": Outcome.LABELS[finding["outcome"]],
                    "messages": [describe(message) for message in finding["messages"]],
                    "changes": [FIELDS[name] for name in finding.get("changes", [])],
                    "record": records.get(finding.get("record")),
                    "match": records.get(finding.get("match")),
                    "score": finding.get("score"),
                }
            )
        return rows


class ApplyView(PermissionCheckedMixin, View):
    permission_policy = permission_policy
    permission_required = "add"
    http_method_names = ["post"]

    def post(self, request, pk):
        batch = get_object_or_404(ImportBatch.objects.only("pk", "status"), pk=pk)
        try:
            result = apply_batch(batch, request.user)
        except ImportRefused as error:
            messages.error(request, str(error))
        else:
            if result is None:
                messages.warning(request, gettext("This import was already applied."))
            else:
                counts = result.counts
                messages.success(
                    request,
                    gettext(
                        "Import applied: %(created)s new records, %(updated)s updated, "
                        "%(flagged)s uncertain matches added for review, %(errors)s rows "
                        "skipped."
                    )
                    % {
                        "created": counts[Outcome.CREATE],
                        "updated": counts[Outcome.UPDATE],
                        "flagged": counts[Outcome.FLAGGED],
                        "errors": counts[Outcome.ERROR],
                    },
                )
        return redirect("alumni_imports:preview", pk=pk)


class RollbackView(PermissionCheckedMixin, View):
    permission_policy = permission_policy
    permission_required = "change"
    http_method_names = ["post"]

    def post(self, request, pk):
        batch = get_object_or_404(ImportBatch.objects.only("pk", "status"), pk=pk)
        try:
            count = rollback_batch(batch, request.user)
        except ImportRefused as error:
            messages.error(request, str(error))
        else:
            if count is None:
                messages.warning(
                    request, gettext("Only an applied import can be rolled back, and only once.")
                )
            else:
                messages.success(
                    request,
                    gettext("Import rolled back: %(count)s records deleted or restored.")
                    % {"count": count},
                )
        return redirect("alumni_imports:preview", pk=pk)


# --- Hooks ----------------------------------------------------------------------------------


def import_urls():
    patterns = [
        path("", ImportIndexView.as_view(), name="index"),
        path("results/", ImportIndexView.as_view(results_only=True), name="index_results"),
        path("upload/", UploadView.as_view(), name="upload"),
        path("<int:pk>/", PreviewView.as_view(), name="preview"),
        path("<int:pk>/columns/", MappingView.as_view(), name="mapping"),
        path("<int:pk>/apply/", ApplyView.as_view(), name="apply"),
        path("<int:pk>/roll-back/", RollbackView.as_view(), name="rollback"),
    ]
    return [path("alumni/imports/", include((patterns, "alumni_imports")))]


@hooks.register("register_admin_urls")
def register_import_urls():
    return import_urls()


@hooks.register(ALUMNI_MENU_HOOK)
def register_imports_menu_item():
    return PermittedMenuItem(
        _("Imports"),
        reverse("alumni_imports:index"),
        icon_name="upload",
        order=200,
        shown_to=can_see_imports,
    )
