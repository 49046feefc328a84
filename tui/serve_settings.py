"""What `briefing serve` and the command line share, apart from the server:
importing tui.serve (sockets, tokens, dataclasses) would slow every command
and the app's first frame."""

# What a two-core machine serves with every first frame under 2 s.
DEFAULT_MAX_SESSIONS = 3
# Read by tui/cli.py in each served process: show nothing outside PATH.
CONFINE_VARIABLE = "BRIEFING_CONFINE"
