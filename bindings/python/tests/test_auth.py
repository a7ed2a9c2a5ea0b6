"""Auth: PKCE, web, device and JWT flows, self-refreshing clients, and secrets,
through the real driver against tests/fake_coze/server.py (its OAuth part)."""

from __future__ import annotations

import base64
import hashlib
import http.client
import json
import logging
import sys
import threading
import time
import urllib.parse
import urllib.request

import pytest

import cozecore
from cozecore import Coze, auth
from cozecore.auth import JWTAuth, OAuthAuth, TokenAuth, TokenInfo

REDIRECT = "http://127.0.0.1:9/callback"


def _messages(text):
    return [{"role": "user", "content": text, "content_type": "text"}]


def _chat(coze):
    return coze.chat.create(bot_id="b1", user_id="u1", additional_messages=_messages("hello"))


def _control(fake, method, path, payload=None):
    data = None if payload is None else json.dumps(payload).encode()
    request = urllib.request.Request(fake.base_url + path, data=data, method=method)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def _register(fake, **app):
    return _control(fake, "POST", "/_fake/oauth/apps", app)


def _counts(fake):
    return _control(fake, "GET", "/_fake/oauth")


# Only the tests that sign (they take the `key` fixture) need `cryptography`;
# scripts/bootstrap installs it, so they skip only where someone runs the suite without it.


def _rsa_key(size=2048):
    from cryptography.hazmat.primitives.asymmetric import rsa

    return rsa.generate_private_key(public_exponent=65537, key_size=size)


def _serialization():
    from cryptography.hazmat.primitives import serialization

    return serialization


def _pem(key, fmt=None):
    serialization = _serialization()
    fmt = fmt or serialization.PrivateFormat.PKCS8
    return key.private_bytes(serialization.Encoding.PEM, fmt, serialization.NoEncryption()).decode()


def _pkcs1(key):
    return _pem(key, _serialization().PrivateFormat.TraditionalOpenSSL)


def _public_pem(key):
    serialization = _serialization()
    return (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )


@pytest.fixture(scope="module")
def key():
    pytest.importorskip("cryptography", reason="the tests that sign JWTs need cryptography (scripts/bootstrap)")
    return _rsa_key()


def _authorize(url):
    """GETs the authorize URL without following the redirect: the Location's query."""
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        conn.request("GET", parts.path + "?" + parts.query)
        response = conn.getresponse()
        response.read()
        assert response.status == 302, response.status
        location = response.getheader("Location")
    finally:
        conn.close()
    assert location.startswith(REDIRECT + "?")
    return dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(location).query))


# -- helpers without a server ------------------------------------------------------


def test_pkce_pair_is_fresh_and_its_challenge_is_s256():
    first, second = auth.pkce_pair(), auth.pkce_pair()
    assert first.verifier != second.verifier
    for pair in (first, second):
        assert len(pair.verifier) == 43  # 32 random bytes, base64url without padding
        assert set(pair.verifier) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        digest = hashlib.sha256(pair.verifier.encode()).digest()
        assert pair.challenge == base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
        assert pair.method == "S256"
        assert pair.verifier not in repr(pair)
    assert len(auth.pkce_pair(64).verifier) == 86
    with pytest.raises(cozecore.InvalidArgumentError):
        auth.pkce_pair(16)


def test_authorize_url_is_on_the_regions_www_host_with_state():
    pair = auth.pkce_pair()
    url = auth.authorize_url("app1", "https://example.com/cb?x=1", "st ate", code_challenge=pair)
    parts = urllib.parse.urlsplit(url)
    assert (parts.scheme, parts.hostname, parts.path) == ("https", "www.coze.com", "/api/permission/oauth2/authorize")
    query = dict(urllib.parse.parse_qsl(parts.query))
    assert query["client_id"] == "app1"
    assert query["redirect_uri"] == "https://example.com/cb?x=1"
    assert query["state"] == "st ate"
    assert query["response_type"] == "code"
    assert (query["code_challenge"], query["code_challenge_method"]) == (pair.challenge, "S256")
    cn = auth.authorize_url("app1", "https://example.com/cb", "s", base_url="https://api.coze.cn")
    assert urllib.parse.urlsplit(cn).hostname == "www.coze.cn"
    assert "code_challenge" not in cn  # a web app's URL
    with pytest.raises(cozecore.InvalidArgumentError, match="state"):
        auth.authorize_url("app1", "https://example.com/cb", "")
    assert auth.jwt_audience("https://api.coze.cn") == "api.coze.cn"


