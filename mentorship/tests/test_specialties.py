from django.utils import translation

from mentorship.models import Specialty


def test_curated_specialties_are_seeded_in_both_languages(db):
    pediatrics = Specialty.objects.get(slug="pediatrics")
    assert Specialty.objects.count() >= 30
    assert not Specialty.objects.filter(name_es="").exists()
    with translation.override("es"):
        assert pediatrics.display_name == "Pediatría"
    with translation.override("en"):
        assert str(pediatrics) == "Pediatrics"


def test_specialties_cannot_be_free_typed():
    assert Specialty.free_tagging is False


def test_editors_manage_specialties_in_the_admin(admin_client):
    response = admin_client.get("/admin/snippets/mentorship/specialty/")
    assert response.status_code == 200
    assert "Family medicine" in response.text
