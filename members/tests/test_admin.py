"""Members in the Wagtail admin: listing, filters, search, export, editing and who may see it."""

import csv
import io

import pytest
from django.contrib.auth.models import Group
from django.urls import NoReverseMatch, resolve, reverse

from hub.vocabulary import Profession, Stage
from members.factories import MemberFactory, UserFactory
from members.models import Language, MemberProfile
from members.permissions import ALUMNI_RELATIONS, EDITORS, MENTORSHIP_STAFF, MODERATORS

INDEX_URL = "/admin/members/"


def make_member(first_name, last_name, verified=True, **profile_fields):
    user = MemberFactory(first_name=first_name, last_name=last_name, verified=verified)
    MemberProfile.objects.filter(user=user).update(**profile_fields)
    return user


def member_of(group_name):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def members(home_page):
    return {
        "amara": make_member("Amara", "Mensah", stage=Stage.RESIDENT, state="GA"),
        "joaquin": make_member(
            "Joaquin", "Reyes", stage=Stage.HEALTH_PROFESSIONS_STUDENT, state="CA"
        ),
        "ngozi": make_member(
            "Ngozi",
            "Okafor",
            verified=False,
            stage=Stage.EARLY_CAREER,
            profession=Profession.NURSING,
            state="NY",
            hidden_from_directory=True,
        ),
    }


@pytest.fixture
def admin_client(client, home_page):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def listed_names(response):
    """Names of the members on a listing page, in order."""
    return [profile.user.get_full_name() for profile in response.context["object_list"]]


def test_member_site_urls_keep_their_namespace():
    assert reverse("members_admin:index") == INDEX_URL
    assert reverse("members:dashboard").startswith("/en/")


def test_superuser_sees_the_members(admin_client, members):
    response = admin_client.get(INDEX_URL)
    assert response.status_code == 200
    content = response.content.decode()
    for name in ["Amara Mensah", "Joaquin Reyes", "Ngozi Okafor"]:
        assert name in content
    assert members["amara"].email in content
    assert "Resident or fellow" in content
    assert "Georgia" in content
    assert "South" in content


def test_members_menu_item_has_no_add_view(admin_client, members):
    response = admin_client.get(INDEX_URL)
    assert 'href="/admin/members/new/"' not in response.content.decode()
    with pytest.raises(NoReverseMatch):
        reverse("members_admin:add")
    # Only Wagtail's catch-all "not found" view answers there.
    assert not resolve("/admin/members/new/").view_name.startswith("members_admin:")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("stage=student", ["Joaquin Reyes"]),
        ("stage=resident", ["Amara Mensah"]),
        ("profession=nursing", ["Ngozi Okafor"]),
        ("state=NY", ["Ngozi Okafor"]),
        ("region=west", ["Joaquin Reyes"]),
        ("region=south", ["Amara Mensah"]),
        ("region=midwest", []),
        ("verified=true", ["Amara Mensah", "Joaquin Reyes"]),
        ("verified=false", ["Ngozi Okafor"]),
        ("hidden_from_directory=true", ["Ngozi Okafor"]),
        ("region=south&verified=true", ["Amara Mensah"]),
        ("q=amara+mensah", ["Amara Mensah"]),
        ("q=reyes", ["Joaquin Reyes"]),
        ("q=member", ["Amara Mensah", "Ngozi Okafor", "Joaquin Reyes"]),  # emails
    ],
)
def test_filters_and_search(admin_client, members, query, expected):
    response = admin_client.get(f"{INDEX_URL}?{query}")
    assert response.status_code == 200
    assert sorted(listed_names(response)) == sorted(expected)


@pytest.mark.parametrize(
    ("ordering", "first"),
    [
        ("user__last_name", "Amara Mensah"),
        ("-user__last_name", "Joaquin Reyes"),
        ("is_verified", "Ngozi Okafor"),
        ("-user__date_joined", "Ngozi Okafor"),
        ("state", "Joaquin Reyes"),
    ],
)
def test_columns_sort(admin_client, members, ordering, first):
    response = admin_client.get(f"{INDEX_URL}?ordering={ordering}")
    assert response.status_code == 200
    assert listed_names(response)[0] == first


def test_not_verified_includes_members_without_any_address_record(admin_client, members):
    user = make_member("Kwame", "Boateng")
    user.emailaddress_set.all().delete()
    response = admin_client.get(f"{INDEX_URL}?verified=false")
    assert sorted(listed_names(response)) == ["Kwame Boateng", "Ngozi Okafor"]


