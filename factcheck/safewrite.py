"""Every file factcheck writes goes through here: guarded, atomic, and under the registry lock.

The guard refuses to write

* into a registry's curated files (claims/, seeds/, rules/, factcheck.toml, pyproject.toml,
  waivers.yaml) unless the command's own job is to write that kind of file (`extract --write`
  adds candidates to a claims file, `sources add` writes the manifest and copies a text into
  seeds/), so `review -o claims/s000.yaml` cannot destroy a curator's work;
* onto anything that is not a regular file (a FIFO, a device, a folder, /proc or /sys), which
  an atomic rename would replace, or through a symbolic link (whose target could be any file).

A write goes to a temporary file in the target's folder, is flushed to disk, and is renamed over
the target, so a crash or a full disk never leaves half a file. The target keeps its permission
bits (a new file gets the umask's default, as any editor would give it). Every OS error becomes
a FactcheckError naming the path and the reason (exit 2), never a traceback.

The registry lock is an advisory `flock` on the registry's root folder itself (no lock file to
leave behind; the kernel drops it when a process dies, so it can never go stale). Every
read-modify-write of registry files holds it, so concurrent `sources add` or `extract --write`
runs queue instead of losing each other's entries. Why fcntl and not the `filelock` package: it
is the same kernel call, in the standard library; on a platform without fcntl the lock is a no-op.
"""

from __future__ import annotations

import contextlib
import enum
import errno
import os
import stat
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from factcheck.errors import FactcheckError

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]

MANIFEST = Path("seeds") / "sources.yaml"
CLAIMS = "claims"
LOCK_TIMEOUT_ENV = "FACTCHECK_LOCK_TIMEOUT"
DEFAULT_LOCK_TIMEOUT = 120.0
_SPECIAL_TREES = (Path("/proc"), Path("/sys"), Path("/dev"))


class Area(enum.StrEnum):
    """The kinds of curated file a registry holds."""

    CLAIMS = "claims"  # claims/*.yaml
    MANIFEST = "manifest"  # seeds/sources.yaml
    SOURCE_TEXT = "source text"  # anything else in seeds/
    RULES = "rules"  # rules/
    CONFIG = "config"  # factcheck.toml, pyproject.toml
    WAIVERS = "waivers"  # waivers.yaml


_CONFIG_NAMES = {"factcheck.toml": Area.CONFIG, "pyproject.toml": Area.CONFIG, "waivers.yaml": Area.WAIVERS}


def registry_root_of(path: Path) -> Path | None:
    """The registry (a folder with seeds/sources.yaml and claims/) holding `path`, if any."""
    resolved = path.resolve()
    for folder in (resolved, *resolved.parents):
        if (folder / MANIFEST).is_file() and (folder / CLAIMS).is_dir():
            return folder
    return None


def curated_area(path: Path) -> Area | None:
    """Which curated file of a registry `path` is, or None for a file factcheck may generate."""
    resolved = path.resolve()
    if resolved.name in _CONFIG_NAMES and (resolved.exists() or registry_root_of(resolved) is not None):
        return _CONFIG_NAMES[resolved.name]
    root = registry_root_of(resolved.parent)
    if root is None:
        return None
    parts = resolved.relative_to(root).parts
    if parts == MANIFEST.parts:
        return Area.MANIFEST
    if len(parts) > 1 and parts[0] == "seeds":
        return Area.SOURCE_TEXT
    if len(parts) > 1 and parts[0] == CLAIMS:
        return Area.CLAIMS
    if len(parts) > 1 and parts[0] == "rules":
        return Area.RULES
    return None


def check_target(path: Path, allow: Iterable[Area] = ()) -> None:
    """Raise unless `path` may be written: not curated (or curated of an allowed kind), and a
    regular file or nothing yet."""
    area = curated_area(path)
    allowed = set(allow)
    if area is not None and area not in allowed:
        # a command that writes claims files (`extract --write`) is told where they go, not
        # sent outside claims/ as a report's output is
        where = (
            "write candidates to a claims file, claims/<source>.yaml"
            if Area.CLAIMS in allowed
            else "write it to a path outside claims/, seeds/, rules/ and the config files"
        )
        raise FactcheckError(
            f"refusing to write generated output over the registry's {area.value} file",
            path=path,
            hint=where,
        )
    resolved = path.resolve()
    if any(resolved.is_relative_to(tree) for tree in _SPECIAL_TREES):
        raise FactcheckError(
            "refusing to write into a system folder", path=path, hint="write to a regular file"
        )
    try:
        mode = os.stat(resolved).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise FactcheckError(f"cannot write: {exc.strerror}", path=path) from None
    if stat.S_ISDIR(mode):
        raise FactcheckError("is a folder, not a file", path=path, hint="give a file name")
    if not stat.S_ISREG(mode):
        raise FactcheckError(
            f"refusing to replace a {_kind(mode)} with a regular file",
            path=path,
            hint="write to a regular file, or to standard output and redirect it",
        )


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special file"


