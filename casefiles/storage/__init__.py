"""The case file on disk: format, schema and migrations, opening, locking, encryption, copies."""
