"""Start-up of a `factcheck` process: the cyclic garbage collector paused while modules load.

Start-up makes only objects that live as long as the process: modules, classes, compiled
patterns, pydantic validators. The collector would traverse them again and again while they are
made (about a tenth of a short `check`) and find nothing to free. `entry()` pauses it; once the
command's imports are done, `resume_collector()` moves everything made so far into the permanent
generation (gc.freeze: never traversed again) and switches collection back on for the run itself,
so a long `review` collects its garbage as usual. A process that never paused (tests calling
`main` in-process, a library user) is left as it was.
"""

from __future__ import annotations

import gc

_paused = False


def pause_collector() -> None:
    """Pause collection until `resume_collector()` (a start-up of a process of our own only)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume_collector() -> None:
    """Start-up is over: freeze what it made and collect as usual again, if we paused it."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()
