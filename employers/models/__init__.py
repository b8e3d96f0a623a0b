from employers.models.criteria import (
    RecognitionCriterion,
    RecognitionSettings,
    Tier,
    compute_tier,
)
from employers.models.nominations import Nomination, NominationStatus, NominatorConnection
from employers.models.pages import (
    Designation,
    EmployerIndexPage,
    EmployerPage,
    EmployerSpecialty,
    EmployerType,
    default_valid_until,
)

__all__ = [
    "Designation",
    "EmployerIndexPage",
    "EmployerPage",
    "EmployerSpecialty",
    "EmployerType",
    "Nomination",
    "NominationStatus",
    "NominatorConnection",
    "RecognitionCriterion",
    "RecognitionSettings",
    "Tier",
    "compute_tier",
    "default_valid_until",
]
