"""What the app keeps between runs and finds on disk: settings, the parse
cache, library folders and their watcher, and the archive index (SQLite
with FTS5) for listing and searching a folder of briefings."""
