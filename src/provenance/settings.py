"""Settings for a trace, grouped by pipeline stage and handed down the pipeline as one object."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["AlignSettings", "CandidateSettings", "DirectionSettings", "LoadSettings", "Settings"]


class _Group(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class LoadSettings(_Group):
    """Limits that protect a run from a runaway document (docs/robustness.md).

    Aligning two documents costs about the product of their lengths: a 200,000-character line
    against its copy takes 1 to 2 s, a 2,500-paragraph document against its copy 2 to 4 s
    (bench/robustness.py, docs/robustness.md). The defaults are eight times the longest news article we know (BBC
    News: 25,450 characters in 147 lines) and keep the worst pair within seconds; beyond them a
    DocumentTooLargeError names the document and the setting to raise.
    """

    max_chars: int = Field(default=200_000, description="longest document accepted, in characters")
    max_blocks: int = Field(default=2_500, description="most paragraphs accepted in one document")
    date_order: Literal["DMY", "MDY"] | None = Field(
        default=None, description="how numeric dates like 04/03/2025 are written: day first (DMY) or month first (MDY)"
    )


class CandidateSettings(_Group):
    """How articles that may share text are found without comparing every pair."""

    shingle_words: int = Field(default=4, ge=1, description="words in one shingle")
    max_document_frequency: int = Field(
        default=50, ge=2, description="shingles found in more articles are treated as boilerplate"
    )
    min_shared: int = Field(default=5, ge=1, description="shared shingles that make a pair a candidate...")
    min_containment: float = Field(
        default=0.05, ge=0.0, le=1.0, description="...when they are also this share of the smaller article's shingles"
    )
    near_duplicate: float = Field(
        default=0.5, ge=0.0, le=1.0,
        description="share of the smaller article's shingles, boilerplate included, that pairs near-duplicates "
                    "found in more articles than max_document_frequency",
    )


class AlignSettings(_Group):
    """Thresholds for pairing paragraphs of two articles."""

    match: float = Field(default=0.6, description="character similarity that pairs two paragraphs")
    contained: float = Field(default=0.5, description="share of a paragraph's word trigrams found in another")
    min_shared_chars: int = Field(
        default=40, description="body characters two articles must share to pair, unless one shares all of its body"
    )


class DirectionSettings(_Group):
    """How evidence is weighed into a direction."""

    decide: float = Field(
        default=0.75, description="probability, from the combined evidence, at which a direction is decided"
    )
    min_extra_chars: int = Field(
        default=80, description="body characters a second source must explain, beyond the first, to be a parent"
    )


class Settings(_Group):
    """Everything that tunes a trace; the defaults are calibrated on the evaluation data (docs/benchmarks.md)."""

    load: LoadSettings = LoadSettings()
    candidates: CandidateSettings = CandidateSettings()
    align: AlignSettings = AlignSettings()
    direction: DirectionSettings = DirectionSettings()
    aliases: dict[str, str] = Field(
        default_factory=dict,
        description='outlet aliases, alias -> outlet name ({"AJ": "Al Jazeera"}), added to the built-in ones',
    )
