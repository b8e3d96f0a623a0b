"""Mentorship Program Staff answer check-ins that ask for support and read closing feedback
(a frozen copy of the additions to members/permissions.py)."""

from django.db import migrations

GROUP = "Mentorship Program Staff"
PERMISSIONS = {
    "view_checkin": "check-in",
    "change_checkin": "check-in",
    "view_mentorshipfeedback": "mentorship feedback",
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
    dependencies = [("mentorship", "0008_mentorship_agreement_checkins_feedback")]

    operations = [migrations.RunPython(grant, revoke)]
