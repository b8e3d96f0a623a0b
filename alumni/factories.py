import factory
import wagtail_factories

from alumni.models import (
    AlumniAward,
    AlumniContact,
    AlumniRecord,
    Claim,
    ClaimPage,
    ClaimStatus,
    ContactKind,
    ImportBatch,
)


class AlumniRecordFactory(factory.django.DjangoModelFactory):
    first_name = factory.Sequence(lambda n: f"Adaeze{n}")
    last_name = "Okafor"
    school = "Howard University College of Medicine"
    degree = "MD"
    graduation_year = 2012
    state = "MD"

    class Meta:
        model = AlumniRecord


class AlumniAwardFactory(factory.django.DjangoModelFactory):
    record = factory.SubFactory(AlumniRecordFactory)
    program = "NMF Need-Based Scholarship"
    year = 2009

    class Meta:
        model = AlumniAward


class AlumniContactFactory(factory.django.DjangoModelFactory):
    record = factory.SubFactory(AlumniRecordFactory)
    kind = ContactKind.EMAIL
    value = factory.Sequence(lambda n: f"alum{n}@example.org")
    source = "NMF grants database"
    confidence = 90

    class Meta:
        model = AlumniContact


class ImportBatchFactory(factory.django.DjangoModelFactory):
    source = "Enrichment file, October 2026"
    file_name = "enrichment-2026-10.csv"

    class Meta:
        model = ImportBatch


class ClaimFactory(factory.django.DjangoModelFactory):
    first_name = "Adaeze"
    last_name = "Okafor"
    school = "Howard University College of Medicine"
    graduation_year = 2012
    email = factory.Sequence(lambda n: f"claimant{n}@example.org")
    status = ClaimStatus.PENDING

    class Meta:
        model = Claim


class ClaimPageFactory(wagtail_factories.PageFactory):
    title = "Did NMF support me?"
    slug = "did-nmf-support-me"
    introduction = "Many NMF scholars never knew NMF supported them. Ask, privately and safely."
    what_happens_next = (
        "<ol><li>Confirm your email address.</li><li>NMF staff review your request.</li>"
        "<li>We email you the answer.</li></ol>"
    )
    how_we_use_information = (
        "<p>Only NMF’s alumni relations staff see your details, and only to answer you.</p>"
    )

    class Meta:
        model = ClaimPage
