"""Adversarial inputs: does ``analyze`` stay linear in the size of hostile text?

Not a timed test: run it by hand (or before a release) and read the table::

    python benchmarks/adversarial.py                # every case at n and 4n
    python benchmarks/adversarial.py --scale 0.25   # quicker, smaller inputs
    python benchmarks/adversarial.py --only said_100k --only nested_brackets_10k
    python benchmarks/adversarial.py --patterns     # each compiled pattern on its own

Each case is built at a base size n and at ``--factor`` times n (4 by default)
and analyzed in a fresh child process with a time limit, so one blow-up cannot
hang the run. The table gives CPU seconds per size, the ratio of the two, MB per
CPU second at the larger size, the slowest stage and the child's peak memory.
Linear cost means ratio close to the size factor; a ratio above 1.5 times the
factor is flagged SUPERLINEAR (tiny timings are noisy and flagged only when the
larger run takes at least 0.2 s).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

KB = 1_000
MB = 1_000_000

REALISTIC_PARAGRAPHS = (
    "“We will not leave the valley until the roads are safe,” said Mara Ellison, a regional official, "
    "on Tuesday. At least 14 people were killed and dozens more injured when the bridge collapsed at "
    "7:40 a.m. local time, according to the Interior Ministry.",
    "Police said the driver, whose name was not released, had been detained. “It is too early to say "
    "what caused it,” Mr. Okafor told Reuters in a telephone interview, adding that the inquiry would "
    "take weeks. Witnesses described a loud bang shortly before noon.",
    "The ministry denied reports that three workers were missing. A spokesman, who spoke on condition "
    "of anonymity, said the site had been inspected in 2018 and again last month. Rescue teams worked "
    "through Wednesday night, the state news agency IRNA reported, citing local officials.",
)


def repeat(unit: str, size: int) -> str:
    """``unit`` repeated and cut to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


def no_whitespace(size: int) -> str:
    return repeat("Officials“said”killed,12:30(AP)-Reuters.“quote’s'", size)


def nested_brackets(size: int) -> str:
    half = size // 2
    return "(" * half + "[said]" + ")" * half


def realistic_article(size: int) -> str:
    return repeat("\n\n".join(REALISTIC_PARAGRAPHS) + "\n\n", size)


def one_long_paragraph(size: int) -> str:
    return repeat(" ".join(REALISTIC_PARAGRAPHS) + " ", size)


# name -> (builder, base size n, what it stresses)
CASES: dict[str, tuple[Callable[[int], str], int, str]] = {
    "quote_marks_1mb": (lambda n: repeat("“”\"'‘’«»„‟", n), 250 * KB, "1 MB of mixed quote marks at 4n"),
    "unmatched_quotes_100k": (lambda n: repeat("“open ", n), 25_000 * 6, "100k opening marks, none closed, at 4n"),
    "straight_quotes_spaced": (lambda n: repeat('" ', n), 250 * KB, "straight marks between spaces"),
    "no_whitespace_1mb": (no_whitespace, 250 * KB, "1 MB without white space at 4n"),
    "nested_brackets_10k": (nested_brackets, 2_500 * 2, "10k nested brackets at 4n"),
    "nested_brackets_1mb": (nested_brackets, 250 * KB, "500k nested brackets at 4n"),
    "said_100k": (lambda n: repeat("said ", n), 25_000 * 5, "'said' 100k times at 4n, one paragraph"),
    "said_lines": (lambda n: repeat("said\n", n), 125 * KB, "'said' on 100k lines at 4n"),
    "place_speaker_lines": (
        lambda n: repeat("Moscow said the talks failed.\n", n),
        125 * KB,
        "one city as the speaker on every line (a per-statement whole-text scan was quadratic)",
    ),
    "article_5mb": (realistic_article, 1_250 * KB, "a realistic 3-paragraph story repeated to 5 MB at 4n"),
    "one_paragraph_1mb": (one_long_paragraph, 250 * KB, "realistic sentences with no line break"),
    "digits_1mb": (lambda n: repeat("0123456789", n), 250 * KB, "digits, no spaces"),
    "numbers_spaced": (lambda n: repeat("12 1,200 3.5 ", n), 250 * KB, "numbers between spaces"),
    "killed_1mb": (lambda n: repeat("killed ", n), 250 * KB, "'killed' repeated"),
    "count_killed": (lambda n: repeat("5 killed 6 injured ", n), 250 * KB, "numbers and casualty words"),
    "commas_1mb": (lambda n: "," * n, 250 * KB, "commas"),
    "capitalized_1mb": (lambda n: repeat("Ahmed Bashir Kamal Ruiz ", n), 250 * KB, "capitalized words"),
    "mr_1mb": (lambda n: repeat("Mr. ", n), 250 * KB, "'Mr.' repeated (abbreviations)"),
    "initials_1mb": (lambda n: repeat("U.S. A. B. ", n), 250 * KB, "initials and dotted abbreviations"),
    "periods_sentences": (lambda n: repeat("A. ", n), 250 * KB, "a sentence break every 3 characters"),
    "weekdays_times": (lambda n: repeat("Monday at 1:12 a.m. ", n), 250 * KB, "time expressions"),
    "according_to": (lambda n: repeat("according to ", n), 250 * KB, "'according to' repeated"),
    "quotes_apostrophes": (
        lambda n: repeat("“It’s fine,” he said, ‘it’s ours’. ", n),
        100 * KB,
        "many quotes and apostrophes in one paragraph",
    ),
    "statements_casualties": (
        lambda n: repeat("“Five people were killed,” police said. ", n),
        100 * KB,
        "many statements and counts (casualty linking)",
    ),
    "html_1mb": (lambda n: repeat('<p class="x">&quot;</p>', n), 250 * KB, "HTML tags and entities"),
    "newlines_1mb": (lambda n: "\n" * n, 250 * KB, "only line breaks"),
    "paragraphs_short": (lambda n: repeat("a\n", n), 250 * KB, "a paragraph every 2 characters"),
    "nbsp_zero_width": (lambda n: repeat("\u00a0\u200b\u202e", n), 250 * KB, "odd spaces, zero-width, bidi"),
    "emoji_1mb": (lambda n: repeat("👨‍👩‍👧🔥", n), 250 * KB, "emoji and joiners"),
}


