"""Widgets of our own, used by the screens and panes."""
