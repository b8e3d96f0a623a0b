"""Which English pages lack a current Spanish version: Reports → Spanish translations, and the
"Translations" panel on the Editors' dashboard.

wagtail-localize's own "Translations" report lists translations with strings still to
translate; this one starts from the English pages, so it also finds the pages nobody has
translated yet (Spanish readers see the English through a synchronised alias, or nothing).

Each English page gets one status, the first of these that holds:

1. ``missing``: there is no Spanish page at all.
2. ``untranslated``: the Spanish page is an alias of the English, showing it unchanged.
3. ``out_of_date``: the Spanish page was last written before the latest English. Either the
   English was published after wagtail-localize last read it (its ``TranslationSource``'s
   ``last_updated_at``; "Sync translated pages" reads it again), or wagtail-localize has read
   it but the Spanish has not been saved from it since (its latest ``TranslationLog`` is
   older: an editor synced without publishing, and the Spanish waits for its translator to
   save it in wagtail-localize's editor).
4. ``incomplete``: the Spanish translation still has strings nobody has translated, so parts
   of it are in English.
5. ``not_published``: the English is live but the Spanish, translated, is not, or not as last
   saved: its latest version waits to be published (after an editor's sync or translation,
   until a moderator publishes it).
6. ``up_to_date``: none of the above.

The order runs from what leaves Spanish readers with least to what is nearly done. Out of date
comes before incomplete because syncing brings in the new English strings: the count of
strings to translate means little until then. Steps 3 and 4 need an enabled wagtail-localize
translation into Spanish; a Spanish page written by hand (or whose synced translation was
stopped) is judged only on whether its latest version is live.

English pages that are themselves aliases are left out: the page they show is listed in their
place. So are pages of Wagtail's bare ``Page`` type (such as the placeholder "Welcome" page of
a new site), which hold nothing to translate.

``pages_with_spanish_status()`` works every status out in the database, in one query however
many pages there are.
"""

from django.conf import settings
from django.db.models import (
    BooleanField,
    Case,
    CharField,
    Count,
    Exists,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    Subquery,
    TextChoices,
    Value,
    When,
)
from django.db.models.functions import Substr
from django.forms import CheckboxSelectMultiple
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext, ngettext_lazy
from django.utils.translation import gettext_lazy as _
from django_filters import FilterSet, MultipleChoiceFilter
from wagtail import hooks
from wagtail.admin.filters import ContentTypeFilter
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.coreutils import get_content_type_label, get_supported_content_language_variant
from wagtail.models import Page, get_page_content_types
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)

from hub.dashboard import WorkLine, WorkPanel, register_work_panel
from hub.menu import PermittedMenuItem, works_on_pages
from members.permissions import EDITORS

SPANISH = "es"

# Pages under the site's home page begin with the home page's path; the first level below
# home (depth 3) is a section of the site.
SECTION_DEPTH = 3


class TranslationStatus(TextChoices):
    """Where an English page's Spanish version stands, most in need of work first."""

    MISSING = "missing", _("Missing")
    UNTRANSLATED = "untranslated", _("Untranslated")
    OUT_OF_DATE = "out_of_date", _("Out of date")
    INCOMPLETE = "incomplete", _("Incomplete")
    NOT_PUBLISHED = "not_published", _("Not published")
    UP_TO_DATE = "up_to_date", _("Up to date")


