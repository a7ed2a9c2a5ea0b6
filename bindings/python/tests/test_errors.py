"""The error hierarchy and its mapping from the core's errors."""

from __future__ import annotations

import pickle

import pytest

import cozecore
from cozecore import errors
from cozecore._bridge import core

KIND_CLASSES = {
    "bad_request": cozecore.BadRequestError,
    "authentication": cozecore.AuthenticationError,
    "permission_denied": cozecore.PermissionDeniedError,
    "not_found": cozecore.NotFoundError,
    "conflict": cozecore.ConflictError,
    "unprocessable": cozecore.UnprocessableEntityError,
    "rate_limited": cozecore.RateLimitError,
    "server": cozecore.ServerError,
    "gateway": cozecore.GatewayError,
    "timeout": cozecore.APITimeoutError,
    "connection": cozecore.APIConnectionError,
    "cancelled": cozecore.CancelledError,
    "decode": cozecore.DecodeError,
    "stream": cozecore.StreamError,
    "api": cozecore.APIError,
    "invalid_argument": cozecore.InvalidArgumentError,
    "internal": cozecore.InternalError,
}


def _headers(**values):
    vector = core.HeaderVector()
    for name, value in values.items():
        header = core.Header()
        header.name = name.replace("_", "-")
        header.value = value
        vector.append(header)
    return vector


@pytest.mark.parametrize("kind,cls", sorted(KIND_CLASSES.items()))
def test_every_kind_has_its_class(kind, cls):
    assert cozecore.error_class_for_kind(kind) is cls
    assert issubclass(cls, cozecore.CozeError)
    err = core.Error()
    err.kind = kind
    err.message = "m"
    raised = errors.from_core(err)
    assert type(raised) is cls
    assert raised.kind == kind


def test_class_names_do_not_shadow_builtins():
    import builtins

    for cls in KIND_CLASSES.values():
        assert not hasattr(builtins, cls.__name__), cls.__name__


def test_unknown_kind_is_the_base_class():
    err = core.Error()
    err.kind = "something_new"
    raised = errors.from_core(err)
    assert type(raised) is cozecore.CozeError
    assert raised.kind == "something_new"


def test_all_fields_are_carried_from_the_core():
    err = core.map_http_error(
        429,
        _headers(retry_after="2", x_tt_logid="log-1"),
        '{"code":4013,"msg":"too many requests"}',
        False,
    )
    raised = errors.from_core(err)
    assert isinstance(raised, cozecore.RateLimitError)
    assert raised.http_status == 429
    assert raised.code == 4013
    assert raised.message == "too many requests"
    assert raised.logid == "log-1"
    assert raised.retryable is True
    assert raised.retry_after_ms == 2000
    assert "too many requests" in str(raised) and "log-1" in str(raised)


def test_http_401_is_authentication_with_logid_from_body():
    err = core.map_http_error(401, _headers(), '{"code":4100,"msg":"bad token","detail":{"logid":"body-log"}}', False)
    raised = errors.from_core(err)
    assert isinstance(raised, cozecore.AuthenticationError)
    assert raised.logid == "body-log"
    assert raised.retryable is False


def test_business_code_on_http_200_is_an_api_error():
    raised = errors.from_core(core.map_http_error(200, _headers(), '{"code":4016,"msg":"busy"}', False))
    assert isinstance(raised, cozecore.APIError)
    assert (raised.kind, raised.code, raised.http_status) == ("api", 4016, 200)


def test_missing_retry_after_is_none():
    raised = errors.from_core(core.map_http_error(500, _headers(), "", False))
    assert isinstance(raised, cozecore.ServerError)
    assert raised.retry_after_ms is None


def test_errors_pickle_with_their_fields():
    original = cozecore.RateLimitError(
        "slow down", http_status=429, code=4013, logid="l", retryable=True, attempts=3, retry_after_ms=1500
    )
    copy = pickle.loads(pickle.dumps(original))
    assert type(copy) is cozecore.RateLimitError
    assert repr(copy) == repr(original)


def test_invalid_argument_is_also_a_value_error():
    assert issubclass(cozecore.InvalidArgumentError, ValueError)
    with pytest.raises(ValueError):
        cozecore.Coze(token="pat_x", max_retries=-1)
