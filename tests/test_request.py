from __future__ import annotations

from widgets.request import MAX_VALUE, query_params


def test_no_request_in_jupyterlab(monkeypatch):
    monkeypatch.delenv("QUERY_STRING", raising=False)
    monkeypatch.delenv("VOILA_PREHEAT", raising=False)
    assert query_params() == {}


def test_query_string_from_voila(monkeypatch):
    monkeypatch.setenv("QUERY_STRING", "kode=AB12&x=1&x=2&tom=")
    assert query_params() == {"kode": "AB12", "x": "1"}


def test_hostile_query_strings(monkeypatch):
    monkeypatch.setenv("QUERY_STRING", "a=" + "x" * 10_000)
    assert len(query_params()["a"]) == MAX_VALUE
    monkeypatch.setenv("QUERY_STRING", "&".join(f"k{i}=v" for i in range(100)))
    assert query_params() == {}
    monkeypatch.setenv("QUERY_STRING", "%ZZ=%00<script>")
    assert query_params() == {"%ZZ": "\x00<script>"}


def test_a_preheated_kernel_waits_for_the_request_once(monkeypatch):
    """Voilà delivers the request to a waiting kernel once; a second wait would hang."""
    import voila.utils

    import widgets.request as request

    calls = []

    def fake_wait():
        calls.append(1)
        if len(calls) > 1:
            raise AssertionError("waited twice")
        return "nokkel=rolig-elg-fjord-47"

    monkeypatch.setenv("VOILA_PREHEAT", "True")
    monkeypatch.setattr(voila.utils, "get_query_string", fake_wait)
    monkeypatch.setattr(request, "_received", None)
    assert query_params() == {"nokkel": "rolig-elg-fjord-47"}
    assert query_params() == {"nokkel": "rolig-elg-fjord-47"}
    assert calls == [1]
