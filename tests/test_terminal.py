"""``provenance diff`` run as a real process on a pseudo-terminal, a pipe, and with NO_COLOR."""

from __future__ import annotations

import os
import pty
import subprocess
import sys

import pytest

from conftest import COPY, ROOT, SOURCE
from names_of_seeds import COPY_NAME, SOURCE_NAME

ESC = "\x1b["


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    path = tmp_path_factory.mktemp("term") / "seeds.json"
    subprocess.run(
        [sys.executable, "-m", "provenance.cli", "trace", str(ROOT / "seeds"), "--quiet", "--json", str(path)],
        check=True,
    )
    return path


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TERM")}
    env["TERM"] = "xterm-256color"
    env.update(extra)
    return env


def _on_tty(args: list[str], env: dict[str, str]) -> str:
    """Run the command with stdout on a fresh pseudo-terminal and return what it wrote there."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(args, stdout=slave, stderr=subprocess.PIPE, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO once the child has closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    assert proc.wait(timeout=60) == 0, proc.stderr.read().decode()
    return b"".join(chunks).decode("utf-8")


def _diff(saved, *more: str) -> list[str]:
    return [sys.executable, "-m", "provenance.cli", "diff", COPY, SOURCE, str(saved), *more]


def test_colour_on_a_terminal(saved):
    out = _on_tty(_diff(saved), _env())
    assert ESC in out
    assert "\x1b[31m- dropped " in out  # a dropped body paragraph, red
    assert "\x1b[1;32mAl-Jazeera –" in out  # the inserted credit, bold green, without [- -] markers
    assert "{+" not in out


def test_no_colour_when_no_color_is_set(saved):
    out = _on_tty(_diff(saved), _env(NO_COLOR="1"))
    assert ESC not in out and "{+Al-Jazeera –+}" in out


def test_no_colour_in_a_pipe_unless_asked(saved):
    plain = subprocess.run(_diff(saved), capture_output=True, text=True, env=_env(), check=True).stdout
    assert ESC not in plain
    assert plain.splitlines()[:2] == [
        f"{COPY_NAME} <- {SOURCE_NAME}: 100% of the copy's body from the source, credited",
        f"ids: {COPY} <- {SOURCE}",
    ]
    forced = subprocess.run(_diff(saved, "--color", "always"), capture_output=True, text=True, env=_env(), check=True)
    assert ESC in forced.stdout
    assert _strip(forced.stdout).count("\n") == plain.count("\n")


def _strip(text: str) -> str:
    import re

    return re.sub(r"\x1b\[[0-9;]*m", "", text)
