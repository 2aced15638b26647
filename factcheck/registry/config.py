"""Configuration: `[tool.factcheck]` in pyproject.toml, or a factcheck.toml, found by walking up
from the current folder (as ruff and Vale do). Command-line flags override it.

    [tool.factcheck]            # in factcheck.toml: the same keys at the top level
    registry = "."              # registry root, relative to the config file
    rules = "rules"             # rules folder, relative to the config file
    disable = ["FC401"]         # rule ids or names to switch off
    select = ["FC1", "date"]    # run only these: ids, id prefixes, names or name families
    extend-select = ["FC601"]   # run these as well
    ignore = ["FC102"]          # never run these (wins over select)
    grades = { FC102 = "minor" }  # per-rule grade overrides
    fail-on = "major"           # default for --fail-on
    min-grade = "info"          # default for --min-grade
    author = "Example Desk"     # review author for exports
    checks = ["mypkg.checks"]   # extra check modules (import paths), each with a CHECKS tuple

    [tool.factcheck.frames.events.hearing]   # more automatic-frame cues (extract/data/frames.yaml)
    cues = ["hearing", "arraigned"]          # dates beside these meet as auto.event.hearing
    [tool.factcheck.frames.counts.arrests]   # a count role: `cues`, and flags such as running = true
    cues = ["arrested"]
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from factcheck.errors import FactcheckError
from factcheck.model import Grade
from factcheck.model.defaults import new_dict, new_list
from factcheck.yamlio import read_text

CONFIG_FILES = ("factcheck.toml", "pyproject.toml")


# a cue word or phrase: something to match, never an empty string (it would match everywhere)
Cue = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]
# an event or role name: it becomes part of a frame id (auto.event.<name>)
FrameName = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9-]{0,40}$")]


class CueSet(BaseModel):
    """More cues for one event or count role of the automatic frames, with its flags."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    cues: list[Cue] = Field(default_factory=new_list)
    uncompared: bool | None = None  # an event whose days are never compared ("said today")
    running: bool | None = None  # a count role that grows while a story runs
    tally: bool | None = None
    wins: bool | None = None
    ceiling: bool | None = None
    state: bool | None = None


class FramesConfig(BaseModel):
    """`[frames]`: cues added to extract/data/frames.yaml's `events` and `counts`."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    events: dict[FrameName, CueSet] = Field(default_factory=new_dict)
    counts: dict[FrameName, CueSet] = Field(default_factory=new_dict)

    def extra(self) -> dict[str, Any]:
        """The additions as frames.yaml-shaped data (unset flags left out)."""
        return {
            section: {name: spec.model_dump(exclude_none=True) for name, spec in specs.items()}
            for section, specs in (("events", self.events), ("counts", self.counts))
            if specs
        }


class Config(BaseModel):
    """Settings from a config file; every field optional."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)

    registry: str | None = None
    rules: str | None = None
    disable: list[str] = Field(default_factory=new_list)
    select: list[str] | None = None
    extend_select: list[str] = Field(default_factory=new_list, alias="extend-select")
    ignore: list[str] = Field(default_factory=new_list)
    grades: dict[str, Grade] = Field(default_factory=new_dict)
    fail_on: Grade | None = Field(default=None, alias="fail-on")
    min_grade: Grade | None = Field(default=None, alias="min-grade")
    author: str | None = None
    checks: list[str] = Field(default_factory=new_list, description="extra check modules by import path")
    frames: FramesConfig | None = Field(default=None, description="more automatic-frame cues")
    path: Path | None = Field(default=None, exclude=True, description="the file it came from")

    def resolve(self, value: str | None) -> Path | None:
        """A path from the config, relative to the config file's folder."""
        if value is None or self.path is None:
            return None
        return (self.path.parent / value).resolve()


def find_config(start: Path) -> Path | None:
    """The nearest factcheck.toml, or pyproject.toml with a [tool.factcheck] table, at or above `start`."""
    for folder in (start.resolve(), *start.resolve().parents):
        if (folder / "factcheck.toml").is_file():
            return folder / "factcheck.toml"
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "[tool.factcheck" in pyproject.read_text(
            encoding="utf-8", errors="replace"
        ):
            return pyproject
    return None


def load_config(start: Path) -> Config:
    """The configuration in force for `start`: empty when there is no config file."""
    path = find_config(start)
    if path is None:
        return Config.model_construct()  # the defaults, valid by definition: no validator to build
    import tomllib  # only when there is a config file to read

    try:
        data = tomllib.loads(read_text(path))
    except tomllib.TOMLDecodeError as exc:
        raise FactcheckError(f"invalid TOML: {exc}", path=path) from None
    except RecursionError:
        raise FactcheckError("invalid TOML: nested too deeply", path=path) from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("factcheck", {})
    try:
        return Config.model_validate({**data, "path": path})
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"])
        message = "unknown setting" if err["type"] == "extra_forbidden" else err["msg"]
        raise FactcheckError(
            message, path=path, field=field, hint="see `factcheck --help` and README"
        ) from None
