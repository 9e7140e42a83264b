"""The Cypher query library: ``cypher/*.cypher``, one parameterised query per file.

Each file starts with a comment header::

    // name: agency_workload
    // description: Tasks each agency leads and supports per plan ...
    //   (indented comment lines continue the description)
    // param: plan = null  -- plan_id to keep (null = every plan)
    // param: lead_weight = 1.0  -- weight of a led task

Defaults are Cypher literals (null, true/false, numbers, 'text', lists of those). The same
file runs in Neo4j Browser (``:param plan => null`` …) and from
``respgraph neo4j query NAME --param plan=yushui-2022-pollution-battle``.

>>> q = library()["agency_workload"]
>>> q.defaults()["lead_weight"], q.defaults()["plan"] is None
(1.0, True)
>>> parse_param("limit=5", q)
('limit', 5)
"""

from __future__ import annotations

import ast
import re
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import neo4j
    import pandas as pd

CYPHER_DIR = Path(__file__).resolve().parents[2] / "cypher"
#: Files of the cypher directory that are not queries.
NOT_QUERIES = {"schema"}

_PARAM = re.compile(r"^//\s*param:\s*(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?P<default>.*?)\s*(?:--\s*(?P<meaning>.*))?$")
_FIELD = re.compile(r"^//\s*(?P<key>name|description):\s*(?P<value>.*)$")


class QueryError(ValueError):
    """A malformed query file, an unknown query or a bad parameter."""


@dataclass
class Param:
    name: str
    default: Any
    meaning: str = ""


@dataclass
class CypherQuery:
    name: str
    description: str
    params: list[Param]
    text: str
    path: Path | None = None
    _by_name: dict[str, Param] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._by_name = {p.name: p for p in self.params}

    def defaults(self) -> dict[str, Any]:
        return {p.name: p.default for p in self.params}

    def parameters(self, **overrides: Any) -> dict[str, Any]:
        """Defaults updated with ``overrides``; an unknown name is an error."""
        unknown = sorted(set(overrides) - set(self._by_name))
        if unknown:
            raise QueryError(f"{self.name}: unknown parameter(s) {', '.join(unknown)}; "
                             f"known: {', '.join(self._by_name) or 'none'}")
        out = self.defaults()
        out.update(overrides)
        return out


def parse_literal(text: str) -> Any:
    """A Cypher literal of a header default or a ``--param`` value: null, true, false, numbers,
    quoted text, ``[...]`` lists. Anything else is taken as plain text.

    >>> parse_literal("null"), parse_literal("0.25"), parse_literal("['a', 'b']"), parse_literal("渝水区")
    (None, 0.25, ['a', 'b'], '渝水区')
    """
    t = text.strip()
    low = t.lower()
    if low == "null":
        return None
    if low in ("true", "false"):
        return low == "true"
    py = re.sub(r"\bnull\b", "None", t)
    py = re.sub(r"\btrue\b", "True", py)
    py = re.sub(r"\bfalse\b", "False", py)
    try:
        v = ast.literal_eval(py)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return t
    if isinstance(v, tuple):
        v = list(v)
    if isinstance(v, (int, float, str, list, bool)) or v is None:
        return v
    return t


def load_query(path: Path) -> CypherQuery:
    """Parse one ``.cypher`` file (header + body)."""
    text = path.read_text(encoding="utf-8")
    name, desc, params = path.stem, [], []
    in_desc = False
    for line in text.splitlines():
        s = line.strip()
        if not s.startswith("//"):
            if s:
                break
            continue
        m = _PARAM.match(s)
        if m:
            in_desc = False
            params.append(Param(m["name"], parse_literal(m["default"]), (m["meaning"] or "").strip()))
            continue
        m = _FIELD.match(s)
        if m:
            in_desc = m["key"] == "description"
            if m["key"] == "name":
                name = m["value"].strip()
            else:
                desc.append(m["value"].strip())
            continue
        if in_desc and re.match(r"^//\s{2,}\S", line.strip()):
            desc.append(s[2:].strip())
    if name != path.stem:
        raise QueryError(f"{path}: header name {name!r} differs from the file name")
    if not desc:
        raise QueryError(f"{path}: no '// description:' line in the header")
    used = set(re.findall(r"\$([A-Za-z_][A-Za-z0-9_]*)", _strip_comments(text)))
    declared = {p.name for p in params}
    if used - declared:
        raise QueryError(f"{path}: parameter(s) used but not declared: {', '.join(sorted(used - declared))}")
    return CypherQuery(name, " ".join(desc), params, text, path)


