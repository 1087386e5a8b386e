"""The sync's settings from config: the address, the key (environment, else the secret
store; never required), the budget and the ledger's folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tracker import config
from tracker.errors import UserError


def test_the_address_comes_from_the_option_then_the_environment_then_the_public_api() -> None:
    env = {"TRACKER_LL2_URL": "http://127.0.0.1:8000/2.3.0/"}
    assert config.ll2_url(None, {}) == "https://ll.thespacedevs.com/2.3.0"
    assert config.ll2_url(None, env) == "http://127.0.0.1:8000/2.3.0"
    assert config.ll2_url("https://mirror.test/ll/2.3.0", env) == "https://mirror.test/ll/2.3.0"


@pytest.mark.parametrize(
    "bad", ["ftp://ll.test/2.3.0", "ll.thespacedevs.com/2.3.0", "http:///2.3.0", "https://x/?a=1"]
)
def test_an_address_that_is_not_http_is_refused(bad: str) -> None:
    with pytest.raises(UserError):
        config.ll2_url(bad, {})


def test_the_key_from_the_environment_else_the_secret_store() -> None:
    assert config.ll2_token({"TRACKER_LL2_TOKEN": " abc "}, lambda: "from-store") == "abc"
    assert config.ll2_token({}, lambda: "from-store") == "from-store"
    assert config.ll2_token({"TRACKER_LL2_TOKEN": ""}, lambda: None) is None


def test_no_keyring_or_no_backend_means_no_key_not_an_error() -> None:
    """The tests run with keyring absent or on its null backend: no key, no error."""
    assert config.keyring_token() is None


def test_the_budget_by_tier_or_as_set() -> None:
    assert config.ll2_budget(False, {}) == 15
    assert config.ll2_budget(True, {}) == 210
    assert config.ll2_budget(False, {"TRACKER_LL2_BUDGET": "40"}) == 40
    for bad in ("0", "-3", "many"):
        with pytest.raises(UserError, match="TRACKER_LL2_BUDGET"):
            config.ll2_budget(False, {"TRACKER_LL2_BUDGET": bad})


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG folders")
def test_the_ledger_lives_in_the_user_state_folder() -> None:
    """tests/conftest.py points XDG_STATE_HOME at a temporary folder."""
    assert config.sync_state_folder() == Path(os.environ["XDG_STATE_HOME"]) / "mission-tracker"
