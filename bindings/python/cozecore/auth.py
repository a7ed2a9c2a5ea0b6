"""OAuth: every way to get a token, and clients that keep theirs fresh.

A client takes one of three auth configs::

    Coze(token="pat_...")                                     # a fixed token (TokenAuth)
    Coze(auth=OAuthAuth(client_id, access_token, refresh_token, expires_in))
    Coze(auth=JWTAuth(client_id, public_key_id, private_key_pem))

With OAuthAuth or JWTAuth the client refreshes its token itself, a margin
before it expires, one refresh at a time however many calls wait for it, and
once more after a 401; ``coze.current_token()`` gives the token it holds now
(store it: refresh tokens rotate). A service app's JWT is built by the core
and signed here with the ``cryptography`` package; the private key never
leaves this process's signer and never appears in errors, logs or reprs.

The flows, as functions (all of them run the core's flows over the real
driver; nothing OAuth is decided in Python)::

    pkce = pkce_pair()
    url = authorize_url(client_id, redirect_uri, state, code_challenge=pkce.challenge)
    token = exchange_code(client_id, code, redirect_uri, code_verifier=pkce.verifier)
    token = refresh_token(client_id, token.refresh_token)
    token = device_flow(client_id, lambda code: print(code.verification_uri, code.user_code))
    token = jwt_token(client_id, public_key_id, private_key_pem)

and ``load_oauth_app(path)`` reads the OAuth app JSON config the official
SDKs use into an OAuthApp with the same methods (and ``app.client()``).
"""

from __future__ import annotations

import json
import math
import os
from typing import Any, Callable, Dict, Mapping, NamedTuple, Optional, Union

from ._bridge import core
from ._generated.models import DeviceCode, OAuthToken
from ._options import CallOptions
from ._signing import RS256Signer
from .errors import DecodeError, InternalError, InvalidArgumentError
from .hooks import Hooks

__all__ = [
    "TokenAuth",
    "OAuthAuth",
    "JWTAuth",
    "TokenInfo",
    "PkcePair",
    "pkce_pair",
    "authorize_url",
    "exchange_code",
    "refresh_token",
    "refresh",
    "jwt_token",
    "device_flow",
    "DeviceFlow",
    "OAuthApp",
    "load_oauth_app",
    "jwt_audience",
    "OAuthToken",
    "DeviceCode",
]

DEFAULT_BASE_URL = "https://api.coze.com"


def _mask(secret: Any) -> str:
    """A secret for a repr: its first 4 characters at most (a type prefix such as "oat_")."""
    if not secret:
        return repr(secret)
    return repr(secret[:4] + "***") if isinstance(secret, str) and len(secret) > 12 else "'***'"


def _text(name: str, value: Any, required: bool = True) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value):
        raise InvalidArgumentError(f"{name} must be a non-empty str")
    return value


def _optional_text(name: str, value: Any) -> Optional[str]:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidArgumentError(f"{name} must be a str or None")
    return value or None


