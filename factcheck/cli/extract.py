"""`factcheck extract`: candidate claims from plain text, printed or merged into a claims file.

Heavy imports happen inside the command, so `factcheck --help`
stays fast.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from factcheck.cli.environment import environment
from factcheck.cli.options import handle_errors, use_config_frames, warn_user

if TYPE_CHECKING:
    from factcheck.extract.candidates import Candidate, Extraction
    from factcheck.registry import Registry

F = TypeVar("F", bound=Callable[..., Any])
TEXT_WIDTH = 48


@click.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--published",
    metavar="DATE",
    help="Publication date that relative dates resolve against: YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD. "
    "Default: the registered source's date when FILE is a registry source, else none.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["yaml", "json", "table"]),
    default=None,
    help="Output format. Default: yaml (nothing is printed with --write unless --format is given).",
)
@click.option(
    "--write",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Add the candidates to this claims file (status: candidate). An existing file is merged: "
    "its claims are never changed, duplicates are skipped, and it is written atomically.",
)
@click.option(
    "--registry",
    "registry_root",
    type=click.Path(path_type=Path, file_okay=False),
    help="Registry whose entities and subjects to use. Default: the nearest one above FILE or the current folder.",
)
@handle_errors
def extract(
    files: tuple[Path, ...],
    published: str | None,
    fmt: str | None,
    write: Path | None,
    registry_root: Path | None,
) -> None:
    """Extract candidate claims (numbers, dates, quotes, names) from plain English text.

    \b
    Exit codes: 0 ok, 2 bad input (missing or undecodable file, bad --published).
    Example:
      factcheck extract seeds/000_fae8cf41b6720a97.txt --format table
      factcheck extract summary.txt --published 2022-06-27 --format json
      factcheck extract seeds/000_fae8cf41b6720a97.txt --write claims/s000-candidates.yaml
    """
    from factcheck.extract import extract_file
    from factcheck.extract.sources import parse_published

    when = parse_published(published) if published is not None else None
    root, registry = _registry(registry_root, files)
    # the registry's own events and count cues (factcheck.toml [frames]), read from its root
    # wherever the command runs, so stored claims are framed as `check` frames them
    use_config_frames(root or Path.cwd())
    extractions = [extract_file(path, published=when, registry=registry) for path in files]
    for extraction in extractions:
        for dropped in extraction.dropped:
            warn_user(dropped.warning(extraction.file))
    if write is not None:
        _write(write, extractions, registry)
    if write is None or fmt is not None:
        click.echo(FORMATS[fmt or "yaml"](extractions), nl=False)


def _registry(root: Path | None, files: tuple[Path, ...]) -> tuple[Path | None, Registry | None]:
    """The registry's root and the registry to read entities and subjects from (None when there
    is none)."""
    from factcheck.errors import FactcheckError
    from factcheck.extract.sources import find_registry_root, load_registry_leniently

    if root is not None and not root.is_dir():
        raise FactcheckError("registry folder not found", path=root)
    root = root or find_registry_root(*[p.parent for p in files[:1]], Path.cwd())
    if root is None:
        return None, None
    registry, problems = load_registry_leniently(root, environment().use_cache)
    if problems:
        click.echo(
            f"warning: the registry in {root} has {len(problems)} problem(s) "
            "(see `factcheck claims validate`); extracting with the entities and subjects that load",
            err=True,
        )
    return root, registry


def _write(path: Path, extractions: list[Extraction], registry: Registry | None) -> None:
    from factcheck.extract.claimsfile import write_candidates

    candidates = [c for e in extractions for c in e.candidates]
    sources = {e.source for e in extractions}
    default = sources.pop() if len(sources) == 1 else None
    known = registry.claims if registry is not None else []
    added = write_candidates(path, candidates, known, default, environment(warn=warn_user).lock_timeout)
    skipped = len(candidates) - added
    click.echo(
        f"added {added} candidate claim(s) to {path} ({skipped} already there or in the registry)", err=True
    )


def _yaml(extractions: list[Extraction]) -> str:
    from factcheck.yamlio import dump_yaml

    return dump_yaml([_plain(e) for e in extractions])


def _json(extractions: list[Extraction]) -> str:
    return json.dumps([_plain(e) for e in extractions], indent=2, ensure_ascii=False) + "\n"


def _plain(extraction: Extraction) -> dict[str, Any]:
    # `dropped` only when something was: the output of a clean extraction stays as it was
    return extraction.model_dump(
        mode="json", by_alias=True, exclude_none=True, exclude=None if extraction.dropped else {"dropped"}
    )


def _table(extractions: list[Extraction]) -> str:
    from tabulate import tabulate

    parts = []
    for extraction in extractions:
        published = extraction.published
        when = f"{published.start}..{published.end}" if published else "none"
        origin = "registered source" if extraction.registered else "not a registry source"
        parts.append(f"{extraction.file}: source {extraction.source} ({origin}), published {when}")
        rows = [_row(c) for c in extraction.candidates]
        parts.append(tabulate(rows, headers=["span", "kind", "text", "value", "about"], tablefmt="simple"))
        dropped = f", {len(extraction.dropped)} left out (see the warnings)" if extraction.dropped else ""
        parts.append(f"{len(rows)} candidate(s){dropped}\n")
    return "\n".join(parts)


def _row(candidate: Candidate) -> list[str]:
    claim = candidate.claim
    text = claim.text.replace("\n", " ")
    if len(text) > TEXT_WIDTH:
        text = text[: TEXT_WIDTH - 1] + "…"
    span = f"{candidate.span[0]}-{candidate.span[1]}"
    return [span, claim.kind, text, _value(candidate), _about(candidate)]


def _value(candidate: Candidate) -> str:
    """The claim's value in a few words."""
    from factcheck.extract.numbers import length_in_parts

    claim = candidate.claim
    if claim.kind == "quantity":
        low, high = claim.interval()
        stated = claim.vague or (f"{claim.approx} " if claim.approx else "") + _number(claim.value)
        if claim.value is None and claim.vague is None:
            stated = f"{_number(low)}–{_number(high)}"
        bounds = f" [{_number(low)}–{_number(high)}]" if (claim.vague or claim.approx) else ""
        return f"{stated}{bounds} {claim.unit}".strip()
    if claim.kind == "duration":
        if claim.value is not None and claim.unit == "days" and 0 < claim.value < 1:
            # "about ten minutes" is stored in days; say it as written
            minutes = claim.value * 1440
            said = f"{_number(minutes / 60)} hours" if minutes >= 60 else f"{_number(minutes)} minutes"
            said = length_in_parts(claim.value * 86400) or said
            return f"{claim.approx + ' ' if claim.approx else ''}{said}"
        if claim.value is not None:
            return f"{claim.approx + ' ' if claim.approx else ''}{_number(claim.value)} {claim.unit}"
        return f"{_number(claim.low)}–{_number(claim.high)} {claim.unit}"
    if claim.kind == "date":
        when = str(claim.start) if claim.start == claim.end else f"{claim.start}..{claim.end}"
        extra = [claim.precision.value, *(["relative"] if claim.relative else [])]
        extra += [f"written {claim.weekday}"] if claim.weekday else []
        extra += (
            [_again(claim.time_again, claim.zone_again, claim.zone_gap)] if claim.zone_gap is not None else []
        )
        return f"{when} ({', '.join(extra)})"
    if claim.kind == "quote":
        said = f" — {claim.speaker}" if claim.speaker else ""
        return f"“{claim.words[:30]}{'…' if len(claim.words) > 30 else ''}”{said}"
    if claim.kind == "relation":
        return f"{claim.predicate} {claim.item or ''}{' of ' + claim.to if claim.to else ''}".strip()
    if claim.kind == "mention":
        if candidate.spelling == "variant":
            return f"{claim.entity} (variant of {candidate.matched_name}, {candidate.similarity:.0f})"
        return f"{claim.entity} ({candidate.spelling})"
    return ""


