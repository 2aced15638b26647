"""Stage 2, the registry: load and verify the YAML registry (sources, claims, entities, subjects)
against its source texts, the compiled cache, the configuration, and the scaffolding that starts
a registry and adds sources to it."""

from factcheck.registry.loader import (
    CLAIMS_DIR,
    MANIFEST,
    Registry,
    SourceText,
    find_registry,
    is_placeholder,
    load_registry,
)

__all__ = [
    "CLAIMS_DIR",
    "MANIFEST",
    "Registry",
    "SourceText",
    "find_registry",
    "is_placeholder",
    "load_registry",
]