def _strip_comments(text: str) -> str:
    return "\n".join(line.split("//", 1)[0] for line in text.splitlines())


def library(directory: Path = CYPHER_DIR) -> dict[str, CypherQuery]:
    """Every query of the library by name (``schema.cypher`` is not a query)."""
    out = {}
    for path in sorted(directory.glob("*.cypher")):
        if path.stem in NOT_QUERIES:
            continue
        q = load_query(path)
        out[q.name] = q
    return out


def get_query(name: str, directory: Path = CYPHER_DIR) -> CypherQuery:
    lib = library(directory)
    if name not in lib:
        raise QueryError(f"no query {name!r}; the library has: {', '.join(lib)}")
    return lib[name]


def parse_param(item: str, query: CypherQuery) -> tuple[str, Any]:
    """``k=v`` from the command line, typed like the parameter's default: a number default
    makes ``v`` a number, a list default accepts ``a,b`` as well as ``['a','b']``."""
    if "=" not in item:
        raise QueryError(f"--param {item!r}: expected NAME=VALUE")
    k, v = item.split("=", 1)
    k = k.strip()
    query.parameters(**{k: None})  # unknown name -> QueryError
    default = query._by_name[k].default
    value = parse_literal(v)
    try:
        if isinstance(default, bool):
            value = value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")
        elif isinstance(default, int) and value is not None:
            value = int(value)
        elif isinstance(default, float) and value is not None:
            value = float(value)
        elif isinstance(default, list) and isinstance(value, str):
            value = [x.strip() for x in value.split(",") if x.strip()]
        elif default is None and not isinstance(value, str) and value is not None and k in _TEXT_PARAMS:
            value = v.strip()  # an id that looks like a number stays text
    except (TypeError, ValueError):
        raise QueryError(f"--param {k}: {v!r} is not a {type(default).__name__}") from None
    return k, value


#: Parameters that always hold text (ids and names), even when they look like numbers.
_TEXT_PARAMS = {"plan", "agency", "agency_normal"}
#: A name parameter and the one that carries its normal form (``resolve.normalise``), which a
#: query declaring both matches too; filled in unless given.
_NORMAL_FORMS = {"agency": "agency_normal"}


def _with_normal_forms(values: dict) -> dict:
    """``values`` with each name's normal form filled in where the query takes it (a name
    typed in traditional characters or with half-width brackets, as ``respgraph agency`` reads it).

    >>> _with_normal_forms({"agency": "渝水區生態環境局", "agency_normal": None})["agency_normal"]
    '渝水区生态环境局'
    """
    for name, normal in _NORMAL_FORMS.items():
        if normal in values and values[normal] is None and isinstance(values.get(name), str):
            from respgraph.resolve import normalise

            values = {**values, normal: normalise(values[name])}
    return values

_ESCAPE_CACHE: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def run_query(driver: "neo4j.Driver", query: CypherQuery | str, database: str | None = None,
              **params: Any) -> "pd.DataFrame":
    """Run a library query (or one given by name) and return its rows as a DataFrame, columns
    in RETURN order. ``params`` override the header defaults (an unknown name raises
    ``QueryError``); values always travel as Bolt parameters, never in the query text.

    >>> from respgraph.neo4j.connect import driver_from_env          # doctest: +SKIP
    >>> with driver_from_env() as driver:                            # doctest: +SKIP
    ...     df = run_query(driver, "agency_ego", agency="渝水区生态环境局", limit=3)
    >>> list(df.columns)                                             # doctest: +SKIP
    ['agency', 'agency_name', 'partner', 'partner_name', 'shared_tasks', 'agency_leads']
    """
    import pandas as pd

    from respgraph.neo4j.connect import escape_strings, server_unescapes_strings

    q = get_query(query) if isinstance(query, str) else query
    values = _with_normal_forms(q.parameters(**params))
    if driver not in _ESCAPE_CACHE:
        _ESCAPE_CACHE[driver] = server_unescapes_strings(driver, database)
    if _ESCAPE_CACHE[driver]:
        values = escape_strings(values)
    records, summary, keys = driver.execute_query(q.text, values, database_=database)
    df = pd.DataFrame([r.values() for r in records], columns=list(keys))
    if df.empty:  # no rows: say so when a parameter names what the database lacks
        declared = {p.name for p in q.params}
        plan, agency = values.get("plan"), values.get("agency")
        if isinstance(plan, str) and "plan" in declared:
            _check_plan(driver, plan, database)
        if isinstance(agency, str) and "agency" in declared:
            _check_agency(driver, agency, values.get("agency_normal"), database)
    return df


