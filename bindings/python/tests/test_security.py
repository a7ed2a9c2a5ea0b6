"""The token's safety through the real driver (http.client): an http:// base URL on
another machine is refused before anything is sent unless allow_insecure_http is set,
and a redirect is never followed (README "Security", tests/vectors/exec/security.json)."""

from __future__ import annotations

import pytest

from cozecore import APIConnectionError, APIError, APITimeoutError, Coze, CozeError, Hooks, InvalidArgumentError
from cozecore import auth

TOKEN = "pat_security_secret_123456"
ELSEWHERE = "http://127.0.0.1:1/elsewhere"


def _redirect(status: int = 302) -> dict:
    return {"status": status, "headers": {"Location": ELSEWHERE}, "body": ""}


def _sent_counter():
    sent = []
    return sent, Hooks(on_request_sent=lambda event: sent.append((event.method, event.path)))


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_a_redirect_fails_the_call_and_is_not_followed(fake, status):
    fake.fault(_redirect(status))
    coze = Coze(token=TOKEN, base_url=fake.base_url, max_retries=2)
    with pytest.raises(APIError) as caught:
        coze.chat.retrieve(conversation_id="c1", chat_id="k1")
    err = caught.value
    assert err.kind == "api"
    assert err.http_status == status
    assert f"HTTP {status} redirect to {ELSEWHERE}, not followed" in err.message
    assert err.attempts == 1  # not retried
    assert not err.retryable
    assert TOKEN not in repr(err) and TOKEN not in err.message
    log = fake.requests()
    assert len(log) == 1, log  # neither retried nor followed (the Location is not the fake anyway)
    assert log[0]["path"] == "/v3/chat/retrieve"


def test_a_redirect_of_a_stream_is_not_followed(fake):
    fake.fault(_redirect(302))
    coze = Coze(token=TOKEN, base_url=fake.base_url, max_retries=2)
    events = []
    with pytest.raises(APIError) as caught:
        with coze.chat.stream(bot_id="b1", user_id="u1", additional_messages=[{"role": "user", "content": "hi"}]) as s:
            events.extend(s)
    assert events == []
    assert caught.value.http_status == 302
    assert ELSEWHERE in caught.value.message
    log = fake.requests()
    assert [(e["method"], e["path"]) for e in log] == [("POST", "/v3/chat")]


def test_a_redirect_to_the_same_server_is_not_followed_either(fake):
    # A Location the driver could reach (the fake itself) must not be asked for.
    target = fake.base_url + "/v3/chat/retrieve?conversation_id=c2&chat_id=k2"
    fake.fault({"status": 302, "headers": {"Location": target}, "body": ""})
    coze = Coze(token=TOKEN, base_url=fake.base_url, max_retries=2)
    with pytest.raises(APIError) as caught:
        coze.chat.retrieve(conversation_id="c1", chat_id="k1")
    assert target in caught.value.message
    log = fake.requests()
    assert len(log) == 1
    assert log[0]["query"] == {"conversation_id": "c1", "chat_id": "k1"}


@pytest.mark.parametrize("base_url", ["http://api.example.com", "http://api.example.com:8080", "http://10.0.0.1"])
def test_an_http_base_url_on_another_machine_is_refused_before_sending(base_url):
    sent, hooks = _sent_counter()
    coze = Coze(token=TOKEN, base_url=base_url, max_retries=2, hooks=hooks)
    with pytest.raises(InvalidArgumentError) as caught:
        coze.chat.retrieve(conversation_id="c1", chat_id="k1")
    err = caught.value
    assert err.kind == "invalid_argument"
    assert err.attempts == 0
    assert "allow_insecure_http" in err.message
    assert f"'{base_url}' would send the token in clear text" in err.message
    assert TOKEN not in err.message
    assert sent == []


def test_an_http_stream_on_another_machine_is_refused_before_sending():
    sent, hooks = _sent_counter()
    coze = Coze(token=TOKEN, base_url="http://api.example.com", hooks=hooks)
    with pytest.raises(InvalidArgumentError):
        with coze.chat.stream(bot_id="b1", user_id="u1") as stream:
            list(stream)
    assert sent == []


def test_allow_insecure_http_lets_the_client_try_to_send():
    # 192.0.2.0/24 is TEST-NET-1: nothing answers there, so the attempt fails as a
    # connection error (or a connect timeout), never as invalid_argument.
    sent, hooks = _sent_counter()
    coze = Coze(
        token=TOKEN,
        base_url="http://192.0.2.1:9",
        allow_insecure_http=True,
        max_retries=0,
        connect_timeout=0.3,
        total_timeout=5,
        hooks=hooks,
    )
    with pytest.raises(CozeError) as caught:
        coze.chat.retrieve(conversation_id="c1", chat_id="k1")
    assert isinstance(caught.value, (APIConnectionError, APITimeoutError)), repr(caught.value)
    assert caught.value.attempts == 1
    assert sent == [("GET", "/v3/chat/retrieve")]


def test_loopback_http_needs_no_option(fake):
    port = fake.port
    for base_url in (f"http://127.0.0.1:{port}", f"http://localhost:{port}"):
        coze = Coze(token=TOKEN, base_url=base_url)
        chat = coze.chat.create(bot_id="b1", user_id="u1", additional_messages=[{"role": "user", "content": "hi"}])
        assert chat.id
    assert len(fake.requests()) == 2


def test_https_is_not_refused():
    # https:// goes out whatever the host: no invalid_argument (the TLS connect fails on TEST-NET-1).
    coze = Coze(token=TOKEN, base_url="https://192.0.2.1:9", max_retries=0, connect_timeout=0.3, total_timeout=5)
    with pytest.raises(CozeError) as caught:
        coze.chat.retrieve(conversation_id="c1", chat_id="k1")
    assert caught.value.kind != "invalid_argument"


def test_allow_insecure_http_must_be_a_bool():
    with pytest.raises(InvalidArgumentError, match="allow_insecure_http"):
        Coze(token=TOKEN, allow_insecure_http="yes")  # type: ignore[arg-type]


def test_the_oauth_functions_follow_the_same_rule():
    with pytest.raises(InvalidArgumentError, match="allow_insecure_http"):
        auth.refresh_token("app", "ort_secret", base_url="http://api.example.com")
    with pytest.raises(CozeError) as caught:
        auth.refresh_token(
            "app",
            "ort_secret",
            base_url="http://192.0.2.1:9",
            allow_insecure_http=True,
            max_retries=0,
            connect_timeout=0.3,
            total_timeout=5,
        )
    assert isinstance(caught.value, (APIConnectionError, APITimeoutError)), repr(caught.value)
