"""The after-action report as a document: Markdown, HTML (one page, print CSS) or PDF.

The briefs' rendering path (``resources/briefs/document.py``): the same print CSS, escaping
and WeasyPrint, so every document of an exercise is marked the same way — the first line of
the Markdown, a banner in the HTML, and the header and footer of every PDF page say EXERCISE.
HSEEP's AAR/IP order: overview, analysis of capabilities (strengths, areas for improvement),
then the Improvement Plan (Appendix A); the timeline, the MSEL's outcomes and the forecasts'
scores follow.
"""

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from watchfloor.resources.briefs.document import EXERCISE_MARK, escape, page_css, pdf_of
from watchfloor.resources.exercises.aar.schemas import ExerciseReport, ObservationEntry

__all__ = ("html_document", "markdown", "pdf")

_e = escape


def _when(t: datetime | None) -> str:
    return "—" if t is None else t.strftime("%Y-%m-%d %H:%M UTC")


def _wall(t: datetime | None) -> str:
    """A wall instant to the second: a fast clock puts many game hours in one wall minute."""
    return "—" if t is None else t.strftime("%Y-%m-%d %H:%M:%S UTC")


def _day(d: date | str | None) -> str:
    return "—" if d is None else str(d)


def _delay(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    minutes = seconds / 60
    return f"{minutes:+.0f} min" if abs(minutes) >= 1 else f"{seconds:+.0f} s"


def _score(v: float | None) -> str:
    return "—" if v is None else f"{v:.3f}"


def _cell(v: object) -> str:
    """A Markdown table cell: no pipe or line break breaks the table."""
    return str(v).replace("|", "\\|").replace("\n", " ")


def _md_table(head: list[str], rows: Iterable[Sequence[object]]) -> list[str]:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return lines


def _md_observations(items: list[ObservationEntry], none: str) -> list[str]:
    out = [
        f"- {o.text}"
        + (f" — *Analysis:* {o.analysis}" if o.analysis else "")
        + f" ({o.participant}, {o.role}, {_when(o.game_time)})"
        for o in items
    ]
    return out or [f"- {none}"]


def markdown(report: ExerciseReport) -> str:
    s = report.summary
    out = [
        f"**{EXERCISE_MARK}**",
        "",
        f"# After-action report — {report.name}",
        "",
        f"Exercise `{report.exercise_id}`, played in `{report.dataset}` from `{report.source_dataset}` "
        f"as known by {_when(report.start_known_by)}. Clock {report.clock_state}, game time "
        f"{_when(report.game_time)}; started {_when(report.started_at)}, ended "
        f"{_when(report.ended_at)}. Report of {_when(report.generated_at)}.",
        "",
    ]
    if report.description:
        out += [report.description, ""]
    out += [
        "Participants: "
        + (", ".join(f"{p.name} ({p.role})" for p in report.participants) or "none")
        + ".",
        "",
        f"**Expected actions: {s.met} met, {s.late} late, {s.missed} missed, {s.pending} "
        f"pending, {s.not_released} not released** (of {s.expected_actions}; {s.released} of "
        f"{s.injects} injects released). {s.alerts} alert(s), {s.actions} action(s); "
        f"{s.questions_scored} question(s) scored, {s.questions_unscored} unscored.",
        "",
        "## Analysis of capabilities",
        "",
    ]
    for c in report.capabilities:
        out += [
            f"### {c.capability}",
            "",
            f"Expected actions: {c.met} met, {c.late} late, {c.missed} missed.",
            "",
            "**Strengths**",
            "",
            *_md_observations(c.strengths, "None recorded."),
            "",
            "**Areas for improvement**",
            "",
            *_md_observations(c.areas_for_improvement, "None recorded."),
            "",
        ]
    if not report.capabilities:
        out += ["No capability was tested or observed.", ""]
    out += ["## Improvement plan", ""]
    out += _md_table(
        ["Capability", "Area for improvement", "Corrective action", "Capability element",
         "Primary responsible organization", "Organization POC", "Start date",
         "Completion date"],
        [
            [r.capability, r.area_for_improvement, r.corrective_action,
             r.capability_element or "—", r.responsible or "—", r.poc or "—", _day(r.start),
             _day(r.completion)]
            for r in report.improvement_plan
        ],
    ) if report.improvement_plan else ["No improvement recorded."]  # fmt: skip
    out += ["", "## Injects and expected actions", ""]
    rows = []
    for i in report.injects:
        head = [_when(i.at), i.title or i.kind, i.capability or "—", i.state,
                _when(i.released_game_time), _delay(i.release_delay_seconds)]  # fmt: skip
        if not i.expected:
            rows.append([*head, "—", "—", "—"])
        for e in i.expected:
            answered = (
                "—" if e.response_minutes is None
                else f"{e.participant} after {e.response_minutes:.0f} min"
            )  # fmt: skip
            rows.append([*head, f"{e.text} (by {e.by_minutes} min)", e.status.upper(), answered])
    out += _md_table(
        ["Scheduled", "Inject", "Capability", "State", "Released", "Release delay",
         "Expected action", "Status", "Answered"],
        rows,
    ) if rows else ["The MSEL is empty."]  # fmt: skip
    out += ["", "## Timeline", ""]
    out += _md_table(
        ["Game time", "Wall time", "What", "", "Who", "Delay"],
        [
            [_when(t.game_time), _wall(t.wall_time), t.kind, t.title, t.participant or "",
             _delay(t.delay_seconds)]
            for t in report.timeline
        ],
    ) if report.timeline else ["Nothing has happened yet."]  # fmt: skip
    out += ["", "## Forecasts scored against the truth", ""]
    for q in report.questions:
        truth = {
            "scripted": "the scripted truth",
            "source_resolution": f"what really happened (source question "
            f"`{q.source_question_id}`, as resolved now)",
            "none": "no truth",
        }[q.truth_source]
        outcome = "" if q.outcome is None else f": {q.outcome:g}"
        out += [f"- **{q.title}** ({q.kind}) — against {truth}{outcome}"
                + (f" — unscored: {q.reason}" if q.reason else "")]  # fmt: skip
        for f in q.forecasters:
            primary = f.scores.brier if q.kind == "binary" else f.scores.crps
            out.append(
                f"  - {f.forecaster} ({f.forecaster_kind}): "
                f"{'Brier' if q.kind == 'binary' else 'CRPS'} {_score(primary)}, "
                f"{f.forecasts} forecast(s)"
            )
    if not report.questions:
        out.append("- No question was asked in the exercise.")
    out.append("")
    return "\n".join(out)


def _list(items: list[str], none: str) -> str:
    if not items:
        return f'<p class="none">{_e(none)}</p>'
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def _table(head: list[str], rows: list[list[str]], none: str) -> str:
    if not rows:
        return f'<p class="none">{_e(none)}</p>'
    th = "".join(f"<th>{_e(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><tr>{th}</tr>{body}</table>"


def _html_observations(items: list[ObservationEntry]) -> list[str]:
    return [
        f"{_e(o.text)}"
        + (f'<br><span class="ev">Analysis: {_e(o.analysis)}</span>' if o.analysis else "")
        + f' <span class="ev">({_e(o.participant)}, {_e(_when(o.game_time))})</span>'
        for o in items
    ]


def html_document(report: ExerciseReport) -> str:
    """One HTML page with the briefs' print CSS, marked EXERCISE."""
    s = report.summary
    css = page_css("WATCHFLOOR AFTER-ACTION REPORT", _when(report.generated_at), True)
    capabilities = (
        "".join(
            f'<section class="capability"><h3>{_e(c.capability)}</h3>'
            f"<p>Expected actions: {c.met} met, {c.late} late, {c.missed} missed.</p>"
            f"<b>Strengths</b>{_list(_html_observations(c.strengths), 'None recorded.')}"
            f"<b>Areas for improvement</b>"
            f"{_list(_html_observations(c.areas_for_improvement), 'None recorded.')}</section>"
            for c in report.capabilities
        )
        or '<p class="none">No capability was tested or observed.</p>'
    )
    plan = _table(
        ["Capability", "Area for improvement", "Corrective action", "Capability element",
         "Primary responsible organization", "Organization POC", "Start", "Completion"],
        [
            [_e(r.capability), _e(r.area_for_improvement), _e(r.corrective_action),
             _e(r.capability_element or "—"), _e(r.responsible or "—"), _e(r.poc or "—"),
             _e(_day(r.start)), _e(_day(r.completion))]
            for r in report.improvement_plan
        ],
        "No improvement recorded.",
    )  # fmt: skip
    msel = []
    for i in report.injects:
        head = [_e(_when(i.at)), _e(i.title or i.kind), _e(i.capability or "—"), _e(i.state),
                _e(_when(i.released_game_time)), _e(_delay(i.release_delay_seconds))]  # fmt: skip
        if not i.expected:
            msel.append([*head, "—", "—", "—"])
        for e in i.expected:
            answered = (
                "—" if e.response_minutes is None
                else f"{e.participant} after {e.response_minutes:.0f} min"
            )  # fmt: skip
            msel.append(
                [*head, _e(f"{e.text} (by {e.by_minutes} min)"),
                 f'<b class="st {_e(e.status)}">{_e(e.status.upper())}</b>', _e(answered)]
            )  # fmt: skip
    timeline = [
        [_e(_when(t.game_time)), _e(_wall(t.wall_time)), _e(t.kind), _e(t.title),
         _e(t.participant or ""), _e(_delay(t.delay_seconds))]
        for t in report.timeline
    ]  # fmt: skip
    questions = []
    for q in report.questions:
        where = {"scripted": "scripted truth", "none": "no truth",
                 "source_resolution": "what really happened (source resolution)"}[q.truth_source]  # fmt: skip
        scores = "; ".join(
            f"{_e(f.forecaster)} {_score(f.scores.brier if q.kind == 'binary' else f.scores.crps)}"
            for f in q.forecasters
        )
        outcome = "" if q.outcome is None else f": {q.outcome:g}"
        questions.append(
            f"<b>{_e(q.title)}</b> ({_e(q.kind)}) — against {_e(where)}{_e(outcome)}"
            + (f" — unscored: {_e(q.reason)}" if q.reason else "")
            + (f'<br><span class="ev">{"Brier" if q.kind == "binary" else "CRPS"}: {scores}</span>'
               if scores else "")
        )  # fmt: skip
    participants = ", ".join(f"{_e(p.name)} ({_e(p.role)})" for p in report.participants)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>EXERCISE — After-action report {_e(report.name)}</title>
<style>{css}
.st.met {{ color: #3e7c59; }} .st.late {{ color: #c97a00; }} .st.missed {{ color: #b3261e; }}
h3 {{ font-size: 8.5pt; margin: 5pt 0 2pt; }}</style></head>
<body>
<div class="exercise">EXERCISE</div>
<header><h1>After-action report — {_e(report.name)}</h1>
<div class="meta">Exercise {_e(report.exercise_id)} · {_e(report.dataset)} from
{_e(report.source_dataset)} as known by {_e(_when(report.start_known_by))}<br>
clock {_e(report.clock_state)} · game time {_e(_when(report.game_time))}</div></header>
<div class="bottomline">Expected actions: <b>{s.met} met</b>, {s.late} late, {s.missed} missed,
{s.pending} pending, {s.not_released} not released (of {s.expected_actions}) · {s.released} of
{s.injects} injects released · {s.alerts} alert(s) · {s.actions} action(s) ·
{s.questions_scored} question(s) scored</div>
{f"<p>{_e(report.description)}</p>" if report.description else ""}
<p>Participants: {participants or "none"}.</p>
<section id="capabilities"><h2>Analysis of capabilities</h2>{capabilities}</section>
<section id="improvement-plan"><h2>Improvement plan</h2>{plan}</section>
<section id="injects"><h2>Injects and expected actions</h2>{
        _table(
            [
                "Scheduled",
                "Inject",
                "Capability",
                "State",
                "Released",
                "Release delay",
                "Expected action",
                "Status",
                "Answered",
            ],
            msel,
            "The MSEL is empty.",
        )
    }</section>
<section id="timeline"><h2>Timeline</h2>{
        _table(
            ["Game time", "Wall time", "What", "", "Who", "Delay"],
            timeline,
            "Nothing has happened yet.",
        )
    }</section>
<section id="forecasts"><h2>Forecasts scored against the truth</h2>{
        _list(questions, "No question was asked in the exercise.")
    }</section>
<footer>After-action report of exercise {_e(report.exercise_id)} · {_e(_when(report.generated_at))}
· game times are the exercise clock's; delays in game time.</footer>
</body></html>
"""


def pdf(report: ExerciseReport) -> bytes:
    """The HTML rendering as PDF (WeasyPrint), EXERCISE in every page's header and footer."""
    return pdf_of(html_document(report))
