import django.db.models.deletion
from django.db import migrations, models

from hub.translatable_children import fill_locale_and_key


def year(row, index):
    return f"designation/{row.year}"


class Migration(migrations.Migration):
    """Designations become translatable with their employer (step 1: add and fill), so their
    citation and evidence are translated instead of copied from English."""

    dependencies = [
        ("employers", "0003_staff_permissions"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [
        migrations.AddField(
            model_name="designation",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="designation",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
            ),
        ),
        migrations.RunPython(
            fill_locale_and_key("employers", "Designation", year), migrations.RunPython.noop
        ),
    ]
