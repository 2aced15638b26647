"""Output formats. Each formatter turns a Report into text; formatters compute nothing."""

from __future__ import annotations

from collections.abc import Callable

from factcheck.model import Report
from factcheck.report.github import format_github
from factcheck.report.html import format_html
from factcheck.report.json_format import format_json
from factcheck.report.junit import format_junit
from factcheck.report.markdown import format_markdown
from factcheck.report.sarif import format_sarif
from factcheck.report.text import format_text

Formatter = Callable[[Report], str]

FORMATTERS: dict[str, Formatter] = {
    "text": format_text,
    "json": format_json,
    "markdown": format_markdown,
    "sarif": format_sarif,
    "junit": format_junit,
    "github": format_github,
    "html": format_html,
}

__all__ = ["FORMATTERS", "Formatter"]
