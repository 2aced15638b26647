"""HTML: one self-contained page for editors: findings by grade, filters, sides side by side.

The page loads nothing from the network (inline CSS and JS only, and a Content-Security-Policy
that forbids everything else). Source texts are untrusted, so every piece of report data goes
through html.escape and into text or attribute positions only; the script reads it back from the
DOM and never builds HTML from it.

After its script has run, the page records the outcome on <html data-status>: "ok:N" with N the
number of findings actually rendered, or "error:<message>" (tests read it from chromium --dump-dom).
"""

from __future__ import annotations

import re
from html import escape

from factcheck.model import Finding, Grade, Report, RuleDoc, Side, SourceSummary, Tier

# how much of a long source line to keep on each side of the highlighted words
_CONTEXT_CHARS = 220
_BACKTICKS = re.compile(r"`([^`]+)`")


def _e(value: object) -> str:
    """Escaped for text and for double- or single-quoted attributes."""
    return escape(str(value), quote=True)


def _prose(text: str) -> str:
    """Paragraphs from blank-line-separated text; `code` in backticks (after escaping)."""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    return "".join("<p>" + _BACKTICKS.sub(r"<code>\1</code>", _e(p)) + "</p>" for p in paragraphs)


def _lead(before: str) -> str:
    """The end of the text before the highlight, cut at a word boundary when long."""
    if len(before) <= _CONTEXT_CHARS:
        return _e(before)
    cut = before[-_CONTEXT_CHARS:]
    return "…" + _e(cut[cut.find(" ") + 1 :] if " " in cut else cut)


def _tail(after: str) -> str:
    """The start of the text after the highlight, cut at a word boundary when long."""
    if len(after) <= _CONTEXT_CHARS:
        return _e(after)
    cut = after[:_CONTEXT_CHARS]
    return _e(cut[: cut.rfind(" ")] if " " in cut else cut) + "…"


def _quote(side: Side) -> str:
    """The side's words highlighted inside their source line, or alone when there is no line."""
    mark = f"<mark>{_e(side.text)}</mark>"
    if side.context is not None and side.column is not None:
        start = side.column - 1
        end = start + len(side.text)
        if side.context[start:end] == side.text:
            return f"<blockquote>{_lead(side.context[:start])}{mark}{_tail(side.context[end:])}</blockquote>"
    return f'<blockquote class="bare">{mark}</blockquote>'


def _where(side: Side) -> str:
    """file:line:column, or why there is none."""
    if side.file is not None and side.line is not None:
        return f"{side.file}:{side.line}:{side.column or 1}"
    if side.tier is Tier.REFERENCE:
        return "reference: no source text to show"
    return "no source text"


def _side(side: Side, finding: Finding) -> str:
    """One side: who says it, where, the words in their line, and the normalised value."""
    wrong = side.claim_id == finding.likely_wrong or side.claim_id in finding.outliers
    flag = '<span class="flag">✗ likely wrong</span>' if wrong else ""
    value = f'<div class="value">value: {_e(side.value)}</div>' if side.value else ""
    return (
        f'<div class="side{" wrong" if wrong else ""}" data-source="{_e(side.source)}">'
        f'<div class="side-head"><strong>{_e(side.source)}</strong>'
        f' <span class="tier tier-{_e(side.tier.value)}">{_e(side.tier.value)}</span>{flag}</div>'
        f'<div class="where">{_e(_where(side))} · <code>{_e(side.claim_id)}</code></div>'
        f"{_quote(side)}{value}</div>"
    )


def _explanation(doc: RuleDoc | None) -> str:
    """The rule's summary and rationale, folded away in a <details>."""
    if doc is None:
        return ""
    return (
        f'<details class="why"><summary>Why {_e(doc.id)} {_e(doc.name)}? '
        f'<span class="muted">(default grade {_e(doc.grade.value)})</span></summary>'
        f'<p class="rule-summary">{_e(doc.summary)}</p>{_prose(doc.rationale)}</details>'
    )


