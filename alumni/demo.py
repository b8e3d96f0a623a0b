"""A fictional alumni registry for the demo: a few hundred people NMF supported, as if imported
from its grants database, with contact details of varying quality; and claims in every state.

Names are invented from common given names and surnames; schools are real US schools. Nobody
here is a real person. Called by ``load_demo_content`` after the demo members exist.
"""

import datetime
import random

from django.db import transaction
from django.utils import timezone

from alumni.matching import Person, candidates_for
from alumni.models import (
    AlumniAward,
    AlumniContact,
    AlumniNameKey,
    AlumniRecord,
    BatchStatus,
    ChangeAction,
    Claim,
    ClaimCandidate,
    ClaimStatus,
    ContactKind,
    ContactStatus,
    ImportBatch,
    RecordChange,
)
from alumni.names import last_name_keys, name_key, split_other_names
from members.models import User

RECORDS = 360
SEED = 1946  # the year NMF was founded
SOURCE = "NMF grants database (demo)"
ENRICHMENT = "Enrichment file, October 2026 (demo)"

FIRST_NAMES = [
    "Aaliyah",
    "Abena",
    "Adaeze",
    "Adriana",
    "Aiyana",
    "Alejandro",
    "Amani",
    "Ana",
    "Andre",
    "Angela",
    "Aponi",
    "Ayesha",
    "Bao",
    "Camila",
    "Carlos",
    "Chenoa",
    "Chidi",
    "Chinonso",
    "Darius",
    "Dakota",
    "Daniela",
    "Deshawn",
    "Diana",
    "Efua",
    "Elena",
    "Emeka",
    "Esperanza",
    "Fatima",
    "Folasade",
    "Gabriel",
    "Grace",
    "Hana",
    "Hector",
    "Ifeoma",
    "Imani",
    "Isabel",
    "Jalen",
    "Jamal",
    "Javier",
    "Jazmin",
    "Joaquin",
    "Kai",
    "Kalani",
    "Kayla",
    "Keanu",
    "Kofi",
    "Lakshmi",
    "Leilani",
    "Lucia",
    "Luis",
    "Malia",
    "Marcus",
    "Maria",
    "Mateo",
    "Maya",
    "Miguel",
    "Nadia",
    "Naomi",
    "Nia",
    "Nkechi",
    "Noa",
    "Olumide",
    "Paloma",
    "Rafael",
    "Renee",
    "Rosa",
    "Samira",
    "Santiago",
    "Simone",
    "Sofia",
    "Tamika",
    "Tariq",
    "Tendai",
    "Terrence",
    "Tiana",
    "Tomas",
    "Valentina",
    "Wanda",
    "Xavier",
    "Yaa",
    "Yesenia",
    "Zainab",
    "Zuri",
]
LAST_NAMES = [
    "Abernathy",
    "Acosta",
    "Adeyemi",
    "Agbaje",
    "Alvarez",
    "Asante",
    "Baptiste",
    "Begay",
    "Benally",
    "Boateng",
    "Calderon",
    "Castillo",
    "Chavis",
    "Coleman",
    "Cruz",
    "Delgado",
    "Diallo",
    "Dominguez",
    "Douglas",
    "Echohawk",
    "Eze",
    "Fofanah",
    "Garcia",
    "Gonzalez-Rivera",
    "Guerrero",
    "Hernandez",
    "Holloway",
    "Ibarra",
    "Jackson",
    "Jimenez",
    "Kamakau",
    "Kealoha",
    "Kingfisher",
    "Lopez",
    "Mahoe",
    "Mbeki",
    "Mendoza",
    "Mensah",
    "Morales",
    "Nakai",
    "Navarro",
    "Ndiaye",
    "Nwosu",
    "Obi",
    "Ogunleye",
    "Okafor",
    "Okonkwo",
    "Ortiz",
    "Osei",
    "Owusu",
    "Perez",
    "Pierre",
    "Quintero",
    "Ramos",
    "Reyes",
    "Rivera",
    "Robinson",
    "Rodriguez",
    "Salazar",
    "Sandoval",
    "Silverhorn",
    "Tafoya",
    "Tsosie",
    "Vasquez",
    "Washington",
    "Whitehorse",
    "Williams",
    "Yazzie",
    "Zamora",
]
SCHOOLS = [
    ("Howard University College of Medicine", "MD", "DC"),
    ("Meharry Medical College", "MD", "TN"),
    ("Morehouse School of Medicine", "MD", "GA"),
    ("Charles R. Drew University of Medicine and Science", "MD", "CA"),
    ("University of New Mexico School of Medicine", "MD", "NM"),
    ("Ponce Health Sciences University", "MD", "PR"),
    ("Universidad Central del Caribe School of Medicine", "MD", "PR"),
    ("University of California, San Francisco School of Medicine", "MD", "CA"),
    ("University of Michigan Medical School", "MD", "MI"),
    ("Baylor College of Medicine", "MD", "TX"),
    ("University of Washington School of Medicine", "MD", "WA"),
    ("Howard University College of Dentistry", "DDS", "DC"),
    ("Meharry Medical College School of Dentistry", "DDS", "TN"),
    ("Xavier University of Louisiana College of Pharmacy", "PharmD", "LA"),
    ("Florida A&M University College of Pharmacy", "PharmD", "FL"),
    ("Texas Southern University College of Pharmacy and Health Sciences", "PharmD", "TX"),
    ("Johns Hopkins School of Nursing", "MSN", "MD"),
    ("Emory University Nell Hodgson Woodruff School of Nursing", "BSN", "GA"),
    ("Morehouse School of Medicine Physician Assistant Program", "MPAS", "GA"),
    ("Columbia University Mailman School of Public Health", "MPH", "NY"),
]
STATES = [
    "CA",
    "TX",
    "NY",
    "GA",
    "MD",
    "DC",
    "IL",
    "FL",
    "NC",
    "NM",
    "AZ",
    "WA",
    "MI",
    "LA",
    "TN",
    "PA",
    "OH",
    "NJ",
    "VA",
    "MA",
    "PR",
    "HI",
    "OK",
    "MN",
    "CO",
]
AWARDS = [
    "NMF Need-Based Scholarship",
    "NMF Primary Care Leadership Scholarship",
    "NMF Emergency Scholarship Fund",
    "NMF Community Health Fellowship",
]

