"""Write the heldout42 JSON case files and src/meta.json. Refuses once MD5SUMS exists."""
import json, os, sys
from lib import CASES, utc
import cases_a, cases_b, cases_c, cases_d, cases_e  # noqa: F401  (register cases)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
if os.path.exists(os.path.join(OUT, "MD5SUMS")):
    sys.exit("MD5SUMS exists: the batch is frozen, nothing written")


def build(c):
    tz = c["tz"]
    srcs = []
    for i, s in enumerate(c["sources"], 1):
        if s[0] == "note":
            srcs.append({"kind": "note", "id": i, "at": utc(s[1], tz), "text": s[2]})
        else:
            srcs.append({"kind": "message", "id": i, "at": utc(s[1], tz),
                         "direction": "outbound" if s[0] == "out" else "inbound",
                         "subject": s[2], "content_type": s[4], "body": s[3]})
    cid = "h42-%02d-%s" % (c["n"], c["slug"])
    expect = c.get("expect", True)
    return cid, {
        "id": cid,
        "batch": "blind-heldout42",
        "domain": c["domain"],
        "language": c["lang"],
        "now": utc(c["now"], tz),
        "tz": tz,
        "customer": {"name": c["customer"][0], "email": c["customer"][1]},
        "rep": {"name": c["rep"][0], "email": c["rep"][1], "signature": c["rep"][2]},
        "rep_history": [],
        "sources": srcs,
        "expect_draft": expect,
        "key_points": [{"what": w, "must_include": t} for w, t in c.get("kps", [])] if expect else [],
        "must_not": list(c.get("mn", [])) if expect else [],
        "answer_slots": list(c.get("slots", [])) if expect else [],
    }


def main():
    for f in os.listdir(OUT):
        if f.startswith("h42_") and f.endswith(".json"):
            os.remove(os.path.join(OUT, f))
    meta = []
    for c in sorted(CASES, key=lambda c: c["n"]):
        cid, d = build(c)
        fn = "h42_%02d_%s.json" % (c["n"], c["slug"])
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        meta.append({"id": cid, "file": fn, "shape": c["shape"], "place": c["place"],
                     "client": c.get("client"), "local_now": c["now"], "tz": c["tz"]})
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as fh:
        json.dump(meta, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote", len(meta), "cases")


if __name__ == "__main__":
    main()
