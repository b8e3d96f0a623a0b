from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, SECRET_KEY

HUB_ENVIRONMENT = "development"

DEBUG = True
# A fixed key is fine on a developer's machine; production refuses to start without its own.
SECRET_KEY = SECRET_KEY or "dev-only-not-secret-the-hub"  # noqa: S105
ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost"]
