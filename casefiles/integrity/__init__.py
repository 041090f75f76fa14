"""What proves the record: the audit chain and the checks that verify it."""
