import tempfile
from pathlib import Path

from .base import *  # noqa: F403

HUB_ENVIRONMENT = "test"

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
ALUMNI_INVITATION_DELAY = 0  # no pause between invitation emails in tests
DEMO_CREDENTIALS_FILE = Path(tempfile.gettempdir()) / "hub-test-demo-credentials.txt"
# Tests that flush the database put the migrated rows back by saving them again. Saving the
# Spanish LocaleSynchronization row makes wagtail-localize synchronise the page tree before the
# locales are back, so that app's rows are left out; the browser tests' demo snapshot keeps it.
TEST_NON_SERIALIZED_APPS = ["wagtail_localize"]
