"""Secrets sweep, the auth-flow half (issue 15): every auth flow against the fake
Coze server's OAuth part, with recognisable secrets, and not one of them may show.

The secrets: a client secret and a PKCE code verifier of our own (both with
``canary`` in them, and their wrong variants), lines of the private key's PEM
body, and every secret the fake hands out along the way (authorization codes,
device codes, access and refresh tokens, those the core obtains itself too).
Every call has every hook on (each kind, ``hook_bodies=True``, the metrics hook),
and every event is kept; the ``on_call_finished`` hook also raises, so the
library writes log lines (its ``cozecore`` logger), which are kept as well.

The cases share one fake server state, in file order (case 3 refreshes case 1's
token). After each one, no secret seen so far may appear in any field of any hook
event, in any error (message, hint, body, history, request ids, str, repr, every
attribute: test_faults' check, pointed at each secret in turn), in any log line
(or anything written to stdout/stderr), nor in the repr of a result or client.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import hashlib
import logging

import pytest

import cozecore
import test_faults  # its leak check (_leaks), pointed at each secret through CANARY
from cozecore import Coze, auth
from cozecore.auth import JWTAuth, OAuthAuth
from cozecore.hooks import HookEvent, Hooks
from test_auth import REDIRECT, _authorize, _chat, _control, _counts, _pem, _public_pem, _register, _rsa_key

CLIENT_SECRET = "cs_canary_Vb7Q2mX9kLp4R8tZ"
WRONG_SECRET = "cs_canary_WRONG_Hc4Ns8Wq2Ty6"
# 52 unreserved characters (RFC 7636: 43-128 of A-Z a-z 0-9 - . _ ~).
VERIFIER = "cv_canary_Qm3Zt8Kx1Wb7Np2Lr9Hd4Fs6Gj0Yc-eXuY.aB~k5Rv"
WRONG_VERIFIER = "cv_canary_WRONG_Dp5Hs2Kt9Mw4Zr7Bq1Fx3Lc8Nv6Gy0J"

WEB, PKCE, DEVICE, DENY, JWT, KID = "sec-web", "sec-pkce", "sec-device", "sec-deny", "sec-jwt", "kid-sec"


def _challenge(verifier: str) -> auth.PkcePair:
    digest = hashlib.sha256(verifier.encode()).digest()
    return auth.PkcePair(verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode())


class _Lines(logging.Handler):
    """Every log record, formatted with its traceback."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.lines: list = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


