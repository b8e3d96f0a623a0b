"""Fill the database with members and mentors at NMF's real scale, then time the main pages.

``make bench`` runs it against its own database (``var/bench.sqlite3``) after loading the demo
content; set DATABASE_URL to measure PostgreSQL instead. Data is seeded (``--seed``), so two
runs build the same network; a second run reuses what the first one wrote.
"""

import io
import random
import statistics
import time

from django.conf import settings
from django.core.management import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext

from learning.models import CoursePage, ModulePage
from members.models import MemberProfile, User
from members.scale import create_members
from mentorship.models import MentorProfile, current_protocol_version

SCALE_DOMAIN = "@scale.hub.example.org"


class Command(BaseCommand):
    help = "Build members and mentors at real scale (seeded) and print how fast pages are."

    def add_arguments(self, parser):
        parser.add_argument("--members", type=int, default=15_000, help="members with contacts")
        parser.add_argument("--mentors", type=int, default=2_000, help="of whom, mentors")
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--repeat", type=int, default=15, help="timed requests per page")
        parser.add_argument(
            "--alumni", type=int, default=32_000, help="generated registry rows to import"
        )

    def handle(self, *args, members, mentors, seed, repeat, alumni, **options):
        if settings.HUB_ENVIRONMENT == "production":
            raise CommandError("The benchmark writes test data; never run it in production.")
        if mentors > members:
            raise CommandError("--mentors cannot exceed --members.")
        self.fill(members, mentors, random.Random(seed))  # noqa: S311  (test data, not secrets)
        self.measure(repeat)
        if alumni:
            self.measure_import(alumni, seed)

    def fill(self, members, mentors, rng):
        existing = User.objects.filter(email__endswith=SCALE_DOMAIN).count()
        if existing >= members:
            self.stdout.write(f"Reusing {existing} scale members already in the database.")
            return
        version = current_protocol_version()
        if version is None:
            raise CommandError("Publish a volunteer protocol first (run load_demo_content).")
        from mentorship.scale import create_mentors

        started = time.perf_counter()
        with transaction.atomic():
            profiles = create_members(members - existing, rng)
            create_mentors(profiles[: max(mentors - self.scale_mentors(), 0)], rng, version)
        self.stdout.write(
            f"Wrote {len(profiles)} members and their mentors in "
            f"{time.perf_counter() - started:.1f} s."
        )

    def scale_mentors(self):
        return MentorProfile.objects.filter(member__user__email__endswith=SCALE_DOMAIN).count()

    def pages(self):
        """(label, address, signed in) for each page type that exists in this database."""
        pages = [
            ("Home", "/en/", False),
            ("Learning library, filtered", "/en/learn/?stage=resident&q=loans", False),
            ("Mentor directory, visitor", "/en/mentors/", False),
            (
                "Mentor directory, 3 filters + search",
                "/en/mentors/?region=south&area=career&accepting=1&q=family",
                True,
            ),
            ("Specialties", "/en/specialties/", False),
            ("Specialty page, member", "/en/specialties/family-medicine/", True),
            ("Volunteer protocol", "/en/volunteer/", True),
            ("Council", "/en/councils/national-alumni-council/", False),
            ("My Hub", "/en/my/", True),
        ]
        course = CoursePage.objects.live().filter(locale__language_code="en").first()
        if course is not None:
            pages.append(("Course", course.url, True))
            module = ModulePage.objects.live().child_of(course).first()
            if module is not None:
                pages.append(("Module", module.url, True))
        mentor = MentorProfile.objects.filter(paused=False).select_related("member").last()
        if mentor is not None:
            pages.append(("Mentor profile", f"/en/mentors/{mentor.member.public_id}/", True))
        return pages

    def measure(self, repeat):
        visitor = Client(HTTP_HOST=settings.ALLOWED_HOSTS[0])
        member = Client(HTTP_HOST=settings.ALLOWED_HOSTS[0])
        signed_in = (
            MemberProfile.objects.filter(user__emailaddress__verified=True, user__is_active=True)
            .exclude(user__email__endswith=SCALE_DOMAIN)
            .select_related("user")
            .first()
        )
        if signed_in is not None:
            member.force_login(signed_in.user)
        counts = (
            User.objects.count(),
            MentorProfile.objects.count(),
            CoursePage.objects.live().count(),
        )
        self.stdout.write(
            f"\n{counts[0]} accounts, {counts[1]} mentors, {counts[2]} course pages; "
            f"{repeat} requests per page on {connection.vendor}.\n"
        )
        header = f"{'page':<40} {'status':>6} {'queries':>8} {'median ms':>10} {'p95 ms':>8}"
        self.stdout.write(header)
        self.stdout.write("-" * len(header))
        for label, url, needs_member in self.pages():
            client = member if needs_member and signed_in else visitor
            response = client.get(url)  # warm caches and templates
            queries = []

            def count(execute, sql, params, many, context, queries=queries):
                queries.append(sql)
                return execute(sql, params, many, context)

            with connection.execute_wrapper(count):
                client.get(url)
            timings = []
            for _ in range(repeat):
                started = time.perf_counter()
                client.get(url)
                timings.append((time.perf_counter() - started) * 1000)
            timings.sort()
            p95 = timings[min(len(timings) - 1, int(len(timings) * 0.95))]
            self.stdout.write(
                f"{label:<40} {response.status_code:>6} {len(queries):>8} "
                f"{statistics.median(timings):>10.1f} {p95:>8.1f}"
            )

    def measure_import(self, rows, seed):
        """Import ``rows`` generated registry rows (preview, apply), time each step, count the
        queries of matching one claim against the grown registry, then roll the import back."""
        from alumni.imports import (
            apply_batch,
            generate_rows,
            new_batch,
            preview_batch,
            read_table,
            rollback_batch,
            rows_as_csv,
        )
        from alumni.matching import Person, candidates_for

        data = rows_as_csv(generate_rows(rows, seed)).encode()
        timings = []
        started = time.perf_counter()
        table = read_table(io.BytesIO(data), "bench.csv")
        batch = new_batch(table, "Benchmark (generated)", "bench.csv")
        timings.append(("read the file", time.perf_counter() - started))
        for label, step in [
            ("preview (dry run)", lambda: preview_batch(batch)),
            ("apply", lambda: apply_batch(batch)),
        ]:
            started = time.perf_counter()
            step()
            timings.append((label, time.perf_counter() - started))
        with CaptureQueriesContext(connection) as queries:
            candidates_for(Person.of("Adaeze", "Okafor", "Howard University", 2012))
        started = time.perf_counter()
        rollback_batch(batch)
        timings.append(("roll back", time.perf_counter() - started))
        batch.refresh_from_db()
        self.stdout.write(
            f"\nAlumni import of {rows} generated rows on {connection.vendor}: "
            f"{batch.created_count} created, {batch.updated_count} updated, "
            f"{batch.flagged_count} flagged, {batch.error_count} with errors."
        )
        for label, seconds in timings:
            self.stdout.write(f"  {label:<20} {seconds:8.1f} s")
        self.stdout.write(f"  matching one claim: {len(queries)} queries")
