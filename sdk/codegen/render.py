"""Render the generated modules of ``watchfloor_sdk`` from the spec, formatted by ruff.

:func:`generate` is pure (spec in, ``{relative path: source}`` out); :func:`write` replaces the
generated files in the package, and :func:`differences` compares a fresh generation with what is
committed, which is how ``make test`` catches an SDK that was not regenerated.
"""

import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import jinja2

from sdk.codegen.errors import ALWAYS_MAPPED, error_class
from sdk.codegen.models import build_models, build_param_dicts, reachable, tagged_members
from sdk.codegen.operations import Operation, Resource, build_resources
from sdk.codegen.pytypes import TypeMapper

__all__ = ("HEADER", "differences", "generate", "write")

HEADER = "# generated from openapi/openapi.json by sdk/codegen — do not edit"
ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "sdk" / "src" / "watchfloor_sdk"
_TEMPLATES = Path(__file__).resolve().parent / "templates"


def _docstring(text: str, indent: int) -> str:
    """``text`` as a docstring literal, continuation lines indented by ``indent`` spaces."""
    body = textwrap.dedent(text).strip().replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if body.endswith('"'):
        body = body[:-1] + '\\"'
    lines = [line.rstrip() for line in body.splitlines()] or [""]
    pad = " " * indent
    if len(lines) == 1:
        return f'"""{lines[0]}"""'
    rest = "\n".join(pad + line if line else "" for line in lines[1:])
    return f'"""{lines[0]}\n{rest}\n{pad}"""'


def _inline(text: str) -> str:
    return " ".join(text.split()).replace("\\", "\\\\").replace('"', '\\"')


def _method_doc(op: Operation) -> str:
    parts = [op.summary.rstrip(".") + "." if op.summary else op.operation_id]
    if op.description and op.description.strip() != op.summary.strip():
        parts.append(textwrap.dedent(op.description).strip())
    args = [f"    {p.name}: {' '.join(p.description.split())}" for p in op.params if p.description]
    if op.idempotent:
        args.append("    idempotency_key: Your own key; by default one is made for this call and")
        args.append("        reused by each of its retries.")
    if args:
        parts.append("Args:\n" + "\n".join(args))
    if op.page:
        parts.append(
            "Returns:\n    The first page; iterate it for every item of every page, or call\n"
            "    ``iter_pages()`` to go page by page."
        )
    if op.errors:
        raises = [
            f"    {name}: {status} {' '.join(desc.split())}" for status, name, desc in op.errors
        ]
        parts.append("Raises:\n" + "\n".join(raises))
    return "\n\n".join(parts)


def _cast_to(op: Operation) -> str:
    if op.returns == "None":
        return "type(None)"
    return f"cast(Any, {op.returns})" if op.cast else op.returns


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(_TEMPLATES),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # noqa: S701 - the output is Python source, not HTML
    )
    env.filters.update(
        docstring=_docstring, inline=_inline, method_doc=_method_doc, cast_to=_cast_to
    )
    return env


def _type_names(source: str, known: set[str]) -> list[str]:
    return sorted(name for name in set(re.findall(r"\b[A-Za-z_]\w*\b", source)) if name in known)


def _typing_imports(imports: set[str]) -> list[str]:
    return [name for name in ("Any", "Literal", "Required", "cast") if name in imports]


def _resource_file(env: jinja2.Environment, resource: Resource, components: set[str]) -> str:
    mapper_imports: set[str] = set()
    expressions = []
    for op in resource.operations:
        if op.cast:
            mapper_imports.update({"Any", "cast"})
        expressions.append(op.returns)
        expressions.extend(p.type for p in op.params)
        if op.page:
            expressions.extend([op.page.item, op.page.model])
    joined = " ".join(expressions)
    for name, marker in (
        ("Any", "Any"),
        ("Literal", "Literal["),
        ("_dt", "_dt."),
        ("Sequence", "Sequence["),
    ):
        if marker in joined:
            mapper_imports.add(name)
    return env.get_template("resource.py.jinja").render(
        header=HEADER,
        resource=resource,
        imports=mapper_imports,
        abc_imports=["Mapping", *(["Sequence"] if "Sequence" in mapper_imports else [])],
        typing_imports=_typing_imports(mapper_imports),
        pages=any(op.page for op in resource.operations),
        uses_path=any(op.by_location("path") for op in resource.operations),
        type_names=_type_names(joined, components),
    )


