"""factcheck: a fact-check claim registry with a rules engine."""

__version__ = "0.1.0"
