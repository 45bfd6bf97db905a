"""Command line: ``python -m bench.newsroom --demo [--seed N]`` prints a small example of each
family and a few credit-labelled articles."""

import argparse
import textwrap

from . import KINDS, credit_set, network


def _short(text: str, width: int = 110) -> str:
    flat = " / ".join(line for line in text.split("\n") if line.strip())
    return textwrap.shorten(flat, width=width, placeholder=" ...")


def demo(seed: int = 1) -> None:
    for kind in KINDS[:-1]:
        corpus = network(kind, 1, seed)
        print(f"== {kind}: {len(corpus['records'])} records")
        for rec in corpus["records"]:
            last = [b for b in rec["text"].split("\n\n") if b.strip()][-1]
            print(f"  {rec['id']}  outlet={rec['outlet']!s:.24}  published={rec['published']}")
            print(f"    title: {_short(rec['title'], 80)}")
            print(f"    text:  {_short(rec['text'], 100)}")
            print(f"    end:   {_short(last, 100)}")
        print(f"  edges={corpus['edges']}")
        print(f"  absent_sources={corpus['absent_sources']}  siblings={corpus['siblings']}")
        rels = [f"{p['a'][-2:]}~{p['b'][-2:]}:{p['relation']}" + ("" if p.get("direct", True) else "(indirect)")
                for p in corpus["pairs"] if corpus["story"][p["a"]] == corpus["story"][p["b"]]]
        print("  pairs " + textwrap.fill(" ".join(rels), 104, subsequent_indent="        "))
    mixed = network("mixed", 6, seed)
    print(f"== mixed: {len(mixed['records'])} records in 6 stories, {len(mixed['edges'])} edges, "
          f"{len(mixed['pairs'])} pairs")
    print("== credit_set")
    for item in credit_set(6, seed):
        print(f"  {item['form']:<18} credited={item['credited']!s:<22} {_short(item['text'], 70)}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.newsroom")
    ap.add_argument("--demo", action="store_true", help="print one small example of each family")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    if args.demo:
        demo(args.seed)
    else:
        ap.print_help()


if __name__ == "__main__":
    main()
