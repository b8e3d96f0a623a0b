"""The admin's staff groups hold exactly the permissions members/permissions.py gives them."""

import importlib
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.urls import reverse
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from members.factories import UserFactory
from members.permissions import (
    ALUMNI_RELATIONS,
    EDITORS,
    GROUPS,
    MENTORSHIP_STAFF,
    MODERATORS,
)

pytestmark = pytest.mark.django_db


def model_permissions(group):
    return {
        f"{permission.content_type.app_label}.{permission.codename}"
        for permission in group.permissions.select_related("content_type")
    }


def page_permissions(group):
    """(depth of the page, codename) for each of the group's page permissions."""
    return set(
        GroupPagePermission.objects.filter(group=group).values_list(
            "page__depth", "permission__codename"
        )
    )


def collection_permissions(group):
    """(depth of the collection, "app_label.codename") for each collection permission."""
    return {
        (depth, f"{app_label}.{codename}")
        for depth, app_label, codename in GroupCollectionPermission.objects.filter(
            group=group
        ).values_list(
            "collection__depth", "permission__content_type__app_label", "permission__codename"
        )
    }


def member_of(group_name):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_the_four_staff_groups_exist():
    assert set(Group.objects.values_list("name", flat=True)) == set(GROUPS)


@pytest.mark.parametrize("name", list(GROUPS))
def test_group_has_exactly_its_model_permissions(name):
    assert model_permissions(Group.objects.get(name=name)) == GROUPS[name].model


@pytest.mark.parametrize("name", list(GROUPS))
def test_group_has_exactly_its_page_permissions_on_the_tree_root(name):
    expected = {(1, codename) for codename in GROUPS[name].pages}
    assert page_permissions(Group.objects.get(name=name)) == expected


@pytest.mark.parametrize("name", list(GROUPS))
def test_group_has_exactly_its_permissions_on_the_root_collection(name):
    expected = {(1, dotted) for dotted in GROUPS[name].collections}
    assert collection_permissions(Group.objects.get(name=name)) == expected


def test_sets_match_what_the_rules_say():
    editors, moderators = GROUPS[EDITORS], GROUPS[MODERATORS]
    assert editors.pages == {"add_page", "change_page"}
    # Moderators publish, lock and unlock the reviewed snippets; otherwise they hold what
    # editors hold.
    extra = moderators.model - editors.model
    assert editors.model <= moderators.model
    assert {permission.split(".")[1].split("_")[0] for permission in extra} == {
        "publish",
        "lock",
        "unlock",
    }
    assert moderators.pages - editors.pages == {"publish_page", "lock_page", "unlock_page"}
    assert moderators.collections > editors.collections
    for group in GROUPS.values():
        assert "delete_page" not in group.pages
        assert "bulk_delete_page" not in group.pages
        # Nobody manages users or groups, or deletes anything at model level but redirects
        # and promoted search results (site settings an editor replaces as pages move).
        assert not {p for p in group.model if p.startswith("auth.")}
        assert not group.model & {"members.add_user", "members.change_user"}
        assert {p for p in group.model if ".delete_" in p} <= {
            "wagtailredirects.delete_redirect",
            "wagtailsearchpromotions.delete_searchpromotion",
        }
    assert not GROUPS[ALUMNI_RELATIONS].pages
    assert not GROUPS[MENTORSHIP_STAFF].pages


# Every data migration that sets group permissions, in order, with the function that applies
# it. Applying them again must leave the groups exactly as members/permissions.py says.
GROUP_MIGRATIONS = [
    ("members", "0003_groups_and_permissions", "apply_groups"),
    ("mentorship", "0004_staff_permissions", "grant"),
    ("mentorship", "0006_request_permissions", "grant"),
    ("mentorship", "0009_support_and_feedback_permissions", "grant"),
    ("employers", "0003_staff_permissions", "grant"),
    ("resources", "0002_staff_permissions", "grant"),
    ("alumni", "0002_staff_permissions", "grant"),
    ("hub", "0003_content_review", "grant"),
]


