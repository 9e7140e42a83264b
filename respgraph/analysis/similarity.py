"""Task text similarity: character n-gram (2–3) TF-IDF cosine, with a blocked sparse top-k.

Chinese needs no word segmenter here: overlapping character bigrams and trigrams (黑臭,
臭水, 水体, 黑臭水 …) carry the topic of a task. Responsibility clauses (（责任单位：…）) and
digits are removed first, so two tasks are not "similar" merely because the same bureau or
year is named in both.

Top-k search (``top_k_pairs``), two regimes:

* **exact**, up to ``EXACT_MAX_CELLS`` scores (rows × columns, ~10,000 × 10,000 tasks; the
  sample plans): the sparse TF-IDF matrix times its transpose in row blocks, keeping the
  best ``top_k`` columns of each row, so memory stays at ``block_rows × n`` per step.
* **candidates, then exact scores**, above it. The product is quadratic in time — character
  n-grams shared by boilerplate make the rows dense — 110–175 s at 28,000 tasks, so:
  (1) rows with identical vectors (the same task text copied into many plans) are scored
  once; (2) the distinct rows are multiplied exactly when they are few (≤ EXACT_MAX_CELLS),
  otherwise each row is pruned to its ``PRUNE_TERMS`` highest-weighted n-grams, n-grams in
  more than ``MAX_DF_SHARE`` of the distinct rows are left out, and the pruned rows are
  multiplied by the rows, keeping ``max(CANDIDATE_FLOOR, 4·top_k)`` candidates per row;
  (3) the candidates are re-scored with the full vectors (row-wise dot products), so every
  reported score is the true cosine; (4) the copies are expanded back, skipping the row
  itself and its own group. What can be missed: a pair whose similarity lies mostly outside
  both rows' top n-grams. Ties (several partners with the same score) are broken by the
  lowest row, where the exact regime's choice is arbitrary. Measured on 1,000 synthetic
  plans (26,983 tasks, 2,911 distinct texts): see docs/analyses.md.

This module is shared with the "suggest lead" feature (``TaskIndex.query``).

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

#: Up to this many scores (rows × columns) ``top_k_pairs`` multiplies the whole matrices and
#: is exact; above it (about 10,000 × 10,000 tasks) it finds candidates first (``_approx_top_k``).
EXACT_MAX_CELLS = 100_000_000
#: Candidate generation keeps each row's PRUNE_TERMS highest-weighted n-grams …
PRUNE_TERMS = 64
#: … leaving out n-grams found in more than this share of the (distinct) rows: boilerplate
#: such as 加强, 推进, 完成阶段性任务 carries almost no weight after idf but makes every row
#: a candidate of every other.
MAX_DF_SHARE = 0.2
#: Candidate rows kept per distinct row before exact re-scoring: max(CANDIDATE_FLOOR, 4·top_k).
CANDIDATE_FLOOR = 60


# A bracketed responsibility clause: （责任单位：…）, 〔牵头单位：…〕, (责任单位:…).
_CLAUSE = re.compile(r"[（(〔\[【][^（）()〔〕\[\]【】]{0,400}?(?:单位|牵头|负责|责任)[^（）()〔〕\[\]【】]*[）)〕\]】]")
# Unbracketed clause running to the end of the text: 责任单位:A、B等按职责分工 … — or to the next
# field that states the work, in a 督察整改 or 台账 item written as fields (责任单位：… 整改时限：…
# 整改目标：… 整改措施：…; the lines are joined in the task's text). The measures after the units
# are the work: cut with the clause, 城区餐饮油烟扰民投诉多发 was all that was left of a task whose
# 整改措施 name 油烟净化设施, and its pair was missed. The fields between (时限, 责任人, 责任领导)
# name dates and people, no work, and go with the clause as before.
_WORK_FIELD = r"(?:整改|工作|主要|具体)(?:措施|目标|内容|任务|要求)[:：]"
_TAIL_CLAUSE = re.compile(r"(?:牵头单位|责任单位|配合单位|牵头部门|责任部门)[:：].*?(?=" + _WORK_FIELD + r"|$)", re.S)
# The field names themselves: every item of such a plan repeats them, they say nothing of its work.
_WORK_FIELD_NAME = re.compile(_WORK_FIELD)
# Keep CJK and Latin letters; digits, punctuation and whitespace become word breaks.
_NON_TEXT = re.compile(r"[^\u3400-\u9fffA-Za-z]+")


def _as_is(text: str) -> str:
    return text


def clean_task_text(text: str) -> str:
    """The words of a task without its responsibility clause, digits and punctuation.

    >>> clean_task_text("2022年底前完成黑臭水体排查。（责任单位：区生态环境局）")
    '年底前完成黑臭水体排查'
    """
    text = _CLAUSE.sub(" ", text or "")
    text = _TAIL_CLAUSE.sub(" ", text)
    text = _WORK_FIELD_NAME.sub(" ", text)
    return _NON_TEXT.sub(" ", text).strip()


@dataclass
class TaskIndex:
    """A fitted vectorizer and the L2-normalised TF-IDF matrix of the texts it was fitted on."""

    vectorizer: object
    matrix: "sparse.csr_matrix"

    @classmethod
    def fit(cls, texts: Sequence[str]) -> "TaskIndex":
        """Fit on ``texts``. Texts whose cleaned words are identical (a task copied into many
        plans) are counted once; the idf still counts every copy, so the matrix is the one
        a plain ``TfidfVectorizer.fit_transform`` of all texts gives (10× faster on 267,000
        synthetic tasks). The distinct texts are cut into n-grams once: counting them, then
        weighing the counts, rather than fitting a vectorizer and transforming twice (three
        full n-gram passes were 70 % of the fit at 10,000 plans).

        >>> idx = TaskIndex.fit(["加强扬尘管控", "加强扬尘管控", "推进污水治理"])
        >>> idx.matrix.shape[0], round(float((idx.matrix[0] @ idx.matrix[1].T).toarray()[0, 0]), 4)
        (3, 1.0)
        """
        from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer, TfidfVectorizer
        import numpy as np

        params = dict(analyzer="char_wb", ngram_range=NGRAM_RANGE, dtype=np.float32)
        docs = list(texts)
        cleaned = [clean_task_text(t) for t in docs]
        if not any(cleaned):
            vec = TfidfVectorizer(**params, sublinear_tf=True, preprocessor=clean_task_text)
            docs = docs + ["占位"]  # sklearn refuses an empty vocabulary; a dummy word fixes it
            return cls(vec, vec.fit_transform(docs)[: len(texts)].tocsr())
        first: dict[str, int] = {}
        inv = np.array([first.setdefault(c, len(first)) for c in cleaned], dtype=np.int64)
        # the words are cleaned already: the counter's preprocessor passes them through
        counter = CountVectorizer(**params, preprocessor=_as_is)
        counts = counter.fit_transform(list(first)).tocsr()
        counts.sort_indices()  # the order a transform gives (fitting reorders the features)
        # Document frequency over all texts = over the distinct ones, weighted by copies.
        copies = np.bincount(inv, minlength=len(first))
        rows = np.repeat(np.arange(len(first)), np.diff(counts.indptr))
        df = np.bincount(counts.indices, weights=copies[rows], minlength=counts.shape[1])
        idf = np.log((1 + len(docs)) / (1 + df)) + 1  # sklearn's smooth idf
        weigh = TfidfTransformer(sublinear_tf=True)
        weigh.idf_ = idf
        # The vectorizer for new texts (``transform``, ``query``): the same n-grams and idf.
        vec = TfidfVectorizer(**params, sublinear_tf=True, preprocessor=clean_task_text, vocabulary=counter.vocabulary_)
        vec.idf_ = idf
        return cls(vec, weigh.transform(counts)[inv].tocsr())

    def transform(self, texts: Sequence[str]) -> "sparse.csr_matrix":
        return self.vectorizer.transform(list(texts)).tocsr()

    def query(self, texts: Sequence[str], top_k: int = 5, threshold: float = 0.0):
        """Best ``top_k`` indexed rows for each query text: arrays (query_row, index_row, score)."""
        return top_k_pairs(self.transform(texts), self.matrix, top_k=top_k, threshold=threshold, symmetric=False)


def top_k_pairs(x: "sparse.csr_matrix", y: "sparse.csr_matrix | None" = None, *, top_k: int = 5,
                threshold: float = 0.0, groups: "np.ndarray | None" = None, symmetric: bool | None = None,
                block_rows: int | None = None, exact: bool | None = None):
    """For each row of ``x`` the ``top_k`` most similar rows of ``y`` (default ``x``) with
    cosine score ≥ ``threshold`` (rows are L2-normalised, so the dot product is the cosine).

    ``groups`` (one label per row, only when ``y`` is ``x``): pairs within the same group are
    skipped — used to compare tasks of *different* plans only. With ``y is None`` the self
    pair is skipped and each unordered pair is returned once, as ``i < j`` (``symmetric``).
    ``exact``: None chooses by size (exact up to ``EXACT_MAX_CELLS`` scores, else candidate
    generation then exact re-scoring — see the module docstring); True/False forces one.
    Returns three aligned numpy arrays (rows, cols, scores), sorted by row then score.

    >>> from scipy import sparse
    >>> x = sparse.csr_matrix([[1.0, 0.0], [0.6, 0.8], [1.0, 0.0], [0.0, 1.0]])
    >>> i, j, s = top_k_pairs(x, top_k=1, groups=["a", "a", "b", "b"], exact=False)
    >>> [(int(a), int(b), round(float(c), 2)) for a, b, c in zip(i, j, s)]
    [(0, 2, 1.0), (1, 3, 0.8)]
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
    k = min(top_k, m)
    if exact is None:
        exact = n * m <= EXACT_MAX_CELLS
    if not exact:
        i, j, s = _approx_top_k(x, y, same=same, groups=groups, k=k, threshold=threshold)
        return _finish(i, j, s, m, symmetric)
    block = block_rows or max(1, min(n, BLOCK_CELLS // max(m, 1)))
    yt = y.T.tocsc()
    # A row copied in x (one task text in several plans of a place) is multiplied once: each
    # row of a sparse product is summed on its own, in its stored order, so the copy's scores
    # are the same floats (at 10,000 plans, 400 searches of one place's ~670 tasks each).
    ux, inv = _distinct_rows(x, stored_order=True)
    if groups is not None:  # integers compare faster than the labels, with the same outcome
        groups = np.unique(groups, return_inverse=True)[1].ravel()
    rows, cols, scores = [], [], []
    for start in range(0, n, block):
        stop = min(n, start + block)
        distinct, copy_of = np.unique(inv[start:stop], return_inverse=True)
        sims = (x[ux[distinct]] @ yt).toarray()[copy_of.ravel()]
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
    return _finish(np.concatenate(rows), np.concatenate(cols), np.concatenate(scores), m, symmetric)


def _finish(i, j, s, m: int, symmetric: bool):
    """Each unordered pair once (``i < j``) when ``symmetric``; sorted by row, then score."""
    import numpy as np

    s = s.astype(np.float32)
    if symmetric:
        lo, hi = np.minimum(i, j), np.maximum(i, j)
        # A pair found from both ends is kept once.
        key = lo.astype(np.int64) * m + hi
        _, first = np.unique(key, return_index=True)
        i, j, s = lo[first], hi[first], s[first]
    order = np.lexsort((-s, i))
    return i[order], j[order], s[order]


def _distinct_rows(x: "sparse.csr_matrix", *, stored_order: bool = False):
    """(unique row positions, inverse): rows with the same n-grams and weights (tasks whose
    cleaned text is identical — copied boilerplate tasks are common across plans) are scored once.
    ``stored_order``: rows are the same only when stored in the same order too (then their
    products are the same floats, not only the same sums), and ``x`` is not copied."""
    import numpy as np

    if not stored_order:
        x = x.copy()
        x.sort_indices()
    seen: dict = {}
    inv = np.empty(x.shape[0], np.int64)
    ip, ind, dat = x.indptr, x.indices, x.data
    for r in range(x.shape[0]):
        a, b = ip[r], ip[r + 1]
        inv[r] = seen.setdefault((ind[a:b].tobytes(), dat[a:b].tobytes()), len(seen))
    first = np.full(len(seen), -1, np.int64)
    first[inv[::-1]] = np.arange(x.shape[0])[::-1]  # the first row of each distinct vector
    return first, inv


def _rowwise_dot(a: "sparse.csr_matrix", b: "sparse.csr_matrix", ia, ib, block: int = 2048):
    """Exact a[ia[t]] · b[ib[t]] for every t (``ia`` sorted): a block of rows of ``a`` is made
    dense and each pair gathers it at the n-grams of its ``b`` row."""
    import numpy as np

    out = np.zeros(len(ia), np.float32)
    blen = np.diff(b.indptr)
    for s in range(0, a.shape[0], block):
        lo, hi = np.searchsorted(ia, [s, s + block])
        if lo == hi:
            continue
        dense = a[s:s + block].toarray()
        cnt = blen[ib[lo:hi]]
        ends = np.cumsum(cnt)
        at = np.repeat(b.indptr[ib[lo:hi]] - (ends - cnt), cnt) + np.arange(ends[-1] if len(ends) else 0)
        pair = np.repeat(np.arange(hi - lo), cnt)
        flat = (ia[lo:hi][pair] - s).astype(np.int64) * dense.shape[1] + b.indices[at]
        prod = dense.ravel()[flat] * b.data[at]
        out[lo:hi] = np.bincount(pair, weights=prod, minlength=hi - lo)
    return out


def _keep_columns(x: "sparse.csr_matrix", keep_cols) -> "sparse.csr_matrix":
    """``x`` with the columns where ``keep_cols`` is False emptied (same shape)."""
    from scipy import sparse

    out = (x @ sparse.diags(keep_cols.astype(x.dtype))).tocsr()
    out.eliminate_zeros()
    return out


def _prune(x: "sparse.csr_matrix", keep_cols, terms: int) -> "sparse.csr_matrix":
    """Each row reduced to its ``terms`` highest weights among the columns in ``keep_cols``."""
    import numpy as np
    from scipy import sparse

    coo = _keep_columns(x, keep_cols).tocoo()
    order = np.lexsort((-coo.data, coo.row))
    row = coo.row[order]
    rank = np.arange(len(row)) - np.searchsorted(row, row)  # position within its row
    keep = order[rank < terms]
    return sparse.csr_matrix((coo.data[keep], (coo.row[keep], coo.col[keep])), shape=x.shape)


def _approx_top_k(x, y, *, same: bool, groups, k: int, threshold: float, exact_unique: bool | None = None):
    """Candidate generation, exact re-scoring, expansion to rows (see ``top_k_pairs``): the work
    is done between distinct rows (the same task text recurs across plans), then spread back."""
    import numpy as np

    ux, inv_x = _distinct_rows(x)
    uy, inv_y = (ux, inv_x) if same else _distinct_rows(y)
    xu, yu = x[ux], y[uy]
    nxu, nyu = xu.shape[0], yu.shape[0]
    if exact_unique is None:
        exact_unique = nxu * nyu <= EXACT_MAX_CELLS
    cu, cv, cs = _candidate_pairs(xu, yu, same=same, k=k, exact_unique=exact_unique)
    # 2. Exact cosines of the candidates, from the full vectors (the full product has them).
    if not exact_unique:
        cs = _rowwise_dot(xu, yu, cu, cv)
    ok = cs >= max(threshold, 1e-9)
    gcode = np.unique(groups, return_inverse=True)[1].ravel() if groups is not None else None
    ej, es, start_u = _lists_of_distinct_rows(cu[ok], cv[ok], cs[ok], inv_y, gcode, same=same, k=k, nxu=nxu, nyu=nyu)
    return _pairs_of_rows(inv_x, ej, es, start_u, gcode, same=same, k=k)


def _candidate_pairs(xu, yu, *, same: bool, k: int, exact_unique: bool):
    """1. (row, column, score) of the candidates between distinct rows: the full product when it is
    small (``exact_unique``), else the pruned rows (top PRUNE_TERMS n-grams, frequent n-grams left
    out) against the rows; each row keeps its best ``max(CANDIDATE_FLOOR, 4k)``."""
    import numpy as np

    nxu, nyu = xu.shape[0], yu.shape[0]
    if exact_unique:
        xc, yc = xu, yu
    else:
        df = np.bincount(yu.indices, minlength=yu.shape[1])
        keep_cols = df <= max(2, MAX_DF_SHARE * nyu)
        xc = _prune(xu, keep_cols, PRUNE_TERMS)
        yc = _keep_columns(yu, keep_cols)
    c = min(nyu, max(CANDIDATE_FLOOR, 4 * k))
    # Sparse × dense is much faster than sparse × sparse when the product is dense anyway.
    dense = exact_unique and yc.shape[0] * yc.shape[1] <= 2 * BLOCK_CELLS
    yt = yc.T.toarray() if dense else yc.T.tocsc()
    block = max(1, min(nxu, BLOCK_CELLS // max(nyu, 1)))
    cu, cv, cs = [], [], []
    for start in range(0, nxu, block):
        stop = min(nxu, start + block)
        sims = xc[start:stop] @ yt
        sims = sims if isinstance(sims, np.ndarray) else sims.toarray()
        if same:
            r = np.arange(stop - start)
            own = sims[r, r + start].copy()
            sims[r, r + start] = 2.0  # the row's own duplicates (in other plans) are its best matches
        part = np.argpartition(-sims, c - 1, axis=1)[:, :c] if c < nyu else np.tile(np.arange(nyu), (stop - start, 1))
        best = np.take_along_axis(sims, part, axis=1)
        if same:
            best = np.where(part == (np.arange(start, stop)[:, None]), own[:, None], best)
        rr, cc = np.nonzero(best > 0)
        cu.append(rr + start)
        cv.append(part[rr, cc])
        cs.append(best[rr, cc])
    return np.concatenate(cu), np.concatenate(cv), np.concatenate(cs).astype(np.float32)


def _lists_of_distinct_rows(cu, cv, cs, inv_y, gcode, *, same: bool, k: int, nxu: int, nyu: int):
    """3. Each distinct row of x's list of original rows of y, best score first, then lowest row:
    (rows of y, scores, where each distinct row's list starts). A candidate contributes at most
    k + (its largest number of members in one group) members, and a list keeps k + (the entries
    it may have to skip), enough for any row of x."""
    import numpy as np

    order_y = np.argsort(inv_y, kind="stable")
    ptr = np.searchsorted(inv_y[order_y], np.arange(nyu + 1))
    size = np.diff(ptr)
    if gcode is not None:
        ug, per = np.unique(np.stack([inv_y, gcode]), axis=1, return_counts=True)
        smax = np.zeros(nyu, np.int64)
        np.maximum.at(smax, ug[0], per)
    else:
        smax = np.ones(nyu, np.int64) if same else np.zeros(nyu, np.int64)
    take = np.minimum(size[cv], k + smax[cv])
    eu, es = np.repeat(cu, take), np.repeat(cs, take)
    off = np.arange(take.sum()) - np.repeat(np.cumsum(take) - take, take)
    ej = order_y[np.repeat(ptr[cv], take) + off]
    o = np.lexsort((ej, -es, eu))  # per distinct row: best score first, then lowest row
    eu, ej, es = eu[o], ej[o], es[o]
    start_u = np.searchsorted(eu, np.arange(nxu + 1))
    if gcode is not None:
        key = eu * (gcode.max() + 1) + gcode[ej]
        kk, cnt = np.unique(key, return_counts=True)
        skip = np.zeros(nxu, np.int64)
        np.maximum.at(skip, kk // (gcode.max() + 1), cnt)
    else:
        skip = np.full(nxu, 1 if same else 0, np.int64)
    rank = np.arange(len(eu)) - start_u[eu]
    keep = rank < (k + skip)[eu]
    eu, ej, es = eu[keep], ej[keep], es[keep]
    return ej, es, np.searchsorted(eu, np.arange(nxu + 1))


def _pairs_of_rows(inv_x, ej, es, start_u, gcode, *, same: bool, k: int):
    """4. (rows of x, rows of y, scores): each row of x repeats its distinct row's list, drops
    itself and its own group, and keeps k."""
    import numpy as np

    lens = np.diff(start_u)
    n = len(inv_x)
    li = lens[inv_x]
    fi = np.repeat(np.arange(n), li)
    pos = np.repeat(start_u[inv_x], li) + (np.arange(li.sum()) - np.repeat(np.cumsum(li) - li, li))
    fj, fs = ej[pos], es[pos]
    good = np.ones(len(fi), bool)
    if same:
        good &= fi != fj
    if gcode is not None:
        good &= gcode[fi] != gcode[fj]
    fi, fj, fs = fi[good], fj[good], fs[good]
    first = np.searchsorted(fi, np.arange(n + 1))
    r = np.arange(len(fi)) - first[fi]
    keep = r < k
    return fi[keep], fj[keep], fs[keep]
