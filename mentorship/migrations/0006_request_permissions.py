"""Mentorship Program Staff follow requests and tune the request timings (a frozen copy of
the additions to members/permissions.py)."""

from django.db import migrations

GROUP = "Mentorship Program Staff"
PERMISSIONS = {
    "view_mentorshiprequest": "mentorship request",
    "change_mentorshipsettings": "mentorship settings",
}


def permissions(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    for codename, verbose_name in PERMISSIONS.items():
        action, _, model = codename.partition("_")
        content_type, _ = ContentType.objects.get_or_create(app_label="mentorship", model=model)
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type,
            codename=codename,
            defaults={"name": f"Can {action} {verbose_name}"},
        )
        yield permission


def grant(apps, schema_editor):
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name=GROUP)
    group.permissions.add(*permissions(apps))


def revoke(apps, schema_editor):
    group = apps.get_model("auth", "Group").objects.filter(name=GROUP).first()
    if group is not None:
        group.permissions.remove(*permissions(apps))


class Migration(migrations.Migration):
    dependencies = [("mentorship", "0005_requests_and_settings")]

    operations = [migrations.RunPython(grant, revoke)]
