"""What the app keeps between runs and finds on disk: settings, the parse
cache, library folders and their watcher."""
