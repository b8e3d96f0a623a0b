"""Members nominate employers for Employers of Choice: the form, the rules a nomination follows
and the view served at ``<employers index>/nominate/``.

A nomination is made once per form: the form carries a one-time token, so a double click or a
resent form finds the nomination the first submission made. A member's nominations are made
one at a time (their user row is locked), so the one-open-nomination-per-employer rule holds
even when two tabs submit at once.
"""

import uuid

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import Truncator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from employers.models import Nomination, NominationStatus
from members.models import User
from members.views import members_only

REASON_MIN_LENGTH = 50
MAX_EVIDENCE_LINKS = 5

# Where a nomination may go next. Invited and declined are decisions: final.
NEXT_STATUSES = {
    NominationStatus.NEW: {NominationStatus.UNDER_REVIEW, NominationStatus.DECLINED},
    NominationStatus.UNDER_REVIEW: {NominationStatus.INVITED, NominationStatus.DECLINED},
    NominationStatus.INVITED: set(),
    NominationStatus.DECLINED: set(),
}
OPEN_STATUSES = [NominationStatus.NEW, NominationStatus.UNDER_REVIEW]


USED_FORM = _("This form was already used. Please open it again.")


def can_move(current, new):
    return new == current or new in NEXT_STATUSES[NominationStatus(current)]


def normalise_name(name):
    """How an employer's name is compared: trimmed, with single spaces (case is ignored by
    the query)."""
    return " ".join(name.split())


class Refused(Exception):
    """A nomination that cannot be made; the message is written for the member. ``field`` is
    the form field it belongs to (None: the form as a whole)."""

    def __init__(self, message, field=None):
        super().__init__(message)
        self.field = field


class NominationForm(forms.ModelForm):
    token = forms.UUIDField(
        label=_("Form reference"),
        widget=forms.HiddenInput,
        error_messages={
            "required": _("This form is out of date. Please send it again."),
            "invalid": _("This form is out of date. Please send it again."),
        },
    )
    website = forms.URLField(
        label=Nomination._meta.get_field("website").verbose_name,
        required=False,
        assume_scheme="https",
        max_length=200,
        help_text=_("Optional: the employer's main web address."),
    )

    class Meta:
        model = Nomination
        fields = [
            "employer_name",
            "city",
            "state",
            "website",
            "connection",
            "reason",
            "evidence_links",
        ]
        help_texts = {
            "employer_name": _("The health system, hospital, practice or agency, as it is known."),
            "city": _("Optional: where it is based."),
        }
        widgets = {
            "connection": forms.RadioSelect,
            "reason": forms.Textarea(attrs={"rows": 8}),
            "evidence_links": forms.Textarea(attrs={"rows": 5}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["employer_name"].widget.attrs["autocomplete"] = "organization"
        self.fields["website"].widget.attrs["autocomplete"] = "url"
        states = self.fields["state"].choices[1:]
        self.fields["state"].choices = [("", _("Choose a state")), *states]
        # A radio list needs no empty choice: the member picks one.
        self.fields["connection"].choices = self.fields["connection"].choices[1:]
        self.fields["reason"].widget.attrs["minlength"] = REASON_MIN_LENGTH
        self.fields["reason"].help_text = _(
            "At least %(count)s characters. What does it do for BIPOC clinicians and trainees: "
            "recruitment, retention, pathways, belonging, leadership, community?"
        ) % {"count": REASON_MIN_LENGTH}
        self.fields["evidence_links"].help_text = _(
            "Optional: up to %(count)s web addresses starting with http:// or https://, one per "
            "line (reports, news, programs)."
        ) % {"count": MAX_EVIDENCE_LINKS}

    def clean_employer_name(self):
        return normalise_name(self.cleaned_data["employer_name"])

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if len(reason) < REASON_MIN_LENGTH:
            raise ValidationError(
                _(
                    "Please tell us a little more (at least %(minimum)s characters; you wrote "
                    "%(count)s). A few sentences on what the employer does help NMF's team "
                    "follow up."
                )
                % {"minimum": REASON_MIN_LENGTH, "count": len(reason)}
            )
        return reason

    def clean_evidence_links(self):
        """One http(s) address per line, at most five; each error names its line."""
        is_web_address = URLValidator(schemes=["http", "https"])
        links, errors = [], []
        for number, line in enumerate(self.cleaned_data["evidence_links"].splitlines(), 1):
            link = line.strip()
            if not link:
                continue
            try:
                is_web_address(link)
            except ValidationError:
                errors.append(
                    ValidationError(
                        _(
                            "Line %(number)s (“%(text)s”) is not a web address. Each line needs "
                            "one address starting with http:// or https://."
                        )
                        % {"number": number, "text": Truncator(link).chars(60)}
                    )
                )
            links.append(link)
        if len(links) > MAX_EVIDENCE_LINKS:
            errors.append(
                ValidationError(
                    _("Please give at most %(maximum)s links; there are %(count)s.")
                    % {"maximum": MAX_EVIDENCE_LINKS, "count": len(links)}
                )
            )
        if errors:
            raise ValidationError(errors)
        return "\n".join(links)


def submit_nomination(user, data):
    """Make the nomination in ``data`` (a NominationForm's cleaned data) for ``user``, once per
    form token. Returns the nomination, new or made earlier by the same form."""
    data = dict(data)
    token = data.pop("token")
    with transaction.atomic():
        User.objects.select_for_update().get(pk=user.pk)
        earlier = Nomination.objects.filter(token=token).first()
        if earlier is not None:
            if earlier.nominator_id != user.pk:
                raise Refused(USED_FORM)
            return earlier
        name = normalise_name(data["employer_name"])
        open_one = (
            Nomination.objects.filter(
                nominator=user, employer_name__iexact=name, status__in=OPEN_STATUSES
            )
            .order_by("-created_at")
            .first()
        )
        if open_one is not None:
            sent = date_format(timezone.localtime(open_one.created_at))
            raise Refused(
                gettext(
                    "Thank you: you already nominated %(name)s on %(date)s, and NMF's team is "
                    "still looking at it. You can follow it on My Hub; once it is decided, you "
                    "are welcome to nominate it again."
                )
                % {"name": open_one.employer_name, "date": sent},
                field="employer_name",
            )
        try:
            return Nomination.objects.create(nominator=user, token=token, **data)
        except IntegrityError:
            # Only a copied token gets here: another member's form sent at the same moment.
            raise Refused(USED_FORM) from None


@never_cache
@members_only
@require_http_methods(["GET", "POST"])
def _nominate(request, page):
    form = NominationForm(request.POST or None, initial={"token": uuid.uuid4()})
    if request.method == "POST" and form.is_valid():
        try:
            nomination = submit_nomination(request.user, form.cleaned_data)
        except Refused as refusal:
            form.add_error(refusal.field, str(refusal))
        else:
            messages.success(
                request,
                gettext(
                    "Thank you for nominating %(name)s. NMF's alumni relations team reads every "
                    "nomination and may invite the employer to apply for recognition. You can "
                    "follow your nomination here, and we will email you once it is decided."
                )
                % {"name": nomination.employer_name},
            )
            return redirect("members:dashboard")
    return page.render(
        request,
        template="employers/nomination_form.html",
        context_overrides={"form": form},
    )


def nominate(page, request):
    """The nomination form under ``page`` (the EmployerIndexPage), for verified members;
    visitors are sent to sign in and brought back."""
    return _nominate(request, page)
