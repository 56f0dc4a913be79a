"""Benchmarks: the search service against SQLite FTS5 on the same synthetic council paragraphs."""
