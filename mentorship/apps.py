from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MentorshipConfig(AppConfig):
    name = "mentorship"
    verbose_name = _("Mentorship")

    def ready(self):
        from mentorship import data, signals  # noqa: F401  (export, erasure and search index)
