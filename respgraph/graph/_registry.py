"""Registry look-ups the graph builder makes: function names and glosses, jurisdiction levels
and parents, from a ``respgraph.registry.Registry`` or a plain dict/tuple stand-in."""

from __future__ import annotations

from typing import Any


def _load_registry_quietly() -> Any:
    """The default registry, or None while ``respgraph.registry`` is not available."""
    try:
        from respgraph.registry import load_registry
    except ImportError:
        return None
    try:
        return load_registry()
    except Exception:  # a broken registry must not stop a build; functions keep their codes
        return None


def _field(obj: Any, name: str, index: int) -> Any:
    """Read ``name`` from a registry entry that may be an object, a dict or a tuple."""
    if obj is None:
        return None
    if isinstance(obj, dict):
        return obj.get(name)
    if isinstance(obj, (tuple, list)):
        return obj[index] if len(obj) > index else None
    if isinstance(obj, str):
        return obj if index == 0 else None
    return getattr(obj, name, None)


def _function_info(registry: Any, code: str) -> tuple[str, str]:
    """(Chinese name, English gloss) of a function code; the code itself when unknown."""
    functions = getattr(registry, "functions", None) if registry is not None else None
    entry = functions.get(code) if isinstance(functions, dict) else None
    name = _field(entry, "name", 0) or code
    gloss = _field(entry, "gloss", 1) or ""
    return str(name), str(gloss)


def _jurisdiction_info(registry: Any, name: str) -> tuple[str | None, str | None]:
    """(level, parent) of a jurisdiction from the registry; (None, None) when not there."""
    lookup = getattr(registry, "jurisdiction", None)
    if callable(lookup):  # respgraph.registry.Registry: infers the level of unlisted places
        j = lookup(name)
        return getattr(j, "level", None), getattr(j, "parent", None)
    jurisdictions = getattr(registry, "jurisdictions", None) if registry is not None else None
    if not isinstance(jurisdictions, dict):
        return None, None
    entry = jurisdictions.get(name)
    level = _field(entry, "level", 0)
    parent = _field(entry, "parent", 1)
    return level, parent
