"""`factcheck export claimreview`: schema.org ClaimReview JSON-LD with a documented rating scale."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from factcheck.model import Grade, Tier
from factcheck.pipeline.run import RunOptions, run
from factcheck.registry import Registry, load_registry
from factcheck.report.claimreview import BEST_RATING, CORRECT, RATINGS, WORST_RATING, claim_reviews

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2024, 5, 17)


@pytest.fixture(scope="module")
def registry() -> Registry:
    """The bundled registry."""
    return load_registry(ROOT)


@pytest.fixture(scope="module")
def reviews(registry: Registry) -> list[dict[str, Any]]:
    """ClaimReviews of the bundled registry's review."""
    report = run(None, RunOptions(ROOT))
    return claim_reviews(registry, report, author="Example Desk", today=TODAY)


def is_iso_date(value: Any) -> bool:
    """True for an ISO 8601 calendar date string."""
    return isinstance(value, str) and dt.date.fromisoformat(value).isoformat() == value


def check_structure(item: dict[str, Any]) -> None:
    """The properties a ClaimReview needs, each of the right type."""
    assert item["@context"] == "https://schema.org"
    assert item["@type"] == "ClaimReview"
    assert isinstance(item["claimReviewed"], str)
    assert item["claimReviewed"]
    assert is_iso_date(item["datePublished"])
    assert item["author"]["@type"] == "Organization"
    assert isinstance(item["author"]["name"], str)
    claim = item["itemReviewed"]
    assert claim["@type"] == "Claim"
    assert claim["appearance"]
    for appearance in claim["appearance"]:
        assert appearance["@type"] in ("NewsArticle", "CreativeWork")
        assert isinstance(appearance.get("headline", appearance.get("name", "")), str)
    if "datePublished" in claim:
        assert is_iso_date(claim["datePublished"])
    if "author" in claim:
        assert claim["author"]["@type"] in ("Organization", "Person")
    rating = item["reviewRating"]
    assert rating["@type"] == "Rating"
    for key in ("ratingValue", "bestRating", "worstRating"):
        assert isinstance(rating[key], int)
    assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    assert isinstance(rating["alternateName"], str)
    assert rating["alternateName"]


def test_every_review_is_well_formed(reviews: list[dict[str, Any]]) -> None:
    assert reviews
    for item in reviews:
        check_structure(item)
        assert item["datePublished"] == "2024-05-17"
        assert item["author"]["name"] == "Example Desk"
        assert "url" not in item


def test_one_review_per_charged_news_claim(registry: Registry, reviews: list[dict[str, Any]]) -> None:
    ids = [item["identifier"] for item in reviews]
    assert len(ids) == len(set(ids))
    for item in reviews:
        claim = registry.claim(item["identifier"])
        assert registry.sources[claim.source].tier is Tier.NEWS
        assert item["claimReviewed"] == claim.text
    ratings = [item["reviewRating"]["ratingValue"] for item in reviews]
    assert ratings == sorted(ratings)  # worst first


def test_ratings_follow_the_worst_finding(reviews: list[dict[str, Any]]) -> None:
    by_id = {item["identifier"]: item for item in reviews}
    deaths = by_id["s000.deaths"]  # "hundreds of deaths" against OHCHR's 4,731 killed: critical
    assert deaths["reviewRating"]["ratingValue"] == 1
    assert deaths["reviewRating"]["alternateName"] == "False"
    assert "FC101 (critical)" in deaths["reviewBody"]
    assert deaths["itemReviewed"]["datePublished"] == "2022-06-26"
    assert deaths["itemReviewed"]["appearance"][0]["headline"].startswith("Vladimir Putin schedules")
    for side in ("s000.gold-ban", "s001.gold-ban"):  # a reversed relation between two news sources
        assert by_id[side]["reviewRating"]["ratingValue"] == 1
        assert "no source settles which side is wrong" in by_id[side]["reviewBody"]
    assert "s000.m-rahmon-1" not in by_id  # an accepted variant (info grade) is not reviewed
    zoko = by_id["s002.m-widodo-2"]  # "Zoko" for Joko: a minor misspelling
    assert zoko["reviewRating"]["ratingValue"] == 3
    assert "ohchr.killed" not in by_id  # the reference is the yardstick, never reviewed


def test_known_outlet_is_the_claims_author(registry: Registry) -> None:
    from factcheck.model import Finding
    from factcheck.report.claimreview import claim_review

    source = registry.sources["s003"]  # the only bundled source that names its outlet
    claim = registry.claims[0]
    finding = Finding(
        rule_id="FC101",
        rule_name="quantity.magnitude",
        grade=Grade.MAJOR,
        outcome="x",
        confidence=1.0,
        message="m",
        sides=[],
        fingerprint="f",
    )
    item = claim_review(claim, source, [finding], author="a", today=TODAY, url="https://e.org/c")
    check_structure(item)
    assert item["itemReviewed"]["author"] == {"@type": "Organization", "name": source.outlet}
    assert item["itemReviewed"]["appearance"][0]["author"] == {"@type": "Person", "name": "Florian Naumann"}
    assert item["url"] == f"https://e.org/c#{claim.id}"
    assert item["reviewRating"]["alternateName"] == "Mostly false"


