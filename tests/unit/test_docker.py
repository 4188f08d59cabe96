"""The deployment files, checked statically (no Docker engine runs on the project's machines)."""

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def test_dockerfile_copies_paths_that_exist() -> None:
    text = (ROOT / "docker" / "Dockerfile").read_text()
    sources = [
        part
        for line in text.splitlines()
        if line.startswith("COPY") and "--from=" not in line
        for part in line.split()[1:-1]
    ]
    assert sources, "the Dockerfile copies the project"
    for source in sources:
        assert (ROOT / source).exists(), f"COPY {source}: no such path in the repository"


def test_dockerfile_runs_a_real_command() -> None:
    text = (ROOT / "docker" / "Dockerfile").read_text()
    cmd = re.search(r'^CMD \["watchfloor", "(\w+)"', text, re.MULTILINE)
    assert cmd is not None and cmd.group(1) == "serve"
    assert "/readyz" in text


def test_compose_wires_the_api_to_postgres() -> None:
    compose = yaml.safe_load((ROOT / "docker" / "compose.yaml").read_text())
    services = compose["services"]
    assert set(services) == {"postgres", "api"}
    url = services["api"]["environment"]["DATABASE_URL"]
    assert "@postgres:5432/" in url
    assert services["api"]["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert (ROOT / services["api"]["build"]["dockerfile"]).exists()
