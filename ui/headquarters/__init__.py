"""The window on a headquarters database (casefiles.hq): every mission's incidents, read-only."""