# The two demo members whose claims staff have worked on.
AMARA = "amara.mensah@hub.example.org"
DIEGO = "diego.ramirez@hub.example.org"


def _record(rng, number):
    school, degree, school_state = rng.choice(SCHOOLS)
    year = rng.randint(1972, 2025)
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    other_names = ""
    if rng.random() < 0.12:
        other_names = f"{first} {rng.choice(LAST_NAMES)}"
    state = school_state if rng.random() < 0.4 else rng.choice(STATES)
    return AlumniRecord(
        external_id=f"NMF-{1000 + number:05d}",
        first_name=first,
        last_name=last,
        other_names=other_names,
        school=school,
        degree=degree,
        graduation_year=year,
        state=state,
        contact_status=ContactStatus.DO_NOT_CONTACT if rng.random() < 0.03 else ContactStatus.OK,
    )


def _bulk_create(records):
    """Save ``records`` in bulk, with the matching keys ``save()`` would have set (their last
    names' keys are written by the caller, also in bulk)."""
    for record in records:
        record.refresh_keys()
    return AlumniRecord.objects.bulk_create(records)


def _contacts(rng, record, batch, today):
    contacts = []
    slug = f"{name_key(record.first_name)}.{name_key(record.last_name)}"
    if rng.random() < 0.48:
        bounced = rng.random() < 0.1
        contacts.append(
            AlumniContact(
                record=record,
                kind=ContactKind.EMAIL,
                value=f"{slug}{record.pk % 97}@example.org",
                source=rng.choice([SOURCE, ENRICHMENT]),
                observed_on=today - datetime.timedelta(days=rng.randint(20, 2000)),
                confidence=rng.choice([60, 75, 90]),
                status=ContactStatus.BOUNCED if bounced else ContactStatus.OK,
                batch=batch,
            )
        )
    if rng.random() < 0.25:
        contacts.append(
            AlumniContact(
                record=record,
                kind=ContactKind.PHONE,
                value=f"(555) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
                source=ENRICHMENT,
                observed_on=today - datetime.timedelta(days=rng.randint(20, 400)),
                confidence=rng.choice([50, 70]),
                batch=batch,
            )
        )
    return contacts


