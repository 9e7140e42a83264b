"""respgraph: Chinese government action plans -> a graph of agency responsibilities.

Importing ``respgraph`` is cheap: the API functions import their libraries when called.
"""

from __future__ import annotations

__version__ = "0.1.0"

# The public API (respgraph.api), loaded on first use so that `import respgraph` stays fast.
_API = ("Build", "BuildError", "build", "load")


def __getattr__(name: str):
    if name in _API:
        from respgraph import api

        return getattr(api, name)
    raise AttributeError(f"module 'respgraph' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_API])