def test_a_bad_private_key_is_a_typed_error_that_never_shows_the_key(key):
    pem = _pem(key)
    broken = pem.replace(pem.splitlines()[5], "A" * len(pem.splitlines()[5]))
    for bad in (broken, "-----BEGIN PRIVATE KEY-----\nnot base64\n-----END PRIVATE KEY-----\n", "hello", b"\x00\x01"):
        with pytest.raises(cozecore.InvalidArgumentError) as info:
            JWTAuth("c", "k", bad)
        text = str(info.value) + repr(info.value)
        assert pem.splitlines()[3] not in text and "not base64" not in text
    from cryptography.hazmat.primitives.asymmetric import ec

    serialization = _serialization()
    ec_pem = _pem(ec.generate_private_key(ec.SECP256R1()))
    with pytest.raises(cozecore.InvalidArgumentError, match="not an RSA key"):
        JWTAuth("c", "k", ec_pem)
    encrypted = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.BestAvailableEncryption(b"pw")
    )
    with pytest.raises(cozecore.InvalidArgumentError, match="encrypted"):
        JWTAuth("c", "k", encrypted)
    with pytest.raises(cozecore.InvalidArgumentError):
        JWTAuth("c", "k", 42)
    # Both PEM forms and a key object load; none shows in a repr.
    for good in (pem, _pkcs1(key), pem.encode(), key):
        jwt = JWTAuth("c", "k", good)
        assert "PRIVATE" not in repr(jwt) and "PRIVATE" not in repr(jwt._signer)
    with pytest.raises(TypeError):
        __import__("pickle").dumps(JWTAuth("c", "k", pem))


def test_auth_configs_are_checked_and_their_reprs_hide_secrets():
    oauth = OAuthAuth("c1", "oat_" + "a" * 40, "ort_" + "b" * 40, 1_900_000_000, client_secret="cs_hidden_value_1")
    text = repr(oauth)
    assert "a" * 40 not in text and "b" * 40 not in text and "cs_hidden" not in text
    assert "pat_secret_token" not in repr(TokenAuth("pat_secret_token"))
    info = TokenInfo("oat_" + "c" * 40, "ort_" + "d" * 40, 5, 1)
    assert "c" * 40 not in repr(info) and "d" * 40 not in repr(info)
    # The core checks the config when the client is made, naming what is wrong; nothing is clamped.
    for bad, why in (
        (OAuthAuth("", "a", "b"), "auth.client_id is required"),
        (OAuthAuth("c", None, None), "auth needs an access_token or a refresh_token"),
        (OAuthAuth("c", "a", "b", refresh_margin=-1), "auth.refresh_margin_s must not be negative"),
        (OAuthAuth("c", "a", "b", 1.5), "auth.expires_in has the wrong type"),
        (OAuthAuth(7, "a", "b"), "auth.client_id has the wrong type"),
    ):
        with pytest.raises(cozecore.InvalidArgumentError, match=why):
            Coze(auth=bad)
    every = OAuthAuth("c", "a", "b", 1_900_000_000, client_secret="cs_x", refresh_margin=0)
    assert Coze(auth=every).current_token().expires_in == 1_900_000_000  # every key is one the core takes
    with pytest.raises(cozecore.InvalidArgumentError):
        Coze()
    with pytest.raises(cozecore.InvalidArgumentError):
        Coze("pat_x", auth=TokenAuth("pat_y"))
    with pytest.raises(cozecore.InvalidArgumentError):
        Coze(auth="pat_x")
    assert Coze(auth=TokenAuth("pat_x")).current_token() is None
    state = Coze(auth=oauth).current_token()
    assert state == TokenInfo("oat_" + "a" * 40, "ort_" + "b" * 40, 1_900_000_000, 0)


