"""The import report as ``watchfloor import`` prints it."""

from watchfloor.imports.schemas import ImportReport

__all__ = ("render_report",)


def render_report(report: ImportReport, source: str) -> str:
    """A few lines of totals, one per resource, then every rejected line and every warning."""
    lines = [
        f"{source} → dataset {report.dataset}",
        f"read {report.read}: created {report.created}, updated {report.updated}, "
        f"unchanged {report.unchanged}, matched {report.matched}, rejected {report.rejected}",
    ]
    for name, counts in report.resources.items():
        lines.append(
            f"  {name:<12} created {counts.created}, updated {counts.updated}, "
            f"unchanged {counts.unchanged}, matched {counts.matched}, rejected {counts.rejected}"
        )
    if report.rejected_lines:
        lines.append("rejected lines:")
    for rejected in report.rejected_lines:
        where = f"line {rejected.line}" if rejected.line else "generated record"
        what = f" [{rejected.resource} {rejected.external_id}]" if rejected.external_id else ""
        lines.append(f"  {where}{what}: {rejected.reason}")
    if report.warnings:
        lines.append("warnings (imported with a repair):")
    for warning in report.warnings:
        where = f"line {warning.line}" if warning.line else "generated record"
        lines.append(
            f"  {where} [{warning.resource} {warning.external_id}] {warning.field}: {warning.detail}"
        )
    return "\n".join(lines)
