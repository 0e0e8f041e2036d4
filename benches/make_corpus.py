#!/usr/bin/env python3
"""Writes an N-times archive made from the BBC corpus, for `benches/dupes_scale.sh`.

    python3 benches/make_corpus.py N OUT [SOURCE]

OUT/copyNN/IIII.txt holds copy NN of every article of SOURCE (default
../shared/corpora/bbc/articles), each lightly edited at random, the way syndicated copy
drifts: about one edit in 150 words, a word dropped, doubled, or swapped for another
word of the same line. Copy 00 is unedited. The edits are drawn from a fixed seed, so
every run writes the same archive. Only file names and edits are made here: the copy is
the corpus's, and stays under /tmp (never in the repository).
"""
import os
import sys


class Rng:
    """xorshift64, as benches/dupes.rs uses."""

    def __init__(self, seed):
        self.s = seed

    def next(self):
        s = self.s
        s ^= (s << 13) & 0xFFFFFFFFFFFFFFFF
        s ^= s >> 7
        s ^= (s << 17) & 0xFFFFFFFFFFFFFFFF
        self.s = s
        return s


def edit(text, rng):
    out = []
    for line in text.split("\n"):
        words = line.split(" ")
        kept = []
        for w in words:
            r = rng.next() % 450
            if r == 0:
                continue
            if r == 1:
                kept.extend([w, w])
            elif r == 2:
                kept.append(words[rng.next() % len(words)])
            else:
                kept.append(w)
        out.append(" ".join(kept))
    return "\n".join(out)


def main():
    n = int(sys.argv[1])
    out = sys.argv[2]
    source = sys.argv[3] if len(sys.argv) > 3 else "../shared/corpora/bbc/articles"
    files = sorted(
        os.path.join(dp, f) for dp, _, fs in os.walk(source) for f in fs if f.endswith(".txt")
    )
    rng = Rng(0x2545F4914F6CDD1D)
    for copy in range(n):
        d = os.path.join(out, f"copy{copy:02}")
        os.makedirs(d, exist_ok=True)
        for i, f in enumerate(files):
            text = open(f, "rb").read().decode("utf-8", "replace")
            if copy > 0:
                text = edit(text, rng)
            with open(os.path.join(d, f"{i:04}.txt"), "w", encoding="utf-8") as w:
                w.write(text)


if __name__ == "__main__":
    main()
