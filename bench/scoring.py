"""Scoring a question with 10,000 forecasts is one pass (``docs/forecasting.md``).

``python -m bench.scoring``: ``forecasting.scoring.score_question`` on one resolved binary
question and one count question open 90 days, with n forecasts by n / 10 forecasters (n =
1,000 and 10,000), in-process, no database. Reported as figures of this run and as the ratio
time(10,000) / time(1,000): one vectorised pass over the forecasts grows about linearly
(≈ 10×), where scoring day by day forecaster by forecaster would grow with forecasters × days.
Medians of 7 rounds, interleaved. Never a timed test.
"""

import statistics
import time
from datetime import UTC, datetime, timedelta

import numpy as np
from watchfloor.forecasting.scoring import score_question
from watchfloor.resources.forecasts.schemas import Forecast, Quantile
from watchfloor.resources.questions.schemas import Question, Resolution

OPENS = datetime(2026, 1, 1, tzinfo=UTC)
LEVELS = (0.05, 0.25, 0.5, 0.75, 0.95)


def _question(kind: str) -> Question:
    closes = OPENS + timedelta(days=90)
    return Question(
        id="qst_" + "0" * 32,
        dataset="bench",
        version=1,
        created_at=OPENS,
        updated_at=closes,
        external_id=None,
        title="bench",
        description=None,
        kind=kind,  # type: ignore[arg-type]
        tags=[],
        opens_at=OPENS,
        closes_at=closes,
        resolves_at=closes,
        criteria=None,
        judgment=True,
        quantile_levels=list(LEVELS),
        bins=None,
        state="resolved",
        resolution=Resolution(
            value=1.0 if kind == "binary" else 4.0,
            outcome=True if kind == "binary" else None,
            resolved_at=closes,
            known_by=closes,
            resolved_by="bench",
        ),
        review=None,
        annulled_reason=None,
    )


def _forecasts(kind: str, n: int, seed: int = 7) -> list[Forecast]:
    rng = np.random.default_rng(seed)
    made = np.sort(rng.uniform(0, 90 * 86400, n))
    who = rng.integers(0, max(1, n // 10), n)
    out = []
    for i in range(n):
        names = "climatology" if who[i] == 0 else f"f{who[i]}"
        quantiles = None
        probability = None
        if kind == "binary":
            probability = float(rng.random())
        else:
            values = np.sort(rng.poisson(4.0, len(LEVELS)))
            quantiles = [
                Quantile(level=a, value=float(v)) for a, v in zip(LEVELS, values, strict=True)
            ]
        out.append(
            Forecast(
                id=f"fct_{i:032x}",
                dataset="bench",
                version=1,
                created_at=OPENS + timedelta(seconds=float(made[i])),
                updated_at=OPENS,
                external_id=None,
                question_id="qst_" + "0" * 32,
                forecaster=names,
                forecaster_kind="model" if who[i] == 0 else "person",
                key_name="bench",
                probability=probability,
                quantiles=quantiles,
                bins=None,
                rationale=None,
                evidence=[],
                supersedes=None,
            )
        )
    return out


def measure_scoring(rounds: int = 7) -> dict[str, dict[str, float]]:
    results: dict[str, dict[str, float]] = {}
    for kind in ("binary", "count"):
        question = _question(kind)
        cases = {n: _forecasts(kind, n) for n in (1_000, 10_000)}
        times: dict[int, list[float]] = {n: [] for n in cases}
        for _ in range(rounds):
            for n, forecasts in cases.items():
                start = time.perf_counter()
                score_question(question, forecasts)
                times[n].append(time.perf_counter() - start)
        small, large = statistics.median(times[1_000]), statistics.median(times[10_000])
        results[kind] = {"ms_1000": small * 1e3, "ms_10000": large * 1e3, "ratio": large / small}
    return results


def main() -> None:
    for kind, figures in measure_scoring().items():
        print(
            f"{kind}: 1,000 forecasts {figures['ms_1000']:.1f} ms, "
            f"10,000 {figures['ms_10000']:.1f} ms, ratio {figures['ratio']:.1f}x"
        )


if __name__ == "__main__":
    main()
