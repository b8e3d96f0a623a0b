from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EmployersConfig(AppConfig):
    name = "employers"
    verbose_name = _("Employers of Choice")

    def ready(self):
        from employers import data  # noqa: F401  (export and erasure)
