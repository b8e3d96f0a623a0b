"""The four staff groups of the Wagtail admin, each with exactly the permissions its work needs.

A frozen copy of members/permissions.py as it stood when this migration was written:
migrations must keep doing the same thing however the app's code changes later, so this file
imports nothing from the app. members/tests/test_groups.py checks that a migrated database
matches members/permissions.py, so a later change there needs a migration of its own.

Wagtail creates "Editors" and "Moderators" with looser defaults (image and document
permissions held at model level as well as on collections, delete on images and documents
for editors); this migration brings them to exactly the sets below, and creates
"Alumni Relations" and "Mentorship Program Staff". It can run any number of times.
Reversing it removes the two new groups and leaves Editors and Moderators as they are.

Permissions and content types are fetched with get_or_create, as Wagtail's own migrations do:
on a fresh database Django only creates the default add/change/delete/view permissions in
post_migrate, after every migration has run.
"""

from django.db import migrations

ADMIN_ACCESS = "wagtailadmin.access_admin"

CONTENT_MODEL_PERMISSIONS = {
    ADMIN_ACCESS,
    "wagtail_localize.submit_translation",
    "hub.add_footertext",
    "hub.change_footertext",
    "hub.view_footertext",
    "mentorship.add_specialty",
    "mentorship.change_specialty",
    "mentorship.view_specialty",
}
EDITOR_COLLECTION_PERMISSIONS = {
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
}

# Group name: (model permissions, page permissions on the tree root, root collection permissions)
GROUPS = {
    "Editors": (
        CONTENT_MODEL_PERMISSIONS,
        {"add_page", "change_page"},
        EDITOR_COLLECTION_PERMISSIONS,
    ),
    "Moderators": (
        CONTENT_MODEL_PERMISSIONS,
        {"add_page", "change_page", "publish_page", "lock_page", "unlock_page"},
        EDITOR_COLLECTION_PERMISSIONS
        | {"wagtailimages.delete_image", "wagtaildocs.delete_document"},
    ),
    "Alumni Relations": (
        {ADMIN_ACCESS, "members.view_memberprofile", "members.view_user"},
        set(),
        set(),
    ),
    "Mentorship Program Staff": (
        {
            ADMIN_ACCESS,
            "members.view_memberprofile",
            "members.change_memberprofile",
            "mentorship.view_specialty",
        },
        set(),
        set(),
    ),
}
NEW_GROUPS = ["Alumni Relations", "Mentorship Program Staff"]

# Content type (app_label, model) of each permission's app, where the model name is not the
# codename's suffix: Wagtail hangs admin access and translation on placeholder content types.
CONTENT_TYPES = {
    "wagtailadmin.access_admin": ("wagtailadmin", "admin"),
    "wagtail_localize.submit_translation": ("wagtail_localize", "translation"),
}

# Names for permissions this migration may have to create (Django's and Wagtail's own).
VERBOSE_NAMES = {
    "footertext": "footer text",
    "specialty": "specialty",
    "memberprofile": "member profile",
    "user": "user",
    "image": "image",
    "document": "document",
    "page": "page",
}
CUSTOM_NAMES = {
    "access_admin": "Can access Wagtail admin",
    "submit_translation": "Can submit translations",
    "choose_image": "Can choose image",
    "choose_document": "Can choose document",
    "publish_page": "Publish any page",
    "lock_page": "Lock/unlock pages you've locked",
    "unlock_page": "Unlock any page",
}


def get_permission(apps, dotted):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    app_label, codename = dotted.split(".")
    action, _, model = codename.partition("_")
    ct_app_label, ct_model = CONTENT_TYPES.get(dotted, (app_label, model))
    content_type, _ = ContentType.objects.get_or_create(app_label=ct_app_label, model=ct_model)
    name = CUSTOM_NAMES.get(codename) or f"Can {action} {VERBOSE_NAMES.get(model, model)}"
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def apply_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    root_page = Page.objects.filter(depth=1).order_by("path").first()
    root_collection = Collection.objects.filter(depth=1).order_by("path").first()

    for name, (model_perms, page_perms, collection_perms) in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)

        group.permissions.set([get_permission(apps, dotted) for dotted in model_perms])

        wanted_pages = [get_permission(apps, f"wagtailcore.{codename}") for codename in page_perms]
        stale_pages = GroupPagePermission.objects.filter(group=group)
        if root_page is not None:
            stale_pages = stale_pages.exclude(page=root_page, permission__in=wanted_pages)
            for permission in wanted_pages:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root_page, permission=permission
                )
        stale_pages.delete()

        wanted_collections = [get_permission(apps, dotted) for dotted in collection_perms]
        stale_collections = GroupCollectionPermission.objects.filter(group=group)
        if root_collection is not None:
            stale_collections = stale_collections.exclude(
                collection=root_collection, permission__in=wanted_collections
            )
            for permission in wanted_collections:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )
        stale_collections.delete()


def remove_new_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    # Deleting a group deletes its page and collection permissions and memberships with it.
    Group.objects.filter(name__in=NEW_GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0002_seed_languages"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("hub", "0001_initial"),
        ("mentorship", "0001_initial"),
        # Wagtail's migrations that create Editors and Moderators and grant them their
        # defaults, which must run before this one trims them.
        ("wagtailcore", "0090_remove_grouppagepermission_permission_type"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0023_add_choose_permissions"),
        ("wagtaildocs", "0011_add_choose_permissions"),
        ("wagtail_localize", "0006_create_submit_translation_permission"),
    ]

    operations = [migrations.RunPython(apply_groups, remove_new_groups)]
