from mentorship.models.councils import (
    CouncilIndexPage,
    CouncilMembership,
    CouncilMessage,
    CouncilPage,
    CouncilRole,
)
from mentorship.models.mentors import (
    MeetingFormat,
    MentoringArea,
    MentorProfile,
    Mentorship,
    TimeCommitment,
)
from mentorship.models.pages import MentorDirectoryPage, SpecialtyIndexPage
from mentorship.models.protocol import (
    ProtocolAcknowledgement,
    VolunteerProtocolPage,
    current_protocol_version,
)
from mentorship.models.specialties import Specialty

__all__ = [
    "CouncilIndexPage",
    "CouncilMembership",
    "CouncilMessage",
    "CouncilPage",
    "CouncilRole",
    "MeetingFormat",
    "MentorDirectoryPage",
    "MentorProfile",
    "MentoringArea",
    "Mentorship",
    "ProtocolAcknowledgement",
    "SpecialtyIndexPage",
    "Specialty",
    "TimeCommitment",
    "VolunteerProtocolPage",
    "current_protocol_version",
]
