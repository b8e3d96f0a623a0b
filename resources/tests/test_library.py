"""The resource library, a resource page and the review report, as readers and editors see them."""

import csv
import datetime
import io
import re

import pytest
import time_machine
import wagtail_factories
from django.contrib.auth.models import Group
from django.utils import timezone

from conftest import publish_translation
from learning.factories import CoursePageFactory, LearningIndexPageFactory, TopicFactory
from members.factories import MemberFactory
from mentorship.factories import SpecialtyIndexPageFactory
from mentorship.models import Specialty
from resources.factories import ResourceIndexPageFactory, ResourcePageFactory
from resources.models import ResourceDocument, ResourceLink, ResourcePage

pytestmark = pytest.mark.django_db

LIBRARY = "/en/resources/"
REPORT = "/admin/reports/resources-due-for-review/"


@pytest.fixture
def files_on_disk(settings, tmp_path):
    """Documents stored as in production (tests keep files in memory, which cannot be served)."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path)},
        },
    }


@pytest.fixture
def library(home_page):
    return ResourceIndexPageFactory(parent=home_page)


def add_resource(library, days_ago=0, specialties=(), **fields):
    """A live resource first published ``days_ago`` days ago."""
    resource = ResourcePageFactory(parent=library, **fields)
    if specialties:
        resource.specialties.add(*Specialty.objects.filter(slug__in=specialties))
        resource.save()
    published = timezone.now() - datetime.timedelta(days=days_ago)
    ResourcePage.objects.filter(pk=resource.pk).update(first_published_at=published)
    resource.refresh_from_db()
    return resource


def titles(response):
    """Resource titles in the results list, in order (the featured section is left out)."""
    html = response.content.decode()
    results = html.split('id="results-heading"', 1)[1]
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', results)


def featured_titles(response):
    html = response.content.decode()
    if 'id="featured-heading"' not in html:
        return []
    section = html.split('id="featured-heading"', 1)[1].split("</section>", 1)[0]
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', section)


# --- The library ----------------------------------------------------------------------------


def test_library_cards_show_type_title_summary_topic_time_and_review_date(client, library):
    add_resource(
        library,
        title="Negotiating your first contract",
        introduction="A checklist of what to ask before you sign.",
        topic=TopicFactory(name="Business of doctoring", slug="business"),
        minutes=12,
        reviewed_on=datetime.date(2026, 3, 2),
    )
    add_resource(library, title="Loan forgiveness explained", resource_type="video", minutes=20)
    response = client.get(LIBRARY)
    assert response.status_code == 200
    html = response.content.decode()
    assert "2 resources" in html
    assert '<a href="/en/resources/resource-' in html
    assert "Negotiating your first contract" in html
    assert "A checklist of what to ask before you sign." in html
    assert "Business of doctoring" in html
    assert "12 min read" in html
    assert "20 min watch" in html
    assert ">Video<" in html and ">Guide<" in html
    assert "Reviewed March 2, 2026" in html


def test_library_renders_in_spanish_with_spanish_resources(client, library, spanish_home, locales):
    topic = TopicFactory(name="Debt management", slug="debt")
    spanish_topic = topic.copy_for_translation(locales.es)
    spanish_topic.name = "Manejo de deudas"
    spanish_topic.save()
    resource = add_resource(library, title="Your loans, plainly", topic=topic)
    spanish_library = publish_translation(library, locales.es, title="Recursos")
    publish_translation(
        resource, locales.es, title="Tus préstamos, claramente", topic=spanish_topic
    )
    response = client.get(spanish_library.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="es">' in html
    assert titles(response) == ["Tus préstamos, claramente"]
    assert "Manejo de deudas" in html
    assert "/es/resources/" in html
    assert "Your loans, plainly" not in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"topic": "debt"}, ["Loans"]),
        ({"type": "video"}, ["Retirement video"]),
        ({"specialty": "pediatrics"}, ["Pediatric practice"]),
        ({"stage": "pre_health"}, ["Applying to medical school"]),
        ({"q": "retirement"}, ["Retirement video"]),
        ({"q": "loans", "type": "video"}, []),
        ({"q": "loans", "topic": "debt"}, ["Loans"]),
    ],
)
def test_each_filter_and_search_narrows_the_list(client, library, query, expected):
    add_resource(library, title="Loans", topic=TopicFactory(slug="debt"), days_ago=4)
    add_resource(library, title="Retirement video", resource_type="video", days_ago=3)
    add_resource(library, title="Pediatric practice", specialties=["pediatrics"], days_ago=2)
    add_resource(library, title="Applying to medical school", stages=["pre_health"], days_ago=1)
    response = client.get(LIBRARY, query)
    assert titles(response) == expected


def test_topics_of_another_language_are_not_offered(client, library, locales):
    TopicFactory(slug="debt", name="Debt management")
    TopicFactory(slug="deuda", name="Manejo de deudas", locale=locales.es)
    html = client.get(LIBRARY).content.decode()
    assert 'value="debt"' in html
    assert 'value="deuda"' not in html


def test_newest_first_by_default_and_by_title_on_request(client, library):
    add_resource(library, title="Banana budgeting", days_ago=30)
    add_resource(library, title="Apple pensions", days_ago=1)
    add_resource(library, title="Cherry contracts", days_ago=10)
    assert titles(client.get(LIBRARY)) == ["Apple pensions", "Cherry contracts", "Banana budgeting"]
    assert titles(client.get(LIBRARY, {"sort": "title"})) == [
        "Apple pensions",
        "Banana budgeting",
        "Cherry contracts",
    ]


def test_bad_filter_values_are_ignored_not_errors(client, library):
    add_resource(library, title="Loans", resource_type="guide", specialties=["pediatrics"])
    add_resource(library, title="Retirement video", resource_type="video")
    response = client.get(
        LIBRARY,
        {
            "topic": "no-such-topic",
            "type": "hologram",
            "specialty": "<script>",
            "stage": "retired",
            "sort": "random",
            "page": "last-but-one",
            "q": "x" * 500,
        },
    )
    assert response.status_code == 200
    assert sorted(titles(response)) == ["Loans", "Retirement video"]
    # A bad value in one field does not spoil a good one in another.
    response = client.get(LIBRARY, {"type": "video", "topic": "no-such-topic"})
    assert titles(response) == ["Retirement video"]


def test_pagination_keeps_the_filters(client, library):
    for number in range(13):
        add_resource(library, title=f"Guide {number:02}", days_ago=number)
    add_resource(library, title="A video", resource_type="video")
    response = client.get(LIBRARY, {"type": "guide", "sort": "title"})
    html = response.content.decode()
    assert "13 resources" in html
    assert len(titles(response)) == 12
    next_link = re.search(r'href="([^"]+)" rel="next"', html).group(1)
    assert "type=guide" in next_link and "sort=title" in next_link and "page=2" in next_link
    second = client.get(LIBRARY + next_link.replace("&amp;", "&"))
    assert titles(second) == ["Guide 12"]


def test_featured_resources_are_shown_only_before_anything_is_narrowed(client, library):
    add_resource(library, title="Featured toolkit", resource_type="toolkit", featured=True)
    add_resource(library, title="Plain guide")
    assert featured_titles(client.get(LIBRARY)) == ["Featured toolkit"]
    assert featured_titles(client.get(LIBRARY, {"sort": "title"})) == ["Featured toolkit"]
    assert featured_titles(client.get(LIBRARY, {"type": "guide"})) == []
    assert featured_titles(client.get(LIBRARY, {"q": "guide"})) == []


def test_no_match_explains_what_to_try_next(client, library):
    add_resource(library, title="Loans")
    html = client.get(LIBRARY, {"q": "astronomy"}).content.decode()
    assert "0 resources" in html
    assert "Try other words, fewer filters or another topic." in html
    assert 'href="/en/resources/">See every resource</a>' in html


# --- A resource -----------------------------------------------------------------------------


def test_resource_page_shows_its_facts_specialty_links_and_breadcrumbs(client, home_page, library):
    SpecialtyIndexPageFactory(parent=home_page)
    resource = add_resource(
        library,
        title="Negotiating your first contract",
        resource_type="template",
        topic=TopicFactory(name="Business of doctoring"),
        specialties=["pediatrics"],
        stages=["resident"],
        minutes=8,
        reviewed_on=datetime.date(2026, 1, 15),
        body=[("paragraph", "<p>Read every clause twice.</p>")],
    )
    html = client.get(resource.url).content.decode()
    assert "Template · Business of doctoring" in html
    assert "8 min read" in html
    assert "Reviewed on Jan. 15, 2026" in html
    assert "Read every clause twice." in html
    assert "Resident or fellow" in html
    assert 'href="/en/specialties/pediatrics/"' in html
    assert '<nav class="breadcrumbs container"' in html
    assert '<a href="/en/resources/">Resources</a>' in html


def test_resource_page_lists_documents_with_their_download_link_type_and_size(
    client, library, files_on_disk
):
    resource = add_resource(library)
    document = wagtail_factories.DocumentFactory(
        title="Contract checklist", file__data=b"x" * 2048, file__filename="checklist.docx"
    )
    ResourceDocument.objects.create(page=resource, document=document, sort_order=0)
    other = wagtail_factories.DocumentFactory(
        title="Untitled upload", file__data=b"y" * 10, file__filename="budget.xlsx"
    )
    ResourceDocument.objects.create(page=resource, document=other, title="Budget", sort_order=1)
    html = client.get(resource.url).content.decode()
    assert f'<a href="{document.url}">Contract checklist</a>' in html
    assert "(DOCX, 2.0\xa0KB)" in html
    assert f'<a href="{other.url}">Budget</a>' in html
    assert "Untitled upload" not in html
    # The link leads to Wagtail's serve view, which hands the file over as a download.
    served = client.get(document.url)
    assert served.status_code == 200
    assert served["Content-Disposition"].startswith("attachment")
    assert served["X-Content-Type-Options"] == "nosniff"


def test_external_links_say_they_lead_to_another_website(client, library):
    resource = add_resource(library)
    ResourceLink.objects.create(
        page=resource,
        title="Federal Student Aid",
        url="https://studentaid.gov/",
        description="Loan forgiveness programs, from the source.",
        sort_order=0,
    )
    html = client.get(resource.url).content.decode()
    link = re.search(r'<a href="https://studentaid.gov/"[^>]*>.*?</a>', html, re.S).group(0)
    assert 'rel="external noopener"' in link
    assert "Federal Student Aid" in link
    assert "(opens another website)" in link
    assert "target=" not in link
    assert "Loan forgiveness programs, from the source." in html


def test_related_courses_and_resources_come_in_the_readers_language(
    client, home_page, spanish_home, library, locales
):
    learning = LearningIndexPageFactory(parent=home_page)
    course = CoursePageFactory(parent=learning, title="Student loans, plainly")
    guide = add_resource(library, title="Loan forgiveness guide", resource_type="guide")
    resource = add_resource(
        library, title="Budgeting in residency", related=[("page", course), ("page", guide)]
    )
    publish_translation(learning, locales.es, title="Aprendizaje")
    publish_translation(course, locales.es, title="Préstamos estudiantiles, claramente")
    publish_translation(library, locales.es, title="Recursos")
    publish_translation(guide, locales.es, title="Guía de condonación de préstamos")
    spanish = publish_translation(resource, locales.es, title="Presupuesto en la residencia")

    english = client.get(resource.url).content.decode()
    assert english.index("Student loans, plainly") < english.index("Loan forgiveness guide")
    assert f'href="{course.url}"' in english

    html = client.get(spanish.url).content.decode()
    assert "Préstamos estudiantiles, claramente" in html
    assert "Guía de condonación de préstamos" in html
    assert 'href="/es/learn/' in html
    assert "Student loans, plainly" not in html


def test_related_pages_that_are_unpublished_are_left_out(client, library):
    draft = add_resource(library, title="Draft guide")
    draft.unpublish()
    resource = add_resource(library, related=[("page", draft)])
    html = client.get(resource.url).content.decode()
    assert "Related courses and resources" not in html
    assert "Draft guide" not in html


# --- Reports → Resources due for review -----------------------------------------------------

TODAY = datetime.date(2026, 6, 1)


@pytest.fixture
def due_resources(library, spanish_home, locales):
    """Reviewed 400, 366, 365 and 364 days before TODAY, a draft and a Spanish copy."""
    topic = TopicFactory(name="Retirement planning")
    resources = {
        days: add_resource(
            library,
            title=f"Reviewed {days} days ago",
            reviewed_on=TODAY - datetime.timedelta(days=days),
            resource_type="video" if days == 400 else "guide",
            topic=topic if days == 400 else None,
        )
        for days in (366, 400, 364, 365)
    }
    draft = add_resource(library, title="Draft", reviewed_on=datetime.date(2020, 1, 1))
    draft.unpublish()
    publish_translation(library, locales.es, title="Recursos")
    publish_translation(resources[400], locales.es, title="Revisado hace mucho")
    return resources


def test_review_report_lists_only_overdue_live_english_resources_oldest_first(
    admin_client, due_resources
):
    with time_machine.travel(datetime.datetime(2026, 6, 1, 12, tzinfo=datetime.UTC), tick=False):
        response = admin_client.get(REPORT)
    assert response.status_code == 200
    rows = list(response.context["object_list"])
    assert [row.title for row in rows] == [
        "Reviewed 400 days ago",
        "Reviewed 366 days ago",
        "Reviewed 365 days ago",
    ]
    assert rows[0].review_due_on == TODAY - datetime.timedelta(days=35)
    html = response.content.decode()
    assert f"/admin/pages/{due_resources[400].pk}/edit/" in html
    assert "Retirement planning" in html


def test_review_report_exports_csv(admin_client, due_resources):
    with time_machine.travel(datetime.datetime(2026, 6, 1, 12, tzinfo=datetime.UTC), tick=False):
        response = admin_client.get(REPORT, {"export": "csv"})
        rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0] == ["Resource", "Type", "Topic", "Reviewed on", "Due since"]
    assert rows[1] == [
        "Reviewed 400 days ago",
        "Video",
        "Retirement planning",
        "2025-04-27",
        "2026-04-27",
    ]
    assert [row[0] for row in rows[1:]] == [
        "Reviewed 400 days ago",
        "Reviewed 366 days ago",
        "Reviewed 365 days ago",
    ]


def test_review_report_exports_xlsx(admin_client, due_resources):
    response = admin_client.get(REPORT, {"export": "xlsx"})
    assert response.status_code == 200
    assert "spreadsheetml" in response["Content-Type"]


def test_editors_see_the_review_report_and_plain_members_do_not(client, library):
    member = MemberFactory()
    client.force_login(member)
    assert client.get(REPORT).status_code in {302, 403}

    editor = MemberFactory()
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get(REPORT).status_code == 200
    assert REPORT in client.get("/admin/").content.decode()
