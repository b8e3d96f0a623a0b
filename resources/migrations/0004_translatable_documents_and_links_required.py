import uuid

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    """Documents and links become translatable with their page (step 2: require the fields)."""

    dependencies = [("resources", "0003_translatable_documents_and_links")]

    operations = [
        migrations.AlterModelOptions(
            name="resourcedocument",
            options={"ordering": ["sort_order"], "verbose_name": "document to download"},
        ),
        migrations.AlterModelOptions(
            name="resourcelink",
            options={"ordering": ["sort_order"], "verbose_name": "link to another website"},
        ),
        *(
            operation
            for model_name in ("resourcedocument", "resourcelink")
            for operation in (
                migrations.AlterField(
                    model_name=model_name,
                    name="translation_key",
                    field=models.UUIDField(default=uuid.uuid4, editable=False),
                ),
                migrations.AlterField(
                    model_name=model_name,
                    name="locale",
                    field=models.ForeignKey(
                        editable=False,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="wagtailcore.locale",
                        verbose_name="locale",
                    ),
                ),
                migrations.AlterUniqueTogether(
                    name=model_name, unique_together={("translation_key", "locale")}
                ),
            )
        ),
    ]
