"""Stage 6, the engine: claims become facts, partitions of related facts run on durable-rules
(through adapter.py, the only module that imports it), and matches become check calls."""
