"""The public Employers of Choice index, the yearly recognition lists, and employers on
specialty pages."""

import re

import pytest
import wagtail_factories
from django.utils import timezone
from django.utils.text import slugify

from conftest import publish_translation
from employers.factories import EmployerIndexPageFactory, EmployerPageFactory, designate
from employers.models import EmployerSpecialty, RecognitionCriterion
from mentorship.factories import SpecialtyIndexPageFactory, VolunteerProtocolPageFactory
from mentorship.models import Specialty

pytestmark = pytest.mark.django_db

THIS_YEAR = timezone.localdate().year
# Points that reach each tier against the seeded criteria (see employers.factories.scores).
EXEMPLARY = None  # full marks
DISTINGUISHED = {"Community investment": 0, "Retention": 12}  # 82 of 100
RECOGNIZED = {
    "Community investment": 0,
    "Leadership accountability": 0,
    "Matriculation and pipeline": 5,
}  # 65 of 100
NO_TIER = {"Retention": 0}  # a foundational criterion missed


def make_employer(index, title, specialties=(), **fields):
    page = EmployerPageFactory(parent=index, title=title, slug=slugify(title), **fields)
    for slug in specialties:
        EmployerSpecialty.objects.create(content_object=page, tag=Specialty.objects.get(slug=slug))
    return page


def listed_in(html):
    """The employers' names on the cards, in order."""
    return re.findall(r'class="card__title"><a href="[^"]*">([^<]+)</a>', html)


def listed(response):
    assert response.status_code == 200
    return listed_in(response.content.decode())


@pytest.fixture
def index(home_page):
    return EmployerIndexPageFactory(
        parent=home_page,
        how_it_works="<p>An independent panel reads every application.</p>",
    )


@pytest.fixture
def employers(index):
    """Four employers: recognised now at two tiers, recognised in the past, never recognised."""
    alder = make_employer(
        index,
        "Alder Community Health",
        employer_type="community_health",
        headquarters_city="Chicago",
        headquarters_state="IL",
        description="<p>Our doula program serves the South Side.</p>",
        specialties=["pediatrics"],
    )
    designate(alder, THIS_YEAR, EXEMPLARY, citation="For a decade of doulas and pathways.")
    birchwood = make_employer(
        index,
        "Birchwood Academic Medicine",
        employer_type="academic",
        headquarters_city="Boston",
        headquarters_state="MA",
        locations=["GA"],
        specialties=["psychiatry"],
    )
    designate(birchwood, THIS_YEAR - 3, RECOGNIZED)
    designate(birchwood, THIS_YEAR - 1, DISTINGUISHED)
    cedar = make_employer(
        index,
        "Cedar Valley Hospital",
        employer_type="hospital",
        headquarters_city="Atlanta",
        headquarters_state="GA",
    )
    designate(cedar, THIS_YEAR - 3, RECOGNIZED, citation="A pipeline from local high schools.")
    dogwood = make_employer(
        index,
        "Dogwood Group Practice",
        employer_type="group_practice",
        headquarters_city="Seattle",
        headquarters_state="WA",
    )
    designate(dogwood, THIS_YEAR, NO_TIER)
    return {"alder": alder, "birchwood": birchwood, "cedar": cedar, "dogwood": dogwood}


ALL = [
    "Alder Community Health",
    "Birchwood Academic Medicine",
    "Cedar Valley Hospital",
    "Dogwood Group Practice",
]


# --- Who is listed, and how ---------------------------------------------------------------------


def test_every_live_employer_is_listed_by_name_with_its_status(client, index, employers):
    make_employer(index, "Aspen Draft Clinic", live=False)
    response = client.get(index.url)
    assert listed(response) == ALL
    html = response.content.decode()
    assert "4 employers" in html
    assert f"Exemplary {THIS_YEAR}" in html
    assert f"Distinguished {THIS_YEAR - 1}" in html
    assert f"Past recognition {THIS_YEAR - 3}" in html
    assert "Not yet recognized" in html
    assert "Community health center" in html and "Chicago, Illinois" in html
    assert ">Pediatrics</li>" in html