def _int(name: str, value: Any, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise InvalidArgumentError(f"{name} must be a number")
    if value != int(value) or not low <= value <= high:
        raise InvalidArgumentError(f"{name} must be an integer in {low}..{high}")
    return int(value)


# -- auth configs ----------------------------------------------------------------


class TokenAuth:
    """A fixed token: a personal access token (``pat_...``) or an OAuth access
    token that the caller refreshes. ``Coze(token=t)`` is ``Coze(auth=TokenAuth(t))``."""

    __slots__ = ("token",)

    def __init__(self, token: str) -> None:
        self.token = _text("token", token, required=False)

    def __repr__(self) -> str:
        return f"TokenAuth(token={_mask(self.token)})"


class OAuthAuth:
    """An OAuth token the client refreshes itself (web, PKCE and device apps).

    client_id: the app's id; access_token, refresh_token: the token answer's
    (at least one of them);
    expires_in: when the access token expires, in unix seconds, as the token
    answer gives it (None: unknown, refreshed only after a 401);
    client_secret: web apps only (sent as the bearer of refresh requests);
    refresh_margin: seconds before expiry at which to refresh (None: the
    core's default, 30).

    The core checks the config when a client is made from it (``Coze(auth=...)``):
    a missing or wrong field raises InvalidArgumentError there, naming it.
    """

    __slots__ = ("client_id", "_access_token", "_refresh_token", "expires_in", "_client_secret", "refresh_margin")

    def __init__(
        self,
        client_id: str,
        access_token: Optional[str],
        refresh_token: Optional[str],
        expires_in: Optional[int] = None,
        *,
        client_secret: Optional[str] = None,
        refresh_margin: Optional[int] = None,
    ) -> None:
        self.client_id = client_id
        self._access_token = access_token
        self._refresh_token = refresh_token
        self.expires_in = expires_in
        self._client_secret = client_secret
        self.refresh_margin = refresh_margin

    @classmethod
    def from_token(
        cls,
        client_id: str,
        token: Union[OAuthToken, "TokenInfo", Mapping[str, Any]],
        *,
        client_secret: Optional[str] = None,
        refresh_margin: Optional[int] = None,
    ) -> "OAuthAuth":
        """From a token answer (OAuthToken, as exchange_code and the flows return it),
        a TokenInfo (``coze.current_token()``) or a mapping with the same keys."""
        if isinstance(token, TokenInfo):
            fields = token._asdict()
        elif isinstance(token, OAuthToken):
            fields = token.to_dict()
        elif isinstance(token, Mapping):
            fields = dict(token)
        else:
            raise InvalidArgumentError("token must be an OAuthToken, a TokenInfo or a mapping")
        expires = fields.get("expires_in")
        return cls(
            client_id,
            fields.get("access_token"),
            fields.get("refresh_token"),
            None if expires is None or expires < 0 else expires,
            client_secret=client_secret,
            refresh_margin=refresh_margin,
        )

    def _core_config(self) -> Dict[str, Any]:
        """The core's auth config (ClientConfig.auth): the fields given, as given."""
        return _given(
            type="oauth",
            client_id=self.client_id,
            access_token=self._access_token,
            refresh_token=self._refresh_token,
            expires_in=self.expires_in,
            client_secret=self._client_secret,
            refresh_margin_s=self.refresh_margin,
        )

    def __repr__(self) -> str:
        return (
            f"OAuthAuth(client_id={self.client_id!r}, access_token={_mask(self._access_token)}, "
            f"refresh_token={_mask(self._refresh_token)}, expires_in={self.expires_in!r}, "
            f"client_secret={'***' if self._client_secret else None})"
        )


class JWTAuth:
    """A JWT service app: the client gets its tokens with JWTs it signs (RS256).

    client_id, public_key_id: the app's id and the id of its registered public key;
    private_key: the matching private key, PEM (PKCS#8 "BEGIN PRIVATE KEY" or
        PKCS#1 "BEGIN RSA PRIVATE KEY", str or bytes) or a cryptography RSAPrivateKey;
        kept in a signer, never sent anywhere nor shown;
    ttl_seconds: the lifetime to ask for each token, in whole seconds (1..86400;
        None: the core's default, 900);
    session_name: names the session in the JWT; account_id / enterprise_id: ask
        for the account's or enterprise's token instead; scope: a JSON-able scope;
    refresh_margin: seconds before expiry at which to get a new token (None:
        the core's default, 30).

    A key that is no RSA private key raises InvalidArgumentError here; without
    the ``cryptography`` package, the first call fails with an
    AuthenticationError that names it. The core checks the other fields when
    a client is made from it (``Coze(auth=...)``), naming a wrong one.
    """

    __slots__ = (
        "client_id",
        "public_key_id",
        "_signer",
        "ttl_seconds",
        "session_name",
        "account_id",
        "enterprise_id",
        "scope",
        "refresh_margin",
    )

    def __init__(
        self,
        client_id: str,
        public_key_id: str,
        private_key: Union[str, bytes, Any],
        *,
        ttl_seconds: Optional[int] = None,
        session_name: Optional[str] = None,
        account_id: Optional[Union[str, int]] = None,
        enterprise_id: Optional[str] = None,
        scope: Any = None,
        refresh_margin: Optional[int] = None,
    ) -> None:
        self.client_id = client_id
        self.public_key_id = public_key_id
        self.ttl_seconds = ttl_seconds
        self.session_name = session_name
        self.account_id = account_id
        self.enterprise_id = enterprise_id
        self.scope = _jsonable_scope(scope)
        self.refresh_margin = refresh_margin
        self._signer = _signer(private_key)

    def _core_config(self) -> Dict[str, Any]:
        """The core's auth config (ClientConfig.auth): the fields given, as given (never the key)."""
        return _given(
            type="jwt",
            client_id=self.client_id,
            public_key_id=self.public_key_id,
            ttl_seconds=self.ttl_seconds,
            session_name=self.session_name,
            account_id=self.account_id,
            enterprise_id=self.enterprise_id,
            scope=self.scope,
            refresh_margin_s=self.refresh_margin,
        )

    def __repr__(self) -> str:
        return (
            f"JWTAuth(client_id={self.client_id!r}, public_key_id={self.public_key_id!r}, "
            f"ttl_seconds={self.ttl_seconds}, private_key=<hidden>)"
        )

    def __reduce__(self):
        raise TypeError("a JWTAuth holds a private key and is not picklable")


Auth = Union[TokenAuth, OAuthAuth, JWTAuth]


def _given(**fields: Any) -> Dict[str, Any]:
    """The fields that are not None."""
    return {key: value for key, value in fields.items() if value is not None}


def _jsonable_scope(scope: Any) -> Any:
    if scope is not None:
        try:
            json.dumps(scope, allow_nan=False)
        except (TypeError, ValueError):
            raise InvalidArgumentError("scope must be JSON-able") from None
    return scope


def _signer(private_key: Union[str, bytes, Any]) -> RS256Signer:
    """The signer of a key (PEM text, bytes, an RSAPrivateKey), or the signer given."""
    return private_key if isinstance(private_key, RS256Signer) else RS256Signer(private_key)


class TokenInfo(NamedTuple):
    """The token a client holds now (``Coze.current_token()``).

    access_token, refresh_token: "" when none; expires_in: unix seconds, -1
    when unknown; refreshes: how many refreshes this client made. A refresh
    token is used up by each refresh: store the new one to start later
    clients from it (``OAuthAuth.from_token(client_id, info)``).
    """

    access_token: str
    refresh_token: str
    expires_in: int
    refreshes: int

    def __repr__(self) -> str:
        return (
            f"TokenInfo(access_token={_mask(self.access_token)}, refresh_token={_mask(self.refresh_token)}, "
            f"expires_in={self.expires_in}, refreshes={self.refreshes})"
        )


# -- pure helpers ----------------------------------------------------------------


class PkcePair(NamedTuple):
    """A PKCE code verifier (kept by the app, sent with the code exchange) and its
    S256 challenge (sent in the authorize URL)."""

    verifier: str
    challenge: str
    method: str = "S256"

    def __repr__(self) -> str:
        return f"PkcePair(verifier='***', challenge={self.challenge!r}, method={self.method!r})"


def pkce_pair(random_bytes: int = 32) -> PkcePair:
    """A fresh PKCE pair: the verifier from ``random_bytes`` (>= 32) bytes of the OS
    CSPRNG (os.urandom), the challenge computed by the core (RFC 7636 S256)."""
    size = _int("random_bytes", random_bytes, 32, 96)
    verifier = core.pkce_verifier(os.urandom(size))
    challenge = core.pkce_challenge(verifier)
    if not verifier or not challenge:
        raise InternalError("the core made no PKCE pair")
    return PkcePair(verifier, challenge)


def _answer(text: str, what: str) -> Dict[str, Any]:
    try:
        answer = json.loads(text)
    except ValueError:
        raise InternalError(f"{what}: the core answered no JSON") from None
    if not isinstance(answer, dict):
        raise InternalError(f"{what}: the core answered no JSON object")
    if "error" in answer:
        raise InvalidArgumentError(str(answer["error"]))
    return answer


def authorize_url(
    client_id: str,
    redirect_uri: str,
    state: str,
    *,
    code_challenge: Union[str, PkcePair, None] = None,
    code_challenge_method: str = "S256",
    base_url: str = DEFAULT_BASE_URL,
    www_base: Optional[str] = None,
    workspace_id: Optional[str] = None,
) -> str:
    """The URL to send the user to for authorization: on the ``www.`` host of
    ``base_url``'s region (or ``www_base``), with ``state`` (check it when the
    user comes back to ``redirect_uri`` with ``?code=...&state=...``).
    PKCE apps add ``code_challenge`` (the challenge, or a PkcePair); web apps
    give none.
    """
    params: Dict[str, Any] = {
        "client_id": _text("client_id", client_id),
        "redirect_uri": _text("redirect_uri", redirect_uri),
        "state": _text("state", state, required=False),
        "base_url": _text("base_url", base_url),
    }
    if www_base is not None:
        params["www_base"] = _text("www_base", www_base)
    if isinstance(code_challenge, PkcePair):
        code_challenge_method = code_challenge.method
        code_challenge = code_challenge.challenge
    if code_challenge is not None:
        params["code_challenge"] = _text("code_challenge", code_challenge)
        params["code_challenge_method"] = _text("code_challenge_method", code_challenge_method)
    if workspace_id is not None:
        params["workspace_id"] = _text("workspace_id", str(workspace_id))
    answer = _answer(core.oauth_authorize_url(json.dumps(params, ensure_ascii=False)), "authorize_url")
    return answer["url"]


def jwt_audience(base_url: str = DEFAULT_BASE_URL) -> str:
    """The ``aud`` of a service app's JWT for this API base ("api.coze.com")."""
    return core.oauth_jwt_audience(_text("base_url", base_url))


# -- the token requests ------------------------------------------------------------


def _oauth_client(base_url: str, hooks: Optional[Hooks], client_options: Dict[str, Any]) -> Any:
    from .client import Coze  # the client module imports this one

    if "token" in client_options or "auth" in client_options:
        raise InvalidArgumentError("token requests authenticate themselves: give no token or auth")
    return Coze(token="", base_url=base_url, hooks=hooks, **client_options)


def _token_call(
    op: str,
    params: Dict[str, Any],
    base_url: str,
    timeout: Optional[float],
    hooks: Optional[Hooks],
    client_options: Dict[str, Any],
    signer: Optional[RS256Signer] = None,
) -> OAuthToken:
    with _oauth_client(base_url, hooks, client_options) as coze:  # closes its connections (httpx)
        token = coze._run(op, "json", _given(**params), CallOptions(timeout=timeout), signer)
    if not isinstance(token, OAuthToken):
        raise DecodeError(f"{op}: the answer is not a token")
    return token


def exchange_code(
    client_id: str,
    code: str,
    redirect_uri: str,
    *,
    code_verifier: Optional[str] = None,
    client_secret: Optional[str] = None,
    base_url: str = DEFAULT_BASE_URL,
    timeout: Optional[float] = None,
    hooks: Optional[Hooks] = None,
    **client_options: Any,
) -> OAuthToken:
    """Exchanges the authorization code the user came back with for a token.

    PKCE apps give ``code_verifier`` (the PkcePair's verifier); web apps give
    ``client_secret``. ``redirect_uri`` must be the one of the authorize URL.
    client_options: more Coze() options (connect_timeout, max_retries, ...).
    """
    params = {
        "client_id": _text("client_id", client_id),
        "code": _text("code", code),
        "redirect_uri": _text("redirect_uri", redirect_uri),
        "code_verifier": _optional_text("code_verifier", code_verifier),
        "client_secret": _optional_text("client_secret", client_secret),
    }
    return _token_call("oauth.exchange_code", params, base_url, timeout, hooks, client_options)


def refresh_token(
    client_id: str,
    refresh_token: str,
    *,
    client_secret: Optional[str] = None,
    base_url: str = DEFAULT_BASE_URL,
    timeout: Optional[float] = None,
    hooks: Optional[Hooks] = None,
    **client_options: Any,
) -> OAuthToken:
    """A new token for a refresh token (which is used up: keep the new one).
    Web apps give ``client_secret``. A client with OAuthAuth does this itself."""
    params = {
        "client_id": _text("client_id", client_id),
        "refresh_token": _text("refresh_token", refresh_token),
        "client_secret": _optional_text("client_secret", client_secret),
    }
    return _token_call("oauth.refresh", params, base_url, timeout, hooks, client_options)


refresh = refresh_token


def jwt_token(
    client_id: str,
    public_key_id: str,
    private_key: Union[str, bytes, Any],
    *,
    ttl_seconds: Optional[int] = None,
    session_name: Optional[str] = None,
    account_id: Optional[Union[str, int]] = None,
    enterprise_id: Optional[str] = None,
    scope: Any = None,
    base_url: str = DEFAULT_BASE_URL,
    timeout: Optional[float] = None,
    hooks: Optional[Hooks] = None,
    **client_options: Any,
) -> OAuthToken:
    """A service app's token: the core builds the JWT (``aud`` from ``base_url``),
    it is signed here with ``private_key`` (RS256), and traded for a token
    (the account's or enterprise's with ``account_id`` / ``enterprise_id``).
    ``ttl_seconds``: the token's lifetime, 1..86400 (None: the core's 900).
    A client with JWTAuth does this itself."""
    signer = _signer(private_key)
    params = {
        "client_id": client_id,
        "public_key_id": public_key_id,
        "ttl_seconds": ttl_seconds,
        "session_name": session_name,
        "account_id": account_id,
        "enterprise_id": enterprise_id,
        "scope": _jsonable_scope(scope),
    }
    return _token_call("oauth.jwt_token", params, base_url, timeout, hooks, client_options, signer)


class DeviceFlow:
    """The device authorization flow, step by step (``device_flow`` runs it whole).

        with DeviceFlow(client_id, base_url=...) as flow:
            code = flow.code()        # asks for the codes
            print(f"open {code.verification_uri} and enter {code.user_code}")
            token = flow.token()      # polls at the interval until the user decides

    cancel() (from any thread) or leaving the ``with`` block ends it; the
    waiting call then raises CancelledError. The flow fails with
    PermissionDeniedError when the user denies, AuthenticationError when the
    code expired on the server, APITimeoutError when ``expires_in`` passed.
    """

    def __init__(
        self,
        client_id: str,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: Optional[float] = None,
        hooks: Optional[Hooks] = None,
        **client_options: Any,
    ) -> None:
        params = {"client_id": _text("client_id", client_id)}
        self._coze = _oauth_client(base_url, hooks, client_options)
        self._driver = self._coze._driver("oauth.device_flow", "json", params, CallOptions(timeout=timeout))
        self._code: Optional[DeviceCode] = None
        self._token: Optional[OAuthToken] = None

    def code(self) -> DeviceCode:
        """The device code, user code and verification URI (asks for them the first time)."""
        while self._code is None:
            outcome = self._driver.run()
            if outcome.events is None:
                self._token = outcome.result
                raise DecodeError("the device flow ended without handing out its codes")
            for event in outcome.events:
                if event.type == "device_code" and isinstance(event.data, DeviceCode):
                    self._code = event.data
        return self._code

    def token(self) -> OAuthToken:
        """Waits for the user's decision (polling as the server says) and returns the token."""
        if self._token is not None:
            return self._token
        self.code()
        while self._token is None:
            outcome = self._driver.run()
            if outcome.events is None:
                if not isinstance(outcome.result, OAuthToken):
                    raise DecodeError("oauth.device_flow: the answer is not a token")
                self._token = outcome.result
        return self._token

    def cancel(self) -> None:
        """Ends the flow; safe from any thread. A waiting code()/token() raises CancelledError."""
        self._driver.cancel()

    def close(self) -> None:
        """Cancels the flow unless it is done; idempotent."""
        if not self._driver.finished:
            self._driver.close()

    def __enter__(self) -> "DeviceFlow":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<DeviceFlow {'done' if self._token is not None else 'running'}>"


def device_flow(
    client_id: str,
    on_code: Callable[[DeviceCode], Any],
    *,
    base_url: str = DEFAULT_BASE_URL,
    timeout: Optional[float] = None,
    hooks: Optional[Hooks] = None,
    **client_options: Any,
) -> OAuthToken:
    """Runs the device flow: asks for the codes, hands them to ``on_code`` (show
    ``code.verification_uri`` and ``code.user_code`` to the user), then polls
    until the user decides and returns the token. For a cancellable flow, use
    DeviceFlow (its cancel() works from any thread)."""
    if not callable(on_code):
        raise InvalidArgumentError("on_code must be callable")
    with DeviceFlow(client_id, base_url=base_url, timeout=timeout, hooks=hooks, **client_options) as flow:
        on_code(flow.code())
        return flow.token()


# -- the OAuth app config ------------------------------------------------------------


class OAuthApp:
    """An OAuth app as its JSON config describes it (``load_oauth_app``).

    client_type: "pkce", "jwt", "device" or "web"; client_id; base_url (the
    API base, from coze_api_base); www_base (the authorize host); public_key_id
    (jwt apps). The private key (jwt) and client secret (web) are kept hidden.
    Its methods are the module's functions with the app's fields filled in.
    """

    __slots__ = ("client_type", "client_id", "base_url", "www_base", "public_key_id", "_client_secret", "_private_key")

    def __init__(self, config: Mapping[str, str]) -> None:
        self.client_type: str = config["client_type"]
        self.client_id: str = config["client_id"]
        self.base_url: str = config.get("base_url") or DEFAULT_BASE_URL
        self.www_base: str = config.get("www_base") or ""
        self.public_key_id: str = config.get("public_key_id") or ""
        self._client_secret: Optional[str] = config.get("client_secret") or None
        self._private_key: Optional[RS256Signer] = None
        if self.client_type == "jwt":
            self._private_key = RS256Signer(config.get("private_key") or "")

    def authorize_url(
        self,
        redirect_uri: str,
        state: str,
        *,
        code_challenge: Union[str, PkcePair, None] = None,
        workspace_id: Optional[str] = None,
    ) -> str:
        """The authorize URL (web and pkce apps; pkce apps give ``code_challenge``)."""
        return authorize_url(
            self.client_id,
            redirect_uri,
            state,
            code_challenge=code_challenge,
            base_url=self.base_url,
            www_base=self.www_base or None,
            workspace_id=workspace_id,
        )

    def exchange_code(
        self, code: str, redirect_uri: str, *, code_verifier: Optional[str] = None, **kw: Any
    ) -> OAuthToken:
        """Trades the authorization code for a token (web and pkce apps)."""
        kw.setdefault("base_url", self.base_url)
        return exchange_code(
            self.client_id, code, redirect_uri, code_verifier=code_verifier, client_secret=self._client_secret, **kw
        )

    def refresh_token(self, token: str, **kw: Any) -> OAuthToken:
        """A new token for a refresh token (web, pkce and device apps)."""
        kw.setdefault("base_url", self.base_url)
        return refresh_token(self.client_id, token, client_secret=self._client_secret, **kw)

    refresh = refresh_token

    def device_flow(self, on_code: Callable[[DeviceCode], Any], **kw: Any) -> OAuthToken:
        """Runs the device flow (device apps)."""
        kw.setdefault("base_url", self.base_url)
        return device_flow(self.client_id, on_code, **kw)

    def start_device_flow(self, **kw: Any) -> DeviceFlow:
        """A DeviceFlow of this app (device apps)."""
        kw.setdefault("base_url", self.base_url)
        return DeviceFlow(self.client_id, **kw)

    def jwt_auth(self, **kw: Any) -> JWTAuth:
        """The JWTAuth of this app (jwt apps); kw: ttl_seconds, session_name, account_id, ..."""
        return JWTAuth(self.client_id, self.public_key_id, self._key(), **kw)

    def jwt_token(self, **kw: Any) -> OAuthToken:
        """A service app's token (jwt apps): the module's jwt_token with the app's fields;
        kw: ttl_seconds, session_name, account_id, enterprise_id, scope, timeout, hooks,
        client options."""
        kw.setdefault("base_url", self.base_url)
        return jwt_token(self.client_id, self.public_key_id, self._key(), **kw)

    def _key(self) -> RS256Signer:
        """The app's signer (the key was read once, by the constructor)."""
        if self._private_key is None:
            raise InvalidArgumentError("the app has no private key")
        return self._private_key

    def client(self, token: Union[OAuthToken, TokenInfo, Mapping[str, Any], None] = None, **coze_options: Any) -> Any:
        """A Coze client of this app: a jwt app's gets its tokens itself (JWTAuth; no
        ``token``); the others start from a token they obtained (exchange_code,
        device_flow) and refresh it themselves (OAuthAuth). coze_options: Coze()
        options (hooks, timeouts, ...) and, for jwt apps, JWTAuth's (ttl_seconds, ...)."""
        from .client import Coze

        coze_options.setdefault("base_url", self.base_url)
        if self.client_type == "jwt":
            if token is not None:
                raise InvalidArgumentError("a jwt app's client gets its own tokens: give no token")
            jwt_keys = ("ttl_seconds", "session_name", "account_id", "enterprise_id", "scope", "refresh_margin")
            jwt_kw = {k: coze_options.pop(k) for k in jwt_keys if k in coze_options}
            return Coze(auth=self.jwt_auth(**jwt_kw), **coze_options)
        if token is None:
            raise InvalidArgumentError(
                f"a {self.client_type} app's client starts from a token (exchange_code, device_flow)"
            )
        margin = coze_options.pop("refresh_margin", None)
        auth = OAuthAuth.from_token(self.client_id, token, client_secret=self._client_secret, refresh_margin=margin)
        return Coze(auth=auth, **coze_options)

    def __repr__(self) -> str:
        return (
            f"OAuthApp(client_type={self.client_type!r}, client_id={self.client_id!r}, base_url={self.base_url!r}, "
            f"public_key_id={self.public_key_id!r})"
        )

    def __reduce__(self):
        raise TypeError("an OAuthApp may hold a private key or a client secret and is not picklable")


def load_oauth_app(source: Union[str, bytes, "os.PathLike[str]", Mapping[str, Any]]) -> OAuthApp:
    """Reads an OAuth app's JSON config as the official SDKs write it
    (client_type, client_id, coze_api_base, coze_www_base, private_key,
    public_key_id, client_secret): a path to the file, its JSON text, or the
    mapping. The core checks and normalises it; a missing or wrong field
    raises InvalidArgumentError naming it."""
    if isinstance(source, Mapping):
        try:
            text = json.dumps(dict(source), ensure_ascii=False)
        except (TypeError, ValueError):
            raise InvalidArgumentError("the OAuth app config must be JSON-able") from None
    elif isinstance(source, bytes):
        text = source.decode("utf-8", "replace")
    elif isinstance(source, str) and source.lstrip().startswith("{"):
        text = source
    elif isinstance(source, (str, os.PathLike)):
        try:
            with open(source, encoding="utf-8") as f:
                text = f.read()
        except OSError as exc:
            raise InvalidArgumentError(
                f"the OAuth app config could not be read: {exc.strerror} ({exc.filename})"
            ) from None
    else:
        raise InvalidArgumentError("load_oauth_app takes a path, JSON text or a mapping")
    config = _answer(core.oauth_app_config(text), "load_oauth_app")
    return OAuthApp(config)