def test_the_core_checks_a_jwt_config_when_the_client_is_made(key):
    pem = _pem(key)
    for kw, why in (
        ({"ttl_seconds": 0}, "auth.ttl_seconds must be 1..86400"),
        ({"ttl_seconds": 86401}, "auth.ttl_seconds must be 1..86400"),
        ({"ttl_seconds": 0.5}, "auth.ttl_seconds has the wrong type"),  # whole seconds; never rounded
        ({"refresh_margin": -5}, "auth.refresh_margin_s must not be negative"),
        ({"session_name": 5}, "auth.session_name has the wrong type"),
    ):
        with pytest.raises(cozecore.InvalidArgumentError, match=why):
            Coze(auth=JWTAuth("c", "k", pem, **kw))
    with pytest.raises(cozecore.InvalidArgumentError, match="auth.public_key_id is required"):
        Coze(auth=JWTAuth("c", "", pem))
    every = JWTAuth(
        "c",
        "k",
        pem,
        ttl_seconds=600,
        session_name="s",
        account_id=42,
        enterprise_id="e",
        scope={"a": 1},
        refresh_margin=0,
    )
    assert Coze(auth=every).current_token().access_token == ""  # every key is one the core takes
    text = repr(every) + repr(JWTAuth("c", "k", pem))
    assert "PRIVATE" not in text


def test_load_oauth_app_reads_the_official_config(tmp_path, key):
    pem = _pem(key)
    config = {
        "client_type": "jwt",
        "client_id": "jwt-app",
        "coze_api_base": "https://api.coze.cn",
        "private_key": pem,
        "public_key_id": "kid-1",
    }
    path = tmp_path / "app.json"
    path.write_text(json.dumps(config))
    for source in (str(path), path, json.dumps(config), config):
        app = cozecore.load_oauth_app(source)
        assert (app.client_type, app.client_id, app.base_url, app.public_key_id) == (
            "jwt",
            "jwt-app",
            "https://api.coze.cn",
            "kid-1",
        )
        assert "PRIVATE" not in repr(app)
    client = app.client()
    assert isinstance(client, Coze) and client.base_url == "https://api.coze.cn"
    with pytest.raises(cozecore.InvalidArgumentError, match="public_key_id"):
        cozecore.load_oauth_app({k: v for k, v in config.items() if k != "public_key_id"})
    with pytest.raises(cozecore.InvalidArgumentError, match="client_secret"):
        cozecore.load_oauth_app({"client_type": "web", "client_id": "w"})
    with pytest.raises(cozecore.InvalidArgumentError):
        cozecore.load_oauth_app(str(tmp_path / "missing.json"))
    web = cozecore.load_oauth_app({"client_type": "web", "client_id": "w", "client_secret": "cs_web_secret_42"})
    assert "cs_web_secret_42" not in repr(web)
    with pytest.raises(cozecore.InvalidArgumentError):
        web.jwt_token()
    with pytest.raises(cozecore.InvalidArgumentError, match="token"):
        web.client()


# -- identity ------------------------------------------------------------------------


def test_the_client_names_python_and_the_os(fake):
    _chat(Coze("pat_e2e", fake.base_url))
    headers = fake.requests()[-1]["headers"]
    identity = json.loads(headers["x-coze-client-user-agent"])
    assert identity["lang"] == "python"
    assert identity["lang_version"] == ".".join(map(str, sys.version_info[:3]))
    assert identity["os_name"] and identity["os_version"] is not None
    assert f"python/{identity['lang_version']}" in headers["user-agent"]


# -- the flows end to end ------------------------------------------------------------


