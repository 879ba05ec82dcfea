#!/usr/bin/env python3
"""Scores `vbtool extract` against hand annotations.

For every DOC.expected.json in the given folders (the format of the
annotations: {"self": {number, date, type, issuer}, "references": [{number,
type, date, issuer, relation}], "reference_edges": [{from, to, relation}]}),
runs `vbtool extract --format json DOC.txt` and prints, over all documents:

  references  precision / recall / F1 (matched by canonical number)
  dates       share of matched references whose date equals the annotation
  issuers     share of matched references whose issuer agrees (see below)
  relations   share of matched references with the annotated relation
  edges       precision / recall / F1 of (from, to, relation)
  self        share of documents whose own number / date / type / issuer agree

An issuer agrees when both are null, or when, case-folded and with the
white space folded, the names are equal or one contains the other,
the shorter having two words at least and opening as the longer does (the
annotation "Bộ trưởng Bộ Y tế" agrees with vbtool's "Bộ Y tế"; "Bộ" alone
does not agree with "Bộ Xây dựng").

  bench/score.py [--vbtool build/vbtool] [--verbose] FOLDER...
"""
import argparse
import json
import os
import subprocess
import re
import sys
import unicodedata


def norm_id(s):
    if s is None:
        return None
    s = unicodedata.normalize("NFC", s).replace("\u00d0", "Đ").replace(" ", "")
    s = s.replace("–", "-").replace("—", "-").replace("TƯ", "TW")
    # An old number's dot between codes is its hyphen ("01/1999/QĐ.UB" is 01/1999/QĐ-UB);
    # a dot between digits stays ("66.16/2026/NQ-CP").
    s = re.sub(r"(?<=[^\d/])\.(?=[^\d/])", "-", s)
    return s.upper()


def norm_name(s):
    if not s:
        return ""
    s = unicodedata.normalize("NFC", s).casefold().replace("uỷ", "ủy").replace("hoà", "hòa")
    s = " ".join(s.split())
    return s


def issuer_agrees(expected, got_written, got_resolved):
    if not expected:
        return not got_written
    e = norm_name(expected)
    for g in (got_written, got_resolved):
        g = norm_name(g)
        if not g:
            continue
        if e == g:
            return True
        short, long_ = (e, g) if len(e) < len(g) else (g, e)
        # One name within the other counts when the shorter is a name of its
        # own: two words at least, opening as the longer does ("Bộ" alone is
        # no agreement with "Bộ Xây dựng").
        if short in long_ and len(short.split()) >= 2 and short.split()[0] == long_.split()[0]:
            return True
    return False


def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--vbtool", default="build/vbtool")
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("folders", nargs="+")
    a = ap.parse_args()

    tot = dict(tp=0, fp=0, fn=0, etp=0, efp=0, efn=0, matched=0, date=0, issuer=0, relation=0,
               docs=0, s_number=0, s_date=0, s_type=0, s_issuer=0)
    for folder in a.folders:
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".expected.json"):
                continue
            exp = json.load(open(os.path.join(folder, name), encoding="utf-8"))
            txt = os.path.join(folder, name[: -len(".expected.json")] + ".txt")
            run = subprocess.run([a.vbtool, "extract", "--format", "json", txt], capture_output=True, text=True)
            if run.returncode not in (0, 1):
                print(f"{txt}: vbtool failed: {run.stderr.strip()}")
                continue
            got = json.loads(run.stdout)
            tot["docs"] += 1
            problems = []

            s, d = exp.get("self", {}), got["document"]
            gnum = (d.get("number") or {}).get("id")
            ok = norm_id(s.get("number")) == norm_id(gnum)
            tot["s_number"] += ok
            if not ok:
                problems.append(f"self number: expected {s.get('number')}, got {gnum}")
            ok = s.get("date") == d.get("date")
            tot["s_date"] += ok
            if not ok:
                problems.append(f"self date: expected {s.get('date')}, got {d.get('date')}")
            gtype = (d.get("type") or {}).get("code")
            ok = norm_id(s.get("type")) == norm_id(gtype)
            tot["s_type"] += ok
            if not ok:
                problems.append(f"self type: expected {s.get('type')}, got {gtype}")
            ok = issuer_agrees(s.get("issuer"), d.get("issuer"), d.get("issuer_name"))
            tot["s_issuer"] += ok
            if not ok:
                problems.append(f"self issuer: expected {s.get('issuer')}, got {d.get('issuer')}")

            want = {norm_id(r["number"]): r for r in exp.get("references", [])}
            have = {norm_id(r["id"]): r for r in got.get("references", [])}
            for k in sorted(set(want) | set(have)):
                if k in want and k in have:
                    tot["tp"] += 1
                    tot["matched"] += 1
                    w, h = want[k], have[k]
                    if w.get("date") == h.get("date"):
                        tot["date"] += 1
                    else:
                        problems.append(f"{k}: date expected {w.get('date')}, got {h.get('date')}")
                    if issuer_agrees(w.get("issuer"), h.get("issuer"), h.get("issuer_name")):
                        tot["issuer"] += 1
                    else:
                        problems.append(f"{k}: issuer expected {w.get('issuer')}, got {h.get('issuer')}")
                    if w.get("relation") == h.get("relation"):
                        tot["relation"] += 1
                    else:
                        problems.append(f"{k}: relation expected {w.get('relation')}, got {h.get('relation')}")
                elif k in want:
                    tot["fn"] += 1
                    problems.append(f"{k}: missed")
                else:
                    tot["fp"] += 1
                    h = have[k]
                    line = h["mentions"][0]["line"] if h.get("mentions") else "?"
                    problems.append(f"{k}: not expected (line {line})")

            we = {(norm_id(e["from"]), norm_id(e["to"]), e["relation"]) for e in exp.get("reference_edges", [])}
            he = {(norm_id(e["from"]), norm_id(e["to"]), e["relation"]) for e in got.get("edges", [])}
            tot["etp"] += len(we & he)
            tot["efp"] += len(he - we)
            tot["efn"] += len(we - he)
            for e in sorted(we - he):
                problems.append(f"edge missed: {e}")
            for e in sorted(he - we):
                problems.append(f"edge not expected: {e}")

            if a.verbose and problems:
                print(f"== {txt}")
                for p in problems:
                    print(f"   {p}")

    m = tot["matched"] or 1
    n = tot["docs"] or 1
    p, r, f = f1(tot["tp"], tot["fp"], tot["fn"])
    ep, er, ef = f1(tot["etp"], tot["efp"], tot["efn"])
    print(f"documents   {tot['docs']}")
    print(f"references  P {p:.3f}  R {r:.3f}  F1 {f:.3f}  ({tot['tp']} found, {tot['fp']} extra, {tot['fn']} missed)")
    print(f"dates       {tot['date'] / m:.3f}   issuers {tot['issuer'] / m:.3f}   relations {tot['relation'] / m:.3f}"
          f"   (of {tot['matched']} matched)")
    print(f"edges       P {ep:.3f}  R {er:.3f}  F1 {ef:.3f}  ({tot['etp']} found, {tot['efp']} extra, {tot['efn']} missed)")
    print(f"self        number {tot['s_number'] / n:.3f}  date {tot['s_date'] / n:.3f}  type {tot['s_type'] / n:.3f}"
          f"  issuer {tot['s_issuer'] / n:.3f}")


if __name__ == "__main__":
    sys.exit(main())