def pages_with_spanish_status():
    """English pages (but for the root and bare ``Page`` pages) annotated with
    ``spanish_status`` (a ``TranslationStatus`` value) and what the report shows beside it:

    * ``spanish_page_id``: the Spanish page, if any;
    * ``source_id`` and ``english_read_at``: the English's wagtail-localize source, and when it
      last read the English; ``english_unread``: whether the English was published since;
    * ``spanish_synced_at``: when the Spanish was last written from that source;
    * ``section``: the title of the English page's section of the site (None for home).

    One query, whatever the number of pages."""
    english = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    spanish_pages = Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale__language_code=SPANISH
    )
    source = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"), locale_id=OuterRef("locale_id")
    )
    synced = TranslationLog.objects.filter(
        source__object_id=OuterRef("translation_key"),
        source__locale_id=OuterRef("locale_id"),
        locale__language_code=SPANISH,
    ).order_by("-created_at")
    translation = Translation.objects.filter(
        source__object_id=OuterRef("translation_key"),
        source__locale_id=OuterRef("locale_id"),
        target_locale__language_code=SPANISH,
        enabled=True,
    )
    # A string of the English source with no Spanish translation yet (as wagtail-localize's
    # "waiting for translations"); one written with an error does not count as translated.
    string_waiting = StringSegment.objects.filter(
        source__object_id=OuterRef("translation_key"), source__locale_id=OuterRef("locale_id")
    ).filter(
        ~Exists(
            StringTranslation.objects.filter(
                translation_of_id=OuterRef("string_id"),
                context_id=OuterRef("context_id"),
                locale__language_code=SPANISH,
                has_error=False,
            )
        )
    )
    section = Page.objects.filter(
        depth=SECTION_DEPTH, path=Substr(OuterRef("path"), 1, SECTION_DEPTH * Page.steplen)
    )
    return (
        Page.objects.filter(locale__language_code=english, depth__gt=1, alias_of__isnull=True)
        .exclude(content_type__app_label="wagtailcore", content_type__model="page")
        .select_related("content_type")
        .annotate(
            spanish_page_id=Subquery(spanish_pages.values("pk")[:1]),
            spanish_is_alias=Exists(spanish_pages.filter(alias_of__isnull=False)),
            spanish_is_published=Exists(
                spanish_pages.filter(live=True, has_unpublished_changes=False)
            ),
            source_id=Subquery(source.values("pk")[:1]),
            english_read_at=Subquery(source.values("last_updated_at")[:1]),
            spanish_synced_at=Subquery(synced.values("created_at")[:1]),
            english_unread=ExpressionWrapper(
                Q(english_read_at__lt=F("last_published_at")), output_field=BooleanField()
            ),
            translated_with_localize=Exists(translation),
            strings_waiting=Exists(string_waiting),
            section=Subquery(section.values("title")[:1]),
        )
        .annotate(
            spanish_status=Case(
                When(spanish_page_id__isnull=True, then=Value(TranslationStatus.MISSING)),
                When(spanish_is_alias=True, then=Value(TranslationStatus.UNTRANSLATED)),
                When(
                    Q(english_unread=True) | Q(spanish_synced_at__lt=F("english_read_at")),
                    translated_with_localize=True,
                    then=Value(TranslationStatus.OUT_OF_DATE),
                ),
                When(
                    translated_with_localize=True,
                    strings_waiting=True,
                    then=Value(TranslationStatus.INCOMPLETE),
                ),
                When(
                    live=True,
                    spanish_is_published=False,
                    then=Value(TranslationStatus.NOT_PUBLISHED),
                ),
                default=Value(TranslationStatus.UP_TO_DATE),
                output_field=CharField(),
            )
        )
    )


def spanish_status_counts():
    """How many English pages have each status, as ``{status: count}``, in one query."""
    return pages_with_spanish_status().aggregate(
        **{
            status: Count("pk", filter=Q(spanish_status=status))
            for status in TranslationStatus.values
        }
    )


# Reports → Spanish translations


class TranslationStatusFilterSet(FilterSet):
    """The report's filters. With no status chosen the report lists every page whose Spanish
    needs work (all but ``up_to_date``): see ``TranslationStatusReportView.filter_queryset``.

    A plain django-filter ``FilterSet`` rather than Wagtail's, which would add a locale filter:
    every page here is English."""

    status = MultipleChoiceFilter(
        label=_("Status"),
        help_text=_("Tick none to see every page whose Spanish needs work."),
        choices=TranslationStatus.choices,
        widget=CheckboxSelectMultiple,
        method="filter_status",
    )
    page_type = ContentTypeFilter(
        label=_("Page type"),
        empty_label=_("Any"),
        field_name="content_type",
        queryset=lambda request: get_page_content_types(include_base_page_type=False),
    )

    class Meta:
        model = Page
        fields = []

    def filter_status(self, queryset, name, value):
        return queryset.filter(spanish_status__in=value)


class ActionColumn(Column):
    """A link to the next step for the page's Spanish version."""

    cell_template_name = "hub/admin/translation_status_action_cell.html"