def generate(spec: dict[str, Any], floor: dict[str, Any] | None = None) -> dict[str, str]:
    """Every generated file of the package, by path relative to ``watchfloor_sdk/``, formatted.

    ``floor`` is the oldest spec the SDK must still read (the landed ``/v1`` contract): a
    response field it lacks is optional, so an older server that does not send it decodes.
    """
    components: dict[str, Any] = spec.get("components", {}).get("schemas", {})
    landed = None if floor is None else floor.get("components", {}).get("schemas", {})
    responses = [
        r
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
        for r in op.get("responses", {}).values()
    ]
    bodies = [
        op["requestBody"]
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "requestBody" in op
    ]
    request_only = reachable(bodies, components) - reachable(responses, components)
    mapper = TypeMapper(components, tagged=tagged_members(spec, components))
    models, aliases = build_models(components, request_only, mapper, landed)
    params = TypeMapper(components, tagged=mapper.tagged)
    resources = build_resources(spec, params)
    param_dicts = build_param_dicts(components, params)
    imports = mapper.imports | params.imports
    env = _environment()
    files = {
        "types.py": env.get_template("types.py.jinja").render(
            header=HEADER,
            models=models,
            param_dicts=param_dicts,
            aliases=sorted(aliases.items()),
            imports=imports,
            abc_imports=[name for name in ("Mapping", "Sequence") if name in imports],
            typing_imports=_typing_imports(imports | ({"Required"} if param_dicts else set())),
            exports=sorted([m.name for m in models + param_dicts] + list(aliases)),
        )
    }
    known = set(components) | {m.name for m in param_dicts}
    for resource in resources:
        files[f"resources/{resource.attr}.py"] = _resource_file(env, resource, known)
    files["resources/__init__.py"] = env.get_template("resources_init.py.jinja").render(
        header=HEADER,
        resources=sorted(resources, key=lambda r: r.attr),
        exports=sorted(
            f"{prefix}{r.class_name}{suffix}"
            for r in resources
            for prefix in ("", "Async")
            for suffix in ("", "WithRawResponse", "WithStreamingResponse")
        ),
    )
    documented = {status for r in resources for op in r.operations for status, _, _ in op.errors}
    status_errors = [(s, error_class(s)) for s in sorted(documented | ALWAYS_MAPPED)]
    files["_client.py"] = env.get_template("client.py.jinja").render(
        header=HEADER,
        title=spec.get("info", {}).get("title", "The API"),
        resources=resources,
        status_errors=status_errors,
        error_names=sorted({name for _, name in status_errors} | {"APIStatusError"}),
    )
    return _formatted(files)


def _ruff(source: str, path: str, *command: str) -> str:
    result = subprocess.run(  # noqa: S603 - a fixed command line; the source goes through stdin
        [sys.executable, "-m", "ruff", *command, "--stdin-filename", path, "-"],
        input=source,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return result.stdout


def _formatted(files: dict[str, str]) -> dict[str, str]:
    """``files`` after ``ruff check --fix`` and ``ruff format``, each as if at its place in the repo
    (so the repo's settings apply), the way ``make format`` would leave them."""
    formatted = {}
    for name in sorted(files):
        path = (PACKAGE / name).relative_to(ROOT).as_posix()
        fixed = _ruff(files[name], path, "check", "--fix", "--exit-zero", "--quiet")
        formatted[name] = _ruff(fixed, path, "format", "--quiet")
    return formatted


def _committed(package: Path) -> dict[str, str]:
    """The generated files in ``package`` (recognised by their first line)."""
    found = {}
    for path in sorted(package.rglob("*.py")):
        text = path.read_text()
        if text.startswith(HEADER):
            found[path.relative_to(package).as_posix()] = text
    return found


def write(files: dict[str, str], package: Path = PACKAGE) -> list[str]:
    """Replace the generated files in ``package`` with ``files``; returns what changed."""
    old = _committed(package)
    changed = []
    for name in sorted(old.keys() - files.keys()):
        (package / name).unlink()
        changed.append(f"removed {name}")
    for name, source in files.items():
        if old.get(name) != source:
            (package / name).parent.mkdir(parents=True, exist_ok=True)
            (package / name).write_text(source)
            changed.append(f"{'wrote' if name in old else 'added'} {name}")
    return changed


def differences(files: dict[str, str], package: Path = PACKAGE) -> list[str]:
    """How the committed generated files differ from ``files`` (empty when they match)."""
    old = _committed(package)
    problems = [
        f"stale: {name} (the spec no longer has it)" for name in sorted(old.keys() - files.keys())
    ]
    problems += [f"missing: {name}" for name in sorted(files.keys() - old.keys())]
    problems += [
        f"out of date: {name}" for name in sorted(files) if name in old and old[name] != files[name]
    ]
    return problems
