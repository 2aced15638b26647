"""Claim extraction: plain English news text in, typed candidate claims with exact spans out.

Families, one module each: numbers (quantities and durations), dates, quotes, names (entity
mentions), subjects (cue-matched registry subjects); `pipeline.extract_text` runs them all.
Nothing here knows about rules or the engine.
"""

from __future__ import annotations

from factcheck.extract.candidates import PLACEHOLDERS, Candidate, Dropped, Extraction, SubjectMatch
from factcheck.extract.pipeline import extract_file, extract_text

__all__ = [
    "PLACEHOLDERS",
    "Candidate",
    "Dropped",
    "Extraction",
    "SubjectMatch",
    "extract_file",
    "extract_text",
]
