#!/usr/bin/env python3
"""Compare Kadam's Latin -> Cyrillic Uzbek, word by word, with independent
transliterators from PyPI. Not run by CI: a tool for the editor of
src/content/script.rs (docs/uz-cyrillic.md has the last results).

    python3 -m venv /tmp/uzc && /tmp/uzc/bin/pip install alifbo uztransliterator
    /tmp/uzc/bin/python tools/uz_cyrillic_compare.py            # counts and every difference
    /tmp/uzc/bin/python tools/uz_cyrillic_compare.py --no-dump  # reuse target/uz-cyrillic-words.tsv

It runs the ignored test `dump_words_for_the_comparison_tool`, which writes
every word of locales/uz/ with our Cyrillic to target/uz-cyrillic-words.tsv,
then transliterates each Latin word with every tool it can import and prints,
per tool, how many words differ and which (unique words, most frequent first,
with their kind: word, name, brand or abbreviation).
"""
import collections
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
TSV = ROOT / "target" / "uz-cyrillic-words.tsv"


def tools():
    found = {}
    try:
        import alifbo

        def run_alifbo(word):
            r = alifbo.to_cyrillic(word)
            return r if isinstance(r, str) else getattr(r, "text", str(r))

        found["alifbo"] = run_alifbo
    except ImportError:
        print("alifbo not installed: skipped", file=sys.stderr)
    try:
        from UzTransliterator import UzTransliterator

        t = UzTransliterator.UzTransliterator() if hasattr(UzTransliterator, "UzTransliterator") else UzTransliterator()
        found["uztransliterator"] = lambda w: t.transliterate(w, from_="lat", to="cyr")
    except ImportError:
        print("UzTransliterator not installed: skipped", file=sys.stderr)
    return found


def main():
    if "--no-dump" not in sys.argv:
        subprocess.run(
            ["cargo", "test", "-q", "--lib", "dump_words_for_the_comparison_tool", "--", "--ignored"],
            cwd=ROOT,
            check=True,
        )
    rows = [line.split("\t") for line in TSV.read_text(encoding="utf-8").splitlines()[1:]]
    found = tools()
    if not found:
        sys.exit("no independent transliterator installed (see the top of this file)")
    print(f"{len(rows)} words ({len({r[0] for r in rows})} different)")
    for name, run in found.items():
        diff = collections.Counter()
        by_kind = collections.Counter()
        for latin, ours, kind in rows:
            theirs = run(latin)
            if theirs.lower() != ours.lower():
                diff[(latin, ours, theirs, kind)] += 1
                by_kind[kind] += 1
        total = sum(diff.values())
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(by_kind.items()))
        print(f"\n== {name}: {total} words differ ({len(diff)} different; {kinds})")
        for (latin, ours, theirs, kind), n in diff.most_common():
            print(f"{n:4}  {latin:24} ours {ours:24} {name} {theirs:24} {kind}")


if __name__ == "__main__":
    main()
