import django.db.models.deletion
from django.db import migrations, models

from hub.translatable_children import fill_locale_and_key


def position(row, index):
    return f"{row._meta.model_name}/{index}"


class Migration(migrations.Migration):
    """Documents and links become translatable with their page (step 1: add and fill)."""

    dependencies = [
        ("resources", "0002_staff_permissions"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [
        *(
            operation
            for model_name in ("resourcedocument", "resourcelink")
            for operation in (
                migrations.AddField(
                    model_name=model_name,
                    name="translation_key",
                    field=models.UUIDField(editable=False, null=True),
                ),
                migrations.AddField(
                    model_name=model_name,
                    name="locale",
                    field=models.ForeignKey(
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="wagtailcore.locale",
                    ),
                ),
            )
        ),
        migrations.RunPython(
            fill_locale_and_key("resources", "ResourceDocument", position),
            migrations.RunPython.noop,
        ),
        migrations.RunPython(
            fill_locale_and_key("resources", "ResourceLink", position),
            migrations.RunPython.noop,
        ),
    ]