def test_pkce_flow_to_a_chat(fake):
    _register(fake, client_id="pkce-app", client_type="pkce", redirect_uris=[REDIRECT])
    pair = auth.pkce_pair()
    url = auth.authorize_url(
        "pkce-app", REDIRECT, "state-123", code_challenge=pair, base_url=fake.base_url, www_base=fake.base_url
    )
    back = _authorize(url)
    assert back["state"] == "state-123"
    token = auth.exchange_code("pkce-app", back["code"], REDIRECT, code_verifier=pair.verifier, base_url=fake.base_url)
    assert isinstance(token, cozecore.OAuthToken)
    assert token.access_token.startswith("oat_") and token.refresh_token.startswith("ort_")
    assert token.expires_in > time.time()
    coze = Coze(auth=OAuthAuth.from_token("pkce-app", token), base_url=fake.base_url)
    assert _chat(coze).bot_id == "b1"
    assert fake.requests()[-1]["token_prefix"] == token.access_token[:12]
    # The code is used up; a wrong verifier on a fresh code fails with the OAuth code.
    back = _authorize(url)
    with pytest.raises(cozecore.AuthenticationError) as info:
        auth.exchange_code(
            "pkce-app", back["code"], REDIRECT, code_verifier=auth.pkce_pair().verifier, base_url=fake.base_url
        )
    assert info.value.error_code == "invalid_grant"


def test_web_flow_with_the_client_secret(fake):
    secret = "cs_web_" + "9" * 30
    _register(fake, client_id="web-app", client_type="web", client_secret=secret, redirect_uris=[REDIRECT])
    url = auth.authorize_url("web-app", REDIRECT, "s1", base_url=fake.base_url, www_base=fake.base_url)
    back = _authorize(url)
    assert back["state"] == "s1"
    token = auth.exchange_code("web-app", back["code"], REDIRECT, client_secret=secret, base_url=fake.base_url)
    refreshed = auth.refresh_token("web-app", token.refresh_token, client_secret=secret, base_url=fake.base_url)
    assert refreshed.access_token != token.access_token
    coze = Coze(auth=OAuthAuth.from_token("web-app", refreshed, client_secret=secret), base_url=fake.base_url)
    assert _chat(coze).bot_id == "b1"
    # Without the secret the exchange is refused.
    back = _authorize(url)
    with pytest.raises(cozecore.AuthenticationError) as info:
        auth.exchange_code("web-app", back["code"], REDIRECT, base_url=fake.base_url)
    assert info.value.http_status == 401


def test_device_flow_waits_while_pending_then_chats(fake):
    # The timing (interval, +5 s on slow_down, expires_in) is pinned by the exec vectors on a
    # virtual clock; here the real driver runs one pending poll, then gets the token.
    _register(fake, client_id="dev-app", client_type="device", device={"pending": 1, "interval": 1})
    codes = []
    token = auth.device_flow("dev-app", codes.append, base_url=fake.base_url)
    (code,) = codes
    assert isinstance(code, cozecore.DeviceCode)
    assert code.user_code and code.verification_uri.endswith("/device/verify") and code.interval == 1
    assert code.device_code not in repr(code)
    polls = [r for r in fake.requests() if ((r.get("oauth") or {}).get("grant_type") or "").endswith("device_code")]
    assert [p["oauth"]["outcome"] for p in polls] == ["authorization_pending", "ok"]
    assert polls[1]["oauth"]["at"] - polls[0]["oauth"]["at"] >= 0.9  # it waited the interval (no busy poll)
    assert isinstance(token, cozecore.OAuthToken) and token.access_token.startswith("oat_")
    assert _chat(Coze(auth=OAuthAuth.from_token("dev-app", token), base_url=fake.base_url)).bot_id == "b1"


def test_device_flow_denied_and_cancelled(fake):
    _register(fake, client_id="deny-app", client_type="device", device={"outcome": "access_denied", "interval": 1})
    with pytest.raises(cozecore.PermissionDeniedError) as info:
        auth.device_flow("deny-app", lambda code: None, base_url=fake.base_url)
    assert info.value.error_code == "access_denied"

    _register(fake, client_id="slow-app", client_type="device", device={"pending": 100, "interval": 1})
    flow = auth.DeviceFlow("slow-app", base_url=fake.base_url)
    assert flow.code().user_code
    threading.Timer(0.5, flow.cancel).start()
    with pytest.raises(cozecore.CancelledError):
        flow.token()  # pending for 100 polls: only the cancel ends it now


