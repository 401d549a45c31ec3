"""The ``attribution`` command: ``analyze`` files or records, or run the bundled ``demo``.

Exit status: 0 when every input was analyzed, 1 when some inputs of a batch
failed (each reported on stderr with its path, and line number for records),
2 on a usage error or when no input could be analyzed.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import sys
import traceback
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from importlib import resources
from importlib.machinery import EXTENSION_SUFFIXES
from typing import IO, Any

import attrs

from . import __version__
from ._errors import AttributionError, TextTooLongError
from ._models import Article
from ._pipeline import DEFAULT_MAX_LENGTH, analyze

PROG = "attribution"
SURROGATE_RE = re.compile("[\ud800-\udfff]")


class InputError(Exception):
    """One input could not be read; the message names it."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        if args.command == "demo":
            return run_demo(args)
        return run_analyze(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def build_kind() -> str:
    """Whether this copy runs the compiled wheel (mypyc extensions, about 1.3x as fast) or pure Python."""
    from . import _statements  # a compiled module in the compiled wheel

    compiled = _statements.__file__ is not None and _statements.__file__.endswith(tuple(EXTENSION_SUFFIXES))
    return "compiled with mypyc" if compiled else "pure Python"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Who said what, via which outlet, casualties and times.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__} ({build_kind()})")
    sub = parser.add_subparsers(dest="command")
    analyze_cmd = sub.add_parser("analyze", help="analyze articles (files, or - for standard input)")
    analyze_cmd.add_argument("files", nargs="*", default=["-"], metavar="FILE", help="text files; - or none: stdin")
    analyze_cmd.add_argument("--published", help="publication date, ISO 8601 (anchors relative times)")
    analyze_cmd.add_argument("--outlet", help="the publishing outlet")
    analyze_cmd.add_argument("--format", choices=("text", "json", "jsonl"), default="text")
    analyze_cmd.add_argument(
        "--records",
        action="store_true",
        help="read each FILE as JSON Lines: one object a line with 'text' and optional 'id', 'published', 'outlet'",
    )
    analyze_cmd.add_argument(
        "--max-length",
        type=positive_int,
        default=DEFAULT_MAX_LENGTH,
        help=f"refuse texts longer than this many characters (default {DEFAULT_MAX_LENGTH:,})",
    )
    analyze_cmd.add_argument(
        "--jobs",
        type=job_count,
        default=1,
        metavar="N",
        help="analyze in N worker processes, or 'auto' for one per available core "
        "(output order and error reports unchanged; default 1)",
    )
    analyze_cmd.add_argument("--debug", action="store_true", help="show a traceback on errors")
    demo_cmd = sub.add_parser("demo", help="analyze the bundled sample article")
    demo_cmd.add_argument("--format", choices=("text", "json", "jsonl"), default="text")
    return parser