def test_an_expired_designation_shows_as_past_never_as_current(client, index, employers):
    html = client.get(index.url).content.decode()
    cedar = html[html.index("Cedar Valley Hospital") :].split("</li>")[0]
    assert f"Past recognition {THIS_YEAR - 3}" in cedar
    assert "Recognized" not in cedar
    assert "Cedar Valley Hospital" not in listed(client.get(index.url, {"tier": "current"}))


def test_a_logo_is_a_decorative_rendition_beside_the_name(client, index):
    logo = wagtail_factories.ImageFactory(title="Alder logo")
    make_employer(index, "Alder Community Health", logo=logo)
    html = client.get(index.url).content.decode()
    image = re.search(r'<img [^>]*class="employer-card__logo"[^>]*>', html).group(0)
    assert 'alt=""' in image and ".max-160x160" in image


# --- Filters, search, sort and pages ------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"state": "GA"}, ["Birchwood Academic Medicine", "Cedar Valley Hospital"]),
        ({"region": "midwest"}, ["Alder Community Health"]),
        ({"region": "south"}, ["Birchwood Academic Medicine", "Cedar Valley Hospital"]),
        ({"type": "hospital"}, ["Cedar Valley Hospital"]),
        ({"specialty": "pediatrics"}, ["Alder Community Health"]),
        ({"tier": "exemplary"}, ["Alder Community Health"]),
        ({"tier": "distinguished"}, ["Birchwood Academic Medicine"]),
        ({"tier": "current"}, ["Alder Community Health", "Birchwood Academic Medicine"]),
        ({"year": THIS_YEAR - 3}, ["Birchwood Academic Medicine", "Cedar Valley Hospital"]),
        ({"year": THIS_YEAR}, ["Alder Community Health"]),
        ({"state": "GA", "type": "academic"}, ["Birchwood Academic Medicine"]),
    ],
)
def test_each_filter_narrows_the_list(client, index, employers, query, expected):
    assert listed(client.get(index.url, query)) == expected


def test_bad_filter_values_are_ignored_not_an_error(client, index, employers):
    response = client.get(
        index.url,
        {"tier": "gold", "year": "abc", "state": "ZZ", "specialty": "astrology", "sort": "x"},
    )
    assert listed(response) == ALL


def test_a_good_filter_still_applies_beside_a_bad_one(client, index, employers):
    assert listed(client.get(index.url, {"state": "GA", "year": "1850"})) == [
        "Birchwood Academic Medicine",
        "Cedar Valley Hospital",
    ]


def test_most_recent_recognition_first_then_by_name(client, index, employers):
    assert listed(client.get(index.url, {"sort": "recent"})) == [
        "Alder Community Health",
        "Birchwood Academic Medicine",
        "Cedar Valley Hospital",
        "Dogwood Group Practice",
    ]
    designate(employers["cedar"], THIS_YEAR, DISTINGUISHED)
    assert listed(client.get(index.url, {"sort": "recent"}))[:3] == [
        "Alder Community Health",
        "Cedar Valley Hospital",
        "Birchwood Academic Medicine",
    ]


def test_search_finds_words_on_the_page_and_combines_with_filters(client, index, employers):
    assert listed(client.get(index.url, {"q": "doula"})) == ["Alder Community Health"]
    assert listed(client.get(index.url, {"q": "Atlanta"})) == ["Cedar Valley Hospital"]
    response = client.get(index.url, {"q": "doula", "state": "GA"})
    assert listed(response) == []
    html = response.content.decode()
    assert "No employer matches all of these filters." in html
    assert f'href="{index.url}nominate/"' in html
    assert f'href="{index.url}">See all employers' in html


def test_facet_counts_show_how_many_each_option_finds(client, index, employers):
    html = client.get(index.url, {"state": "GA"}).content.decode()
    assert 'value="GA" selected>Georgia (2)</option>' in html
    assert ">Illinois (1)</option>" in html  # the state facet counts without its own filter
    assert ">Hospital (1)</option>" in html and ">Community health center" not in html
    assert f">{THIS_YEAR - 3} (2)</option>" in html
    assert ">Any current tier (1)</option>" in html


def test_filters_in_use_can_be_removed_one_at_a_time(client, index, employers):
    html = client.get(index.url, {"state": "GA", "type": "academic", "sort": "recent"})
    html = html.content.decode()
    assert "State: Georgia" in html
    assert 'href="?type=academic&amp;sort=recent">State: Georgia' in html


