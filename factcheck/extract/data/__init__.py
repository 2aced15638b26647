"""Word lists read by factcheck.wordlists (data only; see each file's comments)."""
