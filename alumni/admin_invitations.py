"""Invitations in the Wagtail admin (Alumni → Invitations): the batches sent, with how many
invitations are in each state; a batch's invitations, filtered by state, where staff mark the
ones that bounced; and a new batch: choose records with filters, see how many match and a
sample, name the batch and send it. Only those who may view invitation batches (Alumni
Relations and superusers) see any of it; the work itself is done by alumni/invitations.py."""

import uuid

from django import forms
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import include, path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.permission_policies import ModelPermissionPolicy

from alumni import invitations
from alumni.admin_registry import award_program_choices, decade_choices
from alumni.models import Invitation, InvitationBatch, InvitationStatus
from hub.menu import ALUMNI_MENU_HOOK, PermittedMenuItem
from hub.views import paginate
from hub.vocabulary import Region

batch_policy = ModelPermissionPolicy(InvitationBatch)
invitation_policy = ModelPermissionPolicy(Invitation)

SAMPLE_SIZE = 20
INVITATIONS_PER_PAGE = 100
FILTER_FIELDS = ["months", "region", "decade", "award_program"]


def can_see_invitations(user):
    return batch_policy.user_has_any_permission(user, ["view", "add"])


# --- Forms -----------------------------------------------------------------------------------


class SelectionForm(forms.Form):
    months = forms.IntegerField(
        label=_("Not invited in the last … months"),
        min_value=0,
        max_value=240,
        initial=invitations.DEFAULT_MONTHS,
        help_text=_("Records invited more recently are left out. 0 leaves out only those queued."),
    )
    region = forms.ChoiceField(label=_("Region"), required=False)
    decade = forms.ChoiceField(label=_("Graduation decade"), required=False)
    award_program = forms.ChoiceField(label=_("Award program"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].choices = [("", _("All")), *Region.choices]
        self.fields["decade"].choices = [("", _("All")), *decade_choices()]
        self.fields["award_program"].choices = [("", _("All")), *award_program_choices()]

    def filters(self):
        return {name: self.cleaned_data[name] for name in FILTER_FIELDS}


class SendForm(forms.Form):
    name = forms.CharField(
        label=_("Name of this batch"),
        max_length=120,
        help_text=_("For you and your colleagues, e.g. “Midwest, 1990s graduates, spring”."),
        error_messages={"required": _("Give this batch a name.")},
    )
    token = forms.UUIDField(widget=forms.HiddenInput)


def describe_filters(filters):
    """The filters a batch was chosen by, in words."""
    parts = [
        gettext("not invited in the last %(months)s months") % {"months": filters.get("months")}
    ]
    if filters.get("region"):
        parts.append(str(Region(filters["region"]).label))
    if filters.get("decade"):
        parts.append(gettext("graduated in the %(decade)ss") % {"decade": filters["decade"]})
    if filters.get("award_program"):
        parts.append(filters["award_program"])
    return "; ".join(parts)


# --- Batches ---------------------------------------------------------------------------------

STATUS_COUNTS = {f"{status}_count": status for status in InvitationStatus.values}


class BatchIndexView(IndexView):
    model = InvitationBatch
    permission_policy = batch_policy
    any_permission_required = ["view", "add"]
    index_url_name = "alumni_invitations_admin:index"
    index_results_url_name = "alumni_invitations_admin:index_results"
    add_url_name = "alumni_invitations_admin:new"
    add_item_label = _("New invitation batch")
    page_title = _("Invitations")
    header_icon = "mail"

    def get_base_queryset(self):
        return InvitationBatch.objects.select_related("created_by").annotate(
            total=Count("invitations"),
            **{
                name: Count("invitations", filter=Q(invitations__status=status))
                for name, status in STATUS_COUNTS.items()
            },
        )

    def get_edit_url(self, instance):
        return reverse("alumni_invitations_admin:batch", args=[instance.pk])

    @cached_property
    def columns(self):
        return [
            TitleColumn("name", label=_("Name"), get_url=self.get_edit_url, sort_key="name"),
            Column("created_by", label=_("Created by")),
            DateColumn("created_at", label=_("Created"), sort_key="created_at"),
            Column("total", label=_("Invitations")),
            *(
                Column(name, label=InvitationStatus(status).label)
                for name, status in STATUS_COUNTS.items()
            ),
        ]


class InvitationsMixin(PermissionCheckedMixin, WagtailAdminTemplateMixin):
    permission_policy = batch_policy
    header_icon = "mail"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("alumni_invitations_admin:index"), "label": gettext("Invitations")},
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()},
        ]


