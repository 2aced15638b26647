"""Stage 4, linking: documents (summaries, drafts) are read, and extracted candidates are tied to
the registry's subjects, events and statements so the engine can compare them."""

from factcheck.link.linking import claim_id, isolate, link

__all__ = ["claim_id", "isolate", "link"]
