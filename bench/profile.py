"""Where the time goes: py-spy on the product while a scenario whose goal was missed runs.

The profile is taken in an extra run after the measured rounds (sampling slows the server a
little, so it is never part of a measurement), with one worker, and summarised by package (the
leaf frame's) and by the functions that are on the stack most often.
"""

import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from bench.goals import evaluate
from bench.servers import Server

if TYPE_CHECKING:
    from bench.measure import Measurement, Prepared
    from bench.run import Config

__all__ = ("Profile", "profile_server", "summarise")

MAX_PROFILES = 6
_PRODUCT = frozenset({"api", "import", "import_large", "export", "export_live"})
_FRAME = re.compile(r"^(?P<func>.*?) \((?P<file>[^:()]*)(?::\d+)?\)$")
_PACKAGES = ("watchfloor", "litestar", "asyncpg", "msgspec", "uvicorn", "httptools", "h11",
             "asyncio", "logging", "bench")  # fmt: skip


@dataclass
class Profile:
    scenario: str
    variant: str
    goal: str
    samples: int
    by_package: list[tuple[str, float]] = field(default_factory=list)
    """Share of samples whose innermost frame is in each package."""
    top_functions: list[tuple[str, float]] = field(default_factory=list)
    """``self: f`` share of samples whose innermost frame is ``f``; ``in: f`` share of samples
    with Watchfloor's ``f`` anywhere on the stack."""
    raw: str = ""


def _package(file: str) -> str:
    for name in _PACKAGES:
        if f"/{name}/" in file or file.startswith(f"{name}/"):
            return name
    if "site-packages" in file:
        return file.split("site-packages/")[1].split("/")[0]
    return "python stdlib / C" if file else "native"


def summarise(raw: str) -> tuple[int, list[tuple[str, float]], list[tuple[str, float]]]:
    """From py-spy's raw (collapsed) stacks: samples, leaf share per package, hottest frames.

    The hottest frames are the innermost ones (self time) plus Watchfloor's own functions by
    the share of samples they are on the stack for (inclusive time): the event loop's trunk,
    present in every sample, says nothing and is left out.
    """
    packages: Counter[str] = Counter()
    frames: Counter[str] = Counter()
    total = 0
    for line in raw.splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        total += count
        parsed = [
            (m.group("func"), m.group("file")) for m in map(_FRAME.match, stack.split(";")) if m
        ]
        if not parsed:
            continue
        func, file = parsed[-1]
        packages[_package(file)] += count
        frames[f"self: {func} ({_package(file)}: {Path(file).name})"] += count
        ours = {
            f"in: {f} (watchfloor: {Path(p).name})"
            for f, p in parsed
            if _package(p) == "watchfloor"
        }
        ours.discard("in: _cmd_serve (watchfloor: cli.py)")
        ours.discard("in: main (watchfloor: cli.py)")
        for name in ours:
            frames[name] += count
    if not total:
        return 0, [], []
    by_package = [(k, v / total) for k, v in packages.most_common()]
    top = [(k, v / total) for k, v in frames.most_common(20)]
    return total, by_package, top


def profile_server(
    prepared: "list[Prepared]",
    phase: "dict[str, dict[str, list[Measurement]]]",
    server: Server,
    config: "Config",
    load: Callable[["Prepared", str, float], object],
) -> list[Profile]:
    """Profile the product on the variants whose goals were missed by most (a few of them).

    ``load(prepared, variant, seconds)`` puts the variant's load on the server meanwhile.
    """
    wanted: list[tuple[float, Prepared, str, str]] = []
    for p in prepared:
        measured = phase.get(p.scenario.name, {})
        for judged in evaluate(p.scenario, measured, p.skipped):
            variant = judged.goal.numerator
            ratio = judged.verdict.ratio
            ours = p.scenario.variants[variant].kind in _PRODUCT
            seen = any(w[1] is p and w[2] == variant for w in wanted)
            if judged.verdict.met is False and ours and ratio is not None and not seen:
                gap = ratio.median / judged.goal.threshold
                wanted.append(
                    (1 / gap if judged.goal.at_most else gap, p, variant, judged.goal.text)
                )
    profiles = []
    spy = str(Path(sys.executable).parent / "py-spy")
    seconds = max(5, round(config.seconds * 2))
    for _, p, variant, goal in sorted(wanted, key=lambda w: w[0])[:MAX_PROFILES]:
        out = config.work_dir / "profiles" / f"{p.scenario.name}.{variant}.txt"
        out.parent.mkdir(parents=True, exist_ok=True)
        spying = subprocess.Popen(
            [spy, "record", "--pid", str(server.pid), "--subprocesses", "-d", str(seconds),
             "-r", "250", "-f", "raw", "-o", str(out), "--nonblocking"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        load(p, variant, seconds)
        spying.wait(timeout=seconds + 60)
        raw = out.read_text() if out.exists() else ""
        total, by_package, top = summarise(raw)
        profiles.append(Profile(p.scenario.name, variant, goal, total, by_package, top, str(out)))
    return profiles