def test_pages_of_twelve_keep_the_filters(client, index):
    for number in range(14):
        make_employer(index, f"Georgia Health {number:02}", headquarters_state="GA")
    make_employer(index, "Washington Health", headquarters_state="WA")
    first = client.get(index.url, {"state": "GA", "sort": "name"})
    assert len(listed(first)) == 12
    html = first.content.decode()
    assert "14 employers" in html
    assert 'href="?state=GA&amp;sort=name&amp;page=2"' in html
    second = client.get(index.url, {"state": "GA", "sort": "name", "page": 2})
    assert listed(second) == ["Georgia Health 12", "Georgia Health 13"]


def test_an_empty_index_invites_nominations(client, index):
    html = client.get(index.url).content.decode()
    assert "0 employers" in html
    assert "No employer is listed yet." in html
    assert f'href="{index.url}nominate/"' in html


# --- How recognition works ----------------------------------------------------------------------


def test_how_it_works_shows_the_criteria_tiers_thresholds_and_duration(client, index):
    html = client.get(index.url).content.decode()
    section = html[html.index('id="how-it-works"') :]
    assert "An independent panel reads every application." in section
    for criterion in RecognitionCriterion.scored():
        assert criterion.name in section
    assert "Foundational" in section
    assert section.count('<span class="badge">Foundational</span>') == 3
    assert "<strong>Exemplary</strong>: at least 90% of all points" in section
    assert "<strong>Distinguished</strong>: at least 75% of all points" in section
    assert "<strong>Recognized</strong>: at least 60% of all points" in section
    assert "with every foundational criterion met" in section
    assert "met with at least 50% of its points" in section
    assert f"A designation lasts 2 years: one awarded in {THIS_YEAR} is valid until" in section
    assert f"{THIS_YEAR + 1}" in section


def test_thresholds_follow_the_recognition_settings(client, index):
    from employers.models import RecognitionSettings

    settings = RecognitionSettings.load()
    settings.exemplary_percent = 95
    settings.designation_years = 3
    settings.save()
    html = client.get(index.url).content.decode()
    assert "<strong>Exemplary</strong>: at least 95% of all points" in html
    assert "A designation lasts 3 years" in html


def test_the_index_links_each_year_with_a_recognition(client, index, employers):
    html = client.get(index.url).content.decode()
    for year in (THIS_YEAR, THIS_YEAR - 1, THIS_YEAR - 3):
        assert f'href="{index.url}{year}/">Employers of Choice {year}</a>' in html
    assert f'href="{index.url}{THIS_YEAR - 2}/"' not in html


# --- A year's recognition list ------------------------------------------------------------------


