"""The Employers of Choice pages cost the same number of queries at 10 and at 1,000 employers."""

import datetime

import pytest
import wagtail_factories
from django.utils import timezone
from wagtail.search import index as search_index

from conftest import bulk_pages
from employers.factories import EmployerIndexPageFactory
from employers.models import Designation, EmployerPage, EmployerSpecialty, EmployerType, Tier
from mentorship.factories import SpecialtyIndexPageFactory, VolunteerProtocolPageFactory
from mentorship.models import Specialty

pytestmark = pytest.mark.django_db
SIZES = [10, 1000]
THIS_YEAR = timezone.localdate().year
STATES = ["GA", "IL", "CA", "NY", "TX"]
TIERS = [Tier.EXEMPLARY, Tier.DISTINGUISHED, Tier.RECOGNIZED]


def bulk_employers(index, count, logo=None):
    """``count`` live employer pages under ``index``, each with two specialties and two
    designations (one expired, one current)."""
    employers = bulk_pages(
        index,
        EmployerPage,
        count,
        "Bulk Employer",
        lambda number, page: EmployerPage(
            page_ptr=page,
            employer_type=EmployerType.values[number % len(EmployerType.values)],
            headquarters_city="Springfield",
            headquarters_state=STATES[number % len(STATES)],
            locations=["GA", "FL"] if number % 3 == 0 else [],
            website="https://employer.example.org/",
            description="<p>A health system that trains and keeps BIPOC clinicians.</p>",
            logo=logo if number % 2 == 0 else None,
        ),
    )
    family, pediatrics = Specialty.objects.filter(slug__in=["family-medicine", "pediatrics"])
    EmployerSpecialty.objects.bulk_create(
        EmployerSpecialty(content_object_id=employer.pk, tag=tag)
        for employer in employers
        for tag in (family, pediatrics)
    )
    Designation.objects.bulk_create(
        Designation(
            page_id=employer.pk,
            locale_id=index.locale_id,
            year=year,
            valid_until=datetime.date(year + 1, 12, 31),
            scores=[],
            citation="For pathways from local schools into medicine.",
            tier=TIERS[(number + offset) % len(TIERS)],
            points=90,
            max_points=100,
        )
        for number, employer in enumerate(employers)
        for offset, year in enumerate([THIS_YEAR - 3, THIS_YEAR])
    )
    for employer in employers[:5]:
        search_index.insert_or_update_object(EmployerPage.objects.get(pk=employer.pk))
    return employers


@pytest.fixture
def employer_index(home_page):
    return EmployerIndexPageFactory(parent=home_page)


@pytest.fixture(params=SIZES)
def many_employers(request, employer_index):
    logo = wagtail_factories.ImageFactory(title="Logo")
    return bulk_employers(employer_index, request.param, logo=logo)


def test_bulk_employers_are_real_live_pages(employer_index):
    bulk_employers(employer_index, 3)
    employers = list(employer_index.employers().order_by("title"))
    assert [employer.url for employer in employers] == [
        f"/en/employers/bulk-employer-{number:04}/" for number in range(3)
    ]
    assert employers[0].get_parent().specific == employer_index
    assert employers[0].current_tier == TIERS[1]


@pytest.mark.parametrize(
    ("query", "budget"),
    [
        ({}, 30),
        # A state or region filter splits their shared facet query; a search adds one.
        ({"state": "GA", "specialty": "pediatrics", "tier": "current", "sort": "recent"}, 31),
        ({"region": "south", "type": "academic", "year": THIS_YEAR, "q": "health", "page": 2}, 32),
        (
            {
                "state": "GA",
                "region": "south",
                "type": "academic",
                "specialty": "pediatrics",
                "tier": "current",
                "year": THIS_YEAR,
                "q": "health",
            },
            32,
        ),
    ],
)
def test_index_queries_hold_with_filters_search_and_sort(
    client, employer_index, many_employers, django_assert_max_num_queries, query, budget
):
    client.get(employer_index.url, query)  # renditions are made on the first visit
    with django_assert_max_num_queries(budget):
        response = client.get(employer_index.url, query)
    assert response.status_code == 200
    if not query:
        assert f"{len(many_employers)} employers" in response.content.decode()


def test_year_list_queries_hold(
    client, employer_index, many_employers, django_assert_max_num_queries
):
    url = f"{employer_index.url}{THIS_YEAR}/"
    client.get(url)
    with django_assert_max_num_queries(16):
        response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('class="recognition-entry"') == len(many_employers)


def test_specialty_page_with_employers_queries_hold(
    client, home_page, employer_index, many_employers, django_assert_max_num_queries
):
    VolunteerProtocolPageFactory(parent=home_page)
    specialties = SpecialtyIndexPageFactory(parent=home_page)
    url = f"{specialties.url}pediatrics/"
    client.get(url)
    with django_assert_max_num_queries(32):
        response = client.get(url)
    html = response.content.decode()
    assert f"{len(many_employers)} employers on NMF" in html
