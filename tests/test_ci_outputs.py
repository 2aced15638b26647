"""CI outputs against the validators the ecosystem uses, from any repository layout.

SARIF is validated with the OASIS 2.1.0 JSON schema (jsonschema), JUnit with Jenkins'
junit-10.xsd and windyroad's JUnit.xsd (xmlschema). The schemas are read from ../shared/schemas/
beside the repository root (or beside the main checkout when this is a git worktree); the tests
skip, saying so, where that folder is absent.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import unquote

import pytest
from click.testing import CliRunner, Result

from factcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
AWKWARD_NAME = "draft 100% wrong, v2.md"  # a space, a percent sign and a comma


def _schema_folders() -> list[Path]:
    """../shared/schemas beside this checkout, and beside the main checkout of a worktree."""
    folders = [ROOT.parent / "shared" / "schemas"]
    common = subprocess.run(
        ["git", "rev-parse", "--path-format=absolute", "--git-common-dir"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    if common:
        folders.append(Path(common).parent.parent / "shared" / "schemas")
    return folders


def schema(name: str) -> Path:
    """A schema file from ../shared/schemas, or skip the test with where it was looked for."""
    for folder in _schema_folders():
        if (folder / name).is_file():
            return folder / name
    pytest.skip(f"{name} not found in {', '.join(map(str, _schema_folders()))}: validator test skipped")


@pytest.fixture(scope="module")
def sarif_validator() -> Callable[[dict[str, object]], list[str]]:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft7Validator(json.loads(schema("sarif-schema-2.1.0.json").read_text()))
    return lambda log: [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(log)]


@pytest.fixture(scope="module")
def junit_schemas() -> list[object]:
    xmlschema = pytest.importorskip("xmlschema")
    return [
        xmlschema.XMLSchema(str(schema("jenkins-junit-10.xsd"))),
        xmlschema.XMLSchema(str(schema("windyroad-JUnit.xsd"))),
    ]


def git(folder: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
        cwd=folder,
        check=True,
        capture_output=True,
    )


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A git repository with the registry in newsroom/, the summaries in drafts/summaries/, and a
    factcheck.toml at the root naming the registry."""
    repo = tmp_path_factory.mktemp("repo")
    for name in ("seeds", "claims", "rules"):
        shutil.copytree(ROOT / name, repo / "newsroom" / name)
    (repo / "drafts" / "summaries").mkdir(parents=True)
    shutil.copy(ROOT / "examples" / "inconsistent-summary.md", repo / "drafts" / "summaries" / AWKWARD_NAME)
    # how a repository says where its registry is, for commands run from the root or a hook
    (repo / "factcheck.toml").write_text('registry = "newsroom"\n', encoding="utf-8")
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "start")
    return repo


@pytest.fixture
def run_in(monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    """Run the CLI from a given working folder."""

    def run(cwd: Path, *args: str) -> Result:
        monkeypatch.chdir(cwd)
        return CliRunner().invoke(main, list(args), catch_exceptions=False)

    return run


def sarif_uris(log: dict[str, object]) -> Iterator[dict[str, str]]:
    for run in log["runs"]:  # type: ignore[attr-defined]
        for result in run["results"]:
            for location in result.get("locations", []) + result.get("relatedLocations", []):
                yield location["physicalLocation"]["artifactLocation"]


def github_files(text: str) -> list[str]:
    """The file= property of every workflow command, unescaped as the runner does."""
    files = []
    for line in text.splitlines():
        props = line.split(" ", 1)[1].split("::", 1)[0]
        for prop in props.split(","):
            if prop.startswith("file="):
                value = prop[5:]
                for escaped, plain in (
                    ("%2C", ","),
                    ("%3A", ":"),
                    ("%0A", "\n"),
                    ("%0D", "\r"),
                    ("%25", "%"),
                ):
                    value = value.replace(escaped, plain)
                files.append(value)
    return files


# every way of running on the subfolder layout: (working folder, arguments)
LAYOUT_RUNS = {
    "review from the registry": ("newsroom", ["review"]),
    "review from the repository root": (".", ["review", "--registry", "newsroom"]),
    "check from the registry": ("newsroom", ["check", f"../drafts/summaries/{AWKWARD_NAME}"]),
    "check from the repository root": (".", ["check", f"drafts/summaries/{AWKWARD_NAME}"]),
    "check from the summaries": ("drafts/summaries", ["check", "--registry", "../../newsroom", AWKWARD_NAME]),
}


@pytest.mark.parametrize("how", sorted(LAYOUT_RUNS))
def test_every_path_resolves_from_the_repository_root(
    newsroom: Path,
    run_in: Callable[..., Result],
    how: str,
    sarif_validator: Callable[[dict[str, object]], list[str]],
) -> None:
    folder, args = LAYOUT_RUNS[how]
    cwd = newsroom / folder
    sarif = run_in(cwd, *args, "--format", "sarif", "--fail-on", "critical")
    assert sarif.exit_code == 1, sarif.output
    log = json.loads(sarif.stdout)
    assert sarif_validator(log) == []
    run = log["runs"][0]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == newsroom.resolve().as_uri() + "/"
    locations = list(sarif_uris(log))
    assert locations
    for location in locations:
        assert location["uriBaseId"] == "%SRCROOT%"
        assert " " not in location["uri"]
        assert (newsroom / unquote(location["uri"])).is_file(), location["uri"]
    if args[0] == "check":
        assert any(unquote(loc["uri"]).endswith(AWKWARD_NAME) for loc in locations)
        assert any("%20" in loc["uri"] and "%25" in loc["uri"] for loc in locations)
    github = run_in(cwd, *args, "--format", "github", "--fail-on", "critical")
    files = github_files(github.stdout)
    assert files
    for file in files:
        assert (newsroom / file).is_file(), file


@pytest.mark.parametrize("how", sorted(LAYOUT_RUNS))
def test_junit_passes_both_schemas_in_the_subfolder_layout(
    newsroom: Path, run_in: Callable[..., Result], how: str, junit_schemas: list[object]
) -> None:
    folder, args = LAYOUT_RUNS[how]
    result = run_in(newsroom / folder, *args, "--format", "junit", "--fail-on", "major")
    for xsd in junit_schemas:
        errors = [e.reason for e in xsd.iter_errors(result.stdout)]  # type: ignore[attr-defined]
        assert errors == [], f"{xsd}: {errors[:3]}"
    suite = ET.fromstring(result.stdout).find("testsuite")
    assert suite is not None
    assert max(len(case.findall("failure")) for case in suite.iter("testcase")) == 1
    assert int(suite.get("failures") or 0) == len(suite.findall("testcase/failure"))


@pytest.mark.parametrize(
    "args",
    [["review"], ["check", "examples/inconsistent-summary.md"], ["check", "examples/consistent-summary.md"]],
)
def test_bundled_registry_outputs_pass_the_validators(
    run_in: Callable[..., Result],
    args: list[str],
    sarif_validator: Callable[[dict[str, object]], list[str]],
    junit_schemas: list[object],
) -> None:
    sarif = run_in(ROOT, *args, "--format", "sarif")
    assert sarif_validator(json.loads(sarif.stdout)) == []
    junit = run_in(ROOT, *args, "--format", "junit")
    for xsd in junit_schemas:
        assert list(xsd.iter_errors(junit.stdout)) == []  # type: ignore[attr-defined]


def test_control_characters_in_a_draft_keep_junit_and_sarif_valid(
    tmp_path: Path,
    run_in: Callable[..., Result],
    sarif_validator: Callable[[dict[str, object]], list[str]],
    junit_schemas: list[object],
) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "The UN said hundreds\x00 of deaths\x07 followed the invasion, Putin said “no\x01 boundaries”.\n",
        encoding="utf-8",
    )
    junit = run_in(ROOT, "check", str(draft), "--format", "junit", "--fail-on", "info")
    assert junit.exit_code == 1
    for xsd in junit_schemas:
        assert list(xsd.iter_errors(junit.stdout)) == []  # type: ignore[attr-defined]
    assert "\x00" not in junit.stdout
    sarif = run_in(ROOT, "check", str(draft), "--format", "sarif")
    assert sarif_validator(json.loads(sarif.stdout)) == []