def _about(candidate: Candidate) -> str:
    """The subject the claim was given, with its cue score."""
    claim = candidate.claim
    subject = (
        getattr(claim, "subject", None)
        or getattr(claim, "describes", None)
        or getattr(claim, "event", None)
        or getattr(claim, "relation", None)
    )
    if subject is None:
        return ""
    if claim.kind == "duration":
        return _anchors(candidate)
    score = next((m.score for m in candidate.subjects if m.id == subject), None)
    if candidate.frame_why:
        return f"{subject} ({candidate.frame_why})"
    return f"{subject} ({score:.2f})" if score is not None else subject


def _anchors(candidate: Candidate) -> str:
    """A duration's two ends: 'from auto.event.struck to 2013-07-22 (why)'."""
    claim = candidate.claim
    assert claim.kind == "duration"
    end = claim.ends_on.start.isoformat() if claim.ends_on is not None else claim.to_event
    if claim.ends_on is not None and claim.ends_on.end != claim.ends_on.start:
        end += f"..{claim.ends_on.end.isoformat()}"
    ends = f"from {claim.from_event} to {end}"
    why = f"; {candidate.frame_why}" if candidate.frame_why else ""
    return f"{claim.subject} ({ends}{why})"


def _again(clock: str | None, zone: str | None, gap: int) -> str:
    """A time given again in a second zone, and whether the two name one moment (FC206)."""
    again = f"again {clock} {zone or ''}".strip()
    return f"{again}: one moment" if gap == 0 else f"{again}: {gap} min apart"


def _number(value: float | None) -> str:
    if value is None:
        return "?"
    value = float(value)
    if value == float("inf"):
        return "∞"
    return f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}".rstrip("0")


FORMATS: dict[str, Callable[[list[Extraction]], str]] = {"yaml": _yaml, "json": _json, "table": _table}
