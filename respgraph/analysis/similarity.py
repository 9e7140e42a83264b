"""Task text similarity: character n-gram (2–3) TF-IDF cosine, with a blocked sparse top-k.

Chinese needs no word segmenter here: overlapping character bigrams and trigrams (黑臭,
臭水, 水体, 黑臭水 …) carry the topic of a task. Responsibility clauses (（责任单位：…）) and
digits are removed first, so two tasks are not "similar" merely because the same bureau or
year is named in both.

The top-k search multiplies the sparse TF-IDF matrix by its transpose in row blocks and
keeps only the best ``top_k`` columns of each row, so memory stays at
``block_rows × n`` per step and 300,000 tasks never build a dense n × n matrix. This module
is shared with the "suggest lead" feature (``TaskIndex.query``).

>>> idx = TaskIndex.fit(["持续抓好城区黑臭水体治理", "推进城市黑臭水体整治", "加强扬尘污染管控"])
>>> i, j, s = top_k_pairs(idx.matrix, top_k=1, threshold=0.1)
>>> [(int(a), int(b)) for a, b in zip(i, j)]
[(0, 1)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    from scipy import sparse

NGRAM_RANGE = (2, 3)
#: Cells of the dense block kept in memory at once (rows × n columns), ~80 MB of float32.
BLOCK_CELLS = 20_000_000

# A bracketed responsibility clause: （责任单位：…）, 〔牵头单位：…〕, (责任单位:…).
_CLAUSE = re.compile(r"[（(〔\[【][^（）()〔〕\[\]【】]{0,400}?(?:单位|牵头|负责|责任)[^（）()〔〕\[\]【】]*[）)〕\]】]")
# Unbracketed clause running to the end of the text: 责任单位:A、B等按职责分工 …
_TAIL_CLAUSE = re.compile(r"(?:牵头单位|责任单位|配合单位|牵头部门|责任部门)[:：].*$", re.S)
# Keep CJK and Latin letters; digits, punctuation and whitespace become word breaks.
_NON_TEXT = re.compile(r"[^\u3400-\u9fffA-Za-z]+")


def clean_task_text(text: str) -> str:
    """The words of a task without its responsibility clause, digits and punctuation.

    >>> clean_task_text("2022年底前完成黑臭水体排查。（责任单位：区生态环境局）")
    '年底前完成黑臭水体排查'
    """
    text = _CLAUSE.sub(" ", text or "")
    text = _TAIL_CLAUSE.sub(" ", text)
    return _NON_TEXT.sub(" ", text).strip()


@dataclass
class TaskIndex:
    """A fitted vectorizer and the L2-normalised TF-IDF matrix of the texts it was fitted on."""

    vectorizer: object
    matrix: "sparse.csr_matrix"

    @classmethod
    def fit(cls, texts: Sequence[str]) -> "TaskIndex":
        from sklearn.feature_extraction.text import TfidfVectorizer
        import numpy as np

        vec = TfidfVectorizer(analyzer="char_wb", ngram_range=NGRAM_RANGE, sublinear_tf=True,
                              dtype=np.float32, preprocessor=clean_task_text)
        docs = list(texts)
        if not any(clean_task_text(t) for t in docs):
            docs = docs + ["占位"]  # sklearn refuses an empty vocabulary; a dummy word fixes it
            return cls(vec, vec.fit_transform(docs)[: len(texts)].tocsr())
        return cls(vec, vec.fit_transform(docs).tocsr())

    def transform(self, texts: Sequence[str]) -> "sparse.csr_matrix":
        return self.vectorizer.transform(list(texts)).tocsr()

    def query(self, texts: Sequence[str], top_k: int = 5, threshold: float = 0.0):
        """Best ``top_k`` indexed rows for each query text: arrays (query_row, index_row, score)."""
        return top_k_pairs(self.transform(texts), self.matrix, top_k=top_k, threshold=threshold, symmetric=False)


def top_k_pairs(x: "sparse.csr_matrix", y: "sparse.csr_matrix | None" = None, *, top_k: int = 5,
                threshold: float = 0.0, groups: "np.ndarray | None" = None, symmetric: bool | None = None,
                block_rows: int | None = None):
    """For each row of ``x`` the ``top_k`` most similar rows of ``y`` (default ``x``) with
    cosine score ≥ ``threshold`` (rows are L2-normalised, so the dot product is the cosine).

    ``groups`` (one label per row, only when ``y`` is ``x``): pairs within the same group are
    skipped — used to compare tasks of *different* plans only. With ``y is None`` the self
    pair is skipped and each unordered pair is returned once, as ``i < j`` (``symmetric``).
    Returns three aligned numpy arrays (rows, cols, scores), sorted by row then score.
    """
    import numpy as np

    same = y is None
    if same:
        y = x
    symmetric = same if symmetric is None else symmetric
    n, m = x.shape[0], y.shape[0]
    if n == 0 or m == 0 or top_k <= 0:
        return np.array([], int), np.array([], int), np.array([], np.float32)
    if groups is not None:
        groups = np.asarray(groups)
    block = block_rows or max(1, min(n, BLOCK_CELLS // max(m, 1)))
    yt = y.T.tocsc()
    rows, cols, scores = [], [], []
    k = min(top_k, m)
    for start in range(0, n, block):
        stop = min(n, start + block)
        sims = (x[start:stop] @ yt).toarray()
        if same:
            r = np.arange(stop - start)
            sims[r, r + start] = -1.0  # never the task itself
        if groups is not None:
            sims[groups[start:stop, None] == groups[None, :]] = -1.0
        if k < m:
            part = np.argpartition(-sims, k - 1, axis=1)[:, :k]
        else:
            part = np.tile(np.arange(m), (stop - start, 1))
        best = np.take_along_axis(sims, part, axis=1)
        rr, cc = np.nonzero(best >= max(threshold, 1e-9))
        rows.append(rr + start)
        cols.append(part[rr, cc])
        scores.append(best[rr, cc])
    i = np.concatenate(rows)
    j = np.concatenate(cols)
    s = np.concatenate(scores).astype(np.float32)
    if symmetric:
        lo, hi = np.minimum(i, j), np.maximum(i, j)
        # A pair found from both ends is kept once.
        key = lo.astype(np.int64) * m + hi
        _, first = np.unique(key, return_index=True)
        i, j, s = lo[first], hi[first], s[first]
    order = np.lexsort((-s, i))
    return i[order], j[order], s[order]
