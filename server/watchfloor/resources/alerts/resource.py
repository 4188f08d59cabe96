"""Alerts, declared once: episodes of warning rules holding, written by the worker."""

from watchfloor.resources.alerts.render import to_alert
from watchfloor.resources.alerts.schemas import (
    Alert,
    AlertImport,
    AlertList,
    AlertPatch,
    AlertVersion,
    AlertVersionList,
)
from watchfloor.resources.alerts.service import AlertService
from watchfloor.versioned import Resource

__all__ = ("ALERT",)

ALERT = Resource(
    name="alert",
    path="/v1/alerts",
    service=AlertService(),
    render=to_alert,
    item=Alert,
    create_type=AlertImport,
    patch_type=AlertPatch,
    page=AlertList,
    version=AlertVersion,
    versions=AlertVersionList,
    references={"problem_id": "warning_problem", "indicator_ids[]": "indicator"},
)