def _jwt_app(fake, key, client_id="jwt-app", kid="kid-1"):
    _register(fake, client_id=client_id, client_type="jwt", public_key_id=kid, public_key_pem=_public_pem(key))


def test_jwt_client_signs_and_the_fake_verifies(fake, key):
    _jwt_app(fake, key)
    coze = Coze(auth=JWTAuth("jwt-app", "kid-1", _pem(key), session_name="sess-1"), base_url=fake.base_url)
    assert coze.current_token().access_token == ""
    assert _chat(coze).bot_id == "b1"
    assert _chat(coze).bot_id == "b1"  # the token is reused
    grants = [r for r in fake.requests() if r.get("oauth")]
    (grant,) = grants
    assert grant["oauth"]["grant_type"] == "urn:ietf:params:oauth:grant-type:jwt-bearer"
    assert (grant["oauth"]["kid"], grant["oauth"]["session_name"], grant["oauth"]["outcome"]) == (
        "kid-1",
        "sess-1",
        "ok",
    )
    held = coze.current_token()
    assert held.access_token.startswith("oat_") and held.refreshes == 1 and held.expires_in > time.time()
    # The server expires it: the next call signs a new JWT once and repeats itself.
    _control(fake, "POST", "/_fake/oauth/expire", {})
    assert _chat(coze).bot_id == "b1"
    assert coze.current_token().refreshes == 2
    assert coze.current_token().access_token != held.access_token
    assert _counts(fake)["requests"]["urn:ietf:params:oauth:grant-type:jwt-bearer"] == 2


def test_jwt_token_with_a_pkcs1_key_and_the_account_variant(fake, key):
    _jwt_app(fake, key)
    pkcs1 = _pkcs1(key)
    assert "BEGIN RSA PRIVATE KEY" in pkcs1
    token = auth.jwt_token("jwt-app", "kid-1", pkcs1, ttl_seconds=600, base_url=fake.base_url)
    assert token.access_token.startswith("oat_") and token.refresh_token is None
    assert 500 < token.expires_in - time.time() <= 601
    account = auth.jwt_token("jwt-app", "kid-1", pkcs1, account_id="42", base_url=fake.base_url)
    assert account.access_token.startswith("oat_")
    assert fake.requests()[-1]["path"] == "/api/permission/oauth2/account/42/token"


def test_jwt_signed_with_another_key_is_refused(fake, key):
    _jwt_app(fake, key)
    coze = Coze(auth=JWTAuth("jwt-app", "kid-1", _pem(_rsa_key())), base_url=fake.base_url)
    with pytest.raises(cozecore.AuthenticationError) as info:
        _chat(coze)
    assert info.value.error_code == "invalid_client"
    assert not [r for r in fake.requests() if r["path"] == "/v3/chat"]


def test_without_cryptography_signing_fails_naming_the_package(fake, key, monkeypatch):
    _jwt_app(fake, key)
    pem = _pem(key)
    for name in [n for n in sys.modules if n == "cryptography" or n.startswith("cryptography.")]:
        monkeypatch.setitem(sys.modules, name, None)
    jwt = JWTAuth("jwt-app", "kid-1", pem)  # the key is read at the first signature
    with pytest.raises(cozecore.AuthenticationError) as info:
        _chat(Coze(auth=jwt, base_url=fake.base_url))
    assert "cryptography" in str(info.value) and "pip install cryptography" in str(info.value)
    assert fake.requests() == []  # nothing was sent
    monkeypatch.undo()
    assert _chat(Coze(auth=jwt, base_url=fake.base_url)).bot_id == "b1"  # installed again: it signs


