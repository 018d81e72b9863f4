"""Course keys: the word list, normalising what people type, the hash and the secret."""

from __future__ import annotations

import math
import os
import stat

import pytest

from widgets.progress import keys, secret
from widgets.progress.ratelimit import FREE_FAILURES, MAX_WAIT, wait_before_check
from widgets.storage.db import utcnow


@pytest.fixture(autouse=True)
def _fast(monkeypatch):
    monkeypatch.setattr(keys, "SCRYPT_N", 2**10)
    monkeypatch.setenv("VERKSTED_SECRET", "x" * 40)
    keys._stretched.cache_clear()


def test_the_word_list_is_large_plain_and_without_aeoeaa():
    words = keys.words()
    assert len(words) >= 2048 and len(set(words)) == len(words)
    assert all(w.isascii() and w.isalpha() and w.islower() and 3 <= len(w) <= 9 for w in words)
    assert keys.entropy_bits() == pytest.approx(3 * math.log2(len(words)) + math.log2(100))
    assert keys.entropy_bits() > 39.5


def test_new_keys_look_like_the_example_and_differ():
    made = {keys.new_key() for _ in range(200)}
    assert len(made) == 200
    for key in made:
        *ws, digits = key.split("-")
        assert len(ws) == 3 and all(w in keys.words() for w in ws)
        assert len(digits) == 2 and digits.isdigit()


@pytest.mark.parametrize(
    "typed",
    [
        "rolig-elg-fjord-47",
        "Rolig Elg Fjord 47",
        "  ROLIG.ELG.FJORD.47 ",
        "rolig elg fjord 4 7",
        "rolig–elg–fjord–47",  # a phone turned the hyphens into dashes
        "roligelgfjord47",  # typed without spaces: there is only one reading
        "rolig, elg, fjord, 47",
        "rolig-elg-fjord47",
        "Ｒｏｌｉｇ elg fjord ４７",  # full-width forms (NFKC)
    ],
)
def test_typed_keys_are_normalised(typed):
    assert keys.normalise_key(typed) == "rolig-elg-fjord-47"


def test_aeoeaa_are_read_as_ae_oe_aa():
    assert "kaffe" in keys.words()
    assert keys.normalise_key("kaffe elg fjord 12") == "kaffe-elg-fjord-12"
    # a word typed with ø is read with oe: not in the list, so a clear "unknown word"
    with pytest.raises(keys.KeyUnknownWord) as err:
        keys.normalise_key("bjørn elg fjord 12")
    assert err.value.word == "bjoern"


@pytest.mark.parametrize("typed", [None, "", "   ", 42])
def test_empty_input(typed):
    with pytest.raises(keys.KeyEmpty):
        keys.normalise_key(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "rolig-elg-47",
        "rolig-elg-fjord",
        "rolig-elg-fjord-4",
        "rolig-elg-fjord-472",
        "rolig-elg-fjord-hav-47",
        "47",
        "x" * 500,
        "<script>alert(1)</script>",
    ],
)
def test_malformed_input(typed):
    with pytest.raises(keys.KeyProblem) as err:
        keys.normalise_key(typed)
    assert not isinstance(err.value, keys.KeyEmpty)


def test_an_unknown_word_gets_a_suggestion():
    with pytest.raises(keys.KeyUnknownWord) as err:
        keys.normalise_key("rolgi-elg-fjord-47")
    assert (err.value.word, err.value.suggestion) == ("rolgi", "rolig")


def test_hash_is_keyed_by_the_secret_and_derivations_differ(monkeypatch):
    key = "rolig-elg-fjord-47"
    first = keys.key_hash(key)
    assert len(first) == 64 and key not in first
    assert keys.pseudonym(key).startswith("vk-") and keys.pseudonym(key)[3:] not in first
    assert keys.notes_key(key).hex() != first
    monkeypatch.setenv("VERKSTED_SECRET", "y" * 40)
    assert keys.key_hash(key) != first  # without the secret the hash cannot be recomputed


def test_the_secret_file_is_made_once_with_mode_0600(monkeypatch, tmp_path):
    monkeypatch.delenv("VERKSTED_SECRET")
    monkeypatch.setenv("VERKSTED_STATE_DIR", str(tmp_path / "state"))
    one = secret.server_secret()
    path = tmp_path / "state" / secret.SECRET_FILE
    assert path.is_file() and stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert len(one) == 32
    secret._secret.cache_clear()
    assert secret.server_secret() == one  # read back, not replaced


def test_a_short_secret_in_the_environment_is_refused(monkeypatch):
    monkeypatch.setenv("VERKSTED_SECRET", "short")
    with pytest.raises(secret.SecretError):
        secret.server_secret()


def test_rate_limit_waits_double_up_to_a_minute():
    now = utcnow()
    assert wait_before_check([now] * (FREE_FAILURES - 1), now) == 0
    assert wait_before_check([now] * FREE_FAILURES, now) == 2
    assert wait_before_check([now] * (FREE_FAILURES + 1), now) == 4
    assert wait_before_check([now] * (FREE_FAILURES + 30), now) == MAX_WAIT
