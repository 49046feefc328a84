"""A briefing over time: revisions, disputes between current claims, diff,
and git history."""
