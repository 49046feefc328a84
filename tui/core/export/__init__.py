"""What leaves the program: Markdown, JSON, CSV, front matter, the atomic
writer, and the one sanitiser for everything sent to a terminal."""
