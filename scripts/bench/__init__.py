"""Benchmark: synthetic channels shaped like the real dumps, timed through ingest, build and search."""
