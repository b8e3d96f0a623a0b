"""Alumni Relations see who registered for events (a frozen copy of the additions to
members/permissions.py)."""

from django.db import migrations

GRANTS = {
    "Alumni Relations": {"view_registration": "event registration"},
}


def permissions(apps, codenames):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    for codename, verbose_name in codenames.items():
        action, _, model = codename.partition("_")
        content_type, _ = ContentType.objects.get_or_create(app_label="resources", model=model)
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type,
            codename=codename,
            defaults={"name": f"Can {action} {verbose_name}"},
        )
        yield permission


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name, codenames in GRANTS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions(apps, codenames))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name, codenames in GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.remove(*permissions(apps, codenames))


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0001_initial"),
        ("members", "0003_groups_and_permissions"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