@transaction.atomic
def create_demo_registry():
    """Create the demo registry if there is none; return how many records were created."""
    if AlumniRecord.objects.exists():
        return 0
    rng = random.Random(SEED)  # noqa: S311 (demo data, not secrets)
    now = timezone.now()
    today = timezone.localdate()
    admin = User.objects.filter(is_superuser=True).order_by("pk").first()
    batch = ImportBatch.objects.create(
        source=SOURCE,
        file_name="nmf-grants-export.csv",
        status=BatchStatus.APPLIED,
        uploaded_by=admin,
        applied_at=now - datetime.timedelta(days=45),
    )
    records = _bulk_create([_record(rng, number) for number in range(RECORDS)])
    # The demo members who are NMF scholars have a record too.
    records.extend(_member_records(now))
    AlumniNameKey.objects.bulk_create(
        AlumniNameKey(record=record, key=key)
        for record in records
        for key in last_name_keys(record.last_name, split_other_names(record.other_names))
    )
    AlumniAward.objects.bulk_create(
        AlumniAward(
            record=record,
            program=rng.choice(AWARDS),
            year=max(1970, (record.graduation_year or 2000) - rng.randint(1, 3)),
        )
        for record in records
    )
    AlumniContact.objects.bulk_create(
        contact for record in records for contact in _contacts(rng, record, batch, today)
    )
    RecordChange.objects.bulk_create(
        RecordChange(
            record=record,
            record_label=str(record),
            action=ChangeAction.CREATED,
            changed_by=admin,
            batch=batch,
            at=batch.applied_at,
        )
        for record in records
    )
    ImportBatch.objects.filter(pk=batch.pk).update(
        row_count=len(records), created_count=len(records)
    )
    _flag_a_possible_duplicate(records[0])
    return len(records)


# People whose claims staff are looking at, as the grants database wrote them: without the
# accent, under a name before marriage, a year off.
CLAIMED_RECORDS = [
    ("Diego", "Ramirez", "", "Texas Southern Univ. College of Pharmacy", "PharmD", 2019, "TX"),
    ("Ifeoma", "Eze", "", "Meharry Medical College", "MD", 1998, "TN"),
    ("Santiago", "Reyes", "", "Ponce Health Sciences University", "MD", 2012, "PR"),
]


def _member_records(now):
    """Records for the demo members NMF supported, as the grants database has them. Those who
    joined through an invitation are linked and verified already; Amara's is linked when her
    claim is approved (see ``create_demo_claims``)."""
    scholars = (
        User.objects.filter(profile__nmf_relationship="scholar")
        .exclude(profile__school="")
        .select_related("profile")
        .order_by("pk")
    )
    records = [
        AlumniRecord(
            external_id=f"NMF-M{number:04d}",
            first_name=user.first_name,
            last_name=user.last_name,
            school=user.profile.school,
            graduation_year=user.profile.graduation_year,
            state=user.profile.state,
            member=None if user.email == AMARA else user,
            verified_at=None if user.email == AMARA else now - datetime.timedelta(days=90),
        )
        for number, user in enumerate(scholars)
    ]
    records.extend(
        AlumniRecord(
            first_name=first,
            last_name=last,
            other_names=others,
            school=school,
            degree=degree,
            graduation_year=year,
            state=state,
        )
        for first, last, others, school, degree, year, state in CLAIMED_RECORDS
    )
    return _bulk_create(records)


