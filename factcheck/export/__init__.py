"""Exports: the registry's checked claims in formats other tools read (schema.org ClaimReview)."""
