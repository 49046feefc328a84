"""What a briefing is and how a file becomes one: the model, the safe YAML
loader and its checks, the spec table, countries, times, errors and where
they are in the file."""
