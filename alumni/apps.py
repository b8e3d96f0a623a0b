from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlumniConfig(AppConfig):
    name = "alumni"
    verbose_name = _("Alumni discovery")

    def ready(self):
        # Claims in members' data export and deletion; linking an approved claim's record
        # when its sender confirms the email address.
        from alumni import data, signals  # noqa: F401
