"""respgraph: Chinese government action plans -> a graph of agency responsibilities.

>>> import respgraph
>>> b = respgraph.build("data/plans")           # or respgraph.load("out"), a saved build
>>> b.tasks(); b.assignments(); b.workload(); b.overload()           # doctest: +SKIP
>>> b.view("agency", agency="渝水区生态环境局")   # inline in Jupyter      # doctest: +SKIP

See ``respgraph.api`` for the whole API. Importing ``respgraph`` is cheap: pandas, networkx,
pyvis, matplotlib and neo4j are imported by the functions that need them, when called.
"""

from __future__ import annotations

# The public API (respgraph.api), loaded on first use so that `import respgraph` stays fast.
_API = ("Build", "BuildError", "GraphView", "Provenance", "build", "load", "connect_neo4j", "cypher",
        "cypher_library")
__all__ = list(_API)


def _version() -> str:
    """The installed distribution's version (pyproject.toml is its one source); read on first
    use, as the API is."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("respgraph")
    except PackageNotFoundError:  # a source tree on sys.path that was never installed
        return "0+unknown"


def __getattr__(name: str):
    if name == "__version__":
        globals()["__version__"] = v = _version()
        return v
    if name in _API:
        from respgraph import api

        return getattr(api, name)
    raise AttributeError(f"module 'respgraph' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_API, "__version__"})
