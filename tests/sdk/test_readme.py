"""``sdk/README.md`` is executed as a new user would follow it, in a fresh environment.

A virtualenv of its own gets the SDK alone (the README's ``pip install ./sdk``, nothing of the
server's), the operator's commands make the sandbox dataset and the key, and every ``python``
block then runs, in order, as one script of that environment against the live server. Its
Python also passes ``mypy --strict``, as the README promises of the SDK's types.
"""

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from watchfloor.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "sdk" / "README.md"
_SDK_DEPENDENCIES = {
    "anyio", "certifi", "h11", "httpcore", "httpx", "idna", "msgspec", "sniffio",
    "standardwebhooks",  # verify_webhook: the Standard Webhooks reference library (no deps)
}  # fmt: skip
_INSTALLER = {"pip", "setuptools", "wheel", "typing-extensions", "typing_extensions"}


def _blocks(language: str) -> list[str]:
    pattern = rf"^```{language}\n(.*?)^```"
    return re.findall(pattern, README.read_text(), re.MULTILINE | re.DOTALL)


def _commands(prefix: str) -> list[list[str]]:
    """The README's shell lines that start with ``prefix``, comments dropped."""
    lines = [line for block in _blocks("sh") for line in block.splitlines()]
    return [shlex.split(line, comments=True) for line in lines if line.startswith(prefix)]


def _script() -> str:
    blocks = _blocks("python")
    assert len(blocks) >= 8
    return "\n\n".join(blocks) + "\n\nclient.close()\n"


@pytest.fixture(scope="session")
def sdk_only(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The python of a new virtualenv holding the SDK and its dependencies, nothing else."""
    venv = tmp_path_factory.mktemp("sdk-only") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    [install] = _commands("pip install")
    # As the README says, from the checkout; pip's own settings (its index) as the machine has them.
    subprocess.run(
        [str(python), "-m", *install, "--quiet", "--disable-pip-version-check"],
        cwd=ROOT,
        check=True,
        timeout=300,
    )
    listed = subprocess.run(
        [str(python), "-m", "pip", "list", "--format=json", "--disable-pip-version-check"],
        capture_output=True,
        check=True,
        text=True,
        timeout=60,
    )
    installed = {p["name"].lower() for p in json.loads(listed.stdout)}
    assert installed - _INSTALLER <= {"watchfloor-sdk"} | _SDK_DEPENDENCIES
    return python


def _operator(settings: Settings) -> str:
    """Run the README's operator commands against the test server's database; the key's secret."""
    assert settings.database_url is not None
    env = {"DATABASE_URL": settings.database_url, "PATH": "/usr/bin:/bin"}
    secret = None
    commands = _commands(".venv/bin/watchfloor")
    assert [c[1:3] for c in commands] == [["datasets", "create"], ["keys", "create"]]
    for command in commands:
        done = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=True
        )
        found = re.search(r"^secret:\s+(\S+)", done.stdout, re.MULTILINE)
        secret = found.group(1) if found else secret
    assert secret is not None
    return secret


def test_readme_runs_verbatim_with_only_the_sdk(
    sdk_only: Path, base_url: str, settings: Settings, tmp_path: Path
) -> None:
    secret = _operator(settings)
    script = tmp_path / "readme.py"
    script.write_text(_script())
    env = {"WATCHFLOOR_BASE_URL": base_url, "WATCHFLOOR_API_KEY": secret, "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [str(sdk_only), str(script)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "Exercise Red Battalion" not in done.stderr
    # The SDK came from the fresh environment, not from this checkout: asked in the script's
    # environment (a PYTHONPATH of the test run's, naming sdk/src, must not answer for it).
    where = subprocess.run(
        [str(sdk_only), "-c", "import watchfloor_sdk; print(watchfloor_sdk.__file__)"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert str(sdk_only.parents[1]) in where.stdout


def test_readme_code_passes_mypy_strict(tmp_path: Path) -> None:
    script = tmp_path / "readme.py"
    script.write_text(_script())
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(script)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout
