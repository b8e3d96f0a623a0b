"""Members nominate employers; Alumni Relations review the nominations in the admin; members
follow theirs on My Hub and take them with them (or away) with their data."""

import datetime
import json
import uuid

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from conftest import publish_translation
from employers.factories import EmployerIndexPageFactory, NominationFactory
from employers.models import Nomination, NominationStatus
from employers.nominations import NominationForm
from members.data import erase_member
from members.factories import MemberFactory
from members.permissions import ALUMNI_RELATIONS, EDITORS

pytestmark = pytest.mark.django_db

URL = "/en/employers/nominate/"
REASON = (
    "Its pathway program has brought forty local students into nursing and medicine, "
    "and half its new residents are from groups under-represented in medicine."
)


@pytest.fixture
def index(home_page):
    return EmployerIndexPageFactory(parent=home_page)


@pytest.fixture
def spanish_index(index, spanish_home, locales):
    return publish_translation(index, locales.es, title="Empleadores de preferencia")


@pytest.fixture
def member(db):
    return MemberFactory(first_name="Amara", last_name="Mensah")


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


def form_data(**changes):
    data = {
        "token": str(uuid.uuid4()),
        "employer_name": "Lakeshore Community Health",
        "city": "Chicago",
        "state": "IL",
        "website": "https://lakeshore.example.org/",
        "connection": "trained",
        "reason": REASON,
        "evidence_links": "https://lakeshore.example.org/pathways\nhttps://news.example.com/a",
    }
    data.update(changes)
    return data


def staff(group_name):
    user = MemberFactory(is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    return user


# --- Nominating ---------------------------------------------------------------------------


def test_visitors_are_sent_to_sign_in_and_brought_back(client, index):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_login')}?next={URL}"
    client.post(URL, form_data())
    assert not Nomination.objects.exists()


def test_members_with_an_unverified_address_cannot_nominate(client, index):
    client.force_login(MemberFactory(verified=False))
    response = client.post(URL, form_data())
    assert 'name="employer_name"' not in response.content.decode()
    assert not Nomination.objects.exists()


def test_the_form_carries_a_one_time_token_and_every_field(member_client, index):
    response = member_client.get(URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert response["Cache-Control"].startswith("max-age=0")
    assert '<html lang="en">' in html
    assert 'type="hidden" name="token"' in html
    for name in ["employer_name", "city", "state", "website", "reason", "evidence_links"]:
        assert f'name="{name}"' in html
    assert 'name="connection"' in html and 'type="radio"' in html
    assert index.title in html


def test_a_member_nominates_an_employer_and_is_told_what_happens_next(member_client, member, index):
    response = member_client.post(URL, form_data(employer_name="  Lakeshore   Community Health "))
    assert response.status_code == 302
    assert response["Location"] == reverse("members:dashboard")
    nomination = Nomination.objects.get()
    assert nomination.nominator == member
    assert nomination.employer_name == "Lakeshore Community Health"
    assert nomination.city == "Chicago"
    assert (nomination.state, nomination.connection) == ("IL", "trained")
    assert nomination.status == NominationStatus.NEW
    assert nomination.links() == [
        "https://lakeshore.example.org/pathways",
        "https://news.example.com/a",
    ]
    html = member_client.get(response["Location"]).content.decode()
    assert "Thank you for nominating Lakeshore Community Health." in html
    assert "we will email you once it is decided" in html


def test_sending_the_same_form_twice_makes_one_nomination(member_client, index):
    data = form_data()
    first = member_client.post(URL, data)
    second = member_client.post(URL, data)
    assert first.status_code == second.status_code == 302
    assert Nomination.objects.count() == 1
    assert str(Nomination.objects.get().token) == data["token"]


def test_a_form_another_member_used_is_refused(client, index):
    used = NominationFactory()
    client.force_login(MemberFactory())
    response = client.post(URL, form_data(token=str(used.token)))
    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == [
        "This form was already used. Please open it again."
    ]
    assert "This form was already used." in response.content.decode()
    assert Nomination.objects.count() == 1


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"employer_name": "   "}, "employer_name", "This field is required."),
        ({"state": ""}, "state", "This field is required."),
        ({"state": "ZZ"}, "state", "Select a valid choice."),
        ({"connection": ""}, "connection", "This field is required."),
        ({"website": "not a web address"}, "website", "Enter a valid URL."),
        ({"reason": "Great place."}, "reason", "Please tell us a little more"),
        ({"token": "forged"}, "token", "This form is out of date."),
        (
            {"evidence_links": "https://a.example.org/\n\nwww.example.org/report"},
            "evidence_links",
            "Line 3 (“www.example.org/report”) is not a web address.",
        ),
        (
            {"evidence_links": "ftp://files.example.org/report.pdf"},
            "evidence_links",
            "Line 1 (“ftp://files.example.org/report.pdf”) is not a web address.",
        ),
        (
            {"evidence_links": "\n".join(f"https://example.org/{n}" for n in range(6))},
            "evidence_links",
            "Please give at most 5 links; there are 6.",
        ),
    ],
)
def test_each_rule_is_explained_and_nothing_typed_is_lost(
    member_client, index, changes, field, message
):
    data = form_data(**changes)
    response = member_client.post(URL, data)
    assert response.status_code == 200
    assert not Nomination.objects.exists()
    form = response.context["form"]
    assert message in " ".join(form.errors[field])
    html = response.content.decode()
    assert "Please check the highlighted fields" in html
    assert 'id="form-errors"' in html
    for name in ["city", "website"]:
        if name != field:
            assert f'value="{data[name]}"' in html
    if field != "reason":
        assert data["reason"] in html
    # The same token comes back, so correcting and sending still makes one nomination.
    if field != "token":
        assert f'value="{data["token"]}"' in html


def test_the_reason_must_be_long_enough_without_counting_spaces():
    short = " " * 40 + "x" * 49 + " " * 40
    form = NominationForm(form_data(reason=short))
    assert "you wrote 49" in form.errors["reason"][0]
    assert NominationForm(form_data(reason="x" * 50)).is_valid()


def test_every_bad_link_is_named_by_its_line():
    form = NominationForm(form_data(evidence_links="https://ok.example.org/\nnope\nalso nope"))
    errors = form.errors["evidence_links"]
    assert [error.split(" (")[0] for error in errors] == ["Line 2", "Line 3"]


@pytest.mark.parametrize("status", [NominationStatus.NEW, NominationStatus.UNDER_REVIEW])
def test_a_member_cannot_nominate_an_employer_again_while_it_is_open(
    member_client, member, index, status
):
    NominationFactory(nominator=member, employer_name="Lakeshore Community Health", status=status)
    response = member_client.post(URL, form_data(employer_name=" lakeshore  COMMUNITY health "))
    assert response.status_code == 200
    assert Nomination.objects.count() == 1
    errors = " ".join(response.context["form"].errors["employer_name"])
    assert "Thank you: you already nominated Lakeshore Community Health on" in errors
    assert "you are welcome to nominate it again" in errors
    assert REASON in response.content.decode()


@pytest.mark.parametrize("status", [NominationStatus.INVITED, NominationStatus.DECLINED])
def test_a_decided_nomination_can_be_made_again(member_client, member, index, status):
    NominationFactory(nominator=member, employer_name="Lakeshore Community Health", status=status)
    assert member_client.post(URL, form_data()).status_code == 302
    assert Nomination.objects.count() == 2


def test_another_members_open_nomination_does_not_stop_mine(member_client, index):
    NominationFactory(employer_name="Lakeshore Community Health")
    assert member_client.post(URL, form_data()).status_code == 302
    assert Nomination.objects.count() == 2


def test_the_spanish_form_and_its_errors_are_in_spanish(member_client, spanish_index):
    url = f"{spanish_index.url}nominate/"
    assert url.startswith("/es/")
    page = member_client.get(url)
    assert page.status_code == 200
    assert '<html lang="es">' in page.content.decode()
    response = member_client.post(url, form_data(employer_name="", state=""))
    html = response.content.decode()
    assert '<html lang="es">' in html
    assert "Por favor, revise los campos resaltados" in html
    assert "Este campo es necesario." in html
    assert not Nomination.objects.exists()


def test_form_messages_follow_the_active_language():
    with translation.override("es"):
        form = NominationForm(form_data(connection=""))
        assert form.errors["connection"] == ["Este campo es necesario."]


# --- Staff review in the admin ------------------------------------------------------------


def edit_url(nomination):
    return reverse("employer_nominations:edit", args=[nomination.pk])


def review(client, nomination, status, notes=""):
    return client.post(edit_url(nomination), {"status": status, "staff_notes": notes})


def test_alumni_relations_list_search_and_filter_nominations(client):
    NominationFactory(employer_name="Lakeshore Community Health", state="IL")
    NominationFactory(employer_name="Desert Sun Clinics", state="AZ", status="under_review")
    client.force_login(staff(ALUMNI_RELATIONS))
    index_url = reverse("employer_nominations:index")

    def names(query):
        response = client.get(index_url, query)
        assert response.status_code == 200
        return {row.instance.employer_name for row in response.context["table"].rows}

    assert names({}) == {"Lakeshore Community Health", "Desert Sun Clinics"}
    assert names({"q": "lakeshore"}) == {"Lakeshore Community Health"}
    assert names({"status": "under_review"}) == {"Desert Sun Clinics"}
    assert names({"state": "IL"}) == {"Lakeshore Community Health"}
    Nomination.objects.filter(employer_name="Desert Sun Clinics").update(
        created_at=datetime.datetime(2024, 1, 10, 12, tzinfo=datetime.UTC)
    )
    assert names({"created_at_to": "2024-01-31"}) == {"Desert Sun Clinics"}
    assert names({"created_at_from": "2024-02-01"}) == {"Lakeshore Community Health"}


def test_alumni_relations_inspect_everything_with_clickable_links(client):
    nomination = NominationFactory(
        website="https://lakeshore.example.org/",
        evidence_links="https://lakeshore.example.org/report\nhttps://news.example.com/story",
        staff_notes="Call their DEI office.",
    )
    client.force_login(staff(ALUMNI_RELATIONS))
    response = client.get(reverse("employer_nominations:inspect", args=[nomination.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert nomination.reason in html
    assert '<a href="https://lakeshore.example.org/report"' in html
    assert '<a href="https://news.example.com/story"' in html
    assert f'href="mailto:{nomination.nominator.email}"' in html
    assert "Call their DEI office." in html


def test_alumni_relations_change_the_status_and_notes_and_the_reviewer_is_recorded(client):
    nomination = NominationFactory()
    reviewer = staff(ALUMNI_RELATIONS)
    client.force_login(reviewer)
    assert client.get(edit_url(nomination)).status_code == 200
    response = client.post(
        edit_url(nomination),
        {
            "status": "under_review",
            "staff_notes": "Strong pipeline data.",
            "employer_name": "Something else",
            "reason": "Changed by staff",
        },
    )
    assert response.status_code == 302
    nomination.refresh_from_db()
    assert nomination.status == "under_review"
    assert nomination.staff_notes == "Strong pipeline data."
    assert nomination.reviewed_by == reviewer
    assert nomination.employer_name.startswith("Lakeshore Community Health")
    assert nomination.reason.startswith("Its pathway program")


def test_saving_notes_alone_does_not_change_the_reviewer(client):
    first = staff(ALUMNI_RELATIONS)
    nomination = NominationFactory(status="under_review", reviewed_by=first)
    client.force_login(staff(ALUMNI_RELATIONS))
    assert review(client, nomination, "under_review", "A note.").status_code == 302
    nomination.refresh_from_db()
    assert (nomination.staff_notes, nomination.reviewed_by) == ("A note.", first)


@pytest.mark.parametrize(
    ("current", "new", "allowed"),
    [
        ("new", "under_review", True),
        ("new", "declined", True),
        ("new", "invited", False),
        ("under_review", "invited", True),
        ("under_review", "declined", True),
        ("under_review", "new", False),
        ("invited", "declined", False),
        ("invited", "under_review", False),
        ("declined", "invited", False),
        ("declined", "new", False),
    ],
)
def test_the_review_follows_its_steps(client, current, new, allowed):
    nomination = NominationFactory(status=current)
    client.force_login(staff(ALUMNI_RELATIONS))
    response = review(client, nomination, new)
    nomination.refresh_from_db()
    if allowed:
        assert response.status_code == 302
        assert nomination.status == new
    else:
        assert response.status_code == 200
        assert nomination.status == current
        error = " ".join(response.context["form"].errors["status"])
        if current in {"invited", "declined"}:
            assert "is a final decision" in error
        else:
            assert "can move only to" in error


def test_a_decision_can_still_get_notes(client):
    nomination = NominationFactory(status="invited")
    client.force_login(staff(ALUMNI_RELATIONS))
    assert review(client, nomination, "invited", "Applied in March.").status_code == 302
    nomination.refresh_from_db()
    assert nomination.staff_notes == "Applied in March."


def test_a_move_made_by_someone_else_meanwhile_is_respected(client):
    nomination = NominationFactory(status="under_review")
    client.force_login(staff(ALUMNI_RELATIONS))
    form_page = client.get(edit_url(nomination))
    assert form_page.status_code == 200
    Nomination.objects.filter(pk=nomination.pk).update(status="declined")
    response = review(client, nomination, "invited")
    assert response.status_code == 200
    nomination.refresh_from_db()
    assert nomination.status == "declined"


@pytest.mark.parametrize("group", [EDITORS, None])
def test_editors_and_members_cannot_see_nominations(client, group):
    nomination = NominationFactory()
    client.force_login(staff(group) if group else MemberFactory())
    for name, args in [("index", []), ("inspect", [nomination.pk]), ("edit", [nomination.pk])]:
        response = client.get(reverse(f"employer_nominations:{name}", args=args))
        assert response.status_code in {302, 403}
    assert review(client, nomination, "declined").status_code in {302, 403}
    nomination.refresh_from_db()
    assert nomination.status == "new"
    if group:
        menu = client.get(reverse("wagtailadmin_home")).content.decode()
        assert "Employer nominations" not in menu


def test_alumni_relations_see_the_menu_item_and_cannot_add_nominations(client):
    client.force_login(staff(ALUMNI_RELATIONS))
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("employer_nominations:index") in home  # Employers → Nominations
    with pytest.raises(NoReverseMatch):
        reverse("employer_nominations:add")


# --- Telling the nominator --------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "words"),
    [("invited", "is inviting"), ("declined", "is not taking it forward")],
)
def test_a_decision_is_emailed_to_the_nominator_without_staff_notes(client, status, words):
    nomination = NominationFactory(status="under_review", employer_name="Lakeshore Health")
    client.force_login(staff(ALUMNI_RELATIONS))
    review(client, nomination, status, "Internal: weak data.")
    [email] = mail.outbox
    assert email.to == [nomination.nominator.email]
    assert words in email.body
    assert "Lakeshore Health" in email.body
    assert "/en/my/" in email.body
    assert "weak data" not in email.body


def test_the_email_is_in_the_nominators_language(client):
    nomination = NominationFactory(status="under_review")
    nomination.nominator.profile.language = "es"
    nomination.nominator.profile.save()
    client.force_login(staff(ALUMNI_RELATIONS))
    review(client, nomination, "declined")
    [email] = mail.outbox
    assert "/es/my/" in email.body


def test_moving_under_review_and_saving_notes_send_no_email(client):
    nomination = NominationFactory()
    client.force_login(staff(ALUMNI_RELATIONS))
    review(client, nomination, "under_review")
    review(client, nomination, "under_review", "More notes.")
    assert mail.outbox == []


# --- My Hub -----------------------------------------------------------------------------------


def test_my_hub_lists_my_nominations_and_no_one_elses_and_never_staff_notes(
    member_client, member, index
):
    NominationFactory(
        nominator=member,
        employer_name="Lakeshore Community Health",
        status="invited",
        staff_notes="Secret staff note",
    )
    NominationFactory(employer_name="Someone Else's Choice", staff_notes="Other note")
    html = member_client.get(reverse("members:dashboard")).content.decode()
    assert "Your employer nominations" in html
    assert "Lakeshore Community Health" in html
    assert "Invited to apply" in html
    assert "Someone Else" not in html
    assert "Secret staff note" not in html and "Other note" not in html
    assert f'href="{URL}"' in html
    assert "Nominate another employer" in html


def test_my_hub_invites_a_first_nomination(member_client, index):
    html = member_client.get(reverse("members:dashboard")).content.decode()
    assert "Nominate an employer" in html
    assert f'href="{URL}"' in html


def test_my_hub_links_to_the_form_in_the_active_language(member_client, spanish_index):
    html = member_client.get("/es/my/").content.decode()
    assert f'href="{spanish_index.url}nominate/"' in html
    assert f'href="{URL}"' not in html


def test_my_hub_without_an_employers_page_shows_no_link(member_client, member):
    NominationFactory(nominator=member, employer_name="Lakeshore Community Health")
    html = member_client.get(reverse("members:dashboard")).content.decode()
    assert "Lakeshore Community Health" in html
    assert "nominate/" not in html


@pytest.mark.parametrize("count", [1, 40])
def test_my_hub_queries_do_not_grow_with_nominations(
    member_client, member, index, django_assert_max_num_queries, count
):
    NominationFactory.create_batch(count, nominator=member)
    member_client.get(reverse("members:dashboard"))
    # The same bound for 1 and 40 nominations; the panel's share is two queries (the
    # member's nominations and the Employers of Choice page for the link).
    # +1: My Hub's upcoming-events panel (the member's registrations; none here).
    # +1: the "Did NMF support you?" panel (record, claims and the claim page in one query).
    with django_assert_max_num_queries(30):
        response = member_client.get(reverse("members:dashboard"))
    assert response.content.decode().count('class="nomination"') == count


# --- Your data ------------------------------------------------------------------------------


def test_the_export_holds_my_nominations_without_staff_notes(member_client, member):
    NominationFactory(
        nominator=member,
        employer_name="Lakeshore Community Health",
        evidence_links="https://a.example.org/\nhttps://b.example.org/",
        staff_notes="Secret staff note",
        reviewed_by=staff(ALUMNI_RELATIONS),
    )
    NominationFactory(employer_name="Someone Else's Choice")
    response = member_client.get(reverse("members:export_data"))
    data = json.loads(response.content)
    [nomination] = data["employer_nominations"]
    assert nomination["employer_name"] == "Lakeshore Community Health"
    assert nomination["evidence_links"] == ["https://a.example.org/", "https://b.example.org/"]
    assert nomination["status"] == "new"
    text = response.content.decode()
    assert "Secret staff note" not in text
    assert "Someone Else" not in text


def test_erasing_a_member_blanks_their_words_and_keeps_the_nomination_anonymous(member):
    nomination = NominationFactory(
        nominator=member,
        employer_name="Lakeshore Community Health",
        city="Chicago",
        evidence_links="https://a.example.org/",
        staff_notes="Worth inviting.",
    )
    other = NominationFactory()
    erase_member(member)
    nomination.refresh_from_db()
    assert (nomination.reason, nomination.evidence_links, nomination.city) == ("", "", "")
    assert nomination.employer_name == "Lakeshore Community Health"
    assert nomination.staff_notes == "Worth inviting."
    assert not nomination.nominator.is_active
    other.refresh_from_db()
    assert other.reason and other.city


def test_staff_can_still_decide_an_erased_members_nomination_and_no_email_goes(client, member):
    nomination = NominationFactory(nominator=member, status="under_review")
    erase_member(member)
    client.force_login(staff(ALUMNI_RELATIONS))
    inspect = client.get(reverse("employer_nominations:inspect", args=[nomination.pk]))
    assert "A former member (account deleted)" in inspect.content.decode()
    assert review(client, nomination, "invited").status_code == 302
    nomination.refresh_from_db()
    assert nomination.status == "invited"
    assert mail.outbox == []
