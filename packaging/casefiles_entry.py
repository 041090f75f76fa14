"""The frozen build's entry point: the `casefiles` command, as the installed console script.

`--bench-exit-after-paint PATH` as the only arguments opens PATH, reports once the incident list
is painted and exits (ui/app.py): packaging/measure_startup.py times the frozen and the
virtual-environment app through this same file.
"""

from __future__ import annotations

import locale
import multiprocessing
import os
import sys

if __name__ == "__main__":
    # First: in the frozen program the processes that make thumbnails start as this same
    # executable, and must run their work instead of the app.
    multiprocessing.freeze_support()
    # As `python` itself does at start (PEP 538), which a frozen program skips: in the C locale,
    # ask for UTF-8 text, so Qt neither warns nor reads file names wrongly.
    if sys.platform.startswith("linux") and locale.setlocale(locale.LC_CTYPE) in ("C", "POSIX"):
        os.environ["LC_CTYPE"] = "C.UTF-8"
    if sys.argv[1:2] == ["--bench-exit-after-paint"]:
        from ui.app import main as app_main

        sys.exit(app_main(sys.argv[1:]))
    from ui.launcher import main

    main()
