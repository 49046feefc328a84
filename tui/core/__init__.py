"""The headless core: model, loading, checking, disputes and export.

Nothing in this package imports Textual, so `briefing check` and
`briefing export` start in the time it takes to import PyYAML.
"""