def positive_int(value: str) -> int:
    try:
        number = int(value.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


def job_count(value: str) -> int:
    if value.strip().lower() == "auto":
        # The cores this process may run on (a container or taskset can allow fewer than the machine has).
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
        return max(1, cores or 1)
    try:
        return positive_int(value)
    except argparse.ArgumentTypeError as error:
        raise argparse.ArgumentTypeError(f"{error}, or 'auto'") from None


def run_demo(args: argparse.Namespace) -> int:
    data = resources.files("attribution").joinpath("data")
    sample = json.loads(data.joinpath("sample_article.json").read_text("utf-8"))
    article = analyze(sample["text"], published=sample["published"], outlet=sample["outlet"])
    emit(sys.stdout, args.format, [("sample_article", article)])
    return 0


@attrs.frozen
class Job:
    """One article to analyze, or the reason an input could not become one."""

    label: str
    text: str = ""
    published: str | None = None
    outlet: str | None = None
    error: str | None = None


@attrs.frozen
class Settings:
    """What every job of one ``analyze`` run shares; sent once to each worker process."""

    published: str | None
    outlet: str | None
    max_length: int
    debug: bool
    format: str


@attrs.frozen
class Outcome:
    """A job's result, or the one line (and, with --debug, the traceback) saying why it failed.

    The article is kept for ``--format json`` (whose first result waits to learn whether it
    is alone); other formats arrive as output text, rendered where the job ran.
    """

    label: str
    article: Article | None = None
    rendered: str | None = None
    error: str | None = None
    trace: str | None = None


def run_analyze(args: argparse.Namespace) -> int:
    ok = failed = 0
    array = JsonArrayWriter(sys.stdout)
    settings = Settings(args.published, args.outlet, args.max_length, args.debug, args.format)
    jobs = iter_jobs(args.files, records=args.records, max_length=args.max_length)
    outcomes = in_parallel(jobs, settings, args.jobs) if args.jobs > 1 else (analyze_job(job, settings) for job in jobs)
    for outcome in outcomes:
        if outcome.error is not None:
            failed += 1
            print(f"{PROG}: {outcome.error}", file=sys.stderr)
            if outcome.trace is not None:
                sys.stderr.write(outcome.trace)
            continue
        ok += 1
        if outcome.article is not None:
            array.add(outcome.label, outcome.article)
        elif outcome.rendered is not None:
            sys.stdout.write(outcome.rendered)
        sys.stdout.flush()
    array.close()
    if failed == 0:
        return 0
    return 1 if ok else 2


def analyze_job(job: Job, settings: Settings) -> Outcome:
    """One job to one outcome; never raises, so one bad input costs that input only."""
    if job.error is not None:
        return Outcome(job.label, error=job.error)
    try:
        article = analyze(
            job.text,
            published=job.published if job.published is not None else settings.published,
            outlet=job.outlet if job.outlet is not None else settings.outlet,
            max_length=settings.max_length,
        )
    except AttributionError as error:
        hint = " (raise the limit with --max-length)" if isinstance(error, TextTooLongError) else ""
        trace = traceback.format_exc() if settings.debug else None
        return Outcome(job.label, error=f"{job.label}: {error}{hint}", trace=trace)
    except Exception as error:
        # A bug must cost one input, not a batch of millions: report it and go on.
        return Outcome(
            job.label,
            error=f"{job.label}: internal error, please report it: {type(error).__name__}: {error}"
            + ("" if settings.debug else " (--debug shows the traceback)"),
            trace=traceback.format_exc() if settings.debug else None,
        )
    if settings.format == "json":
        return Outcome(job.label, article=article)
    out = io.StringIO()
    emit(out, settings.format, [(job.label, article)])
    return Outcome(job.label, rendered=out.getvalue())


# Jobs go to a worker in batches: one round trip per batch instead of per article (the
# round trip, not the analysis, kept a second core from paying off). Batches handed out ahead
# of the one being written, per worker: enough to keep every worker busy while the output
# waits for a slow article, few enough that a corpus of millions never sits in memory.
BATCH = 16
AHEAD_PER_WORKER = 4


def in_parallel(jobs: Iterable[Job], settings: Settings, workers: int) -> Iterator[Outcome]:
    """``analyze_job`` over worker processes, outcomes in input order, a bounded window ahead."""
    pending: deque[Future[list[Outcome]]] = deque()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        try:
            batch: list[Job] = []
            for job in jobs:
                batch.append(job)
                if len(batch) < BATCH:
                    continue
                pending.append(pool.submit(analyze_batch, batch, settings))
                batch = []
                if len(pending) >= workers * AHEAD_PER_WORKER:
                    yield from pending.popleft().result()
            if batch:
                pending.append(pool.submit(analyze_batch, batch, settings))
            while pending:
                yield from pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()


def analyze_batch(jobs: list[Job], settings: Settings) -> list[Outcome]:
    return [analyze_job(job, settings) for job in jobs]


def iter_jobs(paths: Sequence[str], *, records: bool, max_length: int = DEFAULT_MAX_LENGTH) -> Iterator[Job]:
    for path in paths:
        if records:
            yield from iter_record_file(path)
            continue
        try:
            # A character takes at most four bytes in UTF-8: past that the text is surely too
            # long, so a huge file is refused without being read whole.
            raw = read_input(path, byte_limit=4 * max_length)
        except InputError as error:
            yield Job(label=path, error=str(error))
            continue
        yield Job(label=path, text=raw)


def iter_record_file(path: str) -> Iterator[Job]:
    """Records read a line at a time, so a batch file of any size streams through."""
    try:
        handle: IO[bytes] = sys.stdin.buffer if path == "-" else open(path, "rb")  # noqa: SIM115
    except OSError as error:
        yield Job(label=path, error=str(input_error(path, error)))
        return
    try:
        yield from iter_records(path, handle)
    except OSError as error:
        yield Job(label=path, error=str(input_error(path, error)))
    finally:
        if path != "-":
            handle.close()


def iter_records(path: str, lines: Iterable[bytes]) -> Iterator[Job]:
    """JSON Lines records; a bad one is reported with its line number and the rest go on.

    Lines end at ``\n`` only: JSON strings may hold U+2028 or U+0085 unescaped.
    """
    for number, raw in enumerate(lines, start=1):
        label = f"{path}:{number}"
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as error:
            yield Job(label=label, error=f"{label}: bad record: not valid UTF-8 (byte {error.start})")
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as error:
            yield Job(label=label, error=f"{label}: bad record: not JSON ({error})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield Job(label=label, error=f"{label}: bad record: need an object with a 'text' string")
            continue
        name = record.get("id")
        fields = {key: record.get(key) for key in ("text", "id", "published", "outlet")}
        broken = next(
            (
                (key, match)
                for key, value in fields.items()
                if isinstance(value, str) and (match := SURROGATE_RE.search(value))
            ),
            None,
        )
        if broken is not None:
            # "\ud800" escapes decode to lone surrogates, which no output encoding can write.
            key, match = broken
            yield Job(
                label=label,
                error=f"{label}: bad record: '{key}' has a lone surrogate \\u{ord(match.group()):04x} "
                f"at character {match.start()}, not valid Unicode",
            )
            continue
        yield Job(
            label=f"{label} ({name})" if name is not None else label,
            text=record["text"],
            published=_opt_str(record.get("published")),
            outlet=_opt_str(record.get("outlet")),
        )


def _opt_str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def read_input(path: str, *, byte_limit: int | None = None) -> str:
    size = -1 if byte_limit is None else byte_limit + 1
    try:
        if path == "-":
            data = sys.stdin.buffer.read(size)
        else:
            with open(path, "rb") as handle:
                data = handle.read(size)
    except OSError as error:
        raise input_error(path, error) from None
    if byte_limit is not None and len(data) > byte_limit:
        raise InputError(
            f"{path}: more than {byte_limit:,} bytes, longer than the text limit (raise the limit with --max-length)"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not valid UTF-8 (byte {error.start}): convert it to UTF-8 first") from None


def input_error(path: str, error: OSError) -> InputError:
    if isinstance(error, FileNotFoundError):
        return InputError(f"{path}: no such file")
    if isinstance(error, IsADirectoryError):
        return InputError(f"{path}: is a directory, not a file")
    return InputError(f"{path}: cannot read: {error.strerror or error}")


def emit(out: IO[str], fmt: str, results: list[tuple[str, Article]]) -> None:
    if fmt == "json":
        if len(results) == 1:
            out.write(results[0][1].to_json(indent=2) + "\n")
        else:
            payload = [{"path": label, **article.to_dict()} for label, article in results]
            out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "jsonl":
        for label, article in results:
            out.write(json.dumps({"path": label, **article.to_dict()}, ensure_ascii=False) + "\n")
    else:
        for label, article in results:
            out.write(render_text(label, article))


class JsonArrayWriter:
    """``--format json``: one object for one input, else an array written as results come.

    Only the first result waits (until a second one shows it is an array), so a batch
    of millions never sits in memory; the bytes are those of ``emit`` on the whole list.
    """

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.first: tuple[str, Article] | None = None
        self.opened = False

    def add(self, label: str, article: Article) -> None:
        if not self.opened and self.first is None:
            self.first = (label, article)
            return
        if not self.opened:
            assert self.first is not None
            self.out.write("[\n" + self._item(*self.first))
            self.first, self.opened = None, True
        self.out.write(",\n" + self._item(label, article))

    def close(self) -> None:
        if self.opened:
            self.out.write("\n]\n")
        elif self.first is not None:
            emit(self.out, "json", [self.first])

    @staticmethod
    def _item(label: str, article: Article) -> str:
        # json.dumps(list, indent=2) indents each item's lines by two spaces; strings never
        # hold a raw newline (JSON escapes it), so prefixing every line is the same text.
        item = json.dumps({"path": label, **article.to_dict()}, ensure_ascii=False, indent=2)
        return "\n".join("  " + line for line in item.split("\n"))


def render_text(label: str, article: Article) -> str:
    lines = [f"== {label}"]
    lines.append(f"Statements ({len(article.statements)})")
    for number, statement in enumerate(article.statements, start=1):
        speaker = statement.speaker
        who = f"{speaker.name} ({speaker.kind})" if speaker else "(unknown source)"
        via = f" via {', '.join(o.name for o in statement.via)}" if statement.via else ""
        flags = statement.stance + (", hedged" if statement.hedged else "")
        cue = f" [{statement.cue.text}]" if statement.cue else ""
        quote = "“" + statement.content.text + "”" if statement.direct else statement.content.text
        lines.append(f"  {number:>2}. {who}{via}{cue} {flags}: {quote}")
    lines.append(f"Casualties ({len(article.casualties)})")
    for count in article.casualties:
        bounds = _bounds(count.low, count.high)
        flags = "".join((", approximate" if count.approximate else "", ", hedged" if count.hedged else ""))
        who = f" {count.who}" if count.who else ""
        source = ""
        if count.statement is not None:
            speaker = article.statements[count.statement].speaker
            source = f" (per {speaker.name})" if speaker else ""
        lines.append(f"  {count.kind}: {bounds}{who}{flags}{source}  <- {count.text!r}")
    lines.append(f"Times ({len(article.times)})")
    for time in article.times:
        lines.append(f"  {time.text!r} -> {time.value or '(no value)'}")
    return "\n".join(lines) + "\n\n"


def _bounds(low: int | None, high: int | None) -> str:
    if low is not None and high is not None:
        return str(low) if low == high else f"{low}-{high}"
    if low is not None:
        return f"at least {low}"
    if high is not None:
        return f"at most {high}"
    return "unknown"
