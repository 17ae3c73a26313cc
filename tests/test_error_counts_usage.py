"""The per-cause error counters answer --help with their usage (exit 0) and no argument with it as an
error (exit 2), instead of reading '--help' as a set."""

import pytest

from benchmarks import pri_errors


def test_help_prints_usage_and_exits_0(capsys):
    with pytest.raises(SystemExit) as stop:
        pri_errors.main(["--help"])
    assert stop.value.code == 0
    assert "NAME=ARTICLES_DIR:GOLD_DIR" in capsys.readouterr().out


def test_no_argument_is_an_error():
    with pytest.raises(SystemExit) as stop:
        pri_errors.main([])
    assert stop.value.code == 2