PATTERN_UNITS = (
    "a", " ", "a ", "A", "Aa ", "AB", "1", "1,", "12:", "“", '"a', ".", "Mr. ", "A. ", "said ", "(", "a-", "'",
    "’s ", "\u00a0", "at ", "the ", "The ", "killed ", "on ", "Jan 1 ", ", ", "and ", "of ", "that ", "—", "\n",
)  # fmt: skip


def _cost(run: Callable[[str], object], text: str, limit: float) -> float:
    began = time.process_time()
    run(text)
    return min(time.process_time() - began, limit)


def _scan(pattern: Any, text: str, limit: float) -> None:
    began = time.process_time()
    for _match in pattern.finditer(text):
        if time.process_time() - began > limit:
            break


def scan_patterns(small: int, factor: int, limit: float) -> int:
    """Time every module-level compiled pattern of the package over runs of awkward units.

    Two costs per pattern, each at ``small`` and ``factor`` times ``small`` characters:
    one anchored ``match`` at offset 0 (superlinear there is backtracking: always a
    bug), and a ``finditer`` over the whole text (superlinear there only matters where
    the code searches with the pattern rather than matching at a known offset).
    A cost is superlinear above 1.5 times ``factor`` with at least 20 ms at the larger size.
    """
    import importlib
    import pkgutil
    import re

    import regex

    import attribution

    flagged = 0
    for info in sorted(pkgutil.iter_modules(attribution.__path__), key=lambda m: m.name):
        if info.name == "__main__":
            continue
        module = importlib.import_module(f"attribution.{info.name}")
        for name, pattern in sorted(vars(module).items()):
            if not isinstance(pattern, (re.Pattern, regex.Pattern)):
                continue
            verdicts = []
            for label, run in (
                ("match", lambda text, p=pattern: p.match(text)),
                ("finditer", lambda text, p=pattern: _scan(p, text, limit)),
            ):
                worst = (0.0, 0.0, "")
                for unit in PATTERN_UNITS:
                    costs = [_cost(run, repeat(unit, size), limit) for size in (small, small * factor)]
                    if costs[1] > worst[1]:
                        worst = (costs[0], costs[1], unit)
                ratio = worst[1] / max(worst[0], 1e-6)
                bad = worst[1] >= 0.02 and ratio > 1.5 * factor
                verdicts.append(f"{worst[1]:.3f} s ({ratio:.0f}x, {worst[2]!r})" + (" SUPERLINEAR" if bad else ""))
                flagged += bad and label == "match"
            print(f"| {info.name}.{name} | {verdicts[0]} | {verdicts[1]} |", flush=True)
    return flagged