def _finding(finding: Finding, number: int, docs: dict[str, RuleDoc]) -> str:
    """One finding as an <article> carrying the data attributes the filters read."""
    anchor = f"finding-{finding.fingerprint}"
    return (
        f'<article class="finding" id="{_e(anchor)}" data-grade="{_e(finding.grade.value)}"'
        f' data-rule="{_e(finding.rule_id)}" data-auto-linked="{str(finding.auto_linked).lower()}">'
        f'<header><span class="num">#{number}</span>'
        f' <span class="badge grade-{_e(finding.grade.value)}">{_e(finding.grade.value)}</span>'
        f" <code>{_e(finding.rule_id)}</code> <span>{_e(finding.rule_name)}</span>"
        + (' <span class="badge auto-linked">auto-linked</span>' if finding.auto_linked else "")
        + f' <span class="muted">{_e(finding.outcome)} · confidence {finding.confidence:.2f}</span>'
        f' <a class="permalink" href="#{_e(anchor)}" title="link to this finding">¶</a></header>'
        f'<p class="message">{_e(finding.message)}</p>'
        f'<div class="sides">{"".join(_side(s, finding) for s in finding.sides)}</div>'
        f"{_explanation(docs.get(finding.rule_id))}</article>"
    )


def _findings(report: Report) -> str:
    """One <section> per grade that has findings, most severe first."""
    docs = {doc.id: doc for doc in report.rules}
    parts, number = [], 0
    for grade in Grade:
        group = [f for f in report.findings if f.grade is grade]
        if not group:
            continue
        articles = []
        for finding in group:
            number += 1
            articles.append(_finding(finding, number, docs))
        parts.append(
            f'<section class="grade-group" data-grade="{_e(grade.value)}">'
            f'<h2><span class="badge grade-{_e(grade.value)}">{_e(grade.value)}</span>'
            f" {len(group)} finding(s)</h2>{''.join(articles)}</section>"
        )
    if not report.findings:
        parts.append('<p class="none">No findings.</p>')
    return "".join(parts)


def _source_ids(report: Report) -> list[str]:
    """Every source a finding names: the summaries' order first, then the rest as they come."""
    ids = [s.source for s in report.sources]
    for finding in report.findings:
        ids += [side.source for side in finding.sides if side.source not in ids]
    return ids


def _filters(report: Report) -> str:
    """Grade checkboxes, rule and source selects, a reset button and the shown count."""
    grades = "".join(
        f'<label class="check"><input type="checkbox" name="grade" value="{_e(g.value)}" checked>'
        f' <span class="badge grade-{_e(g.value)}">{_e(g.value)}</span>'
        f" {sum(f.grade is g for f in report.findings)}</label>"
        for g in Grade
    )
    names = {f.rule_id: f.rule_name for f in report.findings}
    rules = "".join(
        f'<option value="{_e(rule_id)}">{_e(rule_id)} {_e(name)}'
        f" ({sum(f.rule_id == rule_id for f in report.findings)})</option>"
        for rule_id, name in sorted(names.items())
    )
    sources = "".join(
        f'<option value="{_e(source)}">{_e(source)}'
        f" ({sum(any(s.source == source for s in f.sides) for f in report.findings)})</option>"
        for source in _source_ids(report)
    )
    return (
        '<form class="filters" id="filters" aria-label="Filter findings">'
        f"<fieldset><legend>Grade</legend>{grades}</fieldset>"
        '<label class="select">Rule <select id="filter-rule" name="rule">'
        f'<option value="">all rules</option>{rules}</select></label>'
        '<label class="select">Source <select id="filter-source" name="source">'
        f'<option value="">all sources</option>{sources}</select></label>'
        '<div class="filter-foot"><button type="reset" id="filter-reset">Show all</button>'
        f' <output id="shown">{len(report.findings)} of {len(report.findings)} shown</output></div>'
        "</form>"
    )


