from resources.models.events import (
    EventFormat,
    EventIndexPage,
    EventPage,
    EventSpeaker,
    EventSpecialty,
    Registration,
    RegistrationStatus,
)
from resources.models.library import (
    ResourceDocument,
    ResourceIndexPage,
    ResourceLink,
    ResourcePage,
    ResourceSpecialty,
    ResourceType,
)

__all__ = [
    "EventFormat",
    "EventIndexPage",
    "EventPage",
    "EventSpeaker",
    "EventSpecialty",
    "Registration",
    "RegistrationStatus",
    "ResourceDocument",
    "ResourceIndexPage",
    "ResourceLink",
    "ResourcePage",
    "ResourceSpecialty",
    "ResourceType",
]
