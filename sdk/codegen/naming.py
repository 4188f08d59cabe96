"""Names: spec names into Python identifiers, and operationIds into method names.

Method names follow from the operationId and the operation's tag, with no table to maintain:
the verb is the first word and the tag's noun (singular or plural) is dropped, so within the tag
``actors``, ``listActors`` is ``list``, ``getActor`` is ``retrieve``, ``createActor`` is
``create``, ``updateActor`` is ``update``, ``deleteActor`` is ``delete`` and
``listActorVersions`` is ``history``; anything else keeps its other words
(``listIndicatorObservations`` in ``indicators`` is ``list_observations``).
"""

import keyword
import re

__all__ = ("method_name", "pascal", "python_name", "singular", "snake", "words")

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z]|\d|\b|_|$)|[A-Z]?[a-z]+|[A-Z]+|\d+")
_VERBS = {"get": "retrieve"}
_RESERVED = frozenset({"self", "cls", "builtins"})


def words(name: str) -> list[str]:
    """``listActorVersions``, ``list_actor_versions`` and ``List actor-versions`` all give
    ``["list", "actor", "versions"]``."""
    return [w.lower() for w in _WORD.findall(name)]


def snake(name: str) -> str:
    """``IfNoneMatch`` → ``if_none_match``."""
    return "_".join(words(name))


def pascal(name: str) -> str:
    """``admin keys`` → ``AdminKeys``."""
    return "".join(w.capitalize() for w in words(name))


def singular(word: str) -> str:
    """``facilities`` → ``facility``, ``sources`` → ``source``; good enough for tag nouns."""
    if word.endswith("ies") and len(word) > 3:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def python_name(name: str) -> str:
    """A safe identifier for a wire name: snake_case, ``_`` appended to keywords."""
    ident = snake(name) if not name.isidentifier() or name != name.lower() else name
    if not ident or ident[0].isdigit():
        ident = f"_{ident}"
    if keyword.iskeyword(ident) or ident in _RESERVED:
        ident += "_"
    return ident


def _drop_noun(rest: list[str], noun: list[str]) -> list[str] | None:
    if noun and rest[: len(noun)] == noun:
        return rest[len(noun) :]
    return None


def method_name(operation_id: str, tag: str) -> str:
    """The SDK method of ``operation_id`` on the resource named after ``tag``."""
    verb, *rest = words(operation_id)
    plural = words(tag)
    single = [*plural[:-1], singular(plural[-1])] if plural else []
    for noun in (plural, single):
        remaining = _drop_noun(rest, noun)
        if remaining is not None:
            rest = remaining
            break
    if not rest:
        return _VERBS.get(verb, verb)
    if verb == "list" and rest == ["versions"]:
        return "history"
    return python_name("_".join([verb, *rest]))
