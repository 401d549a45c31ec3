from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from attribution._cli import main


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "attribution", *args], input=stdin, capture_output=True, check=False, timeout=120
    )


def test_demo_prints_a_listing() -> None:
    proc = run("demo")
    assert proc.returncode == 0
    assert b"Statements" in proc.stdout
    assert b"Casualties" in proc.stdout


def test_json_from_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    proc = run("analyze", "--format", "json", "--published", "2020-01-04", "-", stdin=b"Police said nothing.")
    assert proc.returncode == 0
    payload = json.loads(proc.stdout)
    assert {"statements", "casualties", "times"} <= set(payload)


def test_missing_file_is_one_line_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["analyze", str(tmp_path / "nope.txt")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "no such file" in err
    assert "Traceback" not in err


def test_invalid_utf8_is_one_line_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9 au lait")
    assert main(["analyze", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "not valid UTF-8" in err
    assert "Traceback" not in err


def test_partial_batch_failure_exits_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("A quiet day.", encoding="utf-8")
    assert main(["analyze", "--format", "jsonl", str(good), str(tmp_path / "gone.txt")]) == 1
    out, err = capsys.readouterr()
    assert json.loads(out.splitlines()[0])["path"] == str(good)
    assert "gone.txt" in err


def test_bad_record_reported_with_line_number(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    records = tmp_path / "batch.jsonl"
    records.write_text(
        '{"id": "a", "text": "First."}\nnot json\n{"text": 5}\n'
        '{"id": "d", "text": "Fourth.", "published": "2020-01-04"}\n',
        encoding="utf-8",
    )
    assert main(["analyze", "--records", "--format", "jsonl", str(records)]) == 1
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 2
    assert f"{records}:2: bad record" in err
    assert f"{records}:3: bad record" in err


def test_too_long_says_how_to_raise_the_limit(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("word " * 10, encoding="utf-8")
    assert main(["analyze", "--max-length", "5", str(big)]) == 2
    assert "--max-length" in capsys.readouterr().err


def test_bad_published_is_a_user_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    story = tmp_path / "s.txt"
    story.write_text("Text.", encoding="utf-8")
    assert main(["analyze", "--published", "soon", str(story)]) == 2
    err = capsys.readouterr().err
    assert "'soon'" in err
    assert "Traceback" not in err


def test_version_names_the_release_and_the_build(capsys: pytest.CaptureFixture[str]) -> None:
    import importlib.util

    import attribution

    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    out = capsys.readouterr().out.strip()
    origin = importlib.util.find_spec("attribution._statements").origin  # type: ignore[union-attr]
    build = "pure Python" if str(origin).endswith(".py") else "compiled with mypyc"
    assert out == f"attribution {attribution.__version__} ({build})"
