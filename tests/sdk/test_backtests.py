"""A backtest is reproducible from one SDK call.

The knowledge base's DPRK missile-test history (the shipped series, through ``/v1/import``) in
a dataset of the test's own; the built-in count model on "at least one DPRK missile launch in
month m+1", monthly from 1998 to 2025, run twice with ``client.forecasting.create_backtest``:
the same per-origin forecasts, outcomes and scores, the same aggregates and fingerprint.
"""

from typing import Any

from watchfloor.knowledge import dataset_files
from watchfloor_sdk import Client
from watchfloor_sdk.types import BacktestTemplateParam

MISSILE_TESTS = next(f for f in dataset_files() if f.name == "nagix-missile-tests.ndjson")
LAUNCH_NEXT_MONTH: BacktestTemplateParam = {
    "over": "events",
    "filters": {"tag": "missile-test"},
    "kind": "binary",
}


def test_the_count_model_backtest_on_the_missile_history_is_reproducible(
    sdk: Client, dataset: str
) -> None:
    report = sdk.import_.import_records(dataset=dataset, content=MISSILE_TESTS.read_bytes())
    assert report.rejected == 0, report.rejected_lines
    assert report.resources["event"].created > 300

    def run() -> Any:
        return sdk.forecasting.create_backtest(
            model="count-model",
            template=LAUNCH_NEXT_MONTH,
            origin_from="1998-01-01",
            origin_to="2025-12-01",
            dataset=dataset,
        )

    first, second = run(), run()
    assert first.id != second.id
    assert first.aggregates.origins == len(first.results) == 28 * 12
    assert first.results == second.results
    assert first.aggregates == second.aggregates
    assert first.fingerprint == second.fingerprint
    # Real numbers: launches in some months, not in most; a Brier score below that of always
    # saying ½ (0.25).
    assert first.aggregates.base_rate is not None and 0.1 < first.aggregates.base_rate < 0.5
    assert 0 < first.aggregates.mean["brier"] < 0.25
    # Stored as answered, and listed by the data it read.
    assert sdk.forecasting.get_backtest(first.id) == first
    same_data = sdk.forecasting.list_backtests(dataset=dataset, fingerprint=first.fingerprint)
    assert {b.id for b in same_data.data} == {first.id, second.id}