def test_jwt_app_from_the_config_builds_a_working_client(fake, key):
    _jwt_app(fake, key, client_id="cfg-app", kid="kid-cfg")
    app = cozecore.load_oauth_app(
        {
            "client_type": "jwt",
            "client_id": "cfg-app",
            "coze_api_base": fake.base_url,
            "private_key": _pem(key),
            "public_key_id": "kid-cfg",
        }
    )
    assert _chat(app.client(ttl_seconds=300)).bot_id == "b1"
    assert app.jwt_token().access_token.startswith("oat_")


# -- refresh ---------------------------------------------------------------------------


def _oauth_client(fake, client_id="pkce-app", **kw):
    _register(fake, client_id=client_id, client_type="pkce", redirect_uris=[REDIRECT])
    pair = auth.pkce_pair()
    url = auth.authorize_url(
        client_id, REDIRECT, "s", code_challenge=pair, base_url=fake.base_url, www_base=fake.base_url
    )
    token = auth.exchange_code(
        client_id, _authorize(url)["code"], REDIRECT, code_verifier=pair.verifier, base_url=fake.base_url
    )
    return token, Coze(auth=OAuthAuth.from_token(client_id, token), base_url=fake.base_url, **kw)


def test_an_expired_token_is_refreshed_and_the_call_repeated(fake):
    token, coze = _oauth_client(fake)
    assert _chat(coze).bot_id == "b1"
    assert _control(fake, "POST", "/_fake/oauth/expire", {"access_token": token.access_token}) == {"expired": 1}
    assert _chat(coze).bot_id == "b1"
    assert _counts(fake)["refreshes"] == 1
    held = coze.current_token()
    assert held.refreshes == 1
    assert held.access_token != token.access_token and held.refresh_token != token.refresh_token
    # The old refresh token was used up; the new one works.
    refreshed = auth.refresh_token("pkce-app", held.refresh_token, base_url=fake.base_url)
    assert refreshed.access_token.startswith("oat_")