class NewBatchView(InvitationsMixin, TemplateView):
    """GET: the filters, how many records match and a sample. POST: send to them."""

    permission_required = "add"
    template_name = "alumni/admin/invitation_new.html"
    page_title = _("New invitation batch")

    def selection_form(self, data):
        data = data if any(name in data for name in FILTER_FIELDS) else None
        return SelectionForm(data)

    def get_context_data(self, selection=None, send_form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        selection = selection or self.selection_form(self.request.GET)
        filters = (
            selection.filters()
            if selection.is_valid()
            else ({"months": invitations.DEFAULT_MONTHS} if not selection.is_bound else None)
        )
        if filters is not None:
            records = invitations.select_records(**filters)
            context.update(
                matched=records.count(),
                sample=list(
                    records.annotate(email=invitations.best_email()).order_by(
                        "last_name", "first_name", "pk"
                    )[:SAMPLE_SIZE]
                ),
                filters=filters,
                send_form=send_form or SendForm(initial={"token": uuid.uuid4()}),
            )
        context["selection"] = selection
        return context

    def post(self, request, *args, **kwargs):
        selection = self.selection_form(request.POST)
        send_form = SendForm(request.POST)
        if not (selection.is_valid() and send_form.is_valid()):
            return self.render_to_response(
                self.get_context_data(selection=selection, send_form=send_form)
            )
        batch, skipped, created = invitations.create_batch(
            send_form.cleaned_data["name"],
            selection.filters(),
            by=request.user,
            form_token=str(send_form.cleaned_data["token"]),
        )
        if created:
            count = batch.invitations.count()
            message = ngettext(
                "%(count)s invitation is on its way.",
                "%(count)s invitations are on their way.",
                count,
            ) % {"count": count}
            if skipped:
                message += " " + ngettext(
                    "%(count)s record was left out: the address has unsubscribed.",
                    "%(count)s records were left out: their addresses have unsubscribed.",
                    skipped,
                ) % {"count": skipped}
            messages.success(request, message)
        else:
            messages.warning(request, gettext("This batch was already sent; nothing more was."))
        return redirect("alumni_invitations_admin:batch", pk=batch.pk)


class BatchView(InvitationsMixin, TemplateView):
    """A batch's invitations, filtered by state; staff mark those that bounced."""

    permission_required = "view"
    template_name = "alumni/admin/invitation_batch.html"
    page_title = _("Invitation batch")

    @cached_property
    def batch(self):
        # Read after the permission check, so that nobody else learns which batches exist.
        return get_object_or_404(
            InvitationBatch.objects.select_related("created_by"), pk=self.kwargs["pk"]
        )

    def get_page_subtitle(self):
        return str(self.batch)

    def can_mark_bounced(self):
        return invitation_policy.user_has_permission(self.request.user, "change")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        status = self.request.GET.get("status", "")
        if status not in InvitationStatus.values:
            status = ""
        invitations_ = self.batch.invitations.select_related("record").order_by("pk")
        if status:
            invitations_ = invitations_.filter(status=status)
        counts = dict(
            self.batch.invitations.values_list("status").annotate(n=Count("pk")).order_by()
        )
        context.update(
            batch=self.batch,
            chosen_by=describe_filters(self.batch.filters),
            status=status,
            statuses=[
                (value, label, counts.get(value, 0)) for value, label in InvitationStatus.choices
            ],
            total=sum(counts.values()),
            page_obj=paginate(self.request, invitations_, INVITATIONS_PER_PAGE),
            can_mark_bounced=self.can_mark_bounced(),
        )
        return context

    def post(self, request, *args, **kwargs):
        if not self.can_mark_bounced():
            return self.handle_no_permission()
        ids = [value for value in request.POST.getlist("invitation") if value.isdigit()]
        marked = invitations.mark_bounced(self.batch.invitations.filter(pk__in=ids).values("pk"))
        if marked:
            messages.success(
                request,
                ngettext(
                    "%(count)s invitation marked bounced, with its email address.",
                    "%(count)s invitations marked bounced, with their email addresses.",
                    marked,
                )
                % {"count": marked},
            )
        else:
            messages.warning(
                request, gettext("Choose sent invitations that have not been marked bounced.")
            )
        return redirect(request.get_full_path())


# --- Hooks -----------------------------------------------------------------------------------


def invitation_admin_urls():
    patterns = [
        path("", BatchIndexView.as_view(), name="index"),
        path("results/", BatchIndexView.as_view(results_only=True), name="index_results"),
        path("new/", NewBatchView.as_view(), name="new"),
        path("<int:pk>/", BatchView.as_view(), name="batch"),
    ]
    return [path("alumni/invitations/", include((patterns, "alumni_invitations_admin")))]


@hooks.register("register_admin_urls")
def register_invitation_urls():
    return invitation_admin_urls()


@hooks.register(ALUMNI_MENU_HOOK)
def register_invitations_menu_item():
    return PermittedMenuItem(
        _("Invitations"),
        reverse("alumni_invitations_admin:index"),
        icon_name="mail",
        order=400,
        shown_to=can_see_invitations,
    )
