from django.db import migrations


def add_spanish(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Locale.objects.get_or_create(language_code="es")


class Migration(migrations.Migration):
    """The Hub speaks English and Spanish from day one; English is created by Wagtail."""

    dependencies = [
        ("hub", "0001_initial"),
        ("wagtailcore", "0054_initial_locale"),
    ]

    operations = [migrations.RunPython(add_spanish, migrations.RunPython.noop)]
