"""Word lists read by factcheck.extract.wordlists (data only; see each file's comments)."""
