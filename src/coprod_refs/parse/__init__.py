"""Parsers: reference strings to fields, texts to reference sections and in-text mentions."""
