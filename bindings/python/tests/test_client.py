"""The client and its driver without the fake server: argument checks and raw transport failures."""

from __future__ import annotations

import socket
import threading
import time

import pytest

import cozecore
from cozecore import Coze

MESSAGES = [{"role": "user", "content": "Hi", "content_type": "text"}]


def _unused_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class SilentServer:
    """Accepts connections, reads, and never answers (or answers with `reply` bytes)."""

    def __init__(self, reply: bytes = b"") -> None:
        self.reply = reply
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.port = self.sock.getsockname()[1]
        self.accepted = 0
        self.closed_by_client = threading.Event()
        self._conns = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.accepted += 1
            self._conns.append(conn)
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn) -> None:
        try:
            conn.recv(65536)
            if self.reply:
                conn.sendall(self.reply)
            while conn.recv(65536):
                pass
            self.closed_by_client.set()
        except OSError:
            self.closed_by_client.set()

    def close(self) -> None:
        self.sock.close()
        for conn in self._conns:
            conn.close()


def test_repr_never_shows_the_token():
    coze = Coze(token="pat_secret_value", base_url="http://127.0.0.1:1")
    assert "pat_secret_value" not in repr(coze)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_retries": -1},
        {"max_retries": True},
        {"connect_timeout": -1},
        {"idle_timeout": float("nan")},
        {"total_timeout": "5"},
        {"idempotency_header": 3},
    ],
)
def test_bad_client_settings_are_rejected(kwargs):
    with pytest.raises(cozecore.InvalidArgumentError):
        Coze(token="pat_x", **kwargs)


def test_token_must_be_text():
    with pytest.raises(cozecore.InvalidArgumentError):
        Coze(token=None)


def test_params_that_are_not_json_are_rejected_before_sending():
    coze = Coze(token="pat_x", base_url="http://127.0.0.1:1")
    with pytest.raises(cozecore.InvalidArgumentError):
        coze.chat.create(bot_id="b", user_id="u", additional_messages=MESSAGES, meta_data={"x": object()})


def test_unknown_operation_is_an_invalid_argument():
    coze = Coze(token="pat_x", base_url="http://127.0.0.1:1")
    with pytest.raises(cozecore.InvalidArgumentError) as info:
        coze.call("no.such.operation", {})
    assert info.value.kind == "invalid_argument"
    assert info.value.attempts == 0


def test_connection_refused_is_a_connection_error_after_retries():
    coze = Coze(token="pat_x", base_url=f"http://127.0.0.1:{_unused_port()}", max_retries=1)
    with pytest.raises(cozecore.APIConnectionError) as info:
        coze.chat.create(bot_id="b", user_id="u", additional_messages=MESSAGES)
    assert info.value.kind == "connection"
    assert info.value.http_status == 0
    assert info.value.attempts == 2
    assert "pat_x" not in str(info.value)


def test_first_byte_timeout_follows_the_core_deadline():
    server = SilentServer()
    try:
        coze = Coze(token="pat_x", base_url=f"http://127.0.0.1:{server.port}", max_retries=0, first_byte_timeout=0.3)
        started = time.monotonic()
        with pytest.raises(cozecore.APITimeoutError) as info:
            coze.chat.create(bot_id="b", user_id="u", additional_messages=MESSAGES)
        elapsed = time.monotonic() - started
        assert 0.25 <= elapsed < 3, elapsed
        assert info.value.kind == "timeout"
        assert server.closed_by_client.wait(5), "the request was not aborted"
    finally:
        server.close()


def test_malformed_http_answer_is_a_connection_error():
    server = SilentServer(reply=b"this is not HTTP\r\n\r\n")
    try:
        coze = Coze(token="pat_x", base_url=f"http://127.0.0.1:{server.port}", max_retries=0)
        with pytest.raises(cozecore.CozeError) as info:
            coze.chat.create(bot_id="b", user_id="u", additional_messages=MESSAGES)
        assert info.value.kind == "connection"
    finally:
        server.close()


def test_close_from_another_thread_unblocks_a_waiting_stream():
    server = SilentServer()
    try:
        coze = Coze(token="pat_x", base_url=f"http://127.0.0.1:{server.port}", max_retries=0)
        stream = coze.chat.stream(bot_id="b", user_id="u", additional_messages=MESSAGES)
        timer = threading.Timer(0.3, stream.close)
        timer.start()
        started = time.monotonic()
        assert list(stream) == []  # closing ends the iteration, no error
        assert time.monotonic() - started < 5
        assert stream.closed
        assert server.closed_by_client.wait(5), "the request was not aborted"
    finally:
        server.close()


def test_content_length_shorter_than_announced_is_a_reset():
    reply = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n" b'{"code":0,"data":'
    server = SilentServer(reply=reply)

    def close_soon():
        time.sleep(0.3)
        for conn in list(server._conns):
            conn.shutdown(socket.SHUT_RDWR)

    try:
        coze = Coze(token="pat_x", base_url=f"http://127.0.0.1:{server.port}", max_retries=0)
        threading.Thread(target=close_soon, daemon=True).start()
        with pytest.raises(cozecore.APIConnectionError):
            coze.chat.create(bot_id="b", user_id="u", additional_messages=MESSAGES)
    finally:
        server.close()


def test_tls_failure_is_a_connection_error():
    server = SilentServer(reply=b"HTTP/1.1 400 Bad Request\r\n\r\n")
    try:
        coze = Coze(token="pat_x", base_url=f"https://127.0.0.1:{server.port}", max_retries=0)
        with pytest.raises(cozecore.APIConnectionError) as info:
            coze.chat.create(bot_id="b", user_id="u", additional_messages=MESSAGES)
        assert "tls" in info.value.message.lower()
    finally:
        server.close()