def _source_card(summary: SourceSummary) -> str:
    """A source's letter grade, counts per grade and the reason for the letter."""
    counts = "".join(
        f'<span class="count grade-{_e(g.value)}{" zero" if not summary.counts.get(g) else ""}"'
        f' title="{_e(g.value)}">{summary.counts.get(g, 0)} {_e(g.value)}</span>'
        for g in Grade
    )
    title = (
        f'<div class="source-title" title="{_e(summary.title)}">{_e(summary.title)}</div>'
        if summary.title
        else ""
    )
    if summary.url:  # as text, not a link: the page links only inside itself
        title += f'<div class="source-url">{_e(summary.url)}</div>'
    claims = f"{summary.claims} claim{'' if summary.claims == 1 else 's'}"
    return (
        f'<li class="source-card" data-source="{_e(summary.source)}">'
        f'<span class="letter letter-{_e(summary.letter)}" title="{_e(summary.reason)}">{_e(summary.letter)}</span>'
        f'<div class="source-body"><button type="button" class="source-filter" data-source="{_e(summary.source)}"'
        f' title="show only this source\'s findings">{_e(summary.source)}</button>'
        f' <span class="tier tier-{_e(summary.tier.value)}">{_e(summary.tier.value)}</span>'
        f' <span class="muted">{claims}</span>{title}'
        f'<div class="counts">{counts}</div><div class="muted reason">{_e(summary.reason)}</div></div></li>'
    )


def _sources(report: Report) -> str:
    """The per-source panel."""
    cards = "".join(_source_card(s) for s in report.sources)
    return (
        '<section class="sources" aria-label="Sources"><h2>Sources</h2>'
        '<p class="muted">A finding counts against the side likely wrong, else every news side.</p>'
        f'<ul class="source-list">{cards}</ul></section>'
    )


def _errors(report: Report) -> str:
    """Engine errors, which mean findings may be missing."""
    if not report.errors:
        return ""
    items = "".join(f"<li>{_e(e)}</li>" for e in report.errors)
    return (
        f'<section class="errors"><h2>Engine errors (findings may be missing)</h2><ul>{items}</ul></section>'
    )


def format_html(report: Report) -> str:
    """One self-contained HTML page: filters and source grades beside the findings by grade."""
    total = len(report.findings)
    suppressed = f", {report.suppressed} suppressed" if report.suppressed else ""
    lede = f"{total} finding(s) over {report.claims} claims and {len(report.rules)} rules{suppressed}."
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="en" data-status="loading" data-total="{total}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        f"<title>{_e(report.title)}: {total} finding(s)</title>\n<style>{_CSS}</style>\n"
        f"<script>{_ERROR_HOOK}</script>\n</head>\n<body>\n"
        f'<header class="top"><h1>{_e(report.title)}</h1><p>{_e(lede)}</p></header>\n'
        f'<div class="layout"><aside>{_filters(report)}{_sources(report)}</aside>\n'
        f"<main>{_errors(report)}{_findings(report)}"
        '<p class="none" id="nothing-shown" hidden>No finding matches the filters.</p></main></div>\n'
        f"<script>{_SCRIPT}</script>\n</body>\n</html>\n"
    )


# nothing may load from anywhere: the report is one file that works offline and leaks nothing
_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"

# installed first, so a failure in the main script (even a syntax error) is recorded
_ERROR_HOOK = """
window.addEventListener("error", function (event) {
  document.documentElement.setAttribute("data-status", "error:" + event.message);
});
"""

