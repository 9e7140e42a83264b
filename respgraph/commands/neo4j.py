"""``respgraph neo4j load|export-csv|query|schema``: the Neo4j backend from the command line.

The password is read from ``NEO4J_PASSWORD`` (empty = no authentication) or asked for on a
terminal; there is deliberately no password option (argv is visible to other users).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from respgraph.console import EXIT_FAILED, EXIT_USAGE, Group, OutputFormat, error_line, recursive_option

neo4j_app = typer.Typer(
    name="neo4j",
    cls=Group,
    help=("Load a build into Neo4j (batched, idempotent MERGE over Bolt), write neo4j-admin import "
          "CSV, run the Cypher query library.\n\n"
          "The password comes from the environment (NEO4J_PASSWORD; empty for a server without "
          "authentication) or a prompt on a terminal, never from an option or the URI: the command "
          "line is visible to every user of the machine.\n\n"
          "Example: `export NEO4J_PASSWORD=…`; `respgraph neo4j load out`; `respgraph neo4j list`; "
          "`respgraph neo4j query agency_workload --param plan=<id>`"),
    no_args_is_help=True,
    add_completion=False,
)

_URI = typer.Option("bolt://localhost:7687", "--uri", envvar="NEO4J_URI", help="Bolt URI of the server (no password in it: NEO4J_PASSWORD).")
_USER = typer.Option("neo4j", "--user", envvar="NEO4J_USER", help="User name (password: env NEO4J_PASSWORD).")
_DB = typer.Option(None, "--database", envvar="NEO4J_DATABASE", help="Database name (default: the server's).")
_SIMILARITY = typer.Option(True, "--similarity/--no-similarity",
                           help="Add SIMILAR_TO task pairs (respgraph overlap) if the build has none, "
                                "for the similar_tasks query.")


def _graph_of(directory: Path, recursive: bool = False):
    """The graph of a build directory (``respgraph build --out DIR``), or of a directory or file
    of plans (built in memory; with ``recursive`` the plans in its subfolders too)."""
    from respgraph import api

    if not directory.exists():
        raise FileNotFoundError("no such file or directory")
    if (directory / "graph.json").exists():
        return api.load(directory).graph
    if directory.is_dir() and (directory.parent / "graph.json").exists() and directory.resolve() != Path.cwd().resolve():
        # out/report given for out: its pages were read as plans and loaded (a report.html plan)
        raise ValueError(f"a folder inside the build {directory.parent}, not a build: give `{directory.parent}`")
    import warnings

    from respgraph.errors import UnreadWarning

    with warnings.catch_warnings():  # the API's warning for a notebook: here each failure is a line below
        warnings.simplefilter("ignore", UnreadWarning)
        build = api.build([directory], recursive=recursive)
    for failure in build.failures:  # pipeline.Failure: as build and extract say it
        error_line(failure.path, failure.problem)
    if not any(t == "Plan" for _, t in build.graph.nodes(data="type")):
        raise ValueError("no plan could be read here (give a build directory or plan files)")
    return build.graph


def _add_similarity(graph) -> None:
    """The cross-plan SIMILAR_TO pairs of `respgraph overlap`, unless the build has some: the
    similar_tasks query reads them, after a load and after a bulk import alike."""
    from respgraph.analysis.overlap import add_similarity_edges, has_similarity_edges

    if not has_similarity_edges(graph):
        add_similarity_edges(graph)


def _driver(uri: str, user: str):
    from urllib.parse import urlsplit

    from respgraph.neo4j.connect import Neo4jConnectionError, Neo4jSettings, open_driver

    parts = urlsplit(uri)
    if parts.password is not None:  # argv is visible to every user of the machine (ps, /proc)
        safe = parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]).geturl()
        error_line(safe, "the URI holds a password, which the command line shows to other users: "
                         "give it in NEO4J_PASSWORD (and the user in --user or NEO4J_USER)")
        raise typer.Exit(EXIT_USAGE)

    import logging

    # The driver logs what it then raises (neo4j://: "Unable to retrieve routing information"):
    # the raised error is reported as one line naming the server; the record would be a second,
    # bare line on stderr.
    logging.getLogger("neo4j").setLevel(logging.CRITICAL)
    try:
        return open_driver(Neo4jSettings(uri=uri, user=user))
    except Neo4jConnectionError as e:  # no server there, or it refused us: one line naming it
        _fail(uri, e)


def _fail(where: object, e: BaseException, code: int = EXIT_FAILED) -> None:
    """One error line naming ``where`` (unless the message does: a BuildError names graph.json)
    and exit ``code``: 1 for a build or server that fails, 2 for a query or parameter that is
    not in the library (the command line is wrong)."""
    msg = str(e).splitlines()[0] if str(e) else type(e).__name__
    if msg.startswith((f"{where}:", f"{where}/")) or f" {where} " in f" {msg} ":
        print(f"respgraph: {msg}", file=sys.stderr)
    else:
        error_line(where, msg)
    raise typer.Exit(code)


@neo4j_app.command("load")
def load_cmd(
    directory: Path = typer.Argument(Path("out"), metavar="DIR", help="Build directory (or a directory of plans)."),
    uri: str = _URI,
    user: str = _USER,
    database: Optional[str] = _DB,
    batch_size: int = typer.Option(5000, "--batch-size", min=1, help="Rows per UNWIND batch."),
    schema: bool = typer.Option(True, "--schema/--no-schema", help="Apply cypher/schema.cypher first."),
    retries: int = typer.Option(3, "--retries", min=0, help="Retries of a failed batch (exponential backoff)."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar on stderr."),
    similarity: bool = _SIMILARITY,
    recursive: bool = recursive_option(),
    prune: bool = typer.Option(False, "--prune", help="Also delete the plans (with their tasks) and agencies the "
                               "build does not have: the database becomes this build. Without it, only what the "
                               "build's own plans no longer have is deleted."),
) -> None:
    """Load the graph into Neo4j. Idempotent: loading again changes nothing, a bigger build adds
    only what is new, a plan rebuilt replaces its old tasks and leads (plans of other builds
    stay), and a load that failed midway is resumed by running it again.

    Example: `NEO4J_PASSWORD=… respgraph neo4j load out --uri bolt://localhost:7687`
    """
    import logging

    from respgraph.neo4j.load import LoadError, load_graph
    from respgraph.store import BuildError

    logging.basicConfig(level=logging.WARNING, format="respgraph: %(message)s")
    try:
        graph = _graph_of(directory, recursive)
    except (BuildError, OSError, ValueError) as e:
        _fail(directory, e)
    if similarity:
        _add_similarity(graph)
    driver = _driver(uri, user)
    try:
        report = load_graph(graph, driver, database=database, batch_size=batch_size, progress=progress,
                            schema=schema, retries=retries, prune=prune)
    except LoadError as e:
        _fail(uri, e)
    finally:
        driver.close()
    print(report.summary())


@neo4j_app.command("export-csv")
def export_csv_cmd(
    directory: Path = typer.Argument(Path("out"), metavar="DIR", help="Build directory (or a directory of plans)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Directory for the CSV files (default: DIR/neo4j-import for a build, else out/neo4j-import)."),
    database: str = typer.Option("neo4j", "--database", help="Database name in the printed import command."),
    similarity: bool = _SIMILARITY,
    recursive: bool = recursive_option(),
) -> None:
    """Write node and relationship CSV files for `neo4j-admin database import full`, and print
    the command that imports them. The files hold what `respgraph neo4j load` would load
    (the SIMILAR_TO pairs too, unless --no-similarity).

    Example: `respgraph neo4j export-csv out --out out/neo4j-import`
    """
    from respgraph.neo4j.admin_csv import export_admin_csv
    from respgraph.store import BuildError

    if out is None:  # beside the build's graph.json; for plans built in memory, out/ as before
        out = (directory if (directory / "graph.json").exists() else Path("out")) / "neo4j-import"

    try:
        graph = _graph_of(directory, recursive)
    except (BuildError, OSError, ValueError) as e:
        _fail(directory, e)
    if similarity:  # the same database as a load gives (was: similar_tasks empty after an import)
        _add_similarity(graph)
    try:
        result = export_admin_csv(graph, out, database=database)
    except OSError as e:
        _fail(out, e)
    for path in result.files:
        print(path)
    print(f"# import (Neo4j stopped), from {out}  -- or: sh {out / 'import.sh'}")
    print(result.command)


@neo4j_app.command("query")
def query_cmd(
    name: str = typer.Argument(..., metavar="NAME", help="Query of the library (`respgraph neo4j list` names them)."),
    param: List[str] = typer.Option([], "--param", help="NAME=VALUE, repeatable (see --describe)."),
    # -p was --param here until it meant --plan in every other command: still read, with a warning
    old_p: List[str] = typer.Option([], "-p", hidden=True),
    uri: str = _URI,
    user: str = _USER,
    database: Optional[str] = _DB,
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f", help="table, csv or json."),
    describe: bool = typer.Option(False, "--describe", help="Print the query's description and parameters."),
) -> None:
    """Run a query of the Cypher library (cypher/NAME.cypher) and print its rows.

    Example: `respgraph neo4j query agency_workload --param plan=<id> --format csv`; `respgraph neo4j query agency_ego --describe`
    """
    from respgraph.neo4j.queries import QueryError, UnknownAgency, UnknownPlan, get_query, parse_param, run_query

    if old_p:
        print("respgraph: warning: neo4j query: -p is deprecated, write --param NAME=VALUE "
              "(-p means --plan in the other commands)", file=sys.stderr)
        param = [*old_p, *param]
    try:
        q = get_query(name)
        params = dict(parse_param(p, q) for p in param)
    except QueryError as e:
        _fail(name, e, EXIT_USAGE)
    if describe:
        print(f"{q.name}: {q.description}")
        for p in q.params:
            print(f"  --param {p.name}=…  (default {p.default!r})  {p.meaning}")
        return
    driver = _driver(uri, user)
    try:
        df = run_query(driver, q, database=database, **params)
    except UnknownPlan as e:  # the command line names a plan the database lacks: usage
        _fail(params.get("plan"), e, EXIT_USAGE)
    except UnknownAgency as e:  # or an agency (was "no rows", exit 0)
        _fail(params.get("agency"), e, EXIT_USAGE)
    except Exception as e:  # noqa: BLE001 - a server error: one line, no traceback
        _fail(f"{uri} {name}", e)
    finally:
        driver.close()
    from respgraph.console import emit_dataframe

    if df.empty and fmt is OutputFormat.table:  # an empty frame drew an empty box, and said nothing
        given = ", ".join(f"{k}={v!r}" for k, v in params.items())
        print(f"no rows: {q.name}" + (f" with {given}" if given else ""))
        return
    emit_dataframe(df, fmt, title=q.name)
    limit = q.parameters(**params).get("limit")
    if isinstance(limit, int) and len(df) == limit:  # co_responsibility stopped at 1000 rows, in silence
        print(f"respgraph: note: {q.name}: {limit} rows, the limit: there may be more "
              f"(--param limit=N for more)", file=sys.stderr)


@neo4j_app.command("list")
def list_cmd() -> None:
    """List the queries of the Cypher library with their parameters (no server needed).

    Example: `respgraph neo4j list`; then `respgraph neo4j query agency_ego --describe`
    """
    from respgraph.neo4j.queries import library

    for q in library().values():
        params = ", ".join(f"{p.name}={p.default!r}" for p in q.params)
        print(f"{q.name}: {q.description}\n    params: {params}")


@neo4j_app.command("schema")
def schema_cmd(
    apply: bool = typer.Option(False, "--apply", help="Run it on the server instead of printing it."),
    uri: str = _URI,
    user: str = _USER,
    database: Optional[str] = _DB,
) -> None:
    """Print cypher/schema.cypher (constraints and indexes), or apply it with --apply
    (`neo4j load` applies it too, unless --no-schema).

    Example: `respgraph neo4j schema`; `NEO4J_PASSWORD=… respgraph neo4j schema --apply`
    """
    from respgraph.neo4j.load import SCHEMA_FILE, apply_schema

    if not apply:
        print(SCHEMA_FILE.read_text(encoding="utf-8"), end="")
        return
    driver = _driver(uri, user)
    try:
        print(apply_schema(driver, database))
    except Exception as e:  # noqa: BLE001
        _fail(uri, e)
    finally:
        driver.close()


def register(app: typer.Typer) -> None:
    app.add_typer(neo4j_app, name="neo4j")
