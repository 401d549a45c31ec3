"""The CLI's error contract: exit 0 / 1 / 2, one line on stderr per problem, no traceback without --debug."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from attribution import _cli
from attribution._cli import main


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "attribution", *args], input=stdin, capture_output=True, check=False, timeout=120
    )


def analyze_records(path: Path) -> int:
    """``attribution analyze --records --format jsonl PATH``, in process."""
    return main(["analyze", "--records", "--format", "jsonl", str(path)])


def paths_of(out: str) -> list[str]:
    """The ``path`` of each JSON line printed."""
    return [json.loads(line)["path"] for line in out.splitlines()]


def test_no_command_prints_usage_and_exits_2() -> None:
    proc = run()
    assert proc.returncode == 2
    assert b"usage:" in proc.stderr
    assert proc.stdout == b""


@pytest.mark.parametrize(
    "args",
    [
        ("analyze", "--bogus"),
        ("analyze", "--format", "xml", "-"),
        ("analyze", "--max-length", "many", "-"),
        ("analyze", "--max-length", "0", "-"),
        ("analyze", "--max-length", "-5", "-"),
        ("frobnicate",),
    ],
)
def test_usage_errors_exit_2_without_traceback(args: tuple[str, ...]) -> None:
    proc = run(*args)
    assert proc.returncode == 2
    assert b"usage:" in proc.stderr
    assert b"Traceback" not in proc.stderr


def test_max_length_accepts_thousands_separators(tmp_path: Path) -> None:
    story = tmp_path / "s.txt"
    story.write_text("Short.", encoding="utf-8")
    assert main(["analyze", "--max-length", "1_000", str(story)]) == 0
    assert main(["analyze", "--max-length", "5", str(story)]) == 2


def test_directory_is_an_input_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["analyze", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "is a directory" in err
    assert err.count("\n") == 1


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read a file without permission")
def test_unreadable_file_is_an_input_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Hidden.", encoding="utf-8")
    secret.chmod(0)
    try:
        assert main(["analyze", str(secret)]) == 2
    finally:
        secret.chmod(0o600)
    assert "cannot read" in capsys.readouterr().err


def test_empty_stdin_is_an_empty_result() -> None:
    proc = run("analyze", "--format", "json", stdin=b"")
    assert proc.returncode == 0
    payload = json.loads(proc.stdout)
    assert payload["statements"] == payload["casualties"] == payload["times"] == []
    assert proc.stderr == b""


def test_invalid_utf8_on_stdin_exits_2() -> None:
    proc = run("analyze", "-", stdin=b"\xff\xfe broken")
    assert proc.returncode == 2
    assert b"not valid UTF-8" in proc.stderr
    assert b"Traceback" not in proc.stderr


def test_utf8_bom_is_not_part_of_the_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "bom.txt"
    story.write_bytes("\ufeffPolice said nothing.".encode())
    assert main(["analyze", "--format", "jsonl", str(story)]) == 0
    assert json.loads(capsys.readouterr().out)["path"] == str(story)


def test_empty_file_and_empty_records_file_succeed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["analyze", "--format", "jsonl", str(empty)]) == 0
    assert analyze_records(empty) == 0
    assert capsys.readouterr().err == ""


def test_every_record_bad_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = tmp_path / "bad.jsonl"
    records.write_text('[1, 2]\n{"text": null}\n{"id": 3}\n', encoding="utf-8")
    assert main(["analyze", "--records", str(records)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("bad record") == 3


def test_bad_published_in_one_record_fails_only_that_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = tmp_path / "mixed.jsonl"
    records.write_text(
        '{"id": "ok", "text": "Calm.", "published": "2020-01-04"}\n'
        '{"id": "bad", "text": "Calm.", "published": "someday"}\n',
        encoding="utf-8",
    )
    assert analyze_records(records) == 1
    out, err = capsys.readouterr()
    assert paths_of(out) == [f"{records}:1 (ok)"]
    assert f"{records}:2 (bad)" in err
    assert "'someday'" in err
    assert "Traceback" not in err


def test_a_bug_costs_one_input_not_the_batch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = _cli.analyze

    def flaky(text: str, **kwargs: object) -> object:
        if "boom" in text:
            raise RuntimeError("simulated bug")
        return real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(_cli, "analyze", flaky)
    good = tmp_path / "good.txt"
    good.write_text("Calm.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text("boom", encoding="utf-8")
    assert main(["analyze", "--format", "jsonl", str(bad), str(good)]) == 1
    out, err = capsys.readouterr()
    assert json.loads(out)["path"] == str(good)
    assert f"{bad}: internal error" in err
    assert "RuntimeError: simulated bug" in err
    assert "--debug" in err
    assert "Traceback" not in err


def test_debug_shows_the_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(text: str, **kwargs: object) -> object:
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(_cli, "analyze", broken)
    story = tmp_path / "s.txt"
    story.write_text("Calm.", encoding="utf-8")
    assert main(["analyze", "--debug", str(story)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" in err
    assert "simulated bug" in err


def test_user_error_with_debug_still_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "s.txt"
    story.write_text("Calm.", encoding="utf-8")
    assert main(["analyze", "--debug", "--published", "soon", str(story)]) == 2
    assert "Traceback" in capsys.readouterr().err


def test_closed_stdout_is_not_a_traceback(tmp_path: Path) -> None:
    """``attribution analyze ... | head -1`` must end quietly when head stops reading."""
    records = tmp_path / "many.jsonl"
    records.write_text("".join(json.dumps({"id": n, "text": f"Paragraph {n}."}) + "\n" for n in range(20_000)))
    proc = subprocess.Popen(
        [sys.executable, "-m", "attribution", "analyze", "--records", "--format", "jsonl", str(records)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    assert proc.stderr is not None
    assert proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=120) in (0, -13)  # done, or killed by SIGPIPE like other tools
    assert b"Traceback" not in err
    assert b"Exception ignored" not in err


def test_records_keep_unicode_line_separators_inside_strings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    records = tmp_path / "seps.jsonl"
    text = "First line\u2028second\x85third, police said."
    records.write_bytes((json.dumps({"id": "a", "text": text}, ensure_ascii=False) + "\r\n").encode())
    assert analyze_records(records) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert json.loads(out)["path"] == f"{records}:1 (a)"


def test_lone_surrogate_fails_only_that_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = tmp_path / "surrogate.jsonl"
    records.write_text(
        '{"id": "bad", "text": "Broken \\ud800 text."}\n{"id": "ok", "text": "Fine."}\n'
        '{"id": "bad outlet", "text": "Fine.", "outlet": "Wire \\udfff"}\n',
        encoding="utf-8",
    )
    assert analyze_records(records) == 1
    out, err = capsys.readouterr()
    assert paths_of(out) == [f"{records}:2 (ok)"]
    assert "'text' has a lone surrogate \\ud800 at character 7" in err
    assert "'outlet' has a lone surrogate \\udfff" in err
    assert "Traceback" not in err


def test_invalid_utf8_fails_only_that_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = tmp_path / "mixed.jsonl"
    records.write_bytes(b'\xef\xbb\xbf{"text": "With a BOM."}\n{"text": "caf\xe9"}\n{"text": "Last."}\n')
    assert analyze_records(records) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 2
    assert f"{records}:2: bad record: not valid UTF-8" in err


def test_records_from_stdin_and_a_missing_records_file() -> None:
    proc = run(
        "analyze", "--records", "--format", "jsonl", "-", "/nonexistent/batch.jsonl", stdin=b'{"text": "Calm."}\n'
    )
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["path"] == "-:1"
    assert b"/nonexistent/batch.jsonl: no such file" in proc.stderr


def test_huge_file_is_refused_before_it_is_read_whole(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 100)  # 500 bytes: over four bytes a character for a 10-character limit
    assert main(["analyze", "--max-length", "10", str(big)]) == 2
    err = capsys.readouterr().err
    assert "--max-length" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("count", [1, 2, 3])
def test_json_batches_stream_the_same_bytes_as_one_dump(
    count: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    records = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": f"r{n}", "text": f"“The dam held,” engineer Lia Moss{n} said on Monday.\nLine\u2028two."})
        for n in range(count)
    ]
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["analyze", "--records", "--format", "json", str(records)]) == 0
    streamed, _ = capsys.readouterr()
    assert main(["analyze", "--records", "--format", "jsonl", str(records)]) == 0
    items = [json.loads(line) for line in capsys.readouterr()[0].splitlines()]
    whole = items[0] if count == 1 else items
    if count == 1:
        del whole["path"]
    assert streamed == json.dumps(whole, ensure_ascii=False, indent=2) + "\n"


def mixed_batch(tmp_path: Path, size: int) -> Path:
    """Good records with bad ones among them: not JSON, no text, a bad date, invalid UTF-8."""
    lines: list[bytes] = []
    for n in range(size):
        if n % 7 == 3:
            lines.append(b"{not json")
        elif n % 11 == 5:
            lines.append(json.dumps({"id": f"r{n}", "text": "Calm.", "published": "someday"}).encode())
        elif n % 13 == 6:
            lines.append(b'{"text": "caf\xe9"}')
        else:
            text = f"“The ferry {n} is late,” harbour master Ines Kolar said on Monday. Two crew were hurt."
            lines.append(json.dumps({"id": f"r{n}", "text": text, "published": "2021-05-04"}).encode())
    records = tmp_path / "mixed.jsonl"
    records.write_bytes(b"\n".join(lines) + b"\n")
    return records


@pytest.mark.parametrize("fmt", ["jsonl", "json", "text"])
def test_jobs_give_the_same_output_errors_and_exit_status(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    records = mixed_batch(tmp_path, 60)
    serial = main(["analyze", "--records", "--format", fmt, str(records)])
    serial_out, serial_err = capsys.readouterr()
    parallel = main(["analyze", "--records", "--format", fmt, "--jobs", "3", str(records)])
    parallel_out, parallel_err = capsys.readouterr()
    assert serial == parallel == 1
    # 13 unreadable records and 4 bad dates, each one line, in input order either way
    assert serial_err.count("bad record") == 13
    assert serial_err.count("'someday'") == 4
    assert (parallel_out, parallel_err) == (serial_out, serial_err)


def test_jobs_with_plain_files_keep_their_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = []
    for n in range(5):
        story = tmp_path / f"s{n}.txt"
        story.write_text(f"Officials said {n + 2} people were killed in the blast.", encoding="utf-8")
        paths.append(str(story))
    paths.insert(2, str(tmp_path / "missing.txt"))
    assert main(["analyze", "--format", "jsonl", "--jobs", "2", *paths]) == 1
    out, err = capsys.readouterr()
    assert paths_of(out) == [p for p in paths if "missing" not in p]
    assert "missing.txt: no such file" in err


@pytest.mark.parametrize("value", ["0", "-1", "two"])
def test_jobs_must_be_a_positive_number(value: str) -> None:
    proc = run("analyze", "--jobs", value, "-")
    assert proc.returncode == 2
    assert b"--jobs" in proc.stderr
    assert b"Traceback" not in proc.stderr


def test_jobs_auto_is_one_per_available_core(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    assert _cli.job_count("auto") == _cli.job_count(" Auto ") == max(1, cores or 1)
    records = mixed_batch(tmp_path, 20)
    assert main(["analyze", "--records", "--format", "jsonl", "--jobs", "auto", str(records)]) == 1
    auto_out, auto_err = capsys.readouterr()
    assert main(["analyze", "--records", "--format", "jsonl", str(records)]) == 1
    assert capsys.readouterr() == (auto_out, auto_err)
