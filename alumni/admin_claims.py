"""Claims ("Did NMF support me?") in the Wagtail admin: "Claims" in the Alumni menu.

Alumni Relations (and superusers) see the confirmed claims, those waiting for review first and
the oldest first, and review each one: what the claimant wrote beside the registry records
that may be them (score and reasons), then approve it as one of those records, ask for more
information, or decline it with a kindly worded message. The decisions themselves live in
alumni/review.py. Claims are never added, edited or deleted here.
"""

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Case, IntegerField, OuterRef, Subquery, Value, When
from django.shortcuts import redirect
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import ButtonsColumnMixin, Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import IndexView

from alumni import review
from alumni.matching import reason_labels
from alumni.models import Claim, ClaimCandidate, ClaimStatus
from alumni.review_emails import claim_language
from hub.menu import ALUMNI_MENU_HOOK
from hub.viewsets import NoAddViewSet, ScopedInspectView

# --- Listing ---------------------------------------------------------------------------------


class ClaimFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=ClaimStatus.choices,
        empty_label=_("All with a confirmed email"),
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Claim
        fields = ["status"]


def claimant_name(claim):
    return f"{claim.first_name} {claim.last_name}"


class ClaimNameColumn(ButtonsColumnMixin, TitleColumn):
    def __init__(self, *args, view, **kwargs):
        super().__init__(*args, **kwargs)
        self.view = view

    def get_buttons(self, instance, parent_context):
        return self.view.get_list_buttons(instance)


