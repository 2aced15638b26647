"""The HTML report: one self-contained, escaped file that a real browser (headless chromium) renders.

The page's script records its outcome on <html data-status>: "ok:N" (N findings rendered) or
"error:<message>" (an error hook installed before the main script catches even syntax errors).
chromium --dump-dom prints the DOM after the scripts ran, so the status shows whether the page
loaded without script errors and showed every finding.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from factcheck.model import Finding, Grade, Report, RuleDoc, Side, SourceSummary, Tier
from factcheck.pipeline.run import RunOptions, run
from factcheck.registry import load_registry
from factcheck.report import FORMATTERS

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
HOSTILE = "<img src=x onerror=alert(1)></blockquote><script>document.title='pwned'</script>"


def chromium() -> str:
    """The chromium binary, or skip (CI installs it: see .ci/run)."""
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found is not None:
            return found
    pytest.skip("chromium is not installed (apt-get install chromium); .ci/run installs it as root")


def browse(page: Path, *args: str, fragment: str = "") -> str:
    """Run headless chromium on a local page with a fresh profile; its standard output."""
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        proc = subprocess.run(
            [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args, page.as_uri() + fragment],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout


def page_status(page: Path, fragment: str = "") -> tuple[str, str]:
    """(data-status after the page's scripts ran, the whole DOM)."""
    dom = browse(page, "--dump-dom", fragment=fragment)
    found = re.search(r'<html[^>]*\sdata-status="([^"]*)"', dom)
    assert found is not None, dom[:500]
    return html.unescape(found.group(1)), dom


def hostile_report() -> Report:
    """A report whose every text field tries to inject markup."""
    side = Side(
        claim_id="s.x",
        source="s<x>",
        tier=Tier.NEWS,
        text=HOSTILE,
        file="seeds/x.txt",
        line=1,
        column=7,
        value='"><b>v</b>',
        context=f"said: {HOSTILE} & more",
    )
    finding = Finding(
        rule_id="FC101",
        rule_name="quantity.magnitude",
        grade=Grade.CRITICAL,
        outcome="o<u>",
        confidence=0.5,
        message=f"message {HOSTILE}",
        sides=[side],
        likely_wrong="s.x",
        fingerprint="f<p>",
    )
    return Report(
        findings=[finding],
        sources=[
            SourceSummary(
                source="s<x>",
                title=HOSTILE,
                tier=Tier.NEWS,
                claims=1,
                counts=dict.fromkeys(Grade, 0),
                letter="A",
                reason=HOSTILE,
            )
        ],
        claims=1,
        rules=[
            RuleDoc(
                id="FC101",
                name="quantity.magnitude",
                grade=Grade.CRITICAL,
                summary=HOSTILE,
                rationale=HOSTILE,
            )
        ],
        errors=[HOSTILE],
    )


@pytest.fixture(scope="module")
def bundled() -> Report:
    """The review of the bundled registry."""
    return run(None, RunOptions(Path(__file__).resolve().parent.parent))


def test_sides_carry_their_source_line(bundled: Report) -> None:
    with_context = [s for f in bundled.findings for s in f.sides if s.context is not None]
    assert with_context
    for side in with_context:
        assert side.column is not None
        assert side.context is not None
        start = side.column - 1
        assert side.context[start : start + len(side.text)] == side.text
        assert "\n" not in side.context or "\n" in side.text
    registry = load_registry(Path(__file__).resolve().parent.parent)
    deaths = registry.side(registry.claim("s000.deaths"))
    assert deaths.context is not None
    assert deaths.context.startswith("The invasion by Russia on February 24")


def test_html_is_self_contained(bundled: Report) -> None:
    page = FORMATTERS["html"](bundled)
    assert "Content-Security-Policy" in page
    assert "default-src 'none'" in page
    assert not re.search(r"<(link|iframe|object|embed|img)\b", page)
    assert not re.search(r"<script[^>]*\ssrc=", page)
    # every link in the page is to an anchor inside it
    assert all(href.startswith("#") for href in re.findall(r'\shref="([^"]*)"', page))
    style = re.search(r"<style>(.*?)</style>", page, re.S)
    assert style is not None
    assert not re.search(r"url\(|@import", style.group(1))


def test_html_highlights_the_words_inside_their_line_and_explains_the_rule(bundled: Report) -> None:
    page = FORMATTERS["html"](bundled)
    assert "resulted in <mark>hundreds of deaths</mark>, millions of displaced people" in page
    assert page.count('<article class="finding"') == len(bundled.findings)
    assert page.count('<details class="why">') == len(bundled.findings)
    assert "cannot both describe the same toll" in page  # FC101's rationale
    assert '<li class="source-card" data-source="s000">' in page


def test_html_escapes_every_field() -> None:
    page = FORMATTERS["html"](hostile_report())
    assert "<img" not in page
    assert "pwned'</script>" not in page
    assert not re.search(r"<(b|u|x)>", page)
    assert "said: <mark>&lt;img src=x onerror=alert(1)&gt;&lt;/blockquote&gt;&lt;script&gt;" in page
    assert "</mark> &amp; more</blockquote>" in page


def test_review_writes_html_that_chromium_renders(
    cli: Callable[..., Result], root: Path, tmp_path: Path, bundled: Report
) -> None:
    chromium()
    target = tmp_path / "report.html"
    result = cli("review", "--registry", str(root), "--format", "html", "-o", str(target))
    assert result.exit_code == 0, result.output
    status, dom = page_status(target)
    assert status == f"ok:{len(bundled.findings)}", status
    for finding in bundled.findings:
        assert f'id="finding-{finding.fingerprint}"' in dom
    shot = tmp_path / "report.png"
    browse(target, f"--screenshot={shot}", "--window-size=1400,2000", "--hide-scrollbars")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 50_000  # a blank page is a few kilobytes


def test_filters_from_the_address(tmp_path: Path, bundled: Report) -> None:
    chromium()
    target = tmp_path / "report.html"
    target.write_text(FORMATTERS["html"](bundled), encoding="utf-8")
    spelling = sum(f.rule_id == "FC401" for f in bundled.findings)
    critical = sum(f.grade is Grade.CRITICAL for f in bundled.findings)
    s002_major = sum(
        f.grade.at_least(Grade.MAJOR) and any(s.source == "s002" for s in f.sides) for f in bundled.findings
    )
    assert page_status(target, "#rule=FC401")[0] == f"ok:{spelling}"
    assert page_status(target, "#grade=critical")[0] == f"ok:{critical}"
    assert page_status(target, "#grade=critical,major&source=s002")[0] == f"ok:{s002_major}"
    assert page_status(target, "#rule=FC999")[0] == f"ok:{len(bundled.findings)}"  # unknown: all


def test_hostile_text_stays_text_in_the_browser(tmp_path: Path) -> None:
    chromium()
    target = tmp_path / "hostile.html"
    target.write_text(FORMATTERS["html"](hostile_report()), encoding="utf-8")
    status, dom = page_status(target)
    assert status == "ok:1", status
    assert "<img" not in dom
    assert "<title>factcheck review: 1 finding(s)</title>" in dom


def test_a_script_error_is_detected(tmp_path: Path, bundled: Report) -> None:
    # the check above is only worth something if a broken script cannot pass it
    chromium()
    page = FORMATTERS["html"](bundled)
    broken = tmp_path / "broken.html"
    broken.write_text(page.replace('"use strict";', '"use strict"; null.boom();', 1), encoding="utf-8")
    assert page_status(broken)[0].startswith("error:")
    syntax = tmp_path / "syntax.html"
    syntax.write_text(page.replace('"use strict";', '"use strict"; }}{{', 1), encoding="utf-8")
    assert page_status(syntax)[0].startswith("error:")
