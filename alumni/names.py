"""How names and schools are compared: the same person written two ways should compare equal.

"José-Luis  Pérez", "jose luis perez" and "PEREZ, Jose Luis" share a key; so do "Howard
University College of Medicine" and "Howard Univ. Coll. of Medicine". Keys are stored on each
record (indexed) so matching a claim or an import row reads a handful of rows, never the
whole registry.
"""

import re
import unicodedata

# Words that say nothing about which school it is.
SCHOOL_NOISE = {
    "of",
    "the",
    "and",
    "at",
    "in",
    "for",
    "de",
    "la",
    "del",
    "school",
    "college",
    "university",
    "medicine",
    "medical",
    "health",
    "sciences",
    "science",
    "center",
}
SCHOOL_ABBREVIATIONS = {
    "univ": "university",
    "u": "university",
    "coll": "college",
    "med": "medicine",
    "sch": "school",
    "st": "saint",
    "hlth": "health",
    "ctr": "center",
    "sci": "sciences",
}
NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "md", "do", "phd", "rn", "dds", "pharmd"}


def fold(text):
    """Lowercase, accents removed, punctuation and hyphens as spaces, spaces collapsed."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = re.sub(r"[^a-z0-9]+", " ", text.lower())
    return " ".join(text.split())


def name_key(name):
    """A person's name (first or last) as compared: folded, suffixes dropped, no spaces, so
    "Mary-Ann" and "Mary Ann" agree."""
    words = [word for word in fold(name).split() if word not in NAME_SUFFIXES]
    return "".join(words)


def school_key(school):
    """A school as compared: folded, abbreviations expanded, generic words dropped."""
    words = [SCHOOL_ABBREVIATIONS.get(word, word) for word in fold(school).split()]
    return " ".join(word for word in words if word not in SCHOOL_NOISE)


def split_other_names(text):
    """Former or other names, one per line or separated by semicolons."""
    return [name.strip() for name in re.split(r"[;\n]", text or "") if name.strip()]


def last_name_keys(last_name, other_names=()):
    """Every last name a person has gone by, as keys: the current one first, then former or
    other names (their last word, or the whole of a one-word name)."""
    keys = [name_key(last_name)]
    for name in other_names:
        words = fold(name).split()
        if words:
            keys.append(name_key(words[-1]))
            keys.append(name_key(name))
    return [key for key in dict.fromkeys(keys) if key]