_SCRIPT = """
(function () {
  "use strict";
  var root = document.documentElement;
  try {
    var form = document.getElementById("filters");
    var ruleSelect = document.getElementById("filter-rule");
    var sourceSelect = document.getElementById("filter-source");
    var shown = document.getElementById("shown");
    var nothing = document.getElementById("nothing-shown");
    var findings = Array.prototype.slice.call(document.querySelectorAll("article.finding"));
    var groups = Array.prototype.slice.call(document.querySelectorAll("section.grade-group"));
    var boxes = Array.prototype.slice.call(form.querySelectorAll("input[name=grade]"));

    function hasSource(finding, source) {
      return Array.prototype.some.call(finding.querySelectorAll(".side"), function (side) {
        return side.getAttribute("data-source") === source;
      });
    }

    function choose(select, value) {
      // only a value the select offers; anything else in a URL means "all"
      select.value = Array.prototype.some.call(select.options, function (o) { return o.value === value; })
        ? value : "";
    }

    function apply() {
      var grades = {};
      boxes.forEach(function (box) { if (box.checked) { grades[box.value] = true; } });
      var rule = ruleSelect.value, source = sourceSelect.value, count = 0;
      findings.forEach(function (finding) {
        var keep = grades[finding.getAttribute("data-grade")] === true
          && (!rule || finding.getAttribute("data-rule") === rule)
          && (!source || hasSource(finding, source));
        finding.hidden = !keep;
        if (keep) { count += 1; }
      });
      groups.forEach(function (group) {
        group.hidden = !group.querySelector("article.finding:not([hidden])");
      });
      shown.textContent = count + " of " + findings.length + " shown";
      nothing.hidden = count > 0;
      return count;
    }

    function state() {
      var params = new URLSearchParams();
      var off = boxes.filter(function (b) { return !b.checked; });
      if (off.length) {
        params.set("grade", boxes.filter(function (b) { return b.checked; })
          .map(function (b) { return b.value; }).join(","));
      }
      if (ruleSelect.value) { params.set("rule", ruleSelect.value); }
      if (sourceSelect.value) { params.set("source", sourceSelect.value); }
      return params.toString();
    }

    function remember() {
      // the filters live in the address, so a filtered view can be shared; file:// pages may
      // refuse history updates, and then the filters simply are not remembered
      try { history.replaceState(null, "", "#" + state()); } catch (ignored) { /* see above */ }
    }

    function restore() {
      var hash = location.hash.slice(1);
      if (!hash || hash.indexOf("finding-") === 0) { return; }
      var params = new URLSearchParams(hash);
      if (params.has("grade")) {
        var wanted = params.get("grade").split(",");
        boxes.forEach(function (box) { box.checked = wanted.indexOf(box.value) >= 0; });
      }
      choose(ruleSelect, params.get("rule") || "");
      choose(sourceSelect, params.get("source") || "");
    }

    form.addEventListener("change", function () { apply(); remember(); });
    form.addEventListener("reset", function () {
      // reset restores the controls after this event; filter once it has
      setTimeout(function () { apply(); remember(); }, 0);
    });
    Array.prototype.forEach.call(document.querySelectorAll("button.source-filter"), function (button) {
      button.addEventListener("click", function () {
        choose(sourceSelect, button.getAttribute("data-source"));
        apply();
        remember();
        form.scrollIntoView({ block: "nearest" });
      });
    });

    restore();
    apply();
    var rendered = findings.filter(function (f) { return f.getClientRects().length > 0; }).length;
    root.setAttribute("data-status", "ok:" + rendered);
  } catch (error) {
    root.setAttribute("data-status", "error:" + (error && error.message ? error.message : String(error)));
  }
})();
"""