class ClaimIndexView(IndexView):
    page_title = _("Claims")

    def get_base_queryset(self):
        best_score = (
            ClaimCandidate.objects.filter(claim=OuterRef("pk"))
            .order_by("-score")
            .values("score")[:1]
        )
        queryset = (
            super()
            .get_base_queryset()
            .annotate(
                best_score=Subquery(best_score),
                review_order=Case(
                    When(status=ClaimStatus.PENDING, then=Value(0)),
                    When(status=ClaimStatus.MORE_INFO, then=Value(1)),
                    default=Value(2),
                    output_field=IntegerField(),
                ),
            )
        )
        # A claim whose email is not confirmed is nobody's to review: shown only on request.
        if self.request.GET.get("status") != ClaimStatus.UNCONFIRMED:
            queryset = queryset.exclude(status=ClaimStatus.UNCONFIRMED)
        return queryset

    def order_queryset(self, queryset):
        if self.is_explicitly_ordered:
            return super().order_queryset(queryset)
        # Waiting for review first, then waiting for the claimant; the oldest first in each.
        return queryset.order_by("review_order", "created_at", "pk")

    def get_list_more_buttons(self, instance):
        url = self.get_inspect_url(instance)
        return [MenuItem(_("Review"), url=url, icon_name="info-circle", priority=10)] if url else []

    @cached_property
    def columns(self):
        return [
            ClaimNameColumn(
                "name",
                label=_("Claimant"),
                accessor=claimant_name,
                sort_key="last_name",
                get_url=self.get_inspect_url,
                view=self,
            ),
            Column("school", label=_("School"), sort_key="school"),
            Column("graduation_year", label=_("Year"), sort_key="graduation_year"),
            Column("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
            Column("best_score", label=_("Best match"), sort_key="best_score"),
            DateColumn("created_at", label=_("Sent"), sort_key="created_at"),
            Column("reviewed_by", label=_("Reviewed by")),
        ]


# --- Review ----------------------------------------------------------------------------------


class ApproveForm(forms.Form):
    record = forms.TypedChoiceField(
        label=_("The record this claim is about"),
        coerce=int,
        required=False,
        widget=forms.RadioSelect,
    )
    other_record = forms.IntegerField(
        label=_("Or another record, by its number"),
        required=False,
        min_value=1,
        help_text=_(
            "When the right person is not among the candidates: the number in the address of "
            "their page under Alumni records."
        ),
    )
    message = forms.CharField(
        label=_("A note to the claimant (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, candidates=(), **kwargs):
        super().__init__(*args, prefix="approve", **kwargs)
        self.fields["record"].choices = [
            (candidate.record_id, str(candidate.record)) for candidate in candidates
        ]

    def clean(self):
        data = super().clean()
        chosen, other = data.get("record"), data.get("other_record")
        if chosen and other and chosen != other:
            raise forms.ValidationError(
                _("Choose one record: a candidate or another record's number, not both.")
            )
        data["record_id"] = other or chosen
        if not data["record_id"] and not self.errors:
            raise forms.ValidationError(
                _(
                    "Choose the record this claim is about. If none fits, ask for more "
                    "information or decline."
                )
            )
        return data


class MoreInfoForm(forms.Form):
    message = forms.CharField(
        label=_("What would you like the claimant to tell you?"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Emailed to them; they answer by replying to the email."),
        error_messages={"required": _("Write what you would like the claimant to tell you.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, prefix="more_info", **kwargs)


class DeclineForm(forms.Form):
    template = forms.ChoiceField(label=_("Start from"), widget=forms.RadioSelect)
    message = forms.CharField(
        label=_("Message to the claimant"),
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Written in the claimant's language. Change the words as you see fit."),
        error_messages={"required": _("Write the message the claimant will receive.")},
    )

    def __init__(self, *args, texts, **kwargs):
        super().__init__(*args, prefix="decline", **kwargs)
        self.texts = texts
        self.fields["template"].choices = [
            (key, label) for key, (label, _text) in review.DECLINE_TEMPLATES.items()
        ]
        first = next(iter(texts))
        self.fields["template"].initial = first
        self.fields["message"].initial = texts[first]

    def clean(self):
        data = super().clean()
        message, template = data.get("message"), data.get("template")
        # An unchanged template text with another template chosen (no JavaScript to swap
        # them): the chosen template is what was meant.
        if message and template and normalise(message) in map(normalise, self.texts.values()):
            data["message"] = self.texts[template]
        return data


def normalise(text):
    return " ".join(text.split())


class ClaimReviewView(ScopedInspectView):
    template_name = "alumni/admin/claim_review.html"
    page_title = _("Review")

    def get_page_subtitle(self):
        return claimant_name(self.object)

    @cached_property
    def candidates(self):
        candidates = list(
            self.object.candidates.select_related("record__member").prefetch_related(
                "record__awards"
            )
        )
        for candidate in candidates:
            candidate.reason_labels = reason_labels(candidate.reasons)
        return candidates

    @cached_property
    def decline_texts(self):
        with translation.override(claim_language(self.object)):
            return {key: str(text) for key, (_label, text) in review.DECLINE_TEMPLATES.items()}

    def forms(self, data=None, action=None):
        bound = {action: data} if action else {}
        return {
            review.APPROVE: ApproveForm(bound.get(review.APPROVE), candidates=self.candidates),
            review.MORE_INFO: MoreInfoForm(bound.get(review.MORE_INFO)),
            review.DECLINE: DeclineForm(bound.get(review.DECLINE), texts=self.decline_texts),
        }

    def post(self, request, *args, **kwargs):
        if not self.user_has_permission("change"):
            raise PermissionDenied
        action = request.POST.get("action")
        if action not in review.ALLOWED_FROM:
            messages.error(request, _("Choose one of the actions offered."))
            return redirect(request.path)
        forms_ = self.forms(request.POST, action)
        form = forms_.get(action)
        if form is not None and not form.is_valid():
            return self.render_to_response(self.get_context_data(forms=forms_))
        seen = request.POST.get("version", "")
        try:
            success = self.act(action, form, seen)
        except review.Refused as refusal:
            messages.error(request, refusal.message)
            self.object = self.get_object()
            return self.render_to_response(self.get_context_data(forms=forms_))
        messages.success(request, success)
        return redirect(request.path)

    def act(self, action, form, seen):
        claim_id, user = self.object.pk, self.request.user
        if action == review.APPROVE:
            claim = review.approve(
                claim_id,
                form.cleaned_data["record_id"],
                by=user,
                message=form.cleaned_data["message"],
                seen=seen,
            )
            if claim.member_id:
                return _(
                    "Approved: the record is now linked to %(member)s, who has been emailed."
                ) % {"member": claim.member}
            return _(
                "Approved: %(email)s has been invited to join the Hub. The record will be "
                "linked when they confirm that address."
            ) % {"email": claim.email}
        if action == review.MORE_INFO:
            review.ask_for_more_information(
                claim_id, form.cleaned_data["message"], by=user, seen=seen
            )
            return _("Your question has been emailed to the claimant.")
        if action == review.DECLINE:
            review.decline(claim_id, form.cleaned_data["message"], by=user, seen=seen)
            return _("Declined: the claimant has been emailed your message.")
        review.reopen(claim_id, by=user, seen=seen)
        return _("The claim is back to review.")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        claim = self.object
        available = review.available_actions(claim)
        can_change = self.user_has_permission("change")
        context.update(
            claim=claim,
            candidates=self.candidates,
            hub_member=review.hub_member_for(claim),
            review_forms=kwargs.get("forms") or self.forms(),
            actions=available if can_change else [],
            version=review.version_of(claim),
            decline_texts=self.decline_texts,
            claim_language=claim_language(claim),
        )
        return context


class ClaimViewSet(NoAddViewSet):
    model = Claim
    name = "alumni_claims"
    url_prefix = "alumni/claims"
    icon = "help"
    menu_label = _("Claims")
    menu_hook = ALUMNI_MENU_HOOK
    menu_order = 200

    index_view_class = ClaimIndexView
    inspect_view_class = ClaimReviewView
    filterset_class = ClaimFilterSet
    list_per_page = 50
    search_fields = ["first_name", "last_name", "other_names", "school", "email"]
    search_backend_name = None
    # Decisions are made on the review page; nobody edits what the claimant wrote.
    disabled_actions = frozenset({"add", "delete"})
    form_fields = []

    def get_queryset(self):
        return Claim.objects.select_related("reviewed_by", "member", "record")

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(edit_url_name=None, delete_url_name=None, **kwargs)

    def get_urlpatterns(self):
        return [pattern for pattern in super().get_urlpatterns() if pattern.name != "edit"]


@hooks.register("register_admin_viewset")
def register_claims():
    return ClaimViewSet()


@hooks.register("register_log_actions")
def register_claim_log_actions(actions):
    for code, label in review.LOG_ACTIONS.values():
        actions.register_action(code, label, label)
