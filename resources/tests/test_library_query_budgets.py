"""The library and a resource page cost the same number of queries whatever the data size."""

import datetime

import pytest
import wagtail_factories
from django.utils import timezone
from wagtail.search import index as search_index

from conftest import bulk_pages
from learning.factories import CoursePageFactory, LearningIndexPageFactory, TopicFactory
from mentorship.factories import SpecialtyIndexPageFactory
from mentorship.models import Specialty
from resources.factories import ResourceIndexPageFactory, ResourcePageFactory
from resources.models import (
    ResourceDocument,
    ResourceLink,
    ResourcePage,
    ResourceSpecialty,
    ResourceType,
)

pytestmark = pytest.mark.django_db
STAGES = [["resident"], ["early_career", "mid_late_career"], ["pre_health", "student"]]


def bulk_resources(index, count, topics):
    """``count`` live resource pages under ``index``, each with a topic and two specialties."""
    types = ResourceType.values
    now = timezone.now()
    resources = bulk_pages(
        index,
        ResourcePage,
        count,
        "Bulk resource",
        lambda number, page: ResourcePage(
            page_ptr=page,
            introduction="A checklist of what to ask before you sign.",
            resource_type=types[number % len(types)],
            topic=topics[number % len(topics)],
            stages=STAGES[number % len(STAGES)],
            minutes=5 + number % 40,
            reviewed_on=datetime.date(2025, 1, 1) + datetime.timedelta(days=number % 300),
            featured=number < 4,
        ),
        published=lambda number: now - datetime.timedelta(minutes=number),
    )
    family, pediatrics = Specialty.objects.filter(slug__in=["family-medicine", "pediatrics"])
    ResourceSpecialty.objects.bulk_create(
        ResourceSpecialty(content_object_id=resource.pk, tag=tag)
        for resource in resources
        for tag in (family, pediatrics)
    )
    for resource in resources[:12]:
        search_index.insert_or_update_object(ResourcePage.objects.get(pk=resource.pk))
    return resources


@pytest.fixture
def library(home_page):
    return ResourceIndexPageFactory(parent=home_page)


@pytest.fixture
def topics(locales):
    return [TopicFactory(slug="debt"), TopicFactory(slug="retirement")]


@pytest.fixture(params=[10, 1000])
def many_resources(request, library, topics):
    return bulk_resources(library, request.param, topics)


def test_bulk_resources_are_real_live_pages(library, topics):
    bulk_resources(library, 3, topics)
    resources = list(library.resources().order_by("title"))
    assert [resource.url for resource in resources] == [
        f"/en/resources/bulk-resource-{number:04}/" for number in range(3)
    ]
    assert resources[0].get_parent().specific == library
    assert [tag.slug for tag in resources[0].specialties.all()] == ["family-medicine", "pediatrics"]


@pytest.mark.parametrize(
    ("query", "budget"),
    [
        # About a dozen are the site's frame (site, menu, footer, settings); the library adds
        # its topics, specialties, the public-pages check, the count, the page of results and
        # (before anything is narrowed) the featured resources.
        ({}, 21),
        ({"sort": "title", "page": 2}, 21),
        ({"type": "guide", "specialty": "pediatrics", "stage": "resident"}, 20),
        (
            {
                "topic": "debt",
                "type": "guide",
                "specialty": "pediatrics",
                "stage": "resident",
                "q": "bulk",
                "sort": "title",
            },
            21,
        ),
    ],
)
def test_library_queries_hold_with_filters_search_and_sort(
    client, library, many_resources, django_assert_max_num_queries, query, budget
):
    client.get(library.url, query)
    with django_assert_max_num_queries(budget):
        response = client.get(library.url, query)
    assert response.status_code == 200
    if not query:
        assert f"{len(many_resources)} resources" in response.content.decode()


@pytest.mark.parametrize("count", [1, 10])
def test_resource_page_queries_hold_at_any_number_of_documents_links_and_related(
    client, home_page, library, django_assert_max_num_queries, count
):
    SpecialtyIndexPageFactory(parent=home_page)
    learning = LearningIndexPageFactory(parent=home_page)
    related = [
        CoursePageFactory(parent=learning) if number % 2 else ResourcePageFactory(parent=library)
        for number in range(count)
    ]
    resource = ResourcePageFactory(
        parent=library,
        topic=TopicFactory(),
        related=[("page", page) for page in related],
    )
    resource.specialties.add(*Specialty.objects.all()[:count])
    resource.save()
    for number in range(count):
        document = wagtail_factories.DocumentFactory(
            title=f"Checklist {number}", file__filename=f"checklist-{number}.pdf"
        )
        ResourceDocument.objects.create(page=resource, document=document, sort_order=number)
        ResourceLink.objects.create(
            page=resource, title=f"Site {number}", url=f"https://example.org/{number}/"
        )
    client.get(resource.url)  # documents learn their size on the first visit
    # The frame, the page, its topic, documents, links, specialties and their index, and the
    # related pages (chooser, translations, public check, one query per page type).
    with django_assert_max_num_queries(27):
        response = client.get(resource.url)
    html = response.content.decode()
    assert html.count('class="resource-file"') == count
    assert html.count('class="resource-link"') == count
    assert html.count("/en/specialties/") == count
    assert html.count('<li class="card">') == count