def _flag_a_possible_duplicate(record):
    """A later row that may be the same person: kept apart and flagged for staff."""
    twin = AlumniRecord(
        first_name=record.first_name[:3],
        last_name=record.last_name,
        school=record.school,
        graduation_year=(record.graduation_year or 2000) + 1,
        state=record.state,
        needs_review=True,
        possible_match=record,
    )
    twin.save()
    RecordChange.objects.create(
        record=twin,
        record_label=str(twin),
        action=ChangeAction.CREATED,
        changes={"possible_match": [None, record.pk]},
    )


# --- Claims ------------------------------------------------------------------------------------

CLAIMS = [
    # (first, last, other names, school, year, email, status, days ago, staff message)
    (
        "Amara",
        "Mensah",
        "",
        "Howard University College of Medicine",
        2024,
        AMARA,
        ClaimStatus.APPROVED,
        60,
        "Your 2021 NMF scholarship is in our records. Welcome to the network!",
    ),
    (
        "Diego",
        "Ramírez",
        "",
        "Texas Southern University College of Pharmacy and Health Sciences",
        2019,
        DIEGO,
        ClaimStatus.PENDING,
        3,
        "",
    ),
    (
        "Ifeoma",
        "Okafor",
        "Ifeoma Eze",
        "Meharry Medical College",
        1998,
        "i.okafor@example.net",
        ClaimStatus.PENDING,
        6,
        "",
    ),
    (
        "Santiago",
        "Reyes",
        "",
        "Ponce Health Sciences University",
        2011,
        "sreyes@example.net",
        ClaimStatus.PENDING,
        9,
        "",
    ),
    (
        "Kalani",
        "Mahoe",
        "",
        "University of Washington School of Medicine",
        2005,
        "kalani.mahoe@example.net",
        ClaimStatus.MORE_INFO,
        14,
        "Thank you for writing. Could you tell us the year NMF supported you, or the name of "
        "the scholarship? That will help us find your record.",
    ),
    (
        "Marcus",
        "Douglas",
        "",
        "Morehouse School of Medicine",
        2016,
        "mdouglas@example.net",
        ClaimStatus.DECLINED,
        30,
        "We looked carefully and could not find an NMF award in your name. Records before 1990 "
        "and some paid through schools are incomplete, so please write again if you find a "
        "letter or statement that mentions NMF.",
    ),
    (
        "Rosa",
        "Delgado",
        "",
        "Baylor College of Medicine",
        2020,
        "rosa.delgado@example.net",
        ClaimStatus.UNCONFIRMED,
        1,
        "",
    ),
]


@transaction.atomic
def create_demo_claims():
    """Create the demo claims if there are none; return how many were created."""
    if Claim.objects.exists() or not AlumniRecord.objects.exists():
        return 0
    now = timezone.now()
    reviewer = User.objects.filter(is_superuser=True).order_by("pk").first()
    created = 0
    for first, last, others, school, year, email, status, days, message in CLAIMS:
        sent = now - datetime.timedelta(days=days)
        member = User.objects.filter(email=email).first()
        reviewed = status in {ClaimStatus.APPROVED, ClaimStatus.DECLINED, ClaimStatus.MORE_INFO}
        claim = Claim.objects.create(
            first_name=first,
            last_name=last,
            other_names=others,
            school=school,
            graduation_year=year,
            email=email,
            language="en",
            status=status,
            member=member,
            staff_message=message,
            confirmed_at=None if status == ClaimStatus.UNCONFIRMED else sent,
            reviewed_by=reviewer if reviewed else None,
            reviewed_at=sent + datetime.timedelta(days=2) if reviewed else None,
        )
        Claim.objects.filter(pk=claim.pk).update(created_at=sent)
        if status != ClaimStatus.UNCONFIRMED:
            matches = candidates_for(Person.of(first, last, school, year, [others]))
            ClaimCandidate.objects.bulk_create(
                ClaimCandidate(
                    claim=claim, record_id=match.record_id, score=match.score, reasons=match.reasons
                )
                for match in matches
            )
            if status == ClaimStatus.APPROVED and matches and member is not None:
                record = AlumniRecord.objects.get(pk=matches[0].record_id)
                record.member = member
                record.verified_at = claim.reviewed_at
                record.save()
                claim.record = record
                claim.save(update_fields=["record"])
                RecordChange.objects.create(
                    record=record,
                    record_label=str(record),
                    action=ChangeAction.LINKED,
                    changes={"member": [None, member.pk]},
                    changed_by=reviewer,
                    at=claim.reviewed_at,
                )
        created += 1
    return created


