"""A stored brief rendered as a document: Markdown, HTML (one page, print CSS) or PDF.

The renderings are pure functions of the stored brief (its sections carry every figure, chart
points included), so a brief reads the same whenever it is rendered. A brief of an exercise
dataset is marked EXERCISE everywhere: the first line of the Markdown, a banner in the HTML,
and the header and footer of every PDF page (CSS ``@page`` margin boxes).
"""

import base64
import html
from collections.abc import Iterable
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from watchfloor.resources.briefs.charts import chart_svg
from watchfloor.resources.briefs.schemas import Brief, BriefAlert

__all__ = (
    "EXERCISE_MARK",
    "FORMATS",
    "MEDIA_TYPES",
    "escape",
    "html_document",
    "markdown",
    "page_css",
    "pdf",
    "pdf_of",
)

MEDIA_TYPES = {
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "pdf": "application/pdf",
}
FORMATS = tuple(MEDIA_TYPES)
_MARK = "EXERCISE — EXERCISE — EXERCISE"
EXERCISE_MARK = _MARK
"""The first line of an exercise document's Markdown (bold)."""


def _when(t: datetime | None) -> str:
    return "—" if t is None else t.strftime("%Y-%m-%d %H:%M UTC")


def _day(t: datetime) -> str:
    return t.strftime("%-d %B %Y")


