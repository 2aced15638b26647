"""JUnit XML for GitLab and other CI test reports: one testcase per file, a failure per finding."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict

from factcheck.model import Finding, Report
from factcheck.report.text import side_label


def _file_of(finding: Finding) -> str:
    side = finding.primary_side()
    return side.file if side is not None and side.file else finding.sides[0].source


def format_junit(report: Report) -> str:
    """Findings that fail the run are <failure>s; the others are listed in <system-out>."""
    by_file: dict[str, list[Finding]] = defaultdict(list)
    for finding in report.findings:
        by_file[_file_of(finding)].append(finding)
    files = [s.file for s in report.sources if s.file] + [
        f for f in by_file if f not in {s.file for s in report.sources}
    ]
    suites = ET.Element("testsuites", name="factcheck")
    suite = ET.SubElement(suites, "testsuite", name="factcheck", tests=str(len(files)))
    failures = 0
    for file in files:
        case = ET.SubElement(suite, "testcase", classname="factcheck", name=file, file=file)
        notes = []
        for finding in by_file.get(file, []):
            side = finding.primary_side()
            where = f"{file}:{side.line}" if side is not None and side.line else file
            body = "\n".join([f"{where}: {finding.message}", *(side_label(s) for s in finding.sides)])
            if report.failing(finding):
                failures += 1
                failure = ET.SubElement(
                    case,
                    "failure",
                    type=finding.rule_id,
                    message=f"[{finding.grade.value}] {finding.rule_id}{' (auto-linked)' if finding.auto_linked else ''} {finding.message}",
                )
                failure.text = body
            else:
                notes.append(f"[{finding.grade.value}] {finding.rule_id} {body}")
        if notes:
            ET.SubElement(case, "system-out").text = "\n\n".join(notes)
    suite.set("failures", str(failures))
    suite.set("errors", str(len(report.errors)))
    for error in report.errors:
        ET.SubElement(
            ET.SubElement(suite, "testcase", classname="factcheck", name="engine"), "error", message=error
        )
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
