"""The values of the case: vocabularies, time spans, records, folding and isolating text."""