class TranslationStatusReportView(ReportView):
    page_title = _("Spanish translations")
    header_icon = "site"
    index_url_name = "hub_translation_status_report"
    index_results_url_name = "hub_translation_status_report_results"
    filterset_class = TranslationStatusFilterSet
    any_permission_required = ["add", "change", "publish"]
    permission_policy = PagePermissionPolicy()
    default_ordering = "path"
    columns = [
        TitleColumn("title", label=_("Page"), url_name="wagtailadmin_pages:edit", sort_key="title"),
        Column("section", label=_("Section")),
        Column("page_type", label=_("Page type")),
        StatusTagColumn("status_label", label=_("Spanish"), primary=lambda row: row.is_current),
        DateColumn(
            "last_published_at", label=_("English last published"), sort_key="last_published_at"
        ),
        DateColumn("spanish_synced_at", label=_("Spanish last synced")),
        ActionColumn("action_label", label=_("Next step")),
    ]
    list_export = [
        "title",
        "section",
        "page_type",
        "status_label",
        "last_published_at",
        "spanish_synced_at",
        "action_label",
        "action_link",
    ]
    export_headings = {
        "title": _("Page"),
        "section": _("Section"),
        "page_type": _("Page type"),
        "status_label": _("Spanish"),
        "last_published_at": _("English last published"),
        "spanish_synced_at": _("Spanish last synced"),
        "action_label": _("Next step"),
        "action_link": _("Link"),
    }
    export_filename = "hub-spanish-translations"

    def get_queryset(self):
        return self.order_queryset(pages_with_spanish_status())

    @cached_property
    def chosen_statuses(self):
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data.get("status") or []
        return []

    def filter_queryset(self, queryset):
        """Apply the filters; with no status chosen (or the filters unreadable), leave out the
        pages whose Spanish is up to date."""
        queryset = super().filter_queryset(queryset)
        if not self.chosen_statuses:
            queryset = queryset.exclude(spanish_status=TranslationStatus.UP_TO_DATE)
        return queryset

    def decorate_paginated_queryset(self, pages):
        """Labels and links are put into words now, in the admin's language (a CSV streams after
        the request's language is no longer active)."""
        pages = list(pages)
        for page in pages:
            status = TranslationStatus(page.spanish_status)
            page.is_current = status == TranslationStatus.UP_TO_DATE
            page.status_label = str(status.label)
            page.page_type = get_content_type_label(page.content_type)
            page.action_label, page.action_url = self.next_step(page, status)
            page.action_link = self.request.build_absolute_uri(page.action_url)
        return pages

    @cached_property
    def back_here(self):
        """This report as the user sees it (the filters may have been applied in place)."""
        query = self.request.GET.copy()
        for name in ("_w_filter_fragment", "export"):
            query.pop(name, None)
        return f"{self.index_url}?{query.urlencode()}" if query else self.index_url

    def next_step(self, page, status):
        """What to do, and where: translate a page with no Spanish translation, sync one whose
        English wagtail-localize has not read since it changed, and otherwise open the Spanish
        page (wagtail-localize's translation editor for a synced translation)."""
        if status in (TranslationStatus.MISSING, TranslationStatus.UNTRANSLATED):
            return (
                gettext("Translate"),
                reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            )
        if status == TranslationStatus.OUT_OF_DATE and page.english_unread:
            url = reverse("wagtail_localize:update_translations", args=[page.source_id])
            return gettext("Sync from English"), f"{url}?{urlencode({'next': self.back_here})}"
        return (
            gettext("Edit the Spanish"),
            reverse("wagtailadmin_pages:edit", args=[page.spanish_page_id]),
        )

    def as_spreadsheet(self, rows, spreadsheet_format):
        self.export_headings = {name: str(label) for name, label in self.export_headings.items()}
        return super().as_spreadsheet(rows, spreadsheet_format)


def report_url(*statuses):
    """The report, listing the pages with any of ``statuses``."""
    url = reverse(TranslationStatusReportView.index_url_name)
    return f"{url}?{urlencode({'status': statuses}, doseq=True)}" if statuses else url


@hooks.register("register_admin_urls")
def register_translation_status_report_urls():
    return [
        path(
            "reports/spanish-translations/",
            TranslationStatusReportView.as_view(),
            name="hub_translation_status_report",
        ),
        path(
            "reports/spanish-translations/results/",
            TranslationStatusReportView.as_view(results_only=True),
            name="hub_translation_status_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return PermittedMenuItem(
        _("Spanish translations"),
        reverse("hub_translation_status_report"),
        icon_name="site",
        order=740,
        shown_to=works_on_pages,
    )


# The Editors' dashboard


@register_work_panel
class TranslationPanel(WorkPanel):
    """How many English pages wait for their Spanish, each line linking to those pages."""

    name = "translations"
    heading = _("Translations")
    groups = frozenset({EDITORS})
    order = 120

    def lines(self):
        counts = spanish_status_counts()
        missing = counts[TranslationStatus.MISSING]
        out_of_date = counts[TranslationStatus.OUT_OF_DATE]
        unfinished = counts[TranslationStatus.INCOMPLETE] + counts[TranslationStatus.UNTRANSLATED]
        return [
            WorkLine.counted(
                ngettext_lazy(
                    "%(number)s page has no Spanish version",
                    "%(number)s pages have no Spanish version",
                    "count",
                ),
                missing,
                report_url(TranslationStatus.MISSING),
            ),
            WorkLine.counted(
                ngettext_lazy(
                    "%(number)s Spanish page is out of date",
                    "%(number)s Spanish pages are out of date",
                    "count",
                ),
                out_of_date,
                report_url(TranslationStatus.OUT_OF_DATE),
            ),
            WorkLine.counted(
                ngettext_lazy(
                    "%(number)s Spanish page is incomplete or untranslated",
                    "%(number)s Spanish pages are incomplete or untranslated",
                    "count",
                ),
                unfinished,
                report_url(TranslationStatus.INCOMPLETE, TranslationStatus.UNTRANSLATED),
            ),
        ]
