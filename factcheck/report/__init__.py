"""Output formats. Each formatter turns a Report into text; formatters compute nothing.

A formatter's module is imported when its format is asked for: `check` in CI prints one format,
and importing the HTML or JUnit writers (and what they import) would only slow its start."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping

from factcheck.model import Report

Formatter = Callable[[Report], str]

_MODULES: dict[str, tuple[str, str]] = {
    "text": ("text", "format_text"),
    "json": ("json_format", "format_json"),
    "markdown": ("markdown", "format_markdown"),
    "sarif": ("sarif", "format_sarif"),
    "junit": ("junit", "format_junit"),
    "github": ("github", "format_github"),
    "html": ("html", "format_html"),
}


class _Formatters(Mapping[str, Formatter]):
    """Format name -> formatter, importing the formatter's module on first use."""

    def __getitem__(self, name: str) -> Formatter:
        module, function = _MODULES[name]
        found: Formatter = getattr(importlib.import_module(f"factcheck.report.{module}"), function)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(_MODULES)

    def __len__(self) -> int:
        return len(_MODULES)


FORMATTERS: Mapping[str, Formatter] = _Formatters()

__all__ = ["FORMATTERS", "Formatter"]
