"""What a check found, in words: shared by verify, signatures, bundles and headquarters."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Finding:
    check: str  # "integrity", "schema", "blob", "audit chain", "row", "search index", "signature"
    message: str
