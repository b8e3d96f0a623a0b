from django.db import migrations
from django.utils.text import slugify

# NMF's curated list of specialties, in English and Spanish. Editors extend it in the admin.
SPECIALTIES = [
    ("Addiction medicine", "Medicina de adicciones"),
    ("Anesthesiology", "Anestesiología"),
    ("Cardiology", "Cardiología"),
    ("Dentistry", "Odontología"),
    ("Dermatology", "Dermatología"),
    ("Emergency medicine", "Medicina de emergencias"),
    ("Endocrinology", "Endocrinología"),
    ("Family medicine", "Medicina familiar"),
    ("Gastroenterology", "Gastroenterología"),
    ("General surgery", "Cirugía general"),
    ("Geriatrics", "Geriatría"),
    ("Hematology and oncology", "Hematología y oncología"),
    ("Infectious disease", "Enfermedades infecciosas"),
    ("Internal medicine", "Medicina interna"),
    ("Nephrology", "Nefrología"),
    ("Neurology", "Neurología"),
    ("Nursing", "Enfermería"),
    ("Obstetrics and gynecology", "Obstetricia y ginecología"),
    ("Ophthalmology", "Oftalmología"),
    ("Orthopaedic surgery", "Cirugía ortopédica"),
    ("Otolaryngology", "Otorrinolaringología"),
    ("Pathology", "Patología"),
    ("Pediatrics", "Pediatría"),
    ("Pharmacy", "Farmacia"),
    ("Physical medicine and rehabilitation", "Medicina física y rehabilitación"),
    ("Physician assistant", "Asistente médico"),
    ("Psychiatry", "Psiquiatría"),
    ("Public health", "Salud pública"),
    ("Pulmonary and critical care", "Neumología y cuidados intensivos"),
    ("Radiology", "Radiología"),
    ("Urology", "Urología"),
]


def seed(apps, schema_editor):
    Specialty = apps.get_model("mentorship", "Specialty")
    for name, name_es in SPECIALTIES:
        Specialty.objects.get_or_create(
            slug=slugify(name), defaults={"name": name, "name_es": name_es}
        )


class Migration(migrations.Migration):
    dependencies = [("mentorship", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