# --- Invitations -------------------------------------------------------------------------------


@transaction.atomic
def create_demo_invitations():
    """Two invitation batches sent some weeks ago, their invitations in every state: most sent,
    some opened, a few bounced, one suppressed, and the demo scholars who joined through one.
    Returns how many invitations were created."""
    from alumni.invitations import TOKEN_DAYS, hash_token
    from alumni.models import Invitation, InvitationBatch, InvitationStatus

    if InvitationBatch.objects.exists() or not AlumniRecord.objects.exists():
        return 0
    now = timezone.now()
    admin = User.objects.filter(is_superuser=True).order_by("pk").first()
    emails = (
        AlumniContact.objects.filter(kind=ContactKind.EMAIL, status=ContactStatus.OK)
        .exclude(record__contact_status=ContactStatus.DO_NOT_CONTACT)
        .filter(record__member__isnull=True)
        .select_related("record")
        .order_by("record__graduation_year", "pk")
    )
    joined = AlumniRecord.objects.filter(member__isnull=False).select_related("member")
    batches = [
        ("Graduates of the 1990s, first invitation (demo)", {"decade": "1990"}, 40, emails),
        ("West region, all years (demo)", {"region": "west"}, 20, emails),
    ]
    created = 0
    rng = random.Random(SEED + 1)  # noqa: S311 (demo data, not secrets)
    for index, (name, filters, days, contacts) in enumerate(batches):
        sent = now - datetime.timedelta(days=days)
        batch = InvitationBatch.objects.create(
            name=name, filters={"months": 12, **filters}, created_by=admin
        )
        InvitationBatch.objects.filter(pk=batch.pk).update(created_at=sent, finished_at=sent)
        chosen = [
            contact
            for contact in contacts
            if (
                (contact.record.graduation_decade == 1990)
                if index == 0
                else (contact.record.region == "west")
            )
        ][:30]
        invitations = []
        for contact in chosen:
            roll = rng.random()
            status = (
                InvitationStatus.BOUNCED
                if roll < 0.08
                else InvitationStatus.OPENED
                if roll < 0.35
                else InvitationStatus.SENT
            )
            invitations.append(
                Invitation(
                    batch=batch,
                    record=contact.record,
                    email=contact.value,
                    token_hash=hash_token(f"demo-{batch.pk}-{contact.pk}"),
                    status=status,
                    sent_at=sent,
                    expires_at=sent + datetime.timedelta(days=TOKEN_DAYS),
                    opened_at=sent + datetime.timedelta(days=2)
                    if status == InvitationStatus.OPENED
                    else None,
                    bounced_at=sent + datetime.timedelta(hours=1)
                    if status == InvitationStatus.BOUNCED
                    else None,
                )
            )
        if index == 0:
            for record in joined[:8]:
                invitations.append(
                    Invitation(
                        batch=batch,
                        record=record,
                        email=record.member.email,
                        token_hash=hash_token(f"demo-{batch.pk}-joined-{record.pk}"),
                        status=InvitationStatus.JOINED,
                        sent_at=sent,
                        expires_at=sent + datetime.timedelta(days=TOKEN_DAYS),
                        opened_at=sent + datetime.timedelta(days=1),
                        joined_at=sent + datetime.timedelta(days=1, hours=1),
                        used_at=sent + datetime.timedelta(days=1, hours=1),
                    )
                )
        Invitation.objects.bulk_create(invitations)
        bounced = [i.email for i in invitations if i.status == InvitationStatus.BOUNCED]
        AlumniContact.objects.filter(kind=ContactKind.EMAIL, value__in=bounced).update(
            status=ContactStatus.BOUNCED
        )
        created += len(invitations)
    return created