def _run(app_label, name, function):
    module = importlib.import_module(f"{app_label}.migrations.{name}")
    state = MigrationLoader(connection).project_state((app_label, name))
    getattr(module, function)(state.apps, None)


@pytest.fixture
def migration():
    """The group migrations, run again with the historical models they were written for."""
    first = importlib.import_module("members.migrations.0003_groups_and_permissions")
    state = MigrationLoader(connection).project_state(("members", "0003_groups_and_permissions"))
    return SimpleNamespace(
        apply=lambda: [_run(*migration) for migration in GROUP_MIGRATIONS],
        reverse=lambda: first.remove_new_groups(state.apps, None),
    )


def group_state():
    return {
        group.name: (
            model_permissions(group),
            page_permissions(group),
            collection_permissions(group),
        )
        for group in Group.objects.all()
    }


def test_migration_is_idempotent(migration):
    before = group_state()
    migration.apply()
    assert group_state() == before


def test_migration_trims_extra_permissions(migration, home_page):
    editors = Group.objects.get(name=EDITORS)
    delete_page = Permission.objects.get(
        content_type__app_label="wagtailcore", codename="delete_page"
    )
    delete_image = Permission.objects.get(
        content_type__app_label="wagtailimages", codename="delete_image"
    )
    editors.permissions.add(delete_image)
    GroupPagePermission.objects.create(group=editors, page=home_page, permission=delete_page)
    GroupCollectionPermission.objects.create(
        group=editors, collection=Collection.get_first_root_node(), permission=delete_image
    )

    migration.apply()

    expected = GROUPS[EDITORS]
    assert model_permissions(editors) == expected.model
    assert page_permissions(editors) == {(1, codename) for codename in expected.pages}
    assert collection_permissions(editors) == {(1, dotted) for dotted in expected.collections}


def test_migration_reverse_removes_the_new_groups(migration):
    migration.reverse()
    assert set(Group.objects.values_list("name", flat=True)) == {EDITORS, MODERATORS}
    migration.apply()
    assert set(Group.objects.values_list("name", flat=True)) == set(GROUPS)


def test_user_without_a_group_is_sent_to_the_login_page(client, home_page):
    client.force_login(UserFactory())
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))


@pytest.mark.parametrize("name", list(GROUPS))
def test_every_staff_group_reaches_the_admin(client, home_page, name):
    client.force_login(member_of(name))
    assert client.get("/admin/").status_code == 200


def test_editor_may_edit_but_not_publish_pages(about_page):
    permissions = about_page.permissions_for_user(member_of(EDITORS))
    assert permissions.can_edit()
    assert permissions.can_add_subpage()
    assert not permissions.can_publish()
    assert not permissions.can_unpublish()
    assert not permissions.can_lock()
    # Wagtail lets whoever may edit a page delete it when it is a draft; a live page is
    # beyond an editor's reach.
    assert about_page.live
    assert not permissions.can_delete()


def test_moderator_may_publish_and_lock_pages(about_page):
    permissions = about_page.permissions_for_user(member_of(MODERATORS))
    assert permissions.can_edit()
    assert permissions.can_publish()
    assert permissions.can_unpublish()
    assert permissions.can_lock()
    assert permissions.can_unlock()


@pytest.mark.parametrize("name", [EDITORS, MODERATORS])
def test_nobody_deletes_a_page_with_subpages(home_page, about_page, name):
    # No bulk_delete_page: a section cannot be removed with everything under it.
    assert not home_page.permissions_for_user(member_of(name)).can_delete()


@pytest.mark.parametrize("name", [ALUMNI_RELATIONS, MENTORSHIP_STAFF])
def test_member_staff_have_no_page_permissions(about_page, name):
    permissions = about_page.permissions_for_user(member_of(name))
    assert not permissions.can_edit()
    assert not permissions.can_publish()