def test_a_year_lists_its_employers_grouped_by_tier_highest_first(client, index, employers):
    designate(employers["birchwood"], THIS_YEAR, RECOGNIZED, citation="Mentoring for all.")
    designate(employers["cedar"], THIS_YEAR, DISTINGUISHED)
    response = client.get(f"{index.url}{THIS_YEAR}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>Employers of Choice {THIS_YEAR}</h1>" in html
    assert "3 employers recognized in" in html
    exemplary, distinguished, recognized = (
        html.index(f'id="tier-{tier}"') for tier in ("exemplary", "distinguished", "recognized")
    )
    assert exemplary < html.index("Alder Community Health") < distinguished
    assert distinguished < html.index("Cedar Valley Hospital") < recognized
    assert recognized < html.index("Birchwood Academic Medicine")
    assert "For a decade of doulas and pathways." in html and "Mentoring for all." in html
    assert "Chicago, Illinois" in html and "Community health center" in html
    assert "Dogwood Group Practice" not in html  # no tier reached
    assert f'href="{index.url}{THIS_YEAR - 3}/"' in html


def test_a_past_year_still_has_its_list(client, index, employers):
    html = client.get(f"{index.url}{THIS_YEAR - 3}/").content.decode()
    assert 'id="tier-recognized"' in html and 'id="tier-exemplary"' not in html
    assert "A pipeline from local high schools." in html


def test_a_year_without_recognition_is_not_found(client, index, employers):
    assert client.get(f"{index.url}{THIS_YEAR - 2}/").status_code == 404
    assert client.get(f"{index.url}1999/").status_code == 404


def test_a_year_with_only_unpublished_employers_is_not_found(client, index):
    draft = make_employer(index, "Hidden Health", live=False)
    designate(draft, THIS_YEAR)
    assert client.get(f"{index.url}{THIS_YEAR}/").status_code == 404


# --- Spanish ------------------------------------------------------------------------------------


def test_the_index_and_a_year_read_in_spanish(client, index, employers, locales, spanish_home):
    spanish_index = publish_translation(index, locales.es, title="Empleadores preferidos")
    spanish_alder = publish_translation(employers["alder"], locales.es)
    recruitment = RecognitionCriterion.scored().get(name="Recruitment")
    criterion = recruitment.copy_for_translation(locales.es)
    criterion.name = "Contratación"
    criterion.save()
    assert spanish_index.url.startswith("/es/")

    response = client.get(spanish_index.url)
    html = response.content.decode()
    assert 'lang="es"' in html
    assert "<h1>Empleadores preferidos</h1>" in html
    assert listed(response) == ["Alder Community Health"]
    assert f'href="{spanish_alder.url}"' in html
    assert ">Pediatría</li>" in html
    assert "Contratación" in html and "Recruitment" not in html
    assert listed(client.get(spanish_index.url, {"specialty": "pediatrics"})) == [
        "Alder Community Health"
    ]

    year = client.get(f"{spanish_index.url}{THIS_YEAR}/")
    assert year.status_code == 200
    assert "Alder Community Health" in year.content.decode()
    assert client.get(f"{spanish_index.url}{THIS_YEAR - 3}/").status_code == 404


def test_spanish_criteria_fall_back_to_english_until_translated(
    client, index, locales, spanish_home
):
    spanish_index = publish_translation(index, locales.es, title="Empleadores preferidos")
    html = client.get(spanish_index.url).content.decode()
    assert "Recruitment" in html


# --- Specialty pages ----------------------------------------------------------------------------


@pytest.fixture
def specialties_page(home_page):
    VolunteerProtocolPageFactory(parent=home_page)
    return SpecialtyIndexPageFactory(parent=home_page)


def test_a_specialty_page_shows_the_employers_tagged_with_it(
    client, specialties_page, index, employers
):
    html = client.get(f"{specialties_page.url}pediatrics/").content.decode()
    section = html[html.index('id="employers-heading"') :]
    assert "Alder Community Health" in section
    assert f"Exemplary {THIS_YEAR}" in section
    assert "Birchwood Academic Medicine" not in section
    assert f'href="{index.url}?specialty=pediatrics"' in section


def test_a_specialty_page_shows_recognised_employers_first_and_a_few_only(
    client, specialties_page, index
):
    for number in range(8):
        make_employer(index, f"Aaa Clinic {number}", specialties=["pediatrics"])
    recognised = make_employer(index, "Zephyr Health", specialties=["pediatrics"])
    designate(recognised, THIS_YEAR)
    html = client.get(f"{specialties_page.url}pediatrics/").content.decode()
    section = html[html.index('id="employers-heading"') :]
    assert listed_in(section)[0] == "Zephyr Health"
    assert len(listed_in(section)) == 6
    assert "9 employers on NMF" in section


def test_a_specialty_without_employers_has_no_employer_section(
    client, specialties_page, index, employers
):
    html = client.get(f"{specialties_page.url}urology/").content.decode()
    assert 'id="employers-heading"' not in html


def test_a_specialty_page_in_spanish_shows_spanish_employer_pages(
    client, specialties_page, index, employers, locales, spanish_home
):
    spanish_specialties = publish_translation(specialties_page, locales.es, title="Especialidades")
    spanish_index = publish_translation(index, locales.es, title="Empleadores preferidos")
    spanish_alder = publish_translation(employers["alder"], locales.es)
    html = client.get(f"{spanish_specialties.url}pediatrics/").content.decode()
    section = html[html.index('id="employers-heading"') :]
    assert f'href="{spanish_alder.url}"' in section
    assert f'href="{spanish_index.url}?specialty=pediatrics"' in section