def test_a_verified_member_with_a_second_unverified_address_counts_once(admin_client, members):
    members["amara"].emailaddress_set.create(email="amara@elsewhere.org", verified=False)
    assert listed_names(admin_client.get(f"{INDEX_URL}?verified=true")).count("Amara Mensah") == 1
    assert "Amara Mensah" not in listed_names(admin_client.get(f"{INDEX_URL}?verified=false"))


def test_csv_export_has_a_header_and_one_row_per_matching_member(admin_client, members):
    response = admin_client.get(f"{INDEX_URL}?export=csv&verified=true")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="hub-members.csv"' in response["Content-Disposition"]
    content = b"".join(response.streaming_content).decode()
    rows = list(csv.reader(io.StringIO(content)))
    assert rows[0] == [
        "Name",
        "Email",
        "Career stage",
        "Profession",
        "State",
        "Region",
        "Verified email",
        "Hidden from directory",
        "Joined",
    ]
    assert len(rows) == 3
    by_name = {row[0]: row for row in rows[1:]}
    assert set(by_name) == {"Amara Mensah", "Joaquin Reyes"}
    amara = by_name["Amara Mensah"]
    assert amara[1] == members["amara"].email
    assert amara[2:8] == [
        "Resident or fellow",
        "Medicine (MD/DO)",
        "Georgia",
        "South",
        "True",
        "False",
    ]


def test_xlsx_export(admin_client, members):
    from openpyxl import load_workbook

    response = admin_client.get(f"{INDEX_URL}?export=xlsx")
    assert response.status_code == 200
    assert 'filename="hub-members.xlsx"' in response["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.values)
    assert rows[0][0] == "Name"
    assert len(rows) == 4


@pytest.mark.parametrize("count", [3, 30])
def test_listing_and_export_queries_do_not_grow_with_members(
    client, home_page, django_assert_max_num_queries, count
):
    for number in range(count):
        make_member(f"Member{number}", "Tester", verified=number % 2 == 0, state="TX")
    client.force_login(member_of(MENTORSHIP_STAFF))
    # The same bound for 3 and for 30 members (about 11 queries today: session, user,
    # permissions, count, one page of rows); one query per row would add 30.
    with django_assert_max_num_queries(15):
        response = client.get(f"{INDEX_URL}?region=south")
    assert response.status_code == 200
    assert len(response.context["object_list"]) == count
    with django_assert_max_num_queries(10):
        response = client.get(f"{INDEX_URL}?export=csv")
        rows = b"".join(response.streaming_content).decode().splitlines()
    assert len(rows) == count + 1


@pytest.mark.parametrize("group_name", [EDITORS, MODERATORS])
def test_content_editors_cannot_open_the_listing(client, home_page, members, group_name):
    client.force_login(member_of(group_name))
    response = client.get(INDEX_URL)
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    assert client.get(f"{INDEX_URL}?export=csv").status_code == 302
    assert "/admin/members/" not in client.get("/admin/").content.decode()


def test_mentorship_staff_open_the_listing_and_edit_a_profile(client, members):
    client.force_login(member_of(MENTORSHIP_STAFF))
    assert '"url": "/admin/members/"' in client.get("/admin/").content.decode()  # menu item
    response = client.get(INDEX_URL)
    assert response.status_code == 200
    assert "Amara Mensah" in response.content.decode()

    profile = members["amara"].profile
    edit_url = reverse("members_admin:edit", args=[profile.pk])
    assert edit_url in response.content.decode()
    assert client.get(edit_url).status_code == 200
    response = client.post(
        edit_url,
        {
            "preferred_name": "Dr. Amara",
            "pronouns": "she/her",
            "stage": Stage.EARLY_CAREER,
            "profession": Profession.MEDICINE,
            "school": profile.school,
            "graduation_year": "2016",
            "state": "TN",
            "nmf_relationship": "scholar",
            "languages": [Language.objects.get(code="en").pk],
            "bio": profile.bio,
            "hidden_from_directory": "on",
        },
    )
    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.stage == Stage.EARLY_CAREER
    assert profile.state == "TN"
    assert profile.hidden_from_directory is True
    assert list(profile.languages.values_list("code", flat=True)) == ["en"]


def test_alumni_relations_view_but_do_not_edit(client, members):
    client.force_login(member_of(ALUMNI_RELATIONS))
    response = client.get(INDEX_URL)
    assert response.status_code == 200
    profile = members["amara"].profile
    inspect_url = reverse("members_admin:inspect", args=[profile.pk])
    assert inspect_url in response.content.decode()
    inspect = client.get(inspect_url)
    assert inspect.status_code == 200
    assert "Howard University College of Medicine" in inspect.content.decode()
    edit = client.get(reverse("members_admin:edit", args=[profile.pk]))
    assert edit.status_code == 302
    assert edit.url == reverse("wagtailadmin_home")
