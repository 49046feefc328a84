"""briefing: read, check and publish structured news briefings in the terminal."""

__version__ = "0.1.0"
