"""Give Mentorship Program Staff what the mentor programme needs in the admin.

They see mentor profiles and may change them (to pause a mentor), see protocol acknowledgements
and mentorships, and read and mark council messages. A frozen copy of the additions made to
members/permissions.py, which members/tests/test_groups.py compares with the database.
"""

from django.db import migrations

GROUP = "Mentorship Program Staff"
# codename: the model's verbose name, for permissions created before post_migrate runs.
PERMISSIONS = {
    "view_mentorprofile": "mentor profile",
    "change_mentorprofile": "mentor profile",
    "view_protocolacknowledgement": "protocol acknowledgement",
    "view_mentorship": "mentorship",
    "view_councilmessage": "council message",
    "change_councilmessage": "council message",
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
    dependencies = [
        ("members", "0003_groups_and_permissions"),
        ("mentorship", "0003_mentors_protocol_councils"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
