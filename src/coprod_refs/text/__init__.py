"""Text normalisation and folding shared by parsers, resolution and search."""
