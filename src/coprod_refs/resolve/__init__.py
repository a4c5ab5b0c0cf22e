"""Identity: people, venues and works; mentions to works; stubs, merges and citekeys."""
