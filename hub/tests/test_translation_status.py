"""Reports → Spanish translations and the Editors' "Translations" panel: each English page's
Spanish status, worked out in the database; who may read the report; and query budgets that do
not grow with the number of pages."""

import csv
import html
import io

import openpyxl
import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.http import urlencode
from wagtail_localize.models import (
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)

from conftest import bulk_pages
from home.factories import StandardPageFactory
from home.models import StandardPage
from hub.translation_status import (
    TranslationStatus,
    pages_with_spanish_status,
    report_url,
    spanish_status_counts,
)
from members.factories import MemberFactory, staff_user
from members.permissions import ALUMNI_RELATIONS, EDITORS

REPORT = reverse("hub_translation_status_report")
DASHBOARD = reverse("wagtailadmin_home")
# The session, the user and their permissions, the admin's menus and the filter's page types,
# then one count and one query for the rows: the same for 5 pages or 205.
REPORT_QUERIES = 14


def status_of(page):
    return pages_with_spanish_status().get(pk=page.pk).spanish_status


def published_page(parent, **fields):
    page = StandardPageFactory(parent=parent, **fields)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def republish(page, **fields):
    """The English page changed and published again, as an editor would."""
    page = page.specific
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def translate(locales, django_capture_on_commit_callbacks):
    """Translate a page into Spanish with wagtail-localize, as in its translation editor: every
    string gets ``"ES " + English``, except those listed in ``leave``. wagtail-localize publishes
    when the transaction commits, so the commit callbacks are run here."""

    def translate(page, leave=(), publish=True):
        source, _created = TranslationSource.get_or_create_from_instance(page)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locales.es
        )
        for segment in source.stringsegment_set.select_related("string", "context"):
            if segment.string.data not in leave:
                StringTranslation.objects.update_or_create(
                    translation_of=segment.string,
                    locale=locales.es,
                    context=segment.context,
                    defaults={"data": f"ES {segment.string.data}"},
                )
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=publish)
        return page.get_translation(locales.es)

    return translate


@pytest.fixture
def sync(locales, django_capture_on_commit_callbacks):
    """What "Sync translated pages" does after the English changes."""

    def sync(page):
        source = TranslationSource.objects.get_for_instance(page)
        source.update_from_db()
        with django_capture_on_commit_callbacks(execute=True):
            Translation.objects.get(source=source, target_locale=locales.es).save_target(
                publish=True
            )
        return page.get_translation(locales.es)

    return sync


@pytest.fixture
def pages(home_page, spanish_home, locales, translate):
    """One English page in each status."""
    missing = published_page(home_page, title="Scholarships")
    untranslated = published_page(home_page, title="Events")
    untranslated.copy_for_translation(locales.es, alias=True)
    out_of_date = published_page(home_page, title="Mentoring")
    translate(out_of_date)
    out_of_date = republish(out_of_date, introduction="Mentors now meet mentees monthly.")
    incomplete = published_page(home_page, title="Loans")
    translate(incomplete, leave={"Why a network"})
    not_published = published_page(home_page, title="Careers")
    translate(not_published, publish=False)
    up_to_date = published_page(home_page, title="Alumni")
    translate(up_to_date)
    return {
        TranslationStatus.MISSING: missing,
        TranslationStatus.UNTRANSLATED: untranslated,
        TranslationStatus.OUT_OF_DATE: out_of_date,
        TranslationStatus.INCOMPLETE: incomplete,
        TranslationStatus.NOT_PUBLISHED: not_published,
        TranslationStatus.UP_TO_DATE: up_to_date,
    }


@pytest.fixture
def editor_client(client, home_page):
    client.force_login(staff_user(EDITORS))
    return client


# The statuses


def test_each_english_page_gets_its_spanish_status(pages, home_page):
    statuses = dict(pages_with_spanish_status().values_list("pk", "spanish_status"))
    assert statuses == {page.pk: status for status, page in pages.items()} | {
        home_page.pk: TranslationStatus.UP_TO_DATE
    }


