"""Send reminders for requests waiting too long and close those past the limit.

Run it regularly (every hour, say, from cron or the platform's scheduler); running it twice in
a row sends nothing twice. The limits are in Settings → Mentorship settings.
"""

from django.core.management import BaseCommand

from mentorship.flow import process_due_requests


class Command(BaseCommand):
    help = "Remind mentors of requests waiting for an answer and expire old ones."

    def handle(self, *args, **options):
        reminded, expired = process_due_requests()
        self.stdout.write(f"Reminded {reminded} mentors; expired {expired} requests.")