_CSS = """
:root {
  --fg: #1d1f23; --muted: #5f6673; --bg: #f6f7f9; --card: #fff; --line: #d9dde3;
  --critical: #b3261e; --major: #c25400; --minor: #8a6a00; --info: #2f5fa8;
  --mark: #ffe08a; --wrong: #b3261e;
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--fg); background: var(--bg); }
code { font: 0.9em ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
.top { padding: 18px 28px 8px; }
.top h1 { margin: 0; font-size: 24px; }
.top p { margin: 4px 0 0; color: var(--muted); }
.layout { display: grid; grid-template-columns: 330px minmax(0, 1fr); gap: 24px; padding: 12px 28px 40px; }
@media (max-width: 900px) { .layout { grid-template-columns: 1fr; } }
aside { align-self: start; position: sticky; top: 12px; max-height: calc(100vh - 24px); overflow: auto; }
@media (max-width: 900px) { aside { position: static; max-height: none; } }
h2 { font-size: 17px; margin: 18px 0 10px; }
.muted { color: var(--muted); font-size: 13px; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; color: #fff; font-size: 12px;
  font-weight: 600; text-transform: uppercase; letter-spacing: 0.03em; }
.badge.grade-critical { background: var(--critical); } .badge.grade-major { background: var(--major); }
.badge.grade-minor { background: var(--minor); } .badge.grade-info { background: var(--info); }
.filters { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
.filters fieldset { border: 0; margin: 0 0 8px; padding: 0; }
.filters legend { font-weight: 600; margin-bottom: 4px; }
.check { display: inline-flex; align-items: center; gap: 4px; margin: 0 10px 4px 0; font-size: 13px; }
.select { display: block; font-weight: 600; margin: 6px 0; }
.select select { display: block; width: 100%; margin-top: 2px; font: inherit; font-weight: 400; padding: 4px; }
.filter-foot { display: flex; justify-content: space-between; align-items: center; margin-top: 8px; }
.filter-foot output { color: var(--muted); font-size: 13px; }
button { font: inherit; cursor: pointer; }
.source-list { list-style: none; margin: 0; padding: 0; }
.source-card { display: flex; gap: 10px; background: var(--card); border: 1px solid var(--line);
  border-radius: 8px; padding: 8px 10px; margin-bottom: 8px; }
.letter { flex: none; width: 38px; height: 38px; border-radius: 8px; color: #fff; font-weight: 700;
  font-size: 22px; display: flex; align-items: center; justify-content: center; }
.letter-A { background: #2e7d32; } .letter-B { background: #7a8f00; } .letter-C { background: #c28a00; }
.letter-D { background: #d35400; } .letter-F { background: #b3261e; }
.source-body { min-width: 0; }
.source-filter { border: 0; background: none; padding: 0; font-weight: 700; color: #1a4f9c;
  text-decoration: underline dotted; }
.source-url { font-size: 12px; overflow-wrap: anywhere; }
.source-title { font-size: 13px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.counts { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 3px; }
.count { font-size: 11px; padding: 0 6px; border-radius: 8px; border: 1px solid currentColor; }
.count.grade-critical { color: var(--critical); } .count.grade-major { color: var(--major); }
.count.grade-minor { color: var(--minor); } .count.grade-info { color: var(--info); }
.count.zero { color: #a3a9b3; }
.reason { font-size: 12px; }
.tier { font-size: 11px; padding: 0 6px; border-radius: 8px; background: #e8ebf0; color: var(--muted); }
.tier-reference { background: #dff0e3; color: #1f5f2b; }
.tier-draft { background: #f3e6fa; color: #6a2d8a; }
.grade-group > h2 { display: flex; align-items: center; gap: 8px; }
.finding { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px;
  margin-bottom: 14px; }
.finding[data-grade=critical] { border-left: 5px solid var(--critical); }
.finding[data-grade=major] { border-left: 5px solid var(--major); }
.finding[data-grade=minor] { border-left: 5px solid var(--minor); }
.finding[data-grade=info] { border-left: 5px solid var(--info); }
.finding > header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px; }
.num { color: var(--muted); font-size: 13px; }
.permalink { margin-left: auto; color: var(--muted); text-decoration: none; }
.message { margin: 6px 0 10px; }
.sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 10px; }
.side { border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; background: #fbfcfd; }
.side.wrong { border-color: var(--wrong); box-shadow: inset 3px 0 0 var(--wrong); }
.side-head { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
.flag { color: var(--wrong); font-weight: 600; font-size: 13px; }
.where { font-size: 12px; color: var(--muted); overflow-wrap: anywhere; }
blockquote { margin: 6px 0; padding: 0 0 0 10px; border-left: 3px solid var(--line); white-space: pre-wrap;
  overflow-wrap: anywhere; font-family: Georgia, "Times New Roman", serif; }
mark { background: var(--mark); padding: 0 2px; border-radius: 2px; font-weight: 600; }
.side.wrong mark { background: #ffc9c4; }
.value { font-size: 13px; color: var(--muted); }
.why { margin-top: 10px; font-size: 14px; }
.why summary { cursor: pointer; color: #1a4f9c; }
.why p { margin: 6px 0; }
.rule-summary { font-weight: 600; }
.errors { background: #fdecea; border: 1px solid var(--critical); border-radius: 8px; padding: 4px 16px; }
.none { color: var(--muted); font-style: italic; }
"""