def test_the_status_of_every_page_is_worked_out_in_one_query(pages, django_assert_num_queries):
    with django_assert_num_queries(1):
        assert len(pages_with_spanish_status()) == 7


def test_spanish_pages_and_the_root_are_not_listed(pages, spanish_home):
    depths = set(pages_with_spanish_status().values_list("depth", flat=True))
    assert min(depths) == 2
    assert spanish_home.pk not in pages_with_spanish_status().values_list("pk", flat=True)


def test_a_translation_not_published_is_reported_only_while_the_english_is_live(pages, locales):
    page = pages[TranslationStatus.NOT_PUBLISHED]
    assert not page.get_translation(locales.es).live
    page.unpublish()
    assert status_of(page) == TranslationStatus.UP_TO_DATE


def test_a_missing_string_counts_only_once_the_english_is_synced(pages, translate, sync):
    """An English change is first "out of date"; the sync brings the new string in, which waits
    for its translation ("incomplete") until it is translated."""
    page = pages[TranslationStatus.OUT_OF_DATE]
    spanish = sync(page)
    assert status_of(page) == TranslationStatus.INCOMPLETE
    assert spanish.title == "ES Mentoring"
    assert spanish.specific.introduction == "Mentors now meet mentees monthly."
    spanish = translate(page)
    assert status_of(page) == TranslationStatus.UP_TO_DATE
    assert spanish.specific.introduction == "ES Mentors now meet mentees monthly."


def test_publishing_english_changes_marks_the_spanish_out_of_date_until_it_is_synced(
    editor_client, home_page, spanish_home, translate, sync
):
    page = published_page(home_page, title="Fellowships")
    spanish = translate(page)
    assert spanish.live
    assert status_of(page) == TranslationStatus.UP_TO_DATE

    page = republish(page, show_in_menus=True)
    response = editor_client.get(REPORT, {"status": TranslationStatus.OUT_OF_DATE})
    assert [row.pk for row in response.context["object_list"]] == [page.pk]
    assert response.context["object_list"][0].status_label == "Out of date"

    source = TranslationSource.objects.get_for_instance(page)
    assert source.last_updated_at < page.last_published_at
    spanish = sync(page)
    source.refresh_from_db()
    assert source.last_updated_at > page.last_published_at
    synced = TranslationLog.objects.filter(source=source).latest("created_at").created_at
    assert synced > source.last_updated_at
    assert pages_with_spanish_status().get(pk=page.pk).spanish_synced_at == synced
    assert spanish.title == "ES Fellowships"
    assert spanish.specific.introduction == "ES How NMF's scholars and alumni support one another."
    assert spanish.show_in_menus
    assert status_of(page) == TranslationStatus.UP_TO_DATE
    response = editor_client.get(REPORT, {"status": TranslationStatus.OUT_OF_DATE})
    assert list(response.context["object_list"]) == []


def test_after_an_editors_sync_the_spanish_waits_for_its_translator_then_a_moderator(
    editor_client, home_page, spanish_home, translate, locales, django_capture_on_commit_callbacks
):
    """Editors sync without publishing (hub/translation_sync.py): wagtail-localize reads the new
    English but leaves the Spanish page as it was, so it stays out of date, now with a link to
    the Spanish rather than to the sync. Saved as a draft, it waits to be published."""
    page = published_page(home_page, title="Fellowships")
    translate(page)
    page = republish(page, show_in_menus=True)
    source = TranslationSource.objects.get_for_instance(page)
    sync_url = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert editor_client.post(sync_url).status_code == 302
    spanish = page.get_translation(locales.es)
    assert not spanish.show_in_menus
    (row,) = editor_client.get(REPORT).context["object_list"]
    assert row.spanish_status == TranslationStatus.OUT_OF_DATE
    assert row.action_url == reverse("wagtailadmin_pages:edit", args=[spanish.pk])

    translation = Translation.objects.get(source=source, target_locale=locales.es)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=False)
    assert status_of(page) == TranslationStatus.NOT_PUBLISHED

    page.get_translation(locales.es).get_latest_revision().publish()
    assert status_of(page) == TranslationStatus.UP_TO_DATE
    assert page.get_translation(locales.es).show_in_menus


