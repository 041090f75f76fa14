"""The source: every phrase of the core in English. The translations give the same keys.

Vocabulary labels are taken from casefiles.domain.vocabulary, where the codes are defined.
Terms follow docs/glossary.md.
"""

from __future__ import annotations

from casefiles.domain.vocabulary import LABELLED

_INCLUDED_WHEN = (
    "An incident known only to its month or year is included when that month or year overlaps "
    "the period."
)

_REBUILDS = (
    "Case › Verify… in the window rebuilds it when the case file is open for writing (the "
    "records are not affected)."
)
_PENDING = (
    "{count} photo(s) have no thumbnail and preview yet; they are made from their originals when "
    "the case file is next opened for writing."
)

WORDS: dict[str, str] = {
    **{member.key: member.label for vocabulary in LABELLED for member in vocabulary},
    # How precisely a time is known, and the parts of a day and a month.
    "precision.minute": "known to the minute",
    "precision.day": "known to the day",
    "precision.part_of_day": "known to part of a day",
    "precision.month": "known to the month",
    "precision.part_of_month": "known to part of a month",
    "precision.year": "known to the year",
    "field.signed_by": "Signed by",
    "signers.none": "Nobody: the audit log was written before entries were signed",
    "signers.one#one": "{person} (key {key}, {count} entry)",
    "signers.one#other": "{person} (key {key}, {count} entries)",
    "check.signature": "Signatures of the audit log",
    "precision_choice.minute": "Exact minute",
    "precision_choice.day": "Day",
    "precision_choice.part_of_day": "Part of a day",
    "precision_choice.month": "Month",
    "precision_choice.part_of_month": "Part of a month",
    "precision_choice.year": "Year",
    "day_part.morning": "morning",
    "day_part.afternoon": "afternoon",
    "day_part.evening": "evening",
    "day_part.night": "night",
    "month_part.early": "early",
    "month_part.mid": "mid",
    "month_part.late": "late",
    # A span at its own precision. {day}, {first}, {last}: dates in words from CLDR;
    # {month}: the month as a date says it; {month_year}: the month standing alone, with year.
    "span.year": "{year}",
    "span.month": "{month_year}",
    "span.early": "early {month} {year}",
    "span.mid": "mid-{month} {year}",
    "span.late": "late {month} {year}",
    "span.day": "{day}",
    "span.night": "night of {days}",
    "span.part_of_day": "{part} of {day}",
    "span.minute": "{day}, {time}",
    "span.between": "between {first} {first_time} and {last} {last_time}",
    # Said after a span finer than a day (unless a heading says it once for a column).
    "local_time": "{words}, local time",
    "local_time.after_clock": "{words} local time",
    "span_and_precision": "{words} ({precision})",
    "period.none": "No incidents",
    "period.range": "{first} to {last}",
    "asked.between": "from {first} to {last}",
    "asked.from": "from {first} onwards",
    "asked.to": "up to {last}",
    "moment": "{day}, {time} {zone}",
    "short_moment": "{day}, {time}",
    "local_moment": "{day}, {time} local time",
    "with_utc": "{words} ({time} UTC)",
    "written_and_edited": "{written} (edited {edited})",
    # What a file says about when it was made.
    "capture.none": "Not recorded in the file",
    "capture.offset": "{day}, {time} UTC{offset}",
    "capture.camera_clock": "{day}, {time}, camera clock (time zone not recorded)",
    "capture.file_date": "{words}: the file's date, which can be a later edit",
    "not_recorded": "Not recorded",
    # Facts of an incident. Unknown is said as unknown, never as zero.
    "not_reported": "not reported",
    "not_reported.alone": "Not reported",
    "people.full": "staff killed: {killed}; staff injured: {injured}; others injured: {others}",
    "people.compact": "Staff: {killed}, {injured}; others: {others}",
    "people.killed": "{count} killed",
    "people.killed_unknown": "killed not reported",
    "people.injured": "{count} injured",
    "people.injured_unknown": "injured not reported",
    "distance.metres": "{metres} m",
    "distance.both": "{words} (about {metres})",
    "uxo.none": "None found",
    "uxo.found": "Found",
    "uxo.depth": "Found, {depth} m below ground",
    "damage.none": "None recorded",
    "cost.estimated": "{amount} (estimated {day})",
    "coordinates": "{latitude}° {north_south}, {longitude}° {east_west}",
    "coordinate.north": "N",
    "coordinate.south": "S",
    "coordinate.east": "E",
    "coordinate.west": "W",
    "direction.sent": "sent",
    "direction.received": "received",
    "letter.kind": "{kind}, {direction}",
    # The summary and the incident report.
    "summary.title": "Case summary",
    "report.title": "Incident report {reference}",
    "preparer.not_given": "Not given",
    "scope.whole": "The whole case file",
    "scope.chosen": "Chosen incidents of the case file",
    "scope.period": "Incidents {period}. " + _INCLUDED_WHEN,
    "scope.period_chosen": "Chosen incidents {period}. " + _INCLUDED_WHEN,
    "correspondence.all": "All correspondence in the case file, oldest first.",
    "correspondence.linked": "Correspondence linked to the incidents in this summary, and "
    "general notifications linked to no incident, oldest first.",
    "field.period_covered": "Period covered",
    "field.incidents": "Incidents",
    "field.classification": "Classification",
    "field.no_marking": "No marking recorded",
    "field.prepared_by": "Prepared by",
    "field.printed": "Printed",
    "field.case_file": "Case file",
    "field.integrity": "Integrity check",
    "field.fingerprint": "Fingerprint",
    "field.time": "Time",
    "field.site": "Site",
    "field.type": "Type",
    "field.impact": "Impact",
    "field.distance": "Distance",
    "field.people": "People",
    "field.uxo": "Unexploded ordnance",
    "field.worst_damage": "Worst damage",
    "field.status": "Status",
    "field.photos": "Photos",
    "integrity.passed": "Passed when printed: every original matches its SHA-256, and the audit "
    "log and every record check out.",
    "integrity.failed#one": "FAILED when printed: {count} problem found; run casefiles verify "
    "on {file}. The photos concerned are marked.",
    "integrity.failed#other": "FAILED when printed: {count} problems found; run casefiles "
    "verify on {file}. The photos concerned are marked.",
    "photo.original_fails": "INTEGRITY CHECK FAILED when printed: the original of this photo in "
    "the case file does not match this SHA-256.",
    "photo.preview_fails": "Not printed: the stored picture of this photo is not the one made "
    "from its original (integrity check at printing).",
    "photo.no_picture": "No picture can be printed: {reason}.",
    "photo.no_position": "No position in the file",
    "photo.no_preview": "No preview of this photo is stored in the case file.",
    "photo.no_caption": "(no caption)",
    "photo.damage": "Damage shown: {damage}",
    "photo.taken": "Taken: {time}",
    "photo.gps": "GPS: {position}",
    "photo.hash": "SHA-256 (first 16 digits): {hash}",
    "evidence.photo": "Photo",
    "evidence.scan": "Scan",
    # Headings, columns and notes on paper.
    "continued": "{heading}, continued",
    "heading.case_notes": "Notes on the case file",
    "heading.chronology": "Chronology of incidents",
    "heading.timeline": "Timeline",
    "heading.sites": "Sites of the mission",
    "heading.damage": "Damage",
    "heading.damage_in": "Damage in {reference}",
    "heading.photos": "Photos",
    "heading.notes": "Notes",
    "heading.correspondence": "Correspondence",
    "heading.correspondence_on": "Correspondence on {reference}",
    "heading.correspondence_log": "Correspondence log",
    "heading.evidence_index": "Evidence index",
    "column.site": "Site",
    "column.kind": "Kind",
    "column.address": "Address",
    "column.coordinates": "Coordinates",
    "column.notified": "Coordinates notified",
    "column.element": "Element",
    "column.severity": "Severity",
    "column.description": "Description",
    "column.cost": "Cost estimate",
    "column.reference": "Reference",
    "column.time": "Time",
    "column.type": "Type",
    "column.impact": "Impact and distance",
    "column.worst_damage": "Worst damage",
    "column.people": "People",
    "column.status": "Status",
    "column.reference_no": "Reference no.",
    "column.counterpart": "Counterpart",
    "column.summary": "Summary",
    "column.incidents": "Incidents",
    "column.evidence": "Evidence",
    "column.filed_under": "Filed under",
    "column.file_name": "Original file name",
    "column.capture_time": "Capture time",
    "paragraph.no_incidents": "No incidents match this summary.",
    "paragraph.no_correspondence": "No correspondence is recorded.",
    "paragraph.no_photos": "This document contains no photos.",
    "paragraph.evidence_index": "Every photo and every scan of a letter in this document, with "
    "the SHA-256 hash of its original file as kept unchanged in the case file.",
    "paragraph.verification": "How to match this paper with the case file: the fingerprint is "
    "the hash of the newest entry of the case file's audit log, so it changes with every change "
    "to the file; running “casefiles verify” on the file prints the same fingerprint while the "
    "file is as it was when this was printed. Each photo is identified by the SHA-256 hash of "
    "its original file, listed in full in the evidence index.",
    "scans.in_index": "{scans} in the evidence index",
    "footer.fingerprint": "Case file fingerprint",
    "footer.printed": "Printed {when}",
    "footer.page": "Page {number} of {total}",
    # The headquarters summary (casefiles hq summary).
    "hq.title": "Headquarters summary",
    "hq.scope.all": "Every mission headquarters holds",
    "hq.scope.chosen": "The missions chosen",
    "hq.period": "{first} to {last} (UTC days)",
    "hq.period.first": "the first incident",
    "hq.period.last": "the last",
    "hq.printed": "{day}, {time} UTC",
    "hq.no_mission": "No mission",
    "hq.no_currency": "(no currency)",
    "hq.integrity.passed": "Passed when printed: every mission's audit chain, records and "
    "originals check out.",
    "hq.integrity.failed#one": "FAILED when printed: {count} problem; run casefiles hq verify.",
    "hq.integrity.failed#other": "FAILED when printed: {count} problems; run casefiles hq verify.",
    "hq.protested#one": "{count} incident with a protest sent or answered",
    "hq.protested#other": "{count} incidents with a protest sent or answered",
    "hq.incidents#one": "{count} incident",
    "hq.incidents#other": "{count} incidents",
    "field.missions": "Missions",
    "field.damage_estimates": "Damage estimates",
    "field.protested": "Protested",
    "field.sites": "Sites",
    "field.bundles": "Bundles imported",
    "field.newest_fingerprint": "Newest bundle's fingerprint",
    # Verification, as the window shows it and the saved report says it. The findings'
    # own details stay in English (they name tables, columns and hashes).
    "check.integrity": "The database itself",
    "check.schema": "The database's structure",
    "check.blob": "Original photos and files",
    "check.audit_chain": "The audit log",
    "check.row": "Records against the audit log",
    "check.search_index": "The search index",
    # Verify: findings and warnings. The English is what `casefiles verify` prints, word for
    # word; {record} is a record as people know it (record.*), followed by its uuid.
    "finding.sqlite_integrity": "SQLite integrity check: {row}",
    "finding.blob_altered": "Blob {blob}… does not match its SHA-256.",
    "finding.blob_size#one": "Blob {blob}… has {count} bytes, not {expected}.",
    "finding.blob_size#other": "Blob {blob}… has {count} bytes, not {expected}.",
    "finding.original_missing": "The original of the {record} is missing.",
    "finding.entry_unlinked": "Audit entry {number} does not follow the entry before it "
    "(an entry was removed or reordered).",
    "finding.entry_time": "Audit entry {number} has a time that is not a time: {at}.",
    "finding.entry_altered": "Audit entry {number} was altered.",
    "finding.entry_unreadable": "Audit entry {number} cannot be read: its changes are not the "
    "JSON object the app writes.",
    "finding.unreadable": "The {record} holds a value that cannot be read in {column}: {value}.",
    "finding.not_logged": "The {record} has no entry in the audit log.",
    "finding.derived_altered": "The thumbnail or preview of the {record} is not the one made "
    "from its original.",
    "finding.differs": "The {record} differs from the audit log in: {fields}.",
    "finding.missing_record": "The {entity} {uuid} is in the audit log but missing from the file.",
    "finding.missing_from_bundle": "The {entity} {uuid} is in the audit log but missing from the "
    "bundle.",
    "finding.index_unreadable": "The search index cannot be read; it is rebuilt when the case "
    "file is next opened for writing.",
    "finding.index_stale": "The search index is out of step with incident(s) {incidents}; "
    + _REBUILDS,
    "finding.index_stale_more": "The search index is out of step with incident(s) {incidents} "
    "and {more} more; " + _REBUILDS,
    "finding.schema_foreign": "The {kind} {name} is not part of a case file.",
    "finding.schema_missing": "The {kind} {name} is missing.",
    "finding.schema_altered": "The {kind} {name} was altered.",
    "finding.schema_meta": "The file's {name} is {value}; this version of a case file has "
    "{expected}.",
    "finding.user_version": "SQLite's user_version is {value}, not the schema version {expected}.",
    "finding.no_public_key": "Audit entry {number} registers a person without a valid public key.",
    "finding.unsigned": "Audit entry {number} is not signed, though entries are signed from "
    "entry {first} on: its signature was removed, or it was written behind the app's back.",
    "finding.unknown_key": "Audit entry {number} is signed by a key that is not in the register "
    "of people (key id {key}).",
    "finding.bad_signature": "Audit entry {number} has a bad signature: it does not match the "
    "entry and the key of {person}.",
    "finding.wrong_signer": "Audit entry {number} names {user} but is signed with the key of "
    "{person}.",
    "finding.file_altered": "{file} does not match its SHA-256 in SHA256SUMS.",
    "finding.file_edited": "{file} does not say what {manifest} holds (it was edited).",
    "finding.not_pdf": "{file} is not a PDF.",
    "finding.redaction_unnamed": "Audit entry {number} is marked as redacted without naming what "
    "it withholds, or the reverse.",
    "finding.withholds_located": "Audit entry {number} withholds fields in a bundle that keeps "
    "location data.",
    "finding.withholds_others": "Audit entry {number} withholds fields that are not location or "
    "device data: {fields}.",
    "finding.holds_and_withholds": "Audit entry {number} both holds and withholds {fields}.",
    "finding.log_end": "The audit log does not end at the fingerprint of the case file it came "
    "from.",
    "finding.bundle_unsigned": "The bundle is not signed (it has no {file}).",
    "finding.manifest_signature": "{file} does not match manifest.json: the bundle was altered "
    "after {person} signed it.",
    "finding.made_by_other": "The bundle says it was made by {maker} but is signed by {person}.",
    "finding.bundle_untrusted": "The bundle is signed by {person} with a key that is not trusted "
    "here ({key}).",
    "finding.signer_unregistered": "The bundle is signed by {person} with a key that is not in "
    "the register of people of its case file ({key}).",
    "finding.signed_as": "The bundle is signed as {person} with the key of {holder}.",
    "finding.summary_unrecorded": "{file} is not the summary recorded when the bundle was "
    "exported (audit entry {number}).",
    "finding.selection_unrecorded": "The bundle's selection is not the one recorded when it was "
    "exported (audit entry {number}).",
    "finding.export_signer": "The bundle is not signed by the person whose export audit entry "
    "{number} records it.",
    "record.with_uuid": "{record} ({uuid})",
    "record.mission": "mission “{name}”",
    "record.site": "site “{name}”",
    "record.person": "person “{name}” in the register",
    "record.incident": "incident {reference}",
    "record.damage_item": "damage item “{element}” of incident {incident}",
    "record.letter": "{kind} {number}",
    "record.letter_unnumbered": "{kind} without a number",
    "record.photo": "photo {file}",
    "record.photo_captioned": "photo {file} “{caption}”",
    "record.note": "note by {author} written {written}",
    "entity.mission": "mission",
    "entity.site": "site",
    "entity.incident": "incident",
    "entity.damage_item": "damage item",
    "entity.correspondence": "correspondence",
    "entity.evidence": "evidence",
    "entity.note": "note",
    "entity.photo_view": "photo view",
    "entity.person": "person",
    "sqlite.table": "table",
    "sqlite.index": "index",
    "sqlite.trigger": "trigger",
    "sqlite.view": "view",
    "verify_warning.unsigned#one": "{count} audit entry was written before entries were signed: "
    "the hash chain checks them, no signature does.",
    "verify_warning.unsigned#other": "{count} audit entries were written before entries were "
    "signed: the hash chain checks them, no signature does.",
    "verify_warning.older_copy#one": "this copy is older than the one seen on {seen} "
    "(fingerprint {fingerprint}); {count} entry is missing",
    "verify_warning.older_copy#other": "this copy is older than the one seen on {seen} "
    "(fingerprint {fingerprint}); {count} entries are missing",
    "verify_warning.other_copy": "this copy does not hold the state seen on {seen} (fingerprint "
    "{fingerprint}): its audit log went another way since, or was rewritten",
    "verify_warning.pending#one": _PENDING,
    "verify_warning.pending#other": _PENDING,
    "verify_warning.signer_unknown": "{problem} Only --trust with their key can tell whether to "
    "accept it.",
    "verify_warning.export_unrecorded": "The bundle's export is not recorded in its audit log "
    "(its case file was read-only when it was exported): only the signature binds summary.pdf "
    "to it.",
    "verify.warning": "Warning: {warning}",
    "verify.language": "Language of this report: English, as “casefiles verify” prints it.",
    "verify.intact": "Intact: nothing was changed behind the app's back.",
    "verify.problems#one": "{count} problem found: see below.",
    "verify.problems#other": "{count} problems found: see below.",
    "verify.title": "Verification of {name}",
    "verify.case_file": "Case file: {path}",
    "verify.checked": "Checked: {time} UTC",
    "verify.checks": "Checks: SQLite integrity; every original against its SHA-256; the audit "
    "chain; every record against the audit log.",
    "verify.result": "Result: {outcome}",
    "verify.fingerprint": "Fingerprint: {fingerprint}",
    # The timeline's legend and axis corner (on paper in the summary's language).
    "timeline.bar": "time known only as a range (year, month, part of a month or day)",
    "timeline.cluster": "incidents too close to tell apart at this scale",
    "timeline.today": "today",
    "timeline.no_site": "No site recorded",
    "timeline.local_time": "Local time\n{zone}",
    "warning.no_capture_time": "The file gives no capture time.",
    "warning.file_date": "The file gives no capture time; "
    "the time shown is the file's date, which may be when it was last edited.",
    "warning.file_dated_before": "The file is dated {ago} before the incident ({incident}).",
    "warning.taken_before": "Taken {ago} before the incident ({incident}).",
    "warning.taken_after": "Taken {ago} after the incident ({incident}).",
    "warning.no_zone": "The capture time has no time zone; it is read as local time.",
    "warning.gps_far": "Its GPS position is {distance} from {site}.",
    "warning.editing_software": "The file names editing software ({software}).",
    "warning.metres": "{amount} m",
    "warning.kilometres": "{amount} km",
    "ago.hours#one": "{count} hour",
    "ago.hours#other": "{count} hours",
    "ago.days#one": "{count} day",
    "ago.days#other": "{count} days",
    "ago.months#one": "{count} month",
    "ago.months#other": "{count} months",
    # Import: refusals and outcomes. {name}, {path}, {reason}, {finding}, {error} and {fields}
    # are the file's, the library's or the check's own words, as they are.
    "file.kind.folder": "a folder",
    "file.kind.fifo": "a pipe (FIFO)",
    "file.kind.device": "a device",
    "file.kind.socket": "a socket",
    "file.kind.other": "not a regular file",
    "file.not_a_file": "{name} is {kind}, not a file.",
    "import.not_a_file": "this is {kind}, not a file",
    "import.too_large": "larger than the {limit} limit ({size})",
    "import.grew": "larger than the {limit} limit",
    "import.megabytes": "{amount:,} MB",
    "import.missing": "the file does not exist (it may have been moved)",
    "import.no_permission": "you do not have permission to read this file",
    "import.unreadable": "the file could not be read ({error})",
    "import.empty": "the file is empty (0 bytes)",
    "import.not_supported": "not an image of a supported kind (JPEG, PNG, TIFF, WebP, HEIC)",
    "import.truncated": "unreadable or truncated image",
    "import.cannot_read": "the file could not be read (it may have been moved, deleted or locked)",
    "import.image_too_large": "the image is too large to open safely",
    "import.decoder_warned": "The image decoder warned: {text}",
    "derivation.no_memory": "not enough memory to process this image",
    "derivation.worker_stopped": "the process making it stopped (the image may need more "
    "memory than there is)",
    "import.in_incident": "already in this incident",
    "import.in_correspondence": "already in this correspondence item",
    "import.linked": "the same file is already in the case file; linked to it",
    "import.not_saved": "not saved: the disk is full",
    "import.disk_full#one": "The disk is full: {saved} of {count} files were imported; not "
    "saved: {names}{more}. Free some space and import those again.",
    "import.disk_full#other": "The disk is full: {saved} of {count} files were imported; not "
    "saved: {names}{more}. Free some space and import those again.",
    "import.and_more": " and {number} more",
    "bundle.not_a_bundle": "{path} is {kind}, not a bundle.",
    "bundle.cannot_read": "{name} cannot be read: {error}.",
    "bundle.not_zip": "{name} is not a bundle: it is not a readable zip file.",
    "bundle.mixed": "The bundle is refused: {name} mixes encrypted and plain entries.",
    "bundle.empty": "The bundle is refused: the zip file is empty.",
    "bundle.too_many": "The bundle is refused: it holds more than {limit:,} files.",
    "bundle.bad_name": "The bundle is refused: the entry {name} {problem}.",
    "bundle.name.none": "has no name",
    "bundle.name.control": "has control characters in its name",
    "bundle.name.backslash": "has a backslash in its name",
    "bundle.name.absolute": "is an absolute path",
    "bundle.name.colon": "has a colon in its name",
    "bundle.name.outside": "points outside the bundle's folder",
    "bundle.name.long": "has a name that is too long",
    "bundle.twice": "The bundle is refused: {name} is in it twice.",
    "bundle.encrypted_entry": "The bundle is refused: {name} is encrypted.",
    "bundle.compression": "The bundle is refused: {name} uses an unsupported compression.",
    "bundle.link": "The bundle is refused: {name} is a link.",
    "bundle.not_plain": "The bundle is refused: {name} is not a plain file.",
    "bundle.folder_content": "The bundle is refused: the folder entry {name} has content.",
    "bundle.entry_too_large": "The bundle is refused: {name} is larger than {limit:,} B.",
    "bundle.total_too_large": "The bundle is refused: its files add up to more than {limit:,} B.",
    "bundle.two_sizes": "The bundle is refused: {name} declares two different sizes.",
    "bundle.ratio": "The bundle is refused: {name} is compressed more than {ratio} to 1, "
    "as in a zip bomb.",
    "bundle.overlap": "The bundle is refused: the data of {name} overlaps other entries, "
    "as in a zip bomb.",
    "bundle.larger_than_declared": "The bundle is refused: {name} is larger than declared.",
    "bundle.not_whole": "The bundle is damaged: {name} cannot be read whole.",
    "bundle.shorter": "The bundle is damaged: {name} is shorter than declared.",
    "bundle.needs_passphrase": "{name} is an encrypted bundle: it needs its passphrase.",
    "bundle.wrong_passphrase": "The passphrase does not open {name}; nothing was changed.",
    "bundle.sum_mismatch": "The bundle is refused: {name} does not match its SHA-256 in {sums}.",
    "bundle.has_no": "The bundle is refused: it has no {name}.",
    "bundle.unlisted": "The bundle is refused: {name} is not in {sums}.",
    "bundle.listed_missing": "The bundle is refused: {sums} lists {name}, which is missing.",
    "bundle.not_in_manifest": "The bundle is refused: it holds a file its manifest does not "
    "list: {name}.",
    "bundle.wrong_size": "The bundle is refused: {name} does not have the size stated.",
    "bundle.sums_differ": "The bundle is refused: the manifest and {sums} give different "
    "SHA-256 values for {name}.",
    "bundle.missing": "The bundle is refused: {name} is missing.",
    "bundle.hash_mismatch": "The bundle is refused: {name} does not match its SHA-256.",
    "bundle.sums_not_text": "The bundle is refused: {sums} is not UTF-8 text.",
    "bundle.sums_line": "The bundle is refused: line {number} of {sums} is not valid.",
    "bundle.sums_twice": "The bundle is refused: {sums} lists {name} twice.",
    "bundle.sums_no_manifest": "The bundle is refused: {sums} does not list {name}.",
    "bundle.manifest_not_json": "The bundle is refused: {name} is not readable JSON.",
    "bundle.manifest_invalid": "The bundle is refused: {name} is not valid: {error}.",
    "bundle.newer": "The bundle was made by a newer Casefiles (bundle format {version}); update "
    "Casefiles to read it. Nothing was changed.",
    "bundle.older": "The bundle was made by an older Casefiles (bundle format {version}), whose "
    "bundles do not bind every file; export it again. Nothing was changed.",
    "bundle.not_a_signature": "The bundle is refused: {name} is not a signature.",
    "bundle.refused": "The bundle is refused: {finding}{more}",
    "bundle.problems_in_all#one": " ({count} problems in all)",
    "bundle.problems_in_all#other": " ({count} problems in all)",
    "bundle.copies": "The bundle was made without location data: its files are copies, not "
    "the originals, so it cannot be imported into a case file.",
    "bundle.not_evidence": "The bundle is refused: {name} is not accepted as evidence "
    "({reason}). Nothing was changed.",
    "bundle.wrong_type": "The bundle is refused: {name} is {found}, not the {recorded} its "
    "record says. Nothing was changed.",
    "bundle.not_original": "The bundle is refused: {path} is not the original of {name}. "
    "Nothing was changed.",
    "bundle.other_mission": "The bundle is from the case file of another mission ({name}); "
    "import it into a new case file instead. Nothing was changed.",
    "bundle.conflicts#one": "The bundle was not imported: {count} record(s) differ from this "
    "case file's version: {listed}{more}. Nothing was changed.",
    "bundle.conflicts#other": "The bundle was not imported: {count} record(s) differ from this "
    "case file's version: {listed}{more}. Nothing was changed.",
    "bundle.conflicts_more": "; and {number} more",
    "bundle.differ": "{record} {label}: {fields} differ",
    "bundle.reference_used": "incident {reference}: the reference is used here by another incident",
}