def write_text(path: Path, text: str | Iterable[str], allow: Iterable[Area] = ()) -> None:
    """Write `text` (or its pieces, in order) to `path` guarded and atomically; any failure is a
    FactcheckError (exit 2)."""
    check_target(path, allow)
    write_atomic(path, text)


def write_atomic(path: Path, text: str | bytes | Iterable[str]) -> None:
    """Temp file in the same folder, fsync, rename; keep the target's mode; OS errors -> exit 2.
    For files factcheck owns (its cache) or after `check_target`. A symbolic link is refused
    (FactcheckError), never written through: its target could be any file, curated or not.
    Text is written as UTF-8, bytes as they are; pieces are written as they come: a
    million-claim report is never one string in memory."""
    import tempfile  # here, not at import: it pulls in shutil and compression modules `check` never uses

    if path.is_symlink():
        raise FactcheckError(
            "refusing to write through a symbolic link (it could point at any file)",
            path=path,
            hint="remove the link, or give the path of the file itself",
        )
    target = path.resolve()
    tmp: str | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        mode = _mode_for(target)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), mode)
            if isinstance(text, bytes):
                handle.write(text)
            elif isinstance(text, str):
                handle.write(text.encode("utf-8"))
            else:
                handle.writelines(piece.encode("utf-8") for piece in text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        raise FactcheckError(
            f"cannot write: {exc.strerror or exc}", path=path, hint=_write_hint(exc)
        ) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def install_file(built: Path, path: Path) -> None:
    """Move a file factcheck built next to `path` (e.g. a SQLite store) into place: guarded like
    every write (never over a curated or non-regular file), fsynced, renamed atomically."""
    check_target(path)
    try:
        with open(built, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(built, path)
    except OSError as exc:
        raise FactcheckError(
            f"cannot write: {exc.strerror or exc}", path=path, hint=_write_hint(exc)
        ) from None


def _write_hint(exc: OSError) -> str | None:
    if exc.errno == errno.ENOSPC:
        return "free some disk space; the old file (if any) is unchanged"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "choose a folder you can write to; the old file (if any) is unchanged"
    return None


def _mode_for(target: Path) -> int:
    """The existing file's permission bits, or what a new file gets under the current umask."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        return 0o666 & ~_umask()


def _umask() -> int:
    with _UMASK_LOCK:
        current = os.umask(0o022)
        os.umask(current)
    return current


_UMASK_LOCK = threading.Lock()


def copy_new_file(source: Path, target: Path, allow: Iterable[Area] = ()) -> None:
    """Copy `source` to a `target` that must not exist yet (atomically, guarded)."""
    check_target(target, allow)
    try:
        data = source.read_bytes()
        target.parent.mkdir(parents=True, exist_ok=True)
        mode = 0o666 & ~_umask()
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    except FileExistsError:
        raise FactcheckError("already exists; not overwriting it", path=target) from None
    except OSError as exc:
        raise FactcheckError(f"cannot copy: {exc.strerror or exc}", path=target) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(target)
        raise FactcheckError(f"cannot copy: {exc.strerror or exc}", path=target) from None


# --------------------------------------------------------------------------- the registry lock

_HELD: dict[str, tuple[int, int]] = {}  # folder -> (fd, depth): the lock is re-entrant per process
_HELD_LOCK = threading.Lock()


@contextlib.contextmanager
def registry_lock(near: Path, timeout: float = DEFAULT_LOCK_TIMEOUT) -> Iterator[None]:
    """Hold the write lock of the registry holding `near` (else of `near`'s folder)."""
    folder = registry_root_of(near) or (near if near.is_dir() else near.resolve().parent)
    key = str(folder.resolve())
    with _HELD_LOCK:
        held = _HELD.get(key)
        if held is not None:
            _HELD[key] = (held[0], held[1] + 1)
    if held is not None:
        try:
            yield
        finally:
            _release(key)
        return
    fd = _acquire(folder, timeout)
    with _HELD_LOCK:
        _HELD[key] = (fd, 1)
    try:
        yield
    finally:
        _release(key)


def _acquire(folder: Path, timeout: float) -> int:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError as exc:
        raise FactcheckError(f"cannot open the folder to lock it: {exc.strerror}", path=folder) from None
    if fcntl is None:  # pragma: no cover - not POSIX
        return fd
    deadline = time.monotonic() + timeout
    delay = 0.005
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return fd
        except BlockingIOError:
            if time.monotonic() >= deadline:
                os.close(fd)
                raise FactcheckError(
                    f"another factcheck process is writing to this registry; gave up after {timeout:g} s",
                    path=folder,
                    hint=f"wait for it to finish and run again (or set {LOCK_TIMEOUT_ENV} to wait longer)",
                ) from None
            time.sleep(delay)
            delay = min(delay * 2, 0.1)
        except OSError:  # a file system without flock: run unlocked, as before
            return fd


def _release(key: str) -> None:
    with _HELD_LOCK:
        fd, depth = _HELD[key]
        if depth > 1:
            _HELD[key] = (fd, depth - 1)
            return
        del _HELD[key]
    os.close(fd)  # closing the last descriptor releases the flock
