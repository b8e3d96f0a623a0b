"""Filters for the members listing in the Wagtail admin."""

import django_filters
from allauth.account.models import EmailAddress
from django import forms
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.widgets.boolean_radio_select import BooleanRadioSelect

from hub.vocabulary import Profession, Region, Stage, State, states_in_region
from members.models import MemberProfile


def has_verified_email():
    """True for profiles whose user has at least one verified email address."""
    return Exists(EmailAddress.objects.filter(user=OuterRef("user"), verified=True))


class MemberProfileFilterSet(WagtailFilterSet):
    stage = django_filters.ChoiceFilter(
        label=_("Career stage"),
        choices=Stage.choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    profession = django_filters.ChoiceFilter(
        label=_("Profession"),
        choices=Profession.choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )
    region = django_filters.ChoiceFilter(
        label=_("Region"),
        choices=Region.choices,
        empty_label=_("All"),
        widget=forms.RadioSelect,
        method="filter_region",
    )
    state = django_filters.ChoiceFilter(
        label=_("State"), choices=State.choices, empty_label=_("All")
    )
    verified = django_filters.BooleanFilter(
        label=_("Verified email"), widget=BooleanRadioSelect, method="filter_verified"
    )
    hidden_from_directory = django_filters.BooleanFilter(
        label=_("Hidden from the directory"), widget=BooleanRadioSelect
    )

    class Meta:
        model = MemberProfile
        fields = ["stage", "profession", "region", "state", "verified", "hidden_from_directory"]

    def filter_region(self, queryset, name, value):
        return queryset.filter(state__in=states_in_region(value))

    def filter_verified(self, queryset, name, value):
        # An Exists test rather than a join on user__emailaddress__verified: "not verified"
        # must include members with no address record at all, and exclude members with one
        # verified address and another unverified; the join would get both wrong (and need
        # distinct()).
        verified = has_verified_email()
        return queryset.filter(verified if value else ~verified)
