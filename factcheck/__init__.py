"""factcheck: a fact-check claim registry with a rules engine."""

__version__ = "0.1.0"
# where the project is published: rule help links (SARIF helpUri) point into its docs/ folder;
# keep in step with [project.urls] in pyproject.toml
PROJECT_URL = "https://github.com/factcheck/factcheck"
DOCS_URL = f"{PROJECT_URL}/blob/main/docs"