def child(name: str, size: int) -> dict[str, Any]:
    """Build one input and analyze it once, timing each pipeline stage."""
    from attribution import _pipeline

    text = CASES[name][0](size)
    # Lexicons and lazily built patterns load on the first call: keep that out of the timing.
    _pipeline.analyze(
        "“Warm up,” he told Reuters on Monday. Two people were killed at 9 a.m. in Baghdad, police said.",
        published="2020-01-04",
    )
    stages: dict[str, float] = {}
    for stage in ("segment", "find_statements", "find_casualties", "find_times", "link_casualties"):
        original = getattr(_pipeline, stage)

        def timed(*args: Any, _original: Any = original, _stage: str = stage, **kwargs: Any) -> Any:
            began = time.process_time()
            try:
                return _original(*args, **kwargs)
            finally:
                stages[_stage] = stages.get(_stage, 0.0) + time.process_time() - began

        setattr(_pipeline, stage, timed)
    began = time.process_time()
    article = _pipeline.analyze(text, max_length=len(text) + 1)
    seconds = time.process_time() - began
    return {
        "chars": len(text),
        "cpu": seconds,
        "stages": stages,
        "found": [len(article.statements), len(article.casualties), len(article.times)],
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def measure(name: str, size: int, limit: float) -> dict[str, Any] | None:
    try:
        proc = subprocess.run(
            [sys.executable, __file__, "--child", name, str(size)],
            capture_output=True,
            text=True,
            timeout=limit,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return None
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else f"exit {proc.returncode}"}
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every base size (default 1)")
    parser.add_argument("--factor", type=int, default=4, help="the larger size is this many times n (default 4)")
    parser.add_argument("--only", action="append", choices=sorted(CASES), help="run only these cases")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds allowed per run (default 300)")
    parser.add_argument(
        "--patterns", action="store_true", help="time every compiled pattern of the package on its own instead"
    )
    parser.add_argument("--child", nargs=2, metavar=("CASE", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child[0], int(args.child[1]))))
        return 0
    if args.patterns:
        base = max(1, int(20_000 * args.scale))
        print(f"| pattern | one match at {args.factor}x{base:,} chars | finditer at {args.factor}x{base:,} chars |")
        print("|---|---|---|")
        flagged = scan_patterns(base, args.factor, args.timeout)
        print(f"\n{flagged} pattern(s) flagged", file=sys.stderr)
        return 1 if flagged else 0
    flagged = 0
    print(
        f"| case | n (chars) | CPU s at n | CPU s at {args.factor}n | ratio | M chars/CPU-s | slowest stage "
        "| peak MB | verdict |"
    )
    print("|---|---:|---:|---:|---:|---:|---|---:|---|")
    for name in args.only or list(CASES):
        base = max(1, int(CASES[name][1] * args.scale))
        small = measure(name, base, args.timeout)
        large = measure(name, base * args.factor, args.timeout) if small and "error" not in small else None
        row = [name, f"{base:,}"]
        failure = next((run["error"] for run in (small, large) if run is not None and "error" in run), None)
        if failure is not None:
            row += ["-"] * 6 + [f"CRASH: {failure}"]
            flagged += 1
        elif small is None or large is None:
            row += [
                f"{small['cpu']:.3f}" if small else "-",
                "-",
                "-",
                "-",
                "-",
                "-",
                f"TIMEOUT (> {args.timeout:.0f} s)",
            ]
            flagged += 1
        else:
            ratio = large["cpu"] / max(small["cpu"], 1e-6)
            superlinear = ratio > 1.5 * args.factor and large["cpu"] >= 0.2
            flagged += superlinear
            slowest = max(large["stages"].items(), key=lambda item: item[1], default=("-", 0.0))
            rate = large["chars"] / MB / max(large["cpu"], 1e-6)
            row += [
                f"{small['cpu']:.3f}",
                f"{large['cpu']:.3f}",
                f"{ratio:.1f}",
                f"{rate:.1f}",
                f"{slowest[0]} {slowest[1]:.2f}s",
                f"{large['peak_mb']:.0f}",
                "SUPERLINEAR" if superlinear else "linear",
            ]
        print("| " + " | ".join(row) + " |", flush=True)
    print(f"\n{flagged} case(s) flagged", file=sys.stderr)
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
