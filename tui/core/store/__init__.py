"""Settings, the archive index and the parse cache: what the app keeps between runs."""