class _Sweep:
    """The state the cases share: what was recorded and which secrets exist."""

    def __init__(self, fake, key, log: _Lines) -> None:
        self.fake = fake
        self.base = fake.base_url
        self.pem = _pem(key)
        self.log = log
        self.events: list = []
        self.errors: list = []
        self.output: list = []  # what the process wrote to stdout / stderr (file descriptors 1, 2)
        self.shown: list = []  # results and clients whose repr/str must hide the secrets
        self.secrets: dict = {}
        body = self.pem.splitlines()[1:-1]
        for i in (1, len(body) // 2, len(body) - 2):
            self.secret(f"private key line {i}", body[i])
        for name, value in (
            ("client secret", CLIENT_SECRET),
            ("wrong client secret", WRONG_SECRET),
            ("code verifier", VERIFIER),
            ("wrong code verifier", WRONG_VERIFIER),
        ):
            self.secret(name, value)
        self.web_token = None

    def hooks(self) -> Hooks:
        def finished(event: HookEvent) -> None:
            self.events.append(event)
            raise RuntimeError("probe: a raising hook makes the library log")

        every = {f.name: self.events.append for f in dataclasses.fields(Hooks)}
        every["on_call_finished"] = finished
        return Hooks(**every)

    def options(self) -> dict:
        """Coze()/token-call options: every hook, bodies included, and the metrics hook."""
        return {"base_url": self.base, "hooks": self.hooks(), "hook_bodies": True}

    def secret(self, name: str, value) -> None:
        assert isinstance(value, str) and len(value) >= 16, (name, value)
        self.secrets.setdefault(name, value)

    def token(self, name: str, token) -> None:
        """An OAuthToken or TokenInfo: its tokens are secrets, its repr is checked."""
        self.secret(f"{name} access token", token.access_token)
        if token.refresh_token:
            self.secret(f"{name} refresh token", token.refresh_token)
        self.shown.append(token)

    def fails(self, fn, error_type, error_code=None):
        with pytest.raises(error_type) as info:
            fn()
        if error_code is not None:
            assert info.value.error_code == error_code, repr(info.value)
        self.errors.append(info.value)
        return info.value

    def code(self, client_id: str, pair=None) -> str:
        url = auth.authorize_url(client_id, REDIRECT, "st", code_challenge=pair, base_url=self.base, www_base=self.base)
        code = _authorize(url)["code"]
        self.secret(f"authorization code {sum(n.startswith('authorization code') for n in self.secrets) + 1}", code)
        return code

    def exchange_web(self, name: str):
        token = auth.exchange_code(WEB, self.code(WEB), REDIRECT, client_secret=CLIENT_SECRET, **self.options())
        self.token(name, token)
        return token

    def leaks(self) -> list:
        places = []
        texts = [f"log line {i}: {line}" for i, line in enumerate(self.log.lines)]
        texts += [f"output line {i}: {line}" for i, line in enumerate(self.output)]
        texts += [f"repr {i}: {shown!r}" for i, shown in enumerate(self.shown)]
        texts += [f"str {i}: {shown}" for i, shown in enumerate(self.shown)]
        for name, secret in self.secrets.items():
            with _canary(secret):
                places += [f"{name} in {where}" for where in test_faults._leaks(None, self.events)]
                for i, error in enumerate(self.errors):
                    places += [f"{name} in error {i} ({error!r}): {where}" for where in test_faults._leaks(error, [])]
            places += [f"{name} in {text}" for text in texts if secret in text]
        return places

    def check(self, capfd) -> None:
        out, err = capfd.readouterr()
        self.output += [f"stdout: {line}" for line in out.splitlines()]
        self.output += [f"stderr: {line}" for line in err.splitlines()]
        kinds = {e.kind for e in self.events}
        assert {"request_sent", "response_head", "call_finished", "metric"} <= kinds, kinds  # the hooks ran
        # hook_bodies shows the bodies of API calls (the core never shows a token request's body).
        posted = [e for e in self.events if e.kind == "request_sent" and e.method == "POST" and e.op == "chat.create"]
        assert all(e.body for e in posted), "a request body is missing from the hooks"
        assert any("probe: a raising hook" in line for line in self.log.lines), "the library logged nothing"
        leaks = self.leaks()
        assert not leaks, "secrets leaked:\n" + "\n".join(leaks)


@contextlib.contextmanager
def _canary(secret: str):
    saved = test_faults.CANARY
    test_faults.CANARY = secret
    try:
        yield
    finally:
        test_faults.CANARY = saved


@pytest.fixture(scope="module")
def sweep(fake_server):
    pytest.importorskip("cryptography", reason="the JWT cases sign (scripts/bootstrap installs cryptography)")
    fake_server.reset()
    key = _rsa_key()
    _register(fake_server, client_id=WEB, client_type="web", client_secret=CLIENT_SECRET, redirect_uris=[REDIRECT])
    _register(fake_server, client_id=PKCE, client_type="pkce", redirect_uris=[REDIRECT])
    _register(fake_server, client_id=DEVICE, client_type="device", device={"pending": 1, "interval": 1})
    _register(fake_server, client_id=DENY, client_type="device", device={"outcome": "access_denied", "interval": 1})
    _register(fake_server, client_id=JWT, client_type="jwt", public_key_id=KID, public_key_pem=_public_pem(key))
    log = _Lines()
    root, library = logging.getLogger(), logging.getLogger("cozecore")
    saved = root.level, library.level
    root.addHandler(log)
    root.setLevel(logging.DEBUG)
    library.setLevel(logging.DEBUG)
    try:
        yield _Sweep(fake_server, key, log)
    finally:
        root.removeHandler(log)
        root.setLevel(saved[0])
        library.setLevel(saved[1])


def test_1_exchange_code_with_the_client_secret(sweep, capfd):
    sweep.web_token = sweep.exchange_web("web exchange")
    assert sweep.web_token.access_token.startswith("oat_") and sweep.web_token.refresh_token.startswith("ort_")
    code = sweep.code(WEB)
    err = sweep.fails(
        lambda: auth.exchange_code(WEB, code, REDIRECT, client_secret=WRONG_SECRET, **sweep.options()),
        cozecore.AuthenticationError,
        "invalid_client",
    )
    assert err.http_status == 401
    sweep.check(capfd)


def test_2_pkce_exchange_with_the_canary_verifier(sweep, capfd):
    code = sweep.code(PKCE, _challenge(VERIFIER))
    sweep.token("pkce exchange", auth.exchange_code(PKCE, code, REDIRECT, code_verifier=VERIFIER, **sweep.options()))
    code = sweep.code(PKCE, _challenge(VERIFIER))
    sweep.fails(
        lambda: auth.exchange_code(PKCE, code, REDIRECT, code_verifier=WRONG_VERIFIER, **sweep.options()),
        cozecore.AuthenticationError,
        "invalid_grant",
    )
    sweep.check(capfd)


def test_3_refresh_rotates_and_the_old_refresh_token_is_refused(sweep, capfd):
    old = sweep.web_token or sweep.exchange_web("web exchange")  # case 1's token
    new = auth.refresh_token(WEB, old.refresh_token, client_secret=CLIENT_SECRET, **sweep.options())
    sweep.token("web refresh", new)
    assert new.refresh_token != old.refresh_token and new.access_token != old.access_token
    sweep.fails(
        lambda: auth.refresh_token(WEB, old.refresh_token, client_secret=CLIENT_SECRET, **sweep.options()),
        cozecore.AuthenticationError,
        "invalid_grant",
    )
    sweep.check(capfd)


def test_4_jwt_token_with_the_private_key(sweep, capfd):
    token = auth.jwt_token(JWT, KID, sweep.pem, **sweep.options())
    sweep.token("jwt grant", token)
    assert token.access_token.startswith("oat_")
    sweep.fails(
        lambda: auth.jwt_token(JWT, "kid-the-fake-does-not-know", sweep.pem, **sweep.options()),
        cozecore.AuthenticationError,
        "invalid_client",
    )
    sweep.check(capfd)


def test_5_device_flow_approved_and_denied(sweep, capfd):
    codes = []

    def on_code(code):
        codes.append(code)
        sweep.secret(f"device code {len(codes)}", code.device_code)
        sweep.shown.append(code)

    sweep.token("device flow", auth.device_flow(DEVICE, on_code, **sweep.options()))
    sweep.fails(
        lambda: auth.device_flow(DENY, on_code, **sweep.options()),
        cozecore.PermissionDeniedError,
        "access_denied",
    )
    assert len(codes) == 2
    sweep.check(capfd)


def test_6_a_client_refreshes_its_token_itself_then_fails_once_revoked(sweep, capfd):
    token = sweep.exchange_web("self-refreshing client's first")
    coze = Coze(auth=OAuthAuth.from_token(WEB, token, client_secret=CLIENT_SECRET), **sweep.options())
    sweep.shown.append(coze)
    assert _chat(coze).bot_id == "b1"
    refreshes = _counts(sweep.fake)["refreshes"]
    assert _control(sweep.fake, "POST", "/_fake/oauth/expire", {"access_token": token.access_token}) == {"expired": 1}
    assert _chat(coze).bot_id == "b1"  # 401 expired -> the core refreshes (with the client secret) -> repeated
    held = coze.current_token()
    sweep.token("self-refreshing client's refreshed", held)
    assert held.refreshes == 1 and held.access_token != token.access_token
    assert _counts(sweep.fake)["refreshes"] == refreshes + 1
    assert _control(sweep.fake, "POST", "/_fake/oauth/revoke", {"refresh_token": held.refresh_token})["revoked"] >= 1
    _control(sweep.fake, "POST", "/_fake/oauth/expire", {"access_token": held.access_token})
    err = sweep.fails(lambda: _chat(coze), cozecore.AuthenticationError)
    assert "refresh" in str(err)
    sweep.token("self-refreshing client's last", coze.current_token())
    assert any(e.kind == "request_sent" and e.op == "chat.create" and e.body for e in sweep.events)
    sweep.check(capfd)


def test_7_a_jwt_client_gets_and_uses_its_token(sweep, capfd):
    coze = Coze(auth=JWTAuth(JWT, KID, sweep.pem, session_name="sec-session"), **sweep.options())
    sweep.shown.append(coze)
    assert _chat(coze).bot_id == "b1"
    held = coze.current_token()
    assert held.access_token.startswith("oat_") and held.refreshes == 1
    sweep.token("jwt client", held)
    assert _chat(coze).bot_id == "b1"  # the token is reused
    assert coze.current_token().refreshes == 1
    sweep.check(capfd)
