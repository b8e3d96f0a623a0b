"""The Hub's shared vocabulary: career stages, professions, US states and regions.

Profiles, the mentor directory, matching, courses and reports all speak these words, so they
are defined once, here. ``region_for_state`` is the one place a state becomes a region.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Stage(models.TextChoices):
    PRE_HEALTH = "pre_health", _("Pre-health student")
    HEALTH_PROFESSIONS_STUDENT = "student", _("Health-professions student")
    RESIDENT = "resident", _("Resident or fellow")
    EARLY_CAREER = "early_career", _("Early-career (under 10 years)")
    MID_LATE_CAREER = "mid_late_career", _("Mid- or late-career")


class Profession(models.TextChoices):
    MEDICINE = "medicine", _("Medicine (MD/DO)")
    DENTISTRY = "dentistry", _("Dentistry")
    NURSING = "nursing", _("Nursing")
    PHYSICIAN_ASSISTANT = "pa", _("Physician assistant")
    PHARMACY = "pharmacy", _("Pharmacy")
    PUBLIC_HEALTH = "public_health", _("Public health")
    OTHER = "other", _("Other health profession")


class Region(models.TextChoices):
    NORTHEAST = "northeast", _("Northeast")
    MIDWEST = "midwest", _("Midwest")
    SOUTH = "south", _("South")
    WEST = "west", _("West")
    TERRITORIES = "territories", _("US territories")
    INTERNATIONAL = "international", _("Outside the United States")


class State(models.TextChoices):
    AL = "AL", "Alabama"
    AK = "AK", "Alaska"
    AZ = "AZ", "Arizona"
    AR = "AR", "Arkansas"
    CA = "CA", "California"
    CO = "CO", "Colorado"
    CT = "CT", "Connecticut"
    DE = "DE", "Delaware"
    DC = "DC", "District of Columbia"
    FL = "FL", "Florida"
    GA = "GA", "Georgia"
    HI = "HI", "Hawaii"
    ID = "ID", "Idaho"
    IL = "IL", "Illinois"
    IN = "IN", "Indiana"
    IA = "IA", "Iowa"
    KS = "KS", "Kansas"
    KY = "KY", "Kentucky"
    LA = "LA", "Louisiana"
    ME = "ME", "Maine"
    MD = "MD", "Maryland"
    MA = "MA", "Massachusetts"
    MI = "MI", "Michigan"
    MN = "MN", "Minnesota"
    MS = "MS", "Mississippi"
    MO = "MO", "Missouri"
    MT = "MT", "Montana"
    NE = "NE", "Nebraska"
    NV = "NV", "Nevada"
    NH = "NH", "New Hampshire"
    NJ = "NJ", "New Jersey"
    NM = "NM", "New Mexico"
    NY = "NY", "New York"
    NC = "NC", "North Carolina"
    ND = "ND", "North Dakota"
    OH = "OH", "Ohio"
    OK = "OK", "Oklahoma"
    OR = "OR", "Oregon"
    PA = "PA", "Pennsylvania"
    RI = "RI", "Rhode Island"
    SC = "SC", "South Carolina"
    SD = "SD", "South Dakota"
    TN = "TN", "Tennessee"
    TX = "TX", "Texas"
    UT = "UT", "Utah"
    VT = "VT", "Vermont"
    VA = "VA", "Virginia"
    WA = "WA", "Washington"
    WV = "WV", "West Virginia"
    WI = "WI", "Wisconsin"
    WY = "WY", "Wyoming"
    AS = "AS", "American Samoa"
    GU = "GU", "Guam"
    MP = "MP", "Northern Mariana Islands"
    PR = "PR", "Puerto Rico"
    VI = "VI", "US Virgin Islands"
    INTERNATIONAL = "XX", _("Outside the United States")


# The US Census Bureau's four regions, plus territories and everywhere else.
_REGION_STATES = {
    Region.NORTHEAST: "CT ME MA NH RI VT NJ NY PA",
    Region.MIDWEST: "IL IN MI OH WI IA KS MN MO NE ND SD",
    Region.SOUTH: "DE DC FL GA MD NC SC VA WV AL KY MS TN AR LA OK TX",
    Region.WEST: "AZ CO ID MT NV NM UT WY AK CA HI OR WA",
    Region.TERRITORIES: "AS GU MP PR VI",
    Region.INTERNATIONAL: "XX",
}
STATE_REGIONS = {
    state: region for region, states in _REGION_STATES.items() for state in states.split()
}


def region_for_state(state):
    """The region a US state (two-letter code) belongs to, or None when the state is unknown."""
    return STATE_REGIONS.get(state)


def states_in_region(region):
    return [state for state, its_region in STATE_REGIONS.items() if its_region == region]
