import io

import pytest
from PIL import Image

from hub.vocabulary import STATE_REGIONS, Region, State, region_for_state
from members.factories import MemberFactory
from members.forms import PHOTO_MAX_BYTES
from members.models import Language
from mentorship.models import Specialty


@pytest.fixture
def member(home_page):
    return MemberFactory(first_name="Amara", last_name="Mensah")


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


def profile_data(**overrides):
    data = {
        "first_name": "Amara",
        "last_name": "Mensah",
        "preferred_name": "Dr. Amara",
        "pronouns": "she/her",
        "stage": "early_career",
        "profession": "medicine",
        "school": "Meharry Medical College",
        "graduation_year": "2016",
        "specialties": [Specialty.objects.get(slug="family-medicine").pk],
        "state": "TN",
        "languages": [Language.objects.get(code="en").pk, Language.objects.get(code="fr").pk],
        "bio": "Family physician in Nashville; happy to talk about rural practice.",
        "nmf_relationship": "scholar",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def image_upload(name="photo.jpg", image_format="JPEG", size=(1200, 900), exif=False):
    buffer = io.BytesIO()
    image = Image.new("RGB", size, (12, 85, 96))
    extra = {}
    if exif:
        metadata = Image.Exif()
        metadata[0x010F] = "PhoneMaker"  # camera make
        extra["exif"] = metadata
    image.save(buffer, format=image_format, **extra)
    buffer.name = name
    buffer.seek(0)
    return buffer


def test_member_saves_a_complete_profile(member_client, member):
    response = member_client.post("/en/my/profile/", profile_data(photo=image_upload()))
    assert response.status_code == 302
    profile = member.profile
    profile.refresh_from_db()
    assert profile.preferred_name == "Dr. Amara"
    assert profile.region == Region.SOUTH
    assert [s.slug for s in profile.specialties.all()] == ["family-medicine"]
    assert profile.languages.count() == 2
    assert profile.completeness() == (100, [])
    dashboard = member_client.get("/en/my/").text
    assert "100% complete" in dashboard


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("first_name", "", "This field is required."),
        ("graduation_year", "1890", "greater than or equal to 1950"),
        ("graduation_year", "next year", "Enter a whole number."),
        ("state", "ZZ", "Select a valid choice."),
        ("stage", "surgeon", "Select a valid choice."),
        ("profession", "astronaut", "Select a valid choice."),
        ("nmf_relationship", "cousin", "Select a valid choice."),
        ("bio", "x" * 1001, "at most 1000 characters"),
        ("preferred_name", "x" * 81, "at most 80 characters"),
        ("specialties", ["999999"], "Select a valid choice."),
    ],
)
def test_profile_errors_are_tied_to_their_field_and_keep_the_rest(
    member_client, field, value, message
):
    response = member_client.post("/en/my/profile/", profile_data(**{field: value}))
    assert response.status_code == 200
    form = response.context["form"]
    assert message in " ".join(form.errors[field])
    html = response.text
    field_id = form[field].auto_id
    assert f'id="{field_id}-error"' in html
    assert 'value="Meharry Medical College"' in html or field == "school"
    assert "Family physician in Nashville" in html or field == "bio"


def test_photo_is_resized_and_stripped_of_metadata(member_client, member):
    member_client.post(
        "/en/my/profile/", profile_data(photo=image_upload(size=(3000, 2000), exif=True))
    )
    member.profile.refresh_from_db()
    with Image.open(member.profile.photo) as saved:
        assert saved.format == "JPEG"
        assert max(saved.size) <= 600
        assert not saved.getexif()


def test_a_text_file_posing_as_a_photo_is_rejected(member_client, member):
    fake = io.BytesIO(b"definitely not a picture")
    fake.name = "photo.jpg"
    response = member_client.post("/en/my/profile/", profile_data(photo=fake))
    assert response.status_code == 200
    assert "not a photo we can read" in " ".join(response.context["form"].errors["photo"])
    member.profile.refresh_from_db()
    assert not member.profile.photo


def test_a_gif_is_rejected_with_the_formats_we_accept(member_client):
    response = member_client.post(
        "/en/my/profile/", profile_data(photo=image_upload("a.gif", "GIF"))
    )
    assert "JPEG, PNG or WebP" in " ".join(response.context["form"].errors["photo"])