def test_counts_come_in_one_query(pages, django_assert_num_queries):
    with django_assert_num_queries(1):
        counts = spanish_status_counts()
    assert counts == dict.fromkeys(TranslationStatus.values, 1) | {TranslationStatus.UP_TO_DATE: 2}


# The report


def test_the_report_lists_what_needs_work_unless_asked_for_more(editor_client, pages, home_page):
    listed = editor_client.get(REPORT).context["object_list"]
    assert {row.pk for row in listed} == {
        page.pk for status, page in pages.items() if status != TranslationStatus.UP_TO_DATE
    }
    everything = editor_client.get(REPORT, {"status": TranslationStatus.values})
    assert len(everything.context["object_list"]) == 7
    unfinished = editor_client.get(
        report_url(TranslationStatus.INCOMPLETE, TranslationStatus.UNTRANSLATED)
    )
    assert {row.pk for row in unfinished.context["object_list"]} == {
        pages[TranslationStatus.INCOMPLETE].pk,
        pages[TranslationStatus.UNTRANSLATED].pk,
    }


def test_an_unknown_status_is_ignored(editor_client, pages):
    response = editor_client.get(REPORT, {"status": "lost-in-translation"})
    assert response.status_code == 200
    assert len(response.context["object_list"]) == 5


def test_the_report_filters_by_page_type(editor_client, pages, home_page):
    home_type = ContentType.objects.get_for_model(type(home_page.specific))
    response = editor_client.get(
        REPORT, {"status": TranslationStatus.values, "page_type": home_type.pk}
    )
    assert [row.pk for row in response.context["object_list"]] == [home_page.pk]


def test_each_row_links_to_the_next_step(editor_client, pages, locales):
    response = editor_client.get(REPORT)
    rows = {row.pk: row for row in response.context["object_list"]}
    content = html.unescape(response.content.decode())

    missing = rows[pages[TranslationStatus.MISSING].pk]
    translate_url = reverse("wagtail_localize:submit_page_translation", args=[missing.pk])
    assert missing.action_url == translate_url
    alias = rows[pages[TranslationStatus.UNTRANSLATED].pk]
    assert alias.action_url == reverse("wagtail_localize:submit_page_translation", args=[alias.pk])
    stale = rows[pages[TranslationStatus.OUT_OF_DATE].pk]
    assert stale.action_url.startswith(
        reverse("wagtail_localize:update_translations", args=[stale.source_id])
    )
    incomplete = pages[TranslationStatus.INCOMPLETE]
    spanish = incomplete.get_translation(locales.es)
    assert rows[incomplete.pk].action_url == reverse("wagtailadmin_pages:edit", args=[spanish.pk])

    for row in rows.values():
        assert f'href="{row.action_url}"' in content
    assert f'href="{reverse("wagtailadmin_pages:edit", args=[missing.pk])}"' in content


def test_the_sync_link_opens_wagtail_localize_and_comes_back_to_the_report(editor_client, pages):
    """Also when the filters were applied in place, through the report's results URL."""
    results = reverse("hub_translation_status_report_results")
    response = editor_client.get(
        results, {"status": TranslationStatus.OUT_OF_DATE, "_w_filter_fragment": 1}
    )
    (row,) = response.context["object_list"]
    assert row.action_url.endswith("?" + urlencode({"next": f"{REPORT}?status=out_of_date"}))
    assert editor_client.get(row.action_url).status_code == 200


def test_rows_show_their_section(editor_client, home_page):
    section = published_page(home_page, title="Guides")
    published_page(section, title="Residency interviews")
    rows = {row.title: row for row in editor_client.get(REPORT).context["object_list"]}
    assert rows["Residency interviews"].section == "Guides"
    assert rows["Guides"].section == "Guides"
    assert rows["Residency interviews"].page_type == "Standard page"


