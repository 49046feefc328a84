"""`python -m tui` runs the same command line as `briefing`."""

from tui.cli import main

raise SystemExit(main())
