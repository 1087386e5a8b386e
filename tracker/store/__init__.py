"""Persistence: the only package that opens a database session."""