def _zone(brief: Brief) -> ZoneInfo | None:
    """The watchlist's time zone, when the brief is a watchlist's and it has one."""
    watchlist = brief.sections.watchlist
    if watchlist is None or watchlist.timezone is None:
        return None
    try:
        return ZoneInfo(watchlist.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _brief_day(brief: Brief) -> str:
    """The brief's day: in its watchlist's time zone when it has one, else in UTC."""
    zone = _zone(brief)
    return _day(brief.written_for if zone is None else brief.written_for.astimezone(zone))


def _for(brief: Brief) -> str:
    """The instant it is written for, in UTC, and in its watchlist's time zone."""
    zone = _zone(brief)
    if zone is None:
        return _when(brief.written_for)
    local = brief.written_for.astimezone(zone).strftime("%Y-%m-%d %H:%M")
    return f"{_when(brief.written_for)} ({local} {zone.key})"


def _scope(brief: Brief) -> str:
    region = brief.scope.region
    words = f"dataset `{brief.scope.dataset}`"
    watchlist = brief.sections.watchlist
    if watchlist is not None:
        words += f", watchlist {watchlist.name} (`{watchlist.id}`)"
    if region is not None:
        parts = []
        if region.countries:
            parts.append(", ".join(region.countries))
        if region.bbox is not None:
            parts.append("box " + ", ".join(f"{v:g}" for v in region.bbox))
        words += ", region " + "; ".join(parts)
    return words


def _pct(v: float | None) -> str:
    return "—" if v is None else f"{100 * v:.0f}%"


def _signed(v: float | None) -> str:
    return "new" if v is None else f"{100 * v:+.0f} pts"


# --- Markdown -------------------------------------------------------------------------------


def _md_alert(a: BriefAlert) -> Iterable[str]:
    yield f"- **{a.level.upper()}** {a.problem_name} — `{a.rule_key}`: {a.explanation}"
    for e in a.evidence[:5]:
        yield f"  - {e.on or ''} {e.text} ({e.grade or 'ungraded'}, `{e.id}`)"
    if a.more_evidence:
        yield f"  - … and {a.more_evidence} more"


def markdown(brief: Brief) -> str:
    s = brief.sections
    out: list[str] = []
    if brief.exercise:
        out += [f"**{_MARK}**", ""]
    out += [
        f"# Daily brief — {_brief_day(brief)}",
        "",
        f"Written for {_for(brief)}, covering since {_when(brief.since)}; "
        f"{_scope(brief)}; read as known by {_when(brief.written_for)}. Brief `{brief.id}`.",
        "",
        f"**Board: {s.board_level.upper()}** (was {s.board_level_was}).",
        "",
        "## Warning board",
        "",
    ]
    if s.levels:
        out += [f"- {m.name}: {m.was} → **{m.level}**" for m in s.levels]
    else:
        out.append("- No level moved.")
    steady = [m for m in s.watch if m.was == m.level]
    out += [f"- {m.name}: {m.level} since {_when(m.since)}" for m in steady]
    out += ["", "## New alerts", ""]
    out += [line for a in s.alerts_opened for line in _md_alert(a)] or ["- None."]
    out += ["", "## Closed alerts", ""]
    out += [line for a in s.alerts_closed for line in _md_alert(a)] or ["- None."]
    out += ["", "## Standing alerts", ""]
    out += [line for a in s.alerts_standing for line in _md_alert(a)] or ["- None."]
    out += ["", f"## New events ({s.events_total})", ""]
    out += [
        f"- {e.grade or '—'} {e.occurred_start or ''} {e.title}"
        f"{' — ' + e.place if e.place else ''} (`{e.id}`)"
        for e in s.events
    ] or ["- None reported."]
    out += ["", f"## New statements ({s.statements_total})", ""]
    out += [
        f"- {st.grade or '—'} {st.said_on or ''} {st.speaker or st.speaker_id}: “{st.text}”"
        for st in s.statements
    ] or ["- None reported."]
    out += ["", "## Forecasts that moved", ""]
    out += [
        f"- {f.question} — {f.forecaster}: {_pct(f.was)} → {_pct(f.probability)} "
        f"({_signed(f.change)})"
        for f in s.forecasts
    ] or ["- None."]
    out += ["", "## Signposts lit", ""]
    out += [
        f"- {sp.name}: {sp.was} → **{sp.status}** at {_when(sp.at)} — {sp.explanation}"
        for sp in s.signposts
    ] or ["- None."]
    out += ["", "## Decisions due", ""]
    out += [
        f"- {d.plan_name} / {d.name} ({d.owner}): {'OVERDUE' if d.overdue else 'due'} "
        f"{_when(d.deadline)}"
        for d in s.decisions
    ] or ["- None."]
    if s.charts:
        out += ["", "## Indicators behind the alerts", ""]
        for c in s.charts:
            figures = ", ".join(
                f"{pt.label} {pt.value:g}" for pt in c.points[-6:] if pt.value is not None
            )
            line = "" if c.line is None else f"; {c.line_label} {c.line:g}"
            out.append(f"- {c.name} ({c.unit}): {figures}{line}")
    out.append("")
    return "\n".join(out)


# --- HTML -----------------------------------------------------------------------------------

_CSS = """
@page { size: A4; margin: 15mm 13mm 14mm 13mm;
  @top-left { content: "%(heading)s"; font: 600 7pt sans-serif; color: #52606d; }
  @top-right { content: "%(top)s"; font: 7pt sans-serif; color: #52606d; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7pt sans-serif;
    color: #52606d; } %(marks)s }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Helvetica", sans-serif; font-size: 8pt; color: #1f2933;
  margin: 0; line-height: 1.3; }
.exercise { background: #b3261e; color: #fff; text-align: center; font-weight: 700;
  letter-spacing: 0.3em; padding: 2pt 0; margin-bottom: 4pt; font-size: 9pt; }
header { border-bottom: 2pt solid #1f2933; padding-bottom: 3pt; margin-bottom: 5pt;
  display: flex; justify-content: space-between; align-items: flex-end; }
header h1 { font-size: 15pt; margin: 0; letter-spacing: 0.02em; }
header .meta { text-align: right; font-size: 7pt; color: #52606d; }
.level { display: inline-block; padding: 1pt 5pt; border-radius: 2pt; font-weight: 700;
  font-size: 7.5pt; color: #fff; }
.level.warning { background: #b3261e; } .level.watch { background: #c97a00; }
.level.quiet { background: #3e7c59; }
.bottomline { background: #f0f4f8; border-left: 3pt solid #1f2933; padding: 4pt 6pt;
  margin-bottom: 6pt; font-size: 8.5pt; }
h2 { font-size: 9pt; text-transform: uppercase; letter-spacing: 0.06em; margin: 7pt 0 3pt;
  border-bottom: 0.6pt solid #9aa5b1; padding-bottom: 1pt; color: #102a43; }
.cols { display: flex; gap: 10pt; } .cols > section { flex: 1; min-width: 0; }
ul { margin: 0; padding-left: 11pt; } li { margin-bottom: 2pt; }
.ev { color: #52606d; font-size: 7pt; } .none { color: #829ab1; font-style: italic; }
table { width: 100%%; border-collapse: collapse; font-size: 7.5pt; }
td, th { text-align: left; padding: 1.5pt 3pt; border-bottom: 0.4pt solid #d9e2ec;
  vertical-align: top; }
th { font-weight: 600; color: #52606d; font-size: 6.5pt; text-transform: uppercase; }
.grade { font-family: "DejaVu Sans Mono", monospace; font-weight: 700; }
.charts { display: flex; flex-wrap: wrap; gap: 4pt; }
.charts img { width: 91mm; height: auto; }
footer { margin-top: 6pt; font-size: 6.5pt; color: #829ab1; border-top: 0.4pt solid #d9e2ec;
  padding-top: 2pt; }
@media screen { body { max-width: 190mm; margin: 10mm auto; } }
"""
_MARKS = (
    '@top-center { content: "EXERCISE"; font: 700 10pt sans-serif; color: #b3261e; '
    "letter-spacing: 0.3em; } "
    '@bottom-center { content: "EXERCISE"; font: 700 10pt sans-serif; color: #b3261e; '
    "letter-spacing: 0.3em; }"
)


def _e(v: object) -> str:
    return html.escape(str(v), quote=True)


escape = _e
"""HTML-escape any value (its ``str``)."""


def page_css(heading: str, top: str, exercise: bool) -> str:
    """The documents' print CSS: ``heading`` and ``top`` in the page's top corners, and, for
    exercise material, EXERCISE at the top and bottom of every page."""
    return _CSS % {
        "heading": _e(heading).replace('"', ""),
        "top": _e(top).replace('"', ""),
        "marks": _MARKS if exercise else "",
    }


def _level(level: str) -> str:
    return f'<span class="level {_e(level)}">{_e(level.upper())}</span>'


def _list(items: list[str], none: str) -> str:
    if not items:
        return f'<p class="none">{_e(none)}</p>'
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def _html_alert(a: BriefAlert) -> str:
    evidence = "; ".join(
        f'{_e(e.on or "")} {_e(e.text)} <span class="grade">{_e(e.grade or "")}</span>'
        for e in a.evidence[:3]
    )
    more = a.more_evidence + max(0, len(a.evidence) - 3)
    if more:
        evidence += f" … +{more}"
    tail = f'<br><span class="ev">Evidence: {evidence}</span>' if evidence else ""
    return (
        f"{_level(a.level)} <b>{_e(a.problem_name)}</b> <code>{_e(a.rule_key)}</code> — "
        f"{_e(a.explanation)}{tail}"
    )


def _bottom_line(brief: Brief) -> str:
    s = brief.sections
    parts = [f"Board {_level(s.board_level)}"]
    if s.board_level != s.board_level_was:
        parts[0] += f" (was {_e(s.board_level_was)})"
    parts.append(f"{len(s.alerts_opened)} alert(s) opened, {len(s.alerts_closed)} closed")
    parts.append(f"{s.events_total} event(s) and {s.statements_total} statement(s) reported")
    if s.signposts:
        parts.append(f"{len(s.signposts)} signpost(s) lit")
    if s.decisions:
        parts.append(f"{len(s.decisions)} decision(s) due")
    return " · ".join(parts)


def html_document(brief: Brief) -> str:
    """One HTML page with its print CSS; charts embedded as SVG images."""
    s = brief.sections
    css = page_css(
        "WATCHFLOOR DAILY BRIEF",
        brief.written_for.strftime("%Y-%m-%d %H:%M UTC"),
        brief.exercise,
    )
    board = [f"<b>{_e(m.name)}</b>: {_e(m.was)} → {_level(m.level)}" for m in s.levels] + [
        f"<b>{_e(m.name)}</b>: {_level(m.level)} since {_e(_when(m.since))}"
        for m in s.watch
        if m.was == m.level
    ]
    events = "".join(
        f'<tr><td class="grade">{_e(e.grade or "—")}</td><td>{_e(e.occurred_start or "")}</td>'
        f"<td>{_e(e.title)}</td><td>{_e(e.place or e.country or '')}</td></tr>"
        for e in s.events
    )
    statements = [
        f'<span class="grade">{_e(st.grade or "—")}</span> {_e(st.said_on or "")} '
        f"<b>{_e(st.speaker or st.speaker_id)}</b>: “{_e(st.text)}”"
        for st in s.statements
    ]
    forecasts = [
        f"{_e(f.question)} — {_e(f.forecaster)}: {_pct(f.was)} → <b>{_pct(f.probability)}</b> "
        f"({_e(_signed(f.change))})"
        for f in s.forecasts
    ]
    signposts = [
        f"<b>{_e(sp.name)}</b>: {_e(sp.was)} → <b>{_e(sp.status)}</b> "
        f'<span class="ev">{_e(_when(sp.at))} — {_e(sp.explanation)}</span>'
        for sp in s.signposts
    ]
    decisions = [
        f"<b>{_e(d.plan_name)}</b> / {_e(d.name)} ({_e(d.owner)}): "
        f"{'<b>OVERDUE</b>' if d.overdue else 'due'} {_e(_when(d.deadline))}"
        for d in s.decisions
    ]
    charts = "".join(
        f'<img alt="{_e(c.name)}" src="data:image/svg+xml;base64,'
        f'{base64.b64encode(chart_svg(c).encode()).decode()}">'
        for c in s.charts
    )
    banner = '<div class="exercise">EXERCISE</div>' if brief.exercise else ""
    events_table = (
        f"<table><tr><th>Grade</th><th>Date</th><th>Event</th><th>Place</th></tr>{events}</table>"
        if s.events
        else '<p class="none">None reported.</p>'
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{"EXERCISE — " if brief.exercise else ""}Daily brief {_e(_brief_day(brief))}</title>
<style>{css}</style></head>
<body>
{banner}
<header><h1>Daily brief — {_e(_brief_day(brief))}</h1>
<div class="meta">For {_e(_for(brief))} · since {_e(_when(brief.since))}<br>
{_e(_scope(brief).replace("`", ""))} · as known by {_e(_when(brief.written_for))}</div></header>
<div class="bottomline">{_bottom_line(brief)}</div>
<section id="board"><h2>Warning board</h2>{_list(board, "No level moved; every problem quiet.")}</section>
<div class="cols">
<section id="alerts-opened"><h2>New alerts</h2>{_list([_html_alert(a) for a in s.alerts_opened], "None.")}</section>
<section id="alerts-closed"><h2>Closed alerts</h2>{_list([_html_alert(a) for a in s.alerts_closed], "None.")}</section>
</div>
<section id="alerts-standing"><h2>Standing alerts</h2>{_list([_html_alert(a) for a in s.alerts_standing], "None.")}</section>
{f'<section id="charts"><h2>Indicators behind the alerts</h2><div class="charts">{charts}</div></section>' if charts else ""}
<section id="events"><h2>New events — best graded ({s.events_total} reported)</h2>{events_table}</section>
<section id="statements"><h2>New statements ({s.statements_total} reported)</h2>{_list(statements, "None reported.")}</section>
<div class="cols">
<section id="forecasts"><h2>Forecasts that moved</h2>{_list(forecasts, "None.")}</section>
<section id="signposts"><h2>Signposts lit</h2>{_list(signposts, "None.")}</section>
<section id="decisions"><h2>Decisions due</h2>{_list(decisions, "None.")}</section>
</div>
<footer>Brief {_e(brief.id)} · written {_e(_when(brief.created_at))} · every section read as known by
{_e(_when(brief.written_for))} (knowledge time). Grades are NATO Admiralty (A1 best).</footer>
</body></html>
"""


def pdf(brief: Brief) -> bytes:
    """The HTML rendering as PDF (WeasyPrint)."""
    return pdf_of(html_document(brief))


def pdf_of(page: str) -> bytes:
    """An HTML page (with :func:`page_css`) as PDF (WeasyPrint)."""
    from weasyprint import HTML

    document: bytes = HTML(string=page).write_pdf()
    return document
