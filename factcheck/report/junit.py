"""JUnit XML for GitLab, Jenkins and other CI test reports.

One test case per finding (a finding at or above --fail-on is its case's one <failure>; the others
pass and are listed in the suite's <system-out>), one passing case per checked file with no
finding, and an <error> case per engine error. The layout passes both common schemas: Jenkins'
junit-10.xsd and windyroad's JUnit.xsd (tests/test_validators.py runs both). Characters XML 1.0
cannot carry (NUL, other control characters) are written as visible \\xNN escapes.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from factcheck.model import Finding, Report
from factcheck.report.text import side_label

# what XML 1.0 allows: tab, newline, carriage return and the printable planes
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
NO_TIMESTAMP = "1970-01-01T00:00:00"  # a report made without its run context (direct formatter use)


def xml_text(text: str) -> str:
    """The text with characters XML cannot hold written as \\xNN."""
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group(0)):02x}", text)


def _where(finding: Finding) -> tuple[str, str]:
    """The finding's file (or source id) and file:line."""
    side = finding.primary_side()
    if side is not None and side.file:
        return side.file, f"{side.file}:{side.line}"
    return finding.sides[0].source, finding.sides[0].source


def _body(finding: Finding) -> str:
    """What a reader needs: where, the message, and every side's words."""
    _, where = _where(finding)
    return "\n".join([f"{where}: {finding.message}", *(side_label(s) for s in finding.sides)])


def _case(parent: ET.Element, name: str, classname: str) -> ET.Element:
    return ET.SubElement(parent, "testcase", name=xml_text(name), classname=xml_text(classname), time="0")


def _finding_case(suite: ET.Element, finding: Finding, report: Report) -> bool:
    """One test case for the finding; True when it failed."""
    file, where = _where(finding)
    case = _case(suite, f"{finding.rule_id} {finding.rule_name} at {where}", file)
    if not report.failing(finding):
        return False
    failure = ET.SubElement(
        case,
        "failure",
        type=finding.rule_id,
        message=xml_text(
            f"[{finding.grade.value}] {finding.rule_id}{' (auto-linked)' if finding.auto_linked else ''} {finding.message}"
        ),
    )
    failure.text = xml_text(_body(finding))
    return True


def format_junit(report: Report) -> str:
    """A <testsuites> with one <testsuite> of the run's findings."""
    context = report.context
    suites = ET.Element("testsuites")  # windyroad's schema allows it no attributes
    suite = ET.SubElement(
        suites,
        "testsuite",
        name=report.title,
        package="factcheck",
        id="0",
        timestamp=context.started.isoformat() if context and context.started else NO_TIMESTAMP,
        hostname=xml_text(context.hostname) if context else "localhost",
    )
    properties = ET.SubElement(suite, "properties")
    threshold = report.fail_on.value if report.fail_on is not None else "none"
    ET.SubElement(properties, "property", name="fail-on", value=threshold)
    ET.SubElement(properties, "property", name="claims", value=str(report.claims))
    failures = sum(_finding_case(suite, finding, report) for finding in report.findings)
    with_findings = {_where(f)[0] for f in report.findings}
    clean = [s.file for s in report.sources if s.file and s.file not in with_findings]
    for file in clean:
        _case(suite, f"{file}: no findings", file)
    for error in report.errors:
        ET.SubElement(_case(suite, "engine", "factcheck"), "error", type="engine", message=xml_text(error))
    passed = [f for f in report.findings if not report.failing(f)]
    notes = [f"[{f.grade.value}] {f.rule_id} {_body(f)}" for f in passed]
    ET.SubElement(suite, "system-out").text = xml_text("\n\n".join(notes))
    ET.SubElement(suite, "system-err").text = ""
    tests = len(report.findings) + len(clean) + len(report.errors)
    suite.set("tests", str(tests))
    suite.set("failures", str(failures))
    suite.set("errors", str(len(report.errors)))
    suite.set("skipped", "0")
    suite.set("time", "0")
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
