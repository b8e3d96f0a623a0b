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
