from mentorship.models.councils import (
    CouncilIndexPage,
    CouncilMembership,
    CouncilMessage,
    CouncilPage,
    CouncilRole,
)
from mentorship.models.matching import Identity, MatchingProfile
from mentorship.models.mentors import (
    MeetingFormat,
    MentoringArea,
    MentorProfile,
    TimeCommitment,
)
from mentorship.models.mentorships import (
    CheckIn,
    ContactMethod,
    EndReason,
    GoalsMet,
    MeetingRhythm,
    Mentorship,
    MentorshipFeedback,
)
from mentorship.models.pages import MentorDirectoryPage, SpecialtyIndexPage
from mentorship.models.protocol import (
    ProtocolAcknowledgement,
    VolunteerProtocolPage,
    current_protocol_version,
)
from mentorship.models.requests import (
    DeclineReason,
    MentorshipRequest,
    MentorshipSettings,
    RequestStatus,
)
from mentorship.models.specialties import Specialty

__all__ = [
    "CheckIn",
    "ContactMethod",
    "EndReason",
    "GoalsMet",
    "MeetingRhythm",
    "MentorshipFeedback",
    "CouncilIndexPage",
    "CouncilMembership",
    "CouncilMessage",
    "CouncilPage",
    "CouncilRole",
    "DeclineReason",
    "Identity",
    "MatchingProfile",
    "MentorshipRequest",
    "MentorshipSettings",
    "RequestStatus",
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
