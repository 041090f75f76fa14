"""README.txt: what is in a bundle and how anyone can check it by hand, in plain English."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from casefiles.bundle.manifest import (
    EVIDENCE_DIR,
    MANIFEST,
    SIGNATURE,
    SUMMARY,
    SUMS,
    TABLES_DIR,
)


def readme(manifest: Mapping[str, Any], bundle_name: str) -> bytes:
    mission = manifest["mission"]
    shown = f'"{bundle_name}"' if " " in bundle_name else bundle_name
    selection = manifest["selection"]
    source = manifest["source"]
    scope = (
        "the whole case file"
        if selection["incidents"] is None
        else "only the incidents " + ", ".join(selection["incidents"])
    )
    live = {
        table: sum(not row["deleted"] for row in manifest[table])
        for table in ("incidents", "damage_items", "evidence", "notes", "correspondence")
    }
    lines = [
        "CASEFILES BUNDLE",
        "",
        f"Mission:     {mission['name']}",
        f"Made:        {manifest['created_at']} (UTC) by {manifest['created_by']}, "
        f"Casefiles {manifest['app_version']}",
        f"From:        the case file {source['file_name']}",
        f"Fingerprint: {source['fingerprint']}",
        "             (the hash of the newest audit entry; a printed summary shows the same)",
        f"Holds:       {scope}: {live['incidents']} incidents, {live['damage_items']} damage "
        f"items, {live['evidence']} photos and files, {live['notes']} notes, "
        f"{live['correspondence']} items of correspondence.",
        "",
    ]
    if selection["strip_location"]:
        lines += [
            "LOCATION AND DEVICE DATA REMOVED",
            "This copy leaves out GPS positions, site coordinates and the make, model and",
            "software of the devices. The files under evidence/ are therefore copies, not the",
            "originals: a JPEG keeps its picture data unchanged but loses its metadata, other",
            "images are re-encoded as PNG. manifest.json still gives the SHA-256 of each",
            "original (field sha256), so each photo can be matched with the case file and the",
            "printed summary, and the hash of the copy in the bundle (field file.sha256).",
            "The printed summary is not included because it shows positions. Casefiles does",
            "not import such a bundle into a case file.",
            "",
        ]
    lines += [
        "WHAT IS INSIDE",
        f"  {MANIFEST:<14} everything, for computers (JSON, UTF-8): the mission, sites,",
        "                 incidents, damage items, notes, correspondence, the photos and files",
        "                 with their SHA-256 and metadata, and the audit log.",
        f"  {EVIDENCE_DIR:<14} the photos and files. Each name begins with the first 16",
        "                 characters of the SHA-256 of the original, then its original name.",
        f"  {TABLES_DIR + '*.csv':<14} the same records as spreadsheets (UTF-8). Deleted records",
        "                 are only in manifest.json.",
    ]
    if manifest["summary_pdf"]:
        lines.append(f"  {SUMMARY:<14} the printed case summary.")
    lines += [
        f"  {SIGNATURE:<14} the signature of the person who exported it over manifest.json,",
        "                 which names every file with its SHA-256.",
        f"  {SUMS:<14} the SHA-256 of every other file in the bundle.",
        "",
        "HOW TO CHECK THIS BUNDLE BY HAND",
        "  1. Unpack the zip into an empty folder.",
        "  2. In that folder, on Linux or macOS, run:",
        "",
        f"         sha256sum -c {SUMS}",
        "",
        '     Every line must end in "OK". (On macOS without sha256sum: shasum -a 256 -c',
        f"     {SUMS}. On Windows, in PowerShell: Get-FileHash -Algorithm SHA256 FILE, and",
        f"     compare the hash with the line for FILE in {SUMS}.)",
        "  3. Compare the fingerprint above, and the hash of each photo, with the printed",
        "     summary that was sent with this bundle.",
        "",
        "WITH CASEFILES",
        "  Check everything, the audit log's hash chain included:",
        "",
        f"      casefiles verify {shown}",
        "",
        "  Accept it only if the mission's own staff signed it, with their public keys",
        "  (casefiles key export), whose fingerprints you compared with them:",
        "",
        f"      casefiles verify {shown} --trust STAFF.pub",
        "",
        "  Bring the bundle into a new case file, or into an existing one (records already",
        "  there are not added twice):",
        "",
        f"      casefiles import-bundle {shown} CASEFILE.casefile",
        "",
    ]
    return "\r\n".join(lines).encode("utf-8")
