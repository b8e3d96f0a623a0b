import re
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from members.factories import MemberFactory
from members.models import User
from mentorship.factories import MentorDirectoryPageFactory, VolunteerProtocolPageFactory
from mentorship.models import MentorProfile

pytestmark = pytest.mark.django_db


@pytest.fixture
def mentorship_pages(home_page):
    MemberFactory()  # the member the benchmark signs in as
    VolunteerProtocolPageFactory(parent=home_page)
    MentorDirectoryPageFactory(parent=home_page)


def run(**options):
    out = StringIO()
    options.setdefault("alumni", 0)
    call_command("bench", stdout=out, repeat=1, **options)
    return out.getvalue()


def row(output, label):
    match = re.search(rf"^{re.escape(label)}\s+(\d+)\s+(\d+)\s+[\d.]+\s+[\d.]+$", output, re.M)
    assert match, f"no row for {label!r} in:\n{output}"
    return int(match.group(1)), int(match.group(2))


def test_bench_fills_a_seeded_network_and_times_each_page(mentorship_pages):
    output = run(members=40, mentors=12, seed=3)
    assert User.objects.filter(email__endswith="@scale.hub.example.org").count() == 40
    assert MentorProfile.objects.listed(1).count() == 12
    assert row(output, "Mentor directory, visitor")[0] == 200
    status, queries = row(output, "Mentor directory, 3 filters + search")
    assert status == 200 and queries > 0, output


def test_bench_reuses_what_an_earlier_run_wrote(mentorship_pages):
    run(members=10, mentors=3)
    output = run(members=10, mentors=3)
    assert "Reusing 10 scale members" in output
    assert User.objects.filter(email__endswith="@scale.hub.example.org").count() == 10


def test_bench_needs_a_protocol_and_sensible_numbers(home_page):
    with pytest.raises(CommandError, match="volunteer protocol"):
        run(members=5, mentors=2)
    with pytest.raises(CommandError, match="cannot exceed"):
        run(members=2, mentors=5)


def test_bench_times_an_alumni_import_and_leaves_the_registry_as_it_was(mentorship_pages):
    from alumni.factories import AlumniRecordFactory
    from alumni.models import AlumniRecord, ImportBatch

    AlumniRecordFactory()
    output = run(members=5, mentors=1, alumni=60)
    created = re.search(r"Alumni import of 60 generated rows on \w+: (\d+) created", output)
    assert created and int(created.group(1)) > 0, output
    for step in ["read the file", "preview (dry run)", "apply", "roll back"]:
        assert re.search(rf"^  {re.escape(step)}\s+[\d.]+ s$", output, re.M), step
    assert re.search(r"matching one claim: [1-3] queries", output), output
    assert AlumniRecord.objects.count() == 1
    assert ImportBatch.objects.get().status == "rolled_back"
