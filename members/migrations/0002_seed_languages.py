from django.db import migrations

# Languages NMF's members most often speak with patients and colleagues.
LANGUAGES = [
    ("en", "English", "Inglés"),
    ("es", "Spanish", "Español"),
    ("fr", "French", "Francés"),
    ("ht", "Haitian Creole", "Criollo haitiano"),
    ("pt", "Portuguese", "Portugués"),
    ("zh-cmn", "Mandarin", "Mandarín"),
    ("zh-yue", "Cantonese", "Cantonés"),
    ("vi", "Vietnamese", "Vietnamita"),
    ("tl", "Tagalog", "Tagalo"),
    ("ko", "Korean", "Coreano"),
    ("ar", "Arabic", "Árabe"),
    ("hi", "Hindi", "Hindi"),
    ("ur", "Urdu", "Urdu"),
    ("bn", "Bengali", "Bengalí"),
    ("am", "Amharic", "Amárico"),
    ("so", "Somali", "Somalí"),
    ("yo", "Yoruba", "Yoruba"),
    ("ig", "Igbo", "Igbo"),
    ("sw", "Swahili", "Suajili"),
    ("ru", "Russian", "Ruso"),
    ("nv", "Navajo", "Navajo"),
    ("ase", "American Sign Language", "Lengua de señas americana"),
]


def seed(apps, schema_editor):
    Language = apps.get_model("members", "Language")
    for code, name, name_es in LANGUAGES:
        Language.objects.get_or_create(code=code, defaults={"name": name, "name_es": name_es})


class Migration(migrations.Migration):
    dependencies = [("members", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
