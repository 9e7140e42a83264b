"""Leave-one-plan-out evaluation of `respgraph suggest` on the seed plans with assignments.

    .venv/bin/python benchmarks/suggest_eval.py [BUILD_DIR]

Without BUILD_DIR the five seed plans in data/plans are built in memory. For each plan that
states leads (000, 001, 002, 004 on the seeds), its stated assignments are hidden, suggestions
are made for its tasks from the other plans only, and the suggested lead functions are compared
with the functions of the lead the plan actually names (see respgraph/suggest_eval.py).

Prints a table and writes benchmarks/results/suggest_eval.json with, per plan and overall:
top-1 and top-3 accuracy of the default model, the majority-class baseline (the functions that
lead most often in the other plans: 生态环境 first), the model exactly as first specified
(neighbours, lexicon only as fallback, no prior), the model before topics were weighed
(``before_topic``) and ablations.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

#: name -> suggest() keyword arguments. "default" is what `respgraph suggest` uses.
VARIANTS = {
    "default": {},
    "before_topic": {"off_topic_weight": 1.0, "strong_similarity": 0.0, "context_weight": 0.0},
    "as_specified": {"min_similarity": 0.10, "lexicon_weight": 0.0, "prior_weight": 0.0,
                     "off_topic_weight": 1.0, "strong_similarity": 0.0, "context_weight": 0.0},
    "no_topic_weight": {"off_topic_weight": 1.0},
    "no_strong_similarity": {"strong_similarity": 0.0},
    "no_context": {"context_weight": 0.0},
    "neighbours_only": {"use_lexicon": False, "prior_weight": 0.0},
    "neighbours_prior": {"use_lexicon": False},
    "lexicon_only": {"use_neighbours": False, "prior_weight": 0.0},
    "min_sim_0.10": {"min_similarity": 0.10},
    "k_5": {"k": 5},
    "k_20": {"k": 20},
}


def main(argv: list[str]) -> int:
    import pandas as pd

    import respgraph
    from respgraph.suggest import (CONTEXT_WEIGHT, K, LEXICON_WEIGHT, MIN_SIMILARITY, OFF_TOPIC_WEIGHT, PRIOR_WEIGHT,
                                   STRONG_SIMILARITY)
    from respgraph.suggest_eval import leave_one_plan_out, summarise

    t0 = time.perf_counter()
    if argv:
        graph = respgraph.load(argv[0]).graph
        source = argv[0]
    else:
        graph = respgraph.build(sorted((ROOT / "data" / "plans").glob("*.txt"))).graph
        source = "data/plans/*.txt"
    t_build = time.perf_counter() - t0

    results: dict[str, object] = {
        "source": source,
        "defaults": {"k": K, "min_similarity": MIN_SIMILARITY, "lexicon_weight": LEXICON_WEIGHT, "prior_weight": PRIOR_WEIGHT,
                     "off_topic_weight": OFF_TOPIC_WEIGHT, "strong_similarity": STRONG_SIMILARITY,
                     "context_weight": CONTEXT_WEIGHT},
        "build_seconds": round(t_build, 2),
        "variants": {},
    }
    table = []
    for name, kwargs in VARIANTS.items():
        t1 = time.perf_counter()
        per_task = leave_one_plan_out(graph, **kwargs)
        secs = time.perf_counter() - t1
        summary = summarise(per_task)
        results["variants"][name] = {"kwargs": kwargs, "seconds": round(secs, 2),
                                     "per_plan": summary.to_dict(orient="records")}
        if name == "default":
            results["per_task"] = [
                {**r, "truth": list(r["truth"]), "predicted": list(r["predicted"]), "baseline": list(r["baseline"])}
                for r in per_task.drop(columns=["baseline"]).assign(baseline=per_task["baseline"]).to_dict(orient="records")
            ]
            for r in summary.itertuples():
                table.append({"variant": "baseline (majority)", "plan": r.plan_id, "tasks": r.tasks,
                              "top1": r.baseline_top1, "top3": r.baseline_top3})
        for r in summary.itertuples():
            table.append({"variant": name, "plan": r.plan_id, "tasks": r.tasks, "top1": r.top1, "top3": r.top3})

    out = ROOT / "benchmarks" / "results" / "suggest_eval.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8")

    df = pd.DataFrame(table)
    wide = df.pivot_table(index=["variant"], columns="plan", values=["top1", "top3"], sort=False)
    pd.set_option("display.width", 200)
    print(f"leave-one-plan-out, lead function, {source}; tasks per plan: "
          + ", ".join(f"{p} {n}" for p, n in df[df.variant == 'default'][['plan', 'tasks']].itertuples(index=False, name=None)))
    for metric in ("top1", "top3"):
        print(f"\n{metric}:")
        print(wide[metric].round(3).to_string())
    print(f"\nwrote {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
