import uuid

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    """Designations become translatable with their employer (step 2: require the fields)."""

    dependencies = [("employers", "0004_translatable_designations")]

    operations = [
        migrations.AlterField(
            model_name="designation",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="designation",
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
            name="designation", unique_together={("translation_key", "locale")}
        ),
    ]
