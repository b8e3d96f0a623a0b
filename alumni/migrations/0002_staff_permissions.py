"""Alumni Relations keep the alumni registry: records, imports, claims, invitations and the
export log (a frozen copy of the additions to
members/permissions.py)."""

from django.db import migrations

GRANTS = {
    "Alumni Relations": {
        "view_alumnirecord": "alumni record",
        "add_alumnirecord": "alumni record",
        "change_alumnirecord": "alumni record",
        "view_recordchange": "record change",
        "view_importbatch": "import",
        "add_importbatch": "import",
        "change_importbatch": "import",
        "view_claim": "claim",
        "change_claim": "claim",
        "view_invitationbatch": "invitation batch",
        "add_invitationbatch": "invitation batch",
        "view_invitation": "invitation",
        "change_invitation": "invitation",
        "view_exportlog": "export",
    },
}


def permissions(apps, codenames):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    for codename, verbose_name in codenames.items():
        action, _, model = codename.partition("_")
        content_type, _ = ContentType.objects.get_or_create(app_label="alumni", model=model)
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
        ("alumni", "0001_registry"),
        ("members", "0003_groups_and_permissions"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