def test_the_report_exports_csv(editor_client, pages):
    response = editor_client.get(REPORT, {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0] == [
        "Page",
        "Section",
        "Page type",
        "Spanish",
        "English last published",
        "Spanish last synced",
        "Next step",
        "Link",
    ]
    by_title = {row[0]: row for row in rows[1:]}
    assert len(by_title) == 5
    assert by_title["Scholarships"][3] == "Missing"
    assert by_title["Scholarships"][5] == ""
    assert by_title["Mentoring"][3] == "Out of date"
    assert by_title["Mentoring"][5] != ""
    assert by_title["Loans"][3] == "Incomplete"
    missing = pages[TranslationStatus.MISSING]
    translate_url = reverse("wagtail_localize:submit_page_translation", args=[missing.pk])
    assert by_title["Scholarships"][6:] == ["Translate", f"http://testserver{translate_url}"]


def test_the_report_exports_xlsx(editor_client, pages):
    response = editor_client.get(REPORT, {"export": "xlsx"})
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.active.values)
    assert rows[0][:4] == ("Page", "Section", "Page type", "Spanish")
    assert len(rows) == 6


def test_the_report_refuses_staff_who_do_not_work_on_pages(client, pages):
    """Wagtail answers a refusal in the admin by sending staff back to the dashboard, and
    members who may not use the admin to its login."""
    client.force_login(staff_user(ALUMNI_RELATIONS))
    for query in [{}, {"export": "csv"}]:
        response = client.get(REPORT, query)
        assert (response.status_code, response["Location"]) == (302, DASHBOARD)
    client.force_login(MemberFactory())
    response = client.get(REPORT)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_the_menu_offers_the_report_only_to_those_who_work_on_pages(client, editor_client):
    assert f'"{REPORT}"' in editor_client.get(DASHBOARD).content.decode()
    client.force_login(staff_user(ALUMNI_RELATIONS))
    assert f'"{REPORT}"' not in client.get(DASHBOARD).content.decode()


def report_queries(client, django_assert_max_num_queries):
    client.get(REPORT)  # warm the content type cache
    with django_assert_max_num_queries(REPORT_QUERIES):
        response = client.get(REPORT)
    assert response.status_code == 200
    return response


def test_report_queries_do_not_grow_with_the_number_of_pages(
    editor_client, pages, home_page, django_assert_max_num_queries
):
    small = report_queries(editor_client, django_assert_max_num_queries)
    assert len(small.context["object_list"]) == 5

    bulk_pages(
        home_page,
        StandardPage,
        200,
        "Bulk page",
        lambda number, page: StandardPage(page_ptr=page, introduction="", body=[]),
    )
    large = report_queries(editor_client, django_assert_max_num_queries)
    assert large.context["paginator"].count == 205
    with django_assert_max_num_queries(REPORT_QUERIES):
        response = editor_client.get(REPORT, {"export": "csv"})
        assert len(b"".join(response.streaming_content).splitlines()) == 206


# The dashboard panel


def test_the_panel_shows_editors_the_counts_with_links(editor_client, pages):
    content = html.unescape(editor_client.get(DASHBOARD).content.decode())
    assert 'id="translations' in content
    assert "1 page has no Spanish version" in content
    assert "1 Spanish page is out of date" in content
    assert "2 Spanish pages are incomplete or untranslated" in content
    assert f'href="{report_url(TranslationStatus.MISSING)}"' in content
    assert f'href="{report_url(TranslationStatus.OUT_OF_DATE)}"' in content
    assert (
        f'href="{report_url(TranslationStatus.INCOMPLETE, TranslationStatus.UNTRANSLATED)}"'
        in content
    )


def test_the_panel_is_not_on_alumni_relations_dashboards(client, pages):
    client.force_login(staff_user(ALUMNI_RELATIONS))
    response = client.get(DASHBOARD)
    assert response.status_code == 200
    content = response.content.decode()
    assert 'id="translations' not in content
    assert "no Spanish version" not in content
