"""The demo case keeps the sources' facts and their vagueness."""

from __future__ import annotations

from pathlib import Path

from casefiles.domain.timespan import zone
from casefiles.domain.vocabulary import Precision, SiteKind
from casefiles.domain.wording import span_words
from casefiles.integrity.verify import verify
from casefiles.photos.evidence_checks import capture_moment
from casefiles.services import correspondence, damage, evidence_reading, incidents, mission, sites
from casefiles.storage.store import CaseFile


def test_demo_case_facts(demo_path: Path) -> None:
    with CaseFile.open(demo_path, read_only=True) as case:
        tz = zone(mission.get(case).timezone)
        assert mission.get(case).name == "Embassy of the Republic of Azerbaijan in Ukraine"
        kinds = sorted(s.kind for s in sites.list_sites(case))
        assert kinds == sorted(
            [
                SiteKind.CHANCERY,
                SiteKind.CONSULAR_SECTION,
                SiteKind.HONORARY_CONSULATE,
                SiteKind.NATIONAL_ASSET,
            ]
        )
        found = incidents.list_incidents(case)
        assert [(r.reference, span_words(r.span, tz)) for r in found] == [
            ("KYIV-2022-001", "2022"),
            ("KYIV-2024-001", "January 2024"),
            ("KYIV-2025-001", "July 2025"),
            ("KYIV-2025-002", "early August 2025"),
            ("KYIV-2025-003", "late August 2025"),
            ("KYIV-2025-004", "night of 13–14 Nov 2025, local time"),
        ]
        assert [r.span.precision for r in found].count(Precision.PART_OF_DAY) == 1
        crater = found[1]
        assert (crater.distance_words, crater.uxo_found, crater.uxo_depth_m) == (
            "about 35 steps",
            True,
            8.0,
        )
        november = found[-1]
        assert (november.staff_killed, november.staff_injured) == (0, 0)
        assert found[0].staff_injured is None  # not reported is not zero
        assert len(damage.list_damage(case, november.uuid)) == 4
        letters = correspondence.list_correspondence(case)
        assert span_words(letters[0].span, tz) == "April 2022"
        assert "Yevdokimov" in letters[1].counterpart
        assert verify(case) == []


def test_demo_photos_are_marked_illustrations_inside_their_incidents(demo_path: Path) -> None:
    with CaseFile.open(demo_path, read_only=True) as case:
        tz = zone(mission.get(case).timezone)
        photos = [
            (i, p)
            for i in incidents.list_incidents(case)
            for p in evidence_reading.list_evidence(case, i.uuid)
        ]
        assert len(photos) >= 8
        assert [p.media_type for _i, p in photos].count("image/heic") == 1
        late = []
        for incident, photo in photos:
            assert photo.caption.startswith("Illustration (generated, not a photograph)")
            assert evidence_reading.derived_image(case, photo.uuid, "thumbnail") is not None
            moment = capture_moment(photo.capture_time, photo.capture_offset_known, tz)
            assert moment is not None
            if incident.span.contains(moment):
                assert photo.warnings == (), photo.original_filename
            else:
                late.append((photo.caption, photo.warnings))
        # One survey photo taken days later shows the warnings at work.
        assert late == [
            (
                "Illustration (generated, not a photograph): "
                "the compound surveyed three days later",
                ("Taken 3 days after the incident (night of 13–14 Nov 2025, local time).",),
            )
        ]


def test_the_demo_note_of_april_2022_has_a_scan_marked_as_an_illustration(
    demo_path: Path,
) -> None:
    with CaseFile.open(demo_path, read_only=True) as case:
        tz = zone(mission.get(case).timezone)
        (note,) = [c for c in correspondence.list_correspondence(case) if c.kind == "note_verbale"]
        (scan,) = evidence_reading.list_scans(case, note.uuid)
        assert scan.caption.startswith("Illustration (generated, not a scan)")
        assert scan.incident_uuid is None and scan.warnings == ()
        taken = capture_moment(scan.capture_time, scan.capture_offset_known, tz)
        assert taken is not None and note.span.contains(taken)
        assert evidence_reading.derived_image(case, scan.uuid, "preview") is not None
