"""Screens: the library of briefings and one briefing."""
