"""Every image has alt text: editors must give it, and pages read it out."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PillowImage
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form
from wagtail.models import Collection, UploadedFile

from employers.demo import employers as employers_content
from employers.demo.loader import EmployersDemo
from home.factories import StandardPageFactory
from hub.factories import ImageFactory

Image = get_image_model()
ALT_TEXT = "Three NMF scholars laughing on the steps of the medical school"


def png(name="scholars.png"):
    data = io.BytesIO()
    PillowImage.new("RGB", (40, 30), "#1f4e79").save(data, format="PNG")
    return SimpleUploadedFile(name, data.getvalue(), content_type="image/png")


def image_form_data(**fields):
    return {
        "title": "Scholars on the steps",
        "collection": Collection.get_first_root_node().pk,
        "tags": "",
        **fields,
    }


def test_the_image_form_calls_the_description_alt_text_and_requires_it(db):
    field = get_image_form(Image)().fields["description"]
    assert field.required
    assert field.label == "Alt text"
    assert "cannot see it" in str(field.help_text)


def test_uploading_an_image_without_alt_text_saves_nothing(admin_client):
    response = admin_client.post(
        reverse("wagtailimages:add"), image_form_data(description="", file=png())
    )

    assert response.status_code == 200
    assert response.context["form"].errors["description"] == ["This field is required."]
    assert not Image.objects.exists()


def test_uploading_an_image_with_alt_text_saves_it(admin_client):
    response = admin_client.post(
        reverse("wagtailimages:add"), image_form_data(description=ALT_TEXT, file=png())
    )

    assert response.status_code == 302
    assert Image.objects.get().description == ALT_TEXT


def test_editing_an_image_cannot_remove_its_alt_text(admin_client):
    image = ImageFactory(description=ALT_TEXT)

    response = admin_client.post(
        reverse("wagtailimages:edit", args=[image.pk]),
        image_form_data(title="Renamed", description=""),
    )

    assert response.status_code == 200
    assert "description" in response.context["form"].errors
    image.refresh_from_db()
    assert image.description == ALT_TEXT
    assert image.title != "Renamed"


def test_editing_an_image_with_alt_text_saves_it(admin_client):
    image = ImageFactory(description="")

    response = admin_client.post(
        reverse("wagtailimages:edit", args=[image.pk]),
        image_form_data(description=ALT_TEXT),
    )

    assert response.status_code == 302
    image.refresh_from_db()
    assert image.description == ALT_TEXT


def test_multiple_upload_waits_for_alt_text_before_saving_an_image(admin_client):
    response = admin_client.post(
        reverse("wagtailimages:add_multiple"),
        {"title": "scholars.png", "files[]": png()},
    )

    assert response.status_code == 200
    assert response.json()["success"]
    assert not Image.objects.exists()
    assert UploadedFile.objects.count() == 1
    assert "Alt text" in response.json()["form"]


def test_the_home_page_hero_reads_its_alt_text_from_the_description(client, home_page):
    home_page.hero_image = ImageFactory(description=ALT_TEXT)
    home_page.save_revision().publish()

    html = client.get(home_page.url).content.decode()

    assert f'alt="{ALT_TEXT}"' in html


def test_an_older_image_without_a_description_falls_back_to_its_title(client, home_page):
    home_page.hero_image = ImageFactory(title="Scholars at the gala", description="")
    home_page.save_revision().publish()

    html = client.get(home_page.url).content.decode()

    assert 'alt="Scholars at the gala"' in html


@pytest.fixture
def employers_demo(locales):
    return EmployersDemo(spanish=locales.es)


def test_every_demo_logo_has_alt_text(employers_demo):
    spec = employers_content.EMPLOYERS[0]

    logo = employers_demo.logo(spec, position=0)

    assert logo.description.startswith(f"The {spec['name']} logo")


def test_reloading_the_demo_gives_older_logos_their_alt_text(employers_demo):
    spec = employers_content.EMPLOYERS[0]
    older = employers_demo.logo(spec, position=0)
    Image.objects.filter(pk=older.pk).update(description="")

    logo = employers_demo.logo(spec, position=0)

    assert logo.pk == older.pk
    assert logo.description.startswith(f"The {spec['name']} logo")


def test_an_image_block_left_without_alt_text_reads_the_image_description(client, home_page):
    image = ImageFactory(description=ALT_TEXT)
    body = [{"type": "image", "value": {"image": image.pk, "alt_text": "", "decorative": False}}]
    page = StandardPageFactory(parent=home_page, slug="scholars", body=body)

    html = client.get(page.url).content.decode()

    assert f'alt="{ALT_TEXT}"' in html