def _fifty_at_once(coze):
    results, errors = [], []
    barrier = threading.Barrier(50)

    def one():
        barrier.wait()
        try:
            results.append(coze.users.me())
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=one) for _ in range(50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results, errors


def test_fifty_concurrent_calls_on_a_token_the_server_expired_refresh_once(fake):
    token, coze = _oauth_client(fake)
    _control(fake, "POST", "/_fake/oauth/expire", {})
    results, errors = _fifty_at_once(coze)
    assert errors == [] and len(results) == 50
    assert _counts(fake)["refreshes"] == 1
    assert coze.current_token().refreshes == 1


def test_fifty_concurrent_calls_on_a_token_known_expired_refresh_once(fake):
    token, _ = _oauth_client(fake)
    _control(fake, "POST", "/_fake/oauth/expire", {})
    expired = OAuthAuth("pkce-app", token.access_token, token.refresh_token, int(time.time()) - 10)
    coze = Coze(auth=expired, base_url=fake.base_url)
    results, errors = _fifty_at_once(coze)
    assert errors == [] and len(results) == 50
    counts = _counts(fake)
    assert counts["refreshes"] == 1
    # Nobody tried the expired token: every API call carried the new one.
    calls = [r for r in fake.requests() if r["path"] == "/v1/users/me"]
    assert len(calls) == 50 and {r["token_prefix"] for r in calls} == {coze.current_token().access_token[:12]}


def test_a_refresh_that_fails_fails_the_call_as_authentication(fake):
    token, coze = _oauth_client(fake)
    _control(fake, "POST", "/_fake/oauth/revoke", {})
    with pytest.raises(cozecore.AuthenticationError) as info:
        _chat(coze)
    assert "refresh" in str(info.value)
    assert _counts(fake)["refreshes"] == 1


# -- secrets ---------------------------------------------------------------------------


def test_secrets_never_reach_hooks_errors_or_histories(fake, key, caplog):
    caplog.set_level(logging.DEBUG)
    client_secret = "cs_SECRET_" + "7" * 30
    pem = _pem(key)
    _register(fake, client_id="web-s", client_type="web", client_secret=client_secret, redirect_uris=[REDIRECT])
    _jwt_app(fake, key, client_id="jwt-s", kid="kid-s")
    events, errors = [], []
    record = events.append
    hooks = cozecore.Hooks(
        on_request_sent=record, on_response_head=record, on_retry_scheduled=record, on_call_finished=record
    )

    def attempt(fn):
        try:
            return fn()
        except cozecore.CozeError as exc:
            errors.append(exc)
            return None

    url = auth.authorize_url("web-s", REDIRECT, "s", base_url=fake.base_url, www_base=fake.base_url)
    first_code = _authorize(url)["code"]
    token = auth.exchange_code(
        "web-s",
        first_code,
        REDIRECT,
        client_secret=client_secret,
        base_url=fake.base_url,
        hooks=hooks,
        hook_bodies=True,
    )
    # Failing flows: a wrong secret, a used code, a used refresh token, a key the server does not know.
    code = _authorize(url)["code"]
    attempt(
        lambda: auth.exchange_code(
            "web-s",
            code,
            REDIRECT,
            client_secret=client_secret + "x",
            base_url=fake.base_url,
            hooks=hooks,
            hook_bodies=True,
        )
    )
    attempt(
        lambda: auth.exchange_code(
            "web-s",
            first_code,
            REDIRECT,
            client_secret=client_secret,
            base_url=fake.base_url,
            hooks=hooks,
            hook_bodies=True,
        )
    )
    second = auth.refresh_token(
        "web-s", token.refresh_token, client_secret=client_secret, base_url=fake.base_url, hooks=hooks, hook_bodies=True
    )
    attempt(
        lambda: auth.refresh_token(
            "web-s",
            token.refresh_token,
            client_secret=client_secret,
            base_url=fake.base_url,
            hooks=hooks,
            hook_bodies=True,
            max_retries=2,
        )
    )
    attempt(lambda: auth.jwt_token("jwt-s", "kid-unknown", pem, base_url=fake.base_url, hooks=hooks, hook_bodies=True))
    jwt_token = auth.jwt_token("jwt-s", "kid-s", pem, base_url=fake.base_url, hooks=hooks, hook_bodies=True)
    # Clients: refresh after an expiry (succeeds), then a revoked one (fails), a JWT client.
    coze = Coze(
        auth=OAuthAuth.from_token("web-s", second, client_secret=client_secret),
        base_url=fake.base_url,
        hooks=hooks,
        hook_bodies=True,
        max_retries=1,
    )
    _chat(coze)
    _control(fake, "POST", "/_fake/oauth/expire", {})
    _chat(coze)
    third = coze.current_token()
    _control(fake, "POST", "/_fake/oauth/revoke", {"client_id": "web-s"})
    attempt(lambda: _chat(coze))
    jwt_coze = Coze(auth=JWTAuth("jwt-s", "kid-s", pem), base_url=fake.base_url, hooks=hooks, hook_bodies=True)
    _chat(jwt_coze)
    attempt(
        lambda: _chat(
            Coze(
                auth=JWTAuth("jwt-s", "kid-s", _pem(_rsa_key())), base_url=fake.base_url, hooks=hooks, hook_bodies=True
            )
        )
    )
    assert len(errors) == 6, [repr(e) for e in errors]

    secrets = {
        "client secret": client_secret,
        "private key": pem.splitlines()[2],
        "refresh token 1": token.refresh_token,
        "refresh token 2": second.refresh_token,
        "refresh token 3": third.refresh_token,
        "access token 1": token.access_token,
        "access token 2": second.access_token,
        "access token 3": third.access_token,
        "jwt access token": jwt_token.access_token,
        "jwt client token": jwt_coze.current_token().access_token,
    }
    assert all(len(s) >= 20 for s in secrets.values())
    texts = []
    for event in events:
        texts.append(repr(event))
    for err in errors:
        texts += [str(err), repr(err), err.message, err.body, err.hint, repr(err.history)]
    texts += [r.getMessage() for r in caplog.records]
    texts += [repr(coze), repr(jwt_coze), repr(third)]
    assert len(events) > 20
    haystack = "\n".join(texts)
    for name, secret in secrets.items():
        assert secret not in haystack, f"the {name} leaked"
