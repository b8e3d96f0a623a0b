"""Migration support for child objects (inline panels) that become translatable.

``TranslatableMixin`` gives each row a locale and a translation key. Existing rows take their
page's locale, and a key derived from the page's translation key and ``key_of(row)`` — so the
English row and its Spanish copy, which wagtail-localize made earlier, get the same key and are
recognised as translations of each other.
"""

import uuid


def fill_locale_and_key(app_label, model_name, key_of):
    """A ``RunPython`` function filling ``locale`` and ``translation_key`` on existing rows.

    ``key_of(row, position)`` names the row within its page (``position`` counts from 0 in
    ``sort_order``), the same in every language.
    """

    def forwards(apps, schema_editor):
        Model = apps.get_model(app_label, model_name)
        Page = apps.get_model("wagtailcore", "Page")
        parent_field = next(field for field in Model._meta.fields if field.name == "page")
        rows = list(Model.objects.order_by(parent_field.attname, "sort_order", "pk"))
        pages = {
            page["pk"]: page
            for page in Page.objects.filter(
                pk__in={getattr(row, parent_field.attname) for row in rows}
            ).values("pk", "locale_id", "translation_key")
        }
        position = {}
        for row in rows:
            page = pages[getattr(row, parent_field.attname)]
            index = position[page["pk"]] = position.get(page["pk"], -1) + 1
            row.locale_id = page["locale_id"]
            row.translation_key = uuid.uuid5(page["translation_key"], key_of(row, index))
        Model.objects.bulk_update(rows, ["locale_id", "translation_key"], batch_size=500)

    return forwards
