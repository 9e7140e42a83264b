"""Neo4j from a notebook: ``connect_neo4j`` (a verified driver from the environment's
settings), ``cypher`` (run a query of the Cypher library) and ``cypher_library`` (list them).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Mapping

if TYPE_CHECKING:  # pragma: no cover
    import neo4j
    import pandas as pd


def connect_neo4j(uri: str | None = None, user: str | None = None, *, database: str | None = None,
                  env: Mapping[str, str] | None = None, attempts: int = 3, **driver_options: Any) -> "neo4j.Driver":
    """A verified ``neo4j.Driver``. ``uri``/``user`` default to ``NEO4J_URI``/``NEO4J_USER``
    (else bolt://localhost:7687 and neo4j); the password is read only from ``NEO4J_PASSWORD``
    (empty = no authentication) — never an argument. Raises
    ``respgraph.neo4j.connect.Neo4jConnectionError`` (password scrubbed) when the server
    cannot be reached after ``attempts`` tries. Use it as a context manager to close it.

    >>> with connect_neo4j() as driver:                    # doctest: +SKIP
    ...     b.to_neo4j(driver); cypher(driver, "agency_workload", limit=5)
    """
    import time

    from respgraph.neo4j.connect import (DEFAULT_URI, DEFAULT_USER, Neo4jConnectionError, Neo4jSettings,
                                         PasswordUnavailable, open_driver)

    env = os.environ if env is None else env
    settings = Neo4jSettings(uri=uri or env.get("NEO4J_URI") or DEFAULT_URI,
                             user=user or env.get("NEO4J_USER") or DEFAULT_USER,
                             database=database or env.get("NEO4J_DATABASE") or None)
    # The driver waits up to connection_acquisition_timeout (60 s) for a handshake answer;
    # a notebook should hear "no server" sooner than that.
    driver_options.setdefault("connection_acquisition_timeout", 2 * driver_options.get("connection_timeout", 10.0))
    for attempt in range(1, attempts + 1):
        try:
            return open_driver(settings, env=env, interactive=False, **driver_options)
        except PasswordUnavailable:
            raise
        except Neo4jConnectionError as e:
            # A server that is starting, or one that drops a handshake (the FalkorDB test
            # server loses the first one after a connection closes), answers the next try;
            # wrong credentials never will.
            if attempt == attempts or "auth" in str(e).lower() or "credential" in str(e).lower():
                raise
            time.sleep(0.5 * attempt)
    raise AssertionError("unreachable")  # pragma: no cover


def cypher(driver: "neo4j.Driver", name: str, database: str | None = None, **params: Any) -> "pd.DataFrame":
    """Run the query ``name`` of the Cypher library (``cypher/NAME.cypher``) with ``params``
    overriding its defaults; rows as a DataFrame.

    >>> cypher(driver, "agency_workload", plan="yushui-2022-pollution-battle")   # doctest: +SKIP
    """
    from respgraph.neo4j.queries import run_query

    return run_query(driver, name, database=database, **params)


def cypher_library() -> "pd.DataFrame":
    """The queries of the Cypher library: name, description, params (name → default)."""
    import pandas as pd

    from respgraph.neo4j.queries import library

    rows = [(q.name, q.description, q.defaults()) for q in library().values()]
    return pd.DataFrame(sorted(rows, key=lambda r: r[0]), columns=["name", "description", "params"])