def test_the_mapping_is_documented() -> None:
    page = (ROOT / "docs" / "claimreview.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (critical|major|minor|info|none[^|]*) \| (\d) \| ([^|]+) \|$", page, re.M)
    documented = {grade.split()[0]: (int(value), name.strip()) for grade, value, name in rows}
    expected = {grade.value: (r.value, r.name) for grade, r in RATINGS.items()}
    expected["none"] = (CORRECT.value, CORRECT.name)
    assert documented == expected
    assert set(RATINGS) == set(Grade)
    values = [r.value for r in (*RATINGS.values(), CORRECT)]
    assert all(WORST_RATING <= v <= BEST_RATING for v in values)
    assert len(set(values)) == len(values)
    # more severe grades rate lower
    assert [RATINGS[g].value for g in sorted(Grade, key=lambda g: -g.rank)] == sorted(
        RATINGS[g].value for g in Grade
    )


def test_cli_writes_json_ld(cli: Callable[..., Result], root: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "claimreview.json"
    result = cli(
        "export",
        "claimreview",
        "--registry",
        str(root),
        "-o",
        str(target),
        "--author",
        "Desk",
        "--url",
        "https://example.org/checks",
    )
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    assert "<" not in text  # safe inside a <script type="application/ld+json">
    data = json.loads(text)
    assert isinstance(data, list)
    assert data
    for item in data:
        check_structure(item)
        assert item["author"]["name"] == "Desk"
        assert item["url"] == f"https://example.org/checks#{item['identifier']}"
        assert item["datePublished"] == dt.date.today().isoformat()


def test_cli_author_from_config_then_default(
    cli: Callable[..., Result], registry_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(registry_copy)
    default = json.loads(cli("export", "claimreview").stdout)
    assert {item["author"]["name"] for item in default} == {"factcheck"}
    (registry_copy / "factcheck.toml").write_text('author = "Config Desk"\n')
    configured = json.loads(cli("export", "claimreview").stdout)
    assert {item["author"]["name"] for item in configured} == {"Config Desk"}


def test_cli_rejects_a_url_that_is_not_a_web_address(cli: Callable[..., Result], root: Path) -> None:
    result = cli("export", "claimreview", "--registry", str(root), "--url", "javascript:alert(1)")
    assert result.exit_code == 2
    assert "not a web address" in result.output


def test_source_urls_fill_appearance_and_reviews_get_their_own_anchors(
    cli: Callable[..., Result], registry_copy: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Putin arrived in Dushanbe on Tuesday, June 28, 2022.\n", encoding="utf-8")
    monkeypatch.chdir(registry_copy)
    bad = cli("sources", "add", str(article), "--published", "2022-06-29", "--url", "ftp://x.org/a")
    assert bad.exit_code == 2
    assert "not a web address" in bad.output
    added = cli(
        "sources", "add", str(article), "--published", "2022-06-29", "--url", "https://news.example/a?id=1"
    )
    assert added.exit_code == 0, added.output
    manifest = (registry_copy / "seeds" / "sources.yaml").read_text(encoding="utf-8")
    assert "url: https://news.example/a?id=1" in manifest
    # the bundled s000 gets a url too, by hand, as an editor would write it
    manifest = manifest.replace("  - id: s000\n", "  - id: s000\n    url: https://news.example/s000\n", 1)
    (registry_copy / "seeds" / "sources.yaml").write_text(manifest, encoding="utf-8")
    result = cli("export", "claimreview", "--url", "https://checks.example/trip")
    assert result.exit_code == 0, result.output
    reviews = json.loads(result.stdout)
    deaths = next(r for r in reviews if r["identifier"] == "s000.deaths")
    assert deaths["itemReviewed"]["appearance"][0]["url"] == "https://news.example/s000"
    assert deaths["itemReviewed"]["firstAppearance"]["url"] == "https://news.example/s000"
    urls = [r["url"] for r in reviews]
    assert len(set(urls)) == len(urls)  # one anchor per review
    html = cli("review", "--format", "html").stdout
    assert '<div class="source-url">https://news.example/s000</div>' in html


def test_without_url_the_export_says_google_needs_one(cli: Callable[..., Result], root: Path) -> None:
    result = cli("export", "claimreview", "--registry", str(root))
    assert result.exit_code == 0
    assert "no --url" in result.stderr
    assert all("url" not in item for item in json.loads(result.stdout))


def test_accepted_variants_are_not_exported(cli: Callable[..., Result], root: Path) -> None:
    report = json.loads(cli("review", "--registry", str(root), "--format", "json").stdout)
    info_only = {
        side["claim_id"] for f in report["findings"] if f["grade"] == "info" for side in f["sides"]
    } - {side["claim_id"] for f in report["findings"] if f["grade"] != "info" for side in f["sides"]}
    assert info_only  # the bundled registry has accepted transliterations
    reviews = json.loads(cli("export", "claimreview", "--registry", str(root)).stdout)
    assert not info_only & {item["identifier"] for item in reviews}
