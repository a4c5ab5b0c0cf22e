"""`coprod-refs parse`: reference strings in, CSL-JSON out (placeholder until the parser lands)."""
