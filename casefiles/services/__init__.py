"""Every change to a case file goes through these modules: validate, write, audit, commit.

Each public function that changes something runs in `case.transaction()`; calls made inside an
outer `with case.transaction():` join it, so a batch commits once.
"""
