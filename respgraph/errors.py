"""The one error a file that cannot become a plan raises, whatever stage it failed in.

``ExtractError``: the file was read but could not be structured (or, as the base class,
any file that could not be made into a plan); ``ReadError`` (a subclass): its bytes could not
be read as a document (format, encoding, damage, size). ``except ExtractError`` catches both.
Both are importable from where they always were (``respgraph.extract.ExtractError``,
``respgraph.read.ReadError``, ``respgraph.read.builder.ReadError``).
"""

from __future__ import annotations

from pathlib import Path


class ExtractError(Exception):
    """A file that could not be made into a plan.

    ``path`` is the file, ``reason`` the short reason on one line (``not a valid .docx (not
    a zip file)``). ``str(err)`` is ``path: reason``, one line that names the file, so a
    traceback in a notebook says which of a folder's files failed; the command line prints
    ``respgraph: path: reason`` from the two attributes.
    """

    def __init__(self, path: str | Path, reason: str):
        self.path = str(path)
        self.reason = " ".join(str(reason).split())  # a library's message may hold newlines
        super().__init__(self.path, self.reason)  # the args pickle and copy back into the same error

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


class ReadError(ExtractError):
    """A file whose bytes cannot be read as a plan document; see ``ExtractError``."""


class UnreadWarning(UserWarning):
    """``respgraph.build()`` could not read some of the files given (``Build.failures``)."""


class IncompletePlanWarning(UserWarning):
    """``respgraph.build()`` read plans that lack something (a site's preview cut off, glyphs
    dropped, a clause that could not be read …): ``Build.plans()``'s ``warnings`` says what."""


def close_path(path: str | Path, wanted=None) -> str:
    """'; did you mean data/plans?' for a mistyped path: the one name beside it (in the
    nearest folder that exists) closest to the one typed, among those ``wanted`` accepts
    (default: any); '' when none is close. `respgraph build data/plan` said only "no such
    file or directory" beside the bundled data/plans."""
    import difflib

    p = Path(path)
    parent = p.parent
    try:
        names = sorted(c.name for c in parent.iterdir() if not c.name.startswith(".") and (wanted is None or wanted(c)))
    except OSError:
        return ""
    folded = {n.casefold(): n for n in names}
    close = [folded[c] for c in difflib.get_close_matches(p.name.casefold(), list(folded), n=1, cutoff=0.75)]
    return f"; did you mean {parent / close[0] if str(parent) != '.' else close[0]}?" if close else ""
