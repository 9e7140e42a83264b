"""Which files a path argument names as plans, and how a build names them.

A directory is every plan file in it (``SUFFIXES``; a .csv only with a Chinese header: a 分工
table saved from a spreadsheet, not respgraph's own tables), with ``recursive`` its
subfolders' too; a file is itself. What a directory holds besides is listed by
``unread_entries`` for a note, never a failure. ``respgraph.pipeline`` builds what
``collect_paths`` returns; ``respgraph.store`` tells a folder of plans given for a build by
``is_plan_file``.

>>> from respgraph.inputs import collect_paths
>>> files, failures = collect_paths(["data/plans"])
>>> [f.name for f in files][:1], failures
(['changjiang-2018-yangtze-protection.txt'], [])
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

#: File types a directory argument expands to (.csv: a 分工 table saved from a spreadsheet, read as text).
SUFFIXES = (".txt", ".docx", ".doc", ".wps", ".pdf", ".ofd", ".html", ".htm", ".shtml", ".mht", ".mhtml", ".xlsx", ".xls", ".et", ".csv")


@dataclass(frozen=True)
class Failure:
    """A file that could not be built, and why (one line)."""

    path: str
    problem: str


def display_path(path: str | os.PathLike) -> str:
    """The path as stored in the build: relative to the cwd when under it, else as given.

    Keeps absolute paths of the build machine out of the output when plans sit in the project.
    """
    p = Path(path)
    if p.is_absolute():
        try:
            return p.resolve().relative_to(Path.cwd().resolve()).as_posix()
        except ValueError:
            return str(p)
    return p.as_posix()


def collect_paths(paths: Iterable[str | os.PathLike], *, recursive: bool = False) -> tuple[list[Path], list[Failure]]:
    """Expand the arguments: a directory is every file of a ``SUFFIXES`` type in it (sorted;
    with ``recursive`` in its subfolders too, each folder's files before its subfolders'); a
    file is itself. Missing paths and directories without a plan file are failures."""
    files: list[Path] = []
    failures: list[Failure] = []
    seen: set[Path] = set()
    for arg in paths:
        p = Path(arg)
        if p.is_dir():
            entries = [c for d in _folders(p, recursive) for c in sorted(d.iterdir())]
            found = [c for c in entries if is_plan_file(c)]
            # a plan's name on something no reader can open (a link to a file that is gone, a
            # pipe) is a failure named as such, not an entry of the "not read" note
            broken = [Failure(display_path(c), problem) for c in entries if (problem := unopenable_plan_entry(c))]
            failures.extend(broken)
            if not found and not broken:
                failures.append(Failure(display_path(p), f"no plan files ({', '.join(SUFFIXES)}) in {_where(p, recursive)}"))
            new = found
        elif p.exists() and not p.is_file():
            # a pipe or device named as a plan: reading it would wait for ever
            failures.append(Failure(display_path(p), _NOT_REGULAR))
            new = []
        elif p.exists():
            new = [p]
        elif p.is_symlink():
            failures.append(Failure(display_path(p), _dangling(p)))
            new = []
        else:
            from respgraph.errors import close_path

            failures.append(Failure(display_path(p), "no such file or directory" + close_path(p)))
            new = []
        for f in new:
            key = f.resolve()
            if key not in seen:  # the same file named twice is read once
                seen.add(key)
                files.append(Path(display_path(f)))
    return files, failures


def _where(folder: Path, recursive: bool) -> str:
    """Where a folder without a plan file was searched: its subfolders too, or, when it has
    some, how to search them (a tree by year or place held nothing at its top)."""
    if recursive:
        return "this directory or its subfolders"
    subs = sum(1 for c in folder.iterdir() if c.is_dir() and not c.name.startswith("."))
    if not subs:
        return "this directory"
    its = "its subfolder is" if subs == 1 else f"its {subs} subfolders are"
    return f"this directory ({its} not searched without --recursive / recursive=True)"


def _folders(top: Path, recursive: bool) -> list[Path]:
    """``top`` alone, or with ``recursive`` it and every folder under it, depth first in name
    order. Hidden folders (.git, .svn) and builds (a folder with a graph.json: its report's
    pages are no plans) are skipped; links to folders are followed, each real folder
    visited once (a link back up the tree would loop)."""
    if not recursive:
        return [top]
    out: list[Path] = []
    seen: set[Path] = set()
    todo = [top]
    while todo:
        d = todo.pop()
        real = d.resolve()
        if real in seen:
            continue
        seen.add(real)
        try:
            subs = sorted(c for c in d.iterdir() if c.is_dir() and not c.name.startswith(".")
                          and not (c / "graph.json").is_file())
        except OSError:  # an unreadable subfolder is skipped, as a hidden one
            continue
        out.append(d)
        todo.extend(reversed(subs))
    return out


_NOT_REGULAR = "not a regular file (a pipe, socket or device), not read"


def _dangling(p: Path) -> str:
    return f"cannot be read: a link to {os.readlink(p)}, which does not exist"


def unopenable_plan_entry(p: Path) -> str | None:
    """Why a folder's visible entry named as a plan (a ``SUFFIXES`` type) cannot be read: a
    link whose target is gone, or a pipe, socket or device; ``None`` for anything else."""
    if p.suffix.lower() not in SUFFIXES or p.name.startswith("."):
        return None
    if p.is_symlink() and not p.exists():
        return _dangling(p)
    if p.exists() and not p.is_file() and not p.is_dir():
        return _NOT_REGULAR
    return None


def is_plan_file(p: Path) -> bool:
    """Whether a directory argument's entry ``p`` is read as a plan: a visible file of a
    ``SUFFIXES`` type (a .csv only with a Chinese header, see ``_chinese_header``)."""
    if p.suffix.lower() not in SUFFIXES or p.name.startswith(".") or not p.is_file():
        return False
    return p.suffix.lower() != ".csv" or _chinese_header(p)


# a CJK character (a 分工 table's header names its columns in Chinese: 序号,重点任务,牵头单位)
_CJK = re.compile("[\u4e00-\u9fff]")


def _chinese_header(p: Path) -> bool:
    """Whether a CSV's first line names a column in Chinese: a 分工 table saved from a
    spreadsheet does; respgraph's own tables (tasks.csv, nodes.csv: English columns) and other
    data files in the folder do not, and are no plans."""
    try:
        with open(p, "rb") as f:
            head = f.read(4096).split(b"\n", 1)[0]
    except OSError:
        return True  # its reader says what is wrong with it
    for enc in ("utf-16",) if head[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig", "gb18030"):
        try:
            return bool(_CJK.search(head.decode(enc)))
        except UnicodeDecodeError:
            continue
    return False


def unread_entries(paths: Iterable[str | os.PathLike], *, recursive: bool = False) -> dict[str, list[str]]:
    """What ``collect_paths`` leaves out of each directory argument, by directory: its
    folders (``name/``: without ``recursive`` directories are not searched) and files of
    other types (images, notes; with ``recursive`` named by their path under the argument),
    hidden ones aside. For a note to the user, never a failure."""
    out: dict[str, list[str]] = {}
    for arg in paths:
        p = Path(arg)
        if not p.is_dir():
            continue
        left = []
        for d in _folders(p, recursive):
            for c in sorted(d.iterdir()):
                # with recursive a subfolder was searched (or is hidden, or a build): not named
                if (c.name.startswith(".") or is_plan_file(c) or (recursive and c.is_dir())
                        or unopenable_plan_entry(c)):  # a failure of its own
                    continue
                left.append(c.relative_to(p).as_posix() + ("/" if c.is_dir() else ""))
        if left:
            out[display_path(p)] = left
    return out


def file_sha256(path: str | os.PathLike) -> str:
    """The file's SHA-256, read a MiB at a time: what a build stores to know a file it holds unchanged."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