class UnknownPlan(QueryError):
    """A ``plan`` parameter naming no plan of the database (the query's rows are none because
    of a typo, not because the plan has none)."""


def _check_plan(driver: "neo4j.Driver", plan: str, database: str | None, listed: int = 10) -> None:
    """Raise :class:`UnknownPlan` when the database holds no Plan ``plan``: `--param
    plan=yushui` printed 'no rows', as if 渝水's plan had no agencies, where `respgraph tasks
    --plan yushui` says there is no such plan and which one is meant."""
    import difflib

    records = driver.execute_query("MATCH (p:Plan) RETURN p.plan_id AS plan_id", database_=database).records
    known = sorted(str(r["plan_id"]) for r in records if r["plan_id"] is not None)
    if plan in known:
        return
    if not known:
        raise UnknownPlan("no such plan in the database: it holds no plans (load a build first: respgraph neo4j load DIR)")
    close = [k for k in known if k.startswith(plan)][:3] or difflib.get_close_matches(plan, known, n=2, cutoff=0.6)
    hint = f"; did you mean {' or '.join(close)}?" if close else ""
    shown = ", ".join(known[:listed]) + (f" +{len(known) - listed} more" if len(known) > listed else "")
    raise UnknownPlan(f"no such plan in the database{hint} (plans: {shown})")


class UnknownAgency(QueryError):
    """An ``agency`` parameter naming no agency of the database, in any form the query matches
    (id, agency_id, name, alias, their normal form)."""


def _check_agency(driver: "neo4j.Driver", agency: str, normal: str | None, database: str | None,
                  shown: int = 2) -> None:
    """Raise :class:`UnknownAgency` when no Agency of the database answers to ``agency``:
    `neo4j query agency_ego --param agency=渝水区生太环境局` printed 'no rows', as if the
    bureau had no partners, where `respgraph agency` names the closest agencies. An agency the
    database holds with no partner still answers 'no rows'."""
    import difflib

    records = driver.execute_query("MATCH (a:Agency) RETURN a.id AS id, a.agency_id AS agency_id, a.name AS name, "
                                   "a.aliases AS aliases", database_=database).records
    names: dict[str, str] = {}  # every form an agency answers to -> its name
    for r in records:
        name = str(r["name"] or r["agency_id"] or r["id"])
        for form in (r["id"], r["agency_id"], r["name"], *(r["aliases"] or ())):
            if form:
                names.setdefault(str(form), name)
    if agency in names or (normal and normal in names):
        return
    if not names:
        raise UnknownAgency("no such agency in the database: it holds no agencies "
                            "(load a build first: respgraph neo4j load DIR)")
    query = normal or agency
    # a part of a name first (区生态环境局 in 渝水区生态环境局), then names spelt alike
    close = sorted({n for f, n in names.items() if query in f}, key=lambda n: (len(n), n))[:shown]
    if not close:
        close = list(dict.fromkeys(names[f] for f in difflib.get_close_matches(query, list(names), n=shown * 3,
                                                                                  cutoff=0.7)))[:shown]
    hint = f"; did you mean {' or '.join(close)}?" if close else \
        " (--param agency= takes an agency's id, agency_id, full name or a name a plan writes for it)"
    raise UnknownAgency(f"no such agency in the database{hint}")
