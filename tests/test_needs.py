"""The skip-locally, fail-in-CI rule for tests that need Graphviz, Chromium or a kernel."""

from __future__ import annotations

import pytest

from needs import need_module, need_program


def test_missing_tools_skip_locally_and_fail_in_ci(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no-such-program-x is not installed"):
        need_program("no-such-program-x", "apt-get install x")
    with pytest.raises(pytest.skip.Exception, match="no_such_module_x"):
        need_module("no_such_module_x", "pip install x")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true but no-such-program-x"):
        need_program("no-such-program-x", "apt-get install x")
    with pytest.raises(pytest.fail.Exception, match="CI=true but Python package no_such_module_x"):
        need_module("no_such_module_x", "pip install x")