def test_sarif_carries_what_azure_and_code_scanning_read(
    newsroom: Path, run_in: Callable[..., Result]
) -> None:
    log = json.loads(run_in(newsroom, "review", "--registry", "newsroom", "--format", "sarif").stdout)
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["fullName"].startswith("factcheck ")
    assert run["automationDetails"]["id"] == "factcheck/review/"
    rules_md = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    for rule in driver["rules"]:
        url, _, anchor = rule["helpUri"].partition("#")
        assert url.endswith("/docs/rules.md")
        assert f"(#{anchor})" in rules_md, f"{rule['id']}: no section #{anchor} in docs/rules.md"
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=newsroom, capture_output=True, text=True).stdout
    provenance = run["versionControlProvenance"][0]
    assert provenance["revisionId"] == head.strip()
    assert provenance["mappedTo"] == {"uriBaseId": "%SRCROOT%"}
    result = run["results"][0]
    region = result["locations"][0]["physicalLocation"]["region"]
    uri = unquote(result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])
    text = (newsroom / uri).read_text(encoding="utf-8").splitlines()[region["startLine"] - 1]
    start = region["startColumn"] - 1
    assert text[start : start + len(region["snippet"]["text"])] == region["snippet"]["text"]


def test_outside_git_the_root_is_the_working_folder(
    registry_copy: Path, run_in: Callable[..., Result]
) -> None:
    log = json.loads(run_in(registry_copy, "review", "--format", "sarif").stdout)
    run = log["runs"][0]
    assert "versionControlProvenance" not in run
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == registry_copy.resolve().as_uri() + "/"
    for location in sarif_uris(log):
        assert (registry_copy / unquote(location["uri"])).is_file()


@pytest.mark.parametrize(("fail_on", "exit_code"), [(None, 0), ("critical", 1), ("info", 1)])
def test_outputs_agree_with_the_exit_code(
    run_in: Callable[..., Result], fail_on: str | None, exit_code: int
) -> None:
    """review: JUnit failures and GitHub errors exactly when the run fails, and for what fails it."""
    threshold = ["--fail-on", fail_on] if fail_on else []
    junit = run_in(ROOT, "review", "--format", "junit", *threshold)
    github = run_in(ROOT, "review", "--format", "github", *threshold)
    json_report = json.loads(run_in(ROOT, "review", "--format", "json").stdout)
    assert junit.exit_code == github.exit_code == exit_code
    suite = ET.fromstring(junit.stdout).find("testsuite")
    assert suite is not None
    failures = int(suite.get("failures", "0"))
    rank = ["info", "minor", "major", "critical"]
    grades = [f["grade"] for f in json_report["findings"]]
    failing = 0 if fail_on is None else sum(rank.index(g) >= rank.index(fail_on) for g in grades)
    assert failures == failing
    levels = [line.split(" ", 1)[0] for line in github.stdout.splitlines()]
    expected = {"critical": "::error", "major": "::error", "minor": "::warning", "info": "::notice"}
    for grade, level in zip(grades, levels, strict=True):
        fails = fail_on is not None and rank.index(grade) >= rank.index(fail_on)
        assert level == ("::error" if fails else expected[grade])