def test_an_oversized_photo_is_rejected(member_client, monkeypatch):
    monkeypatch.setattr("members.forms.PHOTO_MAX_BYTES", 1000)
    response = member_client.post("/en/my/profile/", profile_data(photo=image_upload()))
    assert "please choose one under" in " ".join(response.context["form"].errors["photo"])
    assert PHOTO_MAX_BYTES == 5 * 1024 * 1024


def test_replacing_a_photo_removes_the_old_file(member_client, member):
    member_client.post("/en/my/profile/", profile_data(photo=image_upload()))
    member.profile.refresh_from_db()
    first = member.profile.photo.name
    member_client.post(
        "/en/my/profile/", profile_data(photo=image_upload(image_format="PNG", name="b.png"))
    )
    member.profile.refresh_from_db()
    assert member.profile.photo.name != first
    assert not member.profile.photo.storage.exists(first)


def test_dashboard_lists_what_is_missing(member_client, member):
    html = member_client.get("/en/my/").text
    assert "Complete your profile" in html
    assert "A photo" in html
    assert "The languages you speak" in html


def test_dashboard_is_translated(member_client):
    html = member_client.get("/es/my/").text
    assert '<html lang="es">' in html
    assert "Mi Hub" in html


@pytest.mark.parametrize("specialties", [1, 25])
def test_dashboard_queries_do_not_grow_with_the_members_data(
    member_client, member, django_assert_max_num_queries, specialties
):
    member.profile.specialties.set(Specialty.objects.all()[:specialties])
    member.profile.languages.set(Language.objects.all()[:specialties])
    member_client.get("/en/my/")
    # +2: the employer-nominations panel (its list and the nominate link's page).
    # +1: the upcoming-events panel (the member's registrations; with some, +1 for their pages).
    # +1: the "Did NMF support you?" panel (record, claims and the claim page in one query).
    with django_assert_max_num_queries(29):
        assert member_client.get("/en/my/").status_code == 200


# --- Privacy -----------------------------------------------------------------------------


def test_profiles_are_for_signed_in_verified_members(client, member):
    url = f"/en/members/{member.profile.public_id}/"
    assert client.get(url).status_code == 302
    unverified = MemberFactory(verified=False)
    client.force_login(unverified)
    response = client.get(url)
    assert "members/profile_detail.html" not in [t.name for t in response.templates]
    client.force_login(MemberFactory())
    response = client.get(url)
    assert response.status_code == 200
    assert "Amara Mensah" in response.text


def test_hidden_profiles_are_seen_only_by_their_owner(client, member):
    member.profile.hidden_from_directory = True
    member.profile.save()
    url = f"/en/members/{member.profile.public_id}/"
    client.force_login(MemberFactory())
    assert client.get(url).status_code == 404
    client.force_login(member)
    assert client.get(url).status_code == 200


def test_another_members_email_never_appears_on_member_pages(client, member):
    viewer = MemberFactory()
    client.force_login(viewer)
    pages = [
        f"/en/members/{member.profile.public_id}/",
        f"/es/members/{member.profile.public_id}/",
        "/en/my/",
        "/en/my/profile/",
        "/en/my/data/",
        "/en/",
    ]
    for page in pages:
        html = client.get(page).text
        assert member.email not in html, page


def test_nmf_relationship_is_not_shown_to_other_members(client, member):
    member.profile.nmf_relationship = "unsure"
    member.profile.save()
    client.force_login(MemberFactory())
    html = client.get(f"/en/members/{member.profile.public_id}/").text
    assert "NMF may have supported me" not in html


# --- Vocabulary --------------------------------------------------------------------------


def test_every_state_belongs_to_exactly_one_region():
    assert set(STATE_REGIONS) == set(State.values)
    assert region_for_state("NY") == Region.NORTHEAST
    assert region_for_state("TX") == Region.SOUTH
    assert region_for_state("IL") == Region.MIDWEST
    assert region_for_state("CA") == Region.WEST
    assert region_for_state("PR") == Region.TERRITORIES
    assert region_for_state("XX") == Region.INTERNATIONAL
    assert region_for_state("") is None
