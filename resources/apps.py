from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    name = "resources"
    verbose_name = _("Resources and events")

    def ready(self):
        from resources import data  # noqa: F401  (export and erasure of registrations)
