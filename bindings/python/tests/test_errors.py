"""The error hierarchy and its mapping from the core's errors."""

from __future__ import annotations

import pickle

import pytest

import cozecore
from cozecore import errors
from cozecore._bridge import core, header_vector

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
    "circuit_open": cozecore.CircuitOpenError,
    "tool": cozecore.ToolError,
}


def _headers(**values):
    return header_vector((name.replace("_", "-"), value) for name, value in values.items())


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
    # str() is the message, then the hint; the details stay fields.
    assert raised.hint and str(raised) == f"too many requests ({raised.hint})"


def test_the_hint_is_apart_from_the_servers_text():
    raised = errors.from_core(core.map_http_error(401, _headers(), '{"code":4100,"msg":"bad token"}', False))
    assert raised.message == "bad token"
    assert "api.coze.cn" in raised.hint and "api.coze.cn" in str(raised)
    plain = errors.from_core(core.map_http_error(500, _headers(), "", False))
    assert plain.hint == "" and str(plain) == plain.message == "HTTP 500 internal server error"


def test_str_is_the_cores_error_text_for_every_error():
    # The core's error_text: the message, then the hint; the kind when there is no message.
    assert str(cozecore.RateLimitError("slow", hint="wait")) == "slow (wait)"
    assert str(cozecore.CozeError()) == "internal"
    assert str(cozecore.APIError("", hint="h")) == "api (h)"
    assert str(cozecore.APIError("a\udcffb")) == "a\ufffdb"  # an undecodable byte never makes str() fail


def test_answer_error_runs_the_executor():
    raised = cozecore.answer_error("POST", False, 400, {"x-tt-logid": "L"}, '{"error_code":"slow_down","error_message":"slower"}')
    assert isinstance(raised, cozecore.RateLimitError)
    assert (raised.error_code, raised.message, raised.logid, raised.attempts) == ("slow_down", "slower", "L", 1)
    assert raised.request_id and [a.outcome for a in raised.history] == ["400"]
    assert cozecore.answer_error("GET", False, 200, (), '{"code":0,"data":{}}') is None
    cut = cozecore.answer_error("POST", True, 200, [("content-type", "text/event-stream")], "event: ping\ndata: {}\n\n")
    assert isinstance(cut, cozecore.StreamError) and cut.retryable


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
        "slow down", http_status=429, code=4013, logid="l", retryable=True, attempts=3, retry_after_ms=1500,
        hint="wait", error_code="slow_down", request_id="r1", severity="critical",
    )
    copy = pickle.loads(pickle.dumps(original))
    assert type(copy) is cozecore.RateLimitError
    assert repr(copy) == repr(original)
    assert copy.severity == "critical"
    assert str(copy) == "slow down (wait)"


@pytest.mark.parametrize(
    "status,body,cls,severity",
    [
        (404, '{"code":4200,"msg":"no such route"}', cozecore.NotFoundError, "info"),
        (400, '{"code":4000,"msg":"bad"}', cozecore.BadRequestError, "warning"),
        (401, '{"code":4100,"msg":"bad token"}', cozecore.AuthenticationError, "critical"),
        (403, '{"code":4101,"msg":"no"}', cozecore.PermissionDeniedError, "critical"),
        (501, "", cozecore.ServerError, "critical"),
    ],
)
def test_severity_comes_from_the_cores_table(status, body, cls, severity):
    raised = cozecore.answer_error("GET", False, status, (), body)
    assert type(raised) is cls
    assert raised.severity == severity == core.error_severity(raised.kind, status, False)


def test_severity_of_a_service_failure_depends_on_retries_running_out():
    # answer_error runs with no retry: a 500 on a GET is the call's last word, so critical.
    assert cozecore.answer_error("GET", False, 500, (), "").severity == "critical"
    assert core.error_severity("server", 500, False) == "warning"
    assert core.error_severity("server", 500, True) == "critical"
    assert core.error_severity("circuit_open", 0, False) == "info"


def test_severity_is_carried_from_the_core_and_shown():
    err = core.Error()
    err.kind, err.message, err.severity = "circuit_open", "open", "info"
    err.retry_after_ms, err.retryable = 1200, True
    raised = errors.from_core(err)
    assert type(raised) is cozecore.CircuitOpenError
    assert (raised.severity, raised.retry_after_ms, raised.retryable) == ("info", 1200, True)
    assert "severity='info'" in repr(raised)
    # An error made by hand gets its kind's row of the core's table, as in every language.
    assert cozecore.CozeError("made by hand").severity == "critical"  # kind internal
    assert cozecore.NotFoundError("made by hand").severity == "info"
    assert cozecore.ServerError("made by hand", http_status=501).severity == "critical"
    assert cozecore.ServerError("made by hand", http_status=503).severity == "warning"


def test_invalid_argument_is_also_a_value_error():
    assert issubclass(cozecore.InvalidArgumentError, ValueError)
    with pytest.raises(ValueError):
        cozecore.Coze(token="pat_x", max_retries=-1)
