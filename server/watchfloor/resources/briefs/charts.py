"""Small charts of a brief's indicators: matplotlib (Agg backend), written as SVG.

One chart per indicator behind the brief's alerts: its figures over the last 24 periods as
known by the brief's instant (bars; a period with no figure is a gap) and the line its rule is
judged against (dashed). The SVG is deterministic for the same chart (fixed hash salt, no date),
so rendering a stored brief twice gives the same bytes.
"""

import io
import threading

import matplotlib

matplotlib.use("Agg")

from matplotlib.figure import Figure

from watchfloor.resources.briefs.schemas import Chart

__all__ = ("chart_svg",)

_LOCK = threading.Lock()
"""matplotlib's rcParams are global: one chart is drawn at a time."""
_INK = "#1f2933"
_BAR = "#4a6d8c"
_HOT = "#b3261e"


def chart_svg(chart: Chart) -> str:
    """The chart as an SVG document (text)."""
    with _LOCK, matplotlib.rc_context(
        {"svg.hashsalt": "watchfloor-brief", "svg.fonttype": "none", "font.size": 7,
         "font.family": "DejaVu Sans", "axes.edgecolor": "#9aa5b1", "axes.linewidth": 0.6}
    ):  # fmt: skip
        figure = Figure(figsize=(3.6, 1.6), dpi=100)
        axes = figure.add_axes((0.08, 0.16, 0.88, 0.66))
        xs = list(range(len(chart.points)))
        values = [pt.value if pt.value is not None else 0.0 for pt in chart.points]
        hot = chart.line
        colours = [
            _HOT if hot is not None and pt.value is not None and pt.value >= hot else _BAR
            for pt in chart.points
        ]
        axes.bar(xs, values, color=colours, width=0.75, linewidth=0)
        if chart.line is not None:
            axes.axhline(chart.line, color=_HOT, linestyle=(0, (4, 2)), linewidth=0.9)
            axes.text(
                1.0, 1.0, f"- - {chart.line_label} {chart.line:g}", color=_HOT, fontsize=6,
                va="bottom", ha="right", transform=axes.transAxes,
            )  # fmt: skip
        step = max(1, len(xs) // 4)
        ticks = xs[::-1][::step][::-1]
        # The last period is labelled; its label sits inside the axes.
        axes.set_xticks(ticks, [chart.points[i].label for i in ticks])
        axes.tick_params(length=2, width=0.5, colors=_INK, labelsize=6)
        top = max([*values, chart.line or 0.0, 1.0])
        axes.set_ylim(0, top * 1.2)
        axes.set_xlim(-0.6, len(xs) - 0.4)
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
        figure.text(0.01, 0.93, _title(chart), fontsize=7, color=_INK, weight="bold")
        for label in axes.get_xticklabels()[-1:]:
            label.set_horizontalalignment("right")
        out = io.StringIO()
        figure.savefig(out, format="svg", metadata={"Date": None, "Creator": None})
    return out.getvalue()


def _title(chart: Chart) -> str:
    name = chart.name if len(chart.name) <= 60 else chart.name[:59] + "…"
    return f"{name} ({chart.unit}, {chart.frequency})"
