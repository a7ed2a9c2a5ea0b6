"""Streamed uploads and downloads through the real driver against the fake Coze server.

Uploads: a file parameter given as a path, bytes or a binary stream is spliced
into the multipart body by the driver, read again from its start on a retry;
the fake server keeps what it received (GET /_fake/files/content). Downloads:
audio.speech.create with ``X-Fake-Speech-Bytes: n`` answers n bytes (byte i is
i % 251), written to a path, a writer, a callback or kept in memory.
"""

from __future__ import annotations

import io
import os
import random
import time
import urllib.request

import pytest

from cozecore import BinaryResponse, Coze, FileUpload, InvalidArgumentError, ServerError

TOKEN = "pat_uploads"
MIB = 1024 * 1024
SYSTEM_VOICE = "7300000000000000301"


def _client(fake, **kw) -> Coze:
    kw.setdefault("max_retries", 0)
    return Coze(token=TOKEN, base_url=fake.base_url, **kw)


def _content(fake, file_id: str) -> bytes:
    with urllib.request.urlopen(f"{fake.base_url}/_fake/files/content?file_id={file_id}", timeout=30) as answer:
        return answer.read()


def _data(n: int, seed: int = 7) -> bytes:
    return random.Random(seed).randbytes(n)


def _pattern(n: int) -> bytes:
    return bytes(i % 251 for i in range(251)) * (n // 251) + bytes(range(n % 251))


class _OneShot(io.RawIOBase):
    """A readable stream that cannot seek (a pipe, a socket, a generator)."""

    def __init__(self, data: bytes) -> None:
        self._data = memoryview(data)
        self._at = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = min(len(buffer), len(self._data) - self._at)
        buffer[:n] = self._data[self._at : self._at + n]
        self._at += n
        return n


class _Progress:
    def __init__(self) -> None:
        self.calls = []

    def __call__(self, sent: int, total: int) -> None:
        self.calls.append((sent, total))


def _upload_requests(fake):
    return [r for r in fake.requests() if r["path"] == "/v1/files/upload"]


def test_upload_from_a_path_streams_the_whole_file(fake, tmp_path):
    data = _data(5 * MIB + 123)
    path = tmp_path / "big.bin"
    path.write_bytes(data)
    progress = _Progress()
    uploaded = _client(fake).files.upload(file=str(path), upload_progress=progress)
    assert uploaded.file_name == "big.bin" and uploaded.bytes == len(data)
    assert _content(fake, uploaded.id) == data
    sent = [s for s, _ in progress.calls]
    assert sent == sorted(sent) and len(sent) > 10  # streamed in pieces, never whole
    total = progress.calls[-1][1]
    assert total > len(data) and sent[-1] == total  # the whole body: framing plus the file
    assert {t for _, t in progress.calls} == {total}


def test_upload_from_a_pathlike_with_a_file_upload(fake, tmp_path):
    data = _data(MIB, seed=3)
    path = tmp_path / "raw.dat"
    path.write_bytes(data)
    upload = FileUpload(path, filename="voice.wav", content_type="audio/wav")
    uploaded = _client(fake).files.upload(file=upload)
    assert uploaded.file_name == "voice.wav" and _content(fake, uploaded.id) == data


def test_upload_from_a_seekable_stream_and_from_bytes(fake):
    data = _data(3 * MIB, seed=11)
    stream = io.BytesIO(b"skipped" + data)
    stream.seek(7)  # read from where the stream stands
    coze = _client(fake)
    uploaded = coze.files.upload(file=("from-stream.bin", stream))
    assert uploaded.bytes == len(data) and _content(fake, uploaded.id) == data
    uploaded = coze.files.upload(file=("from-bytes.bin", data, "application/x-test"))
    assert _content(fake, uploaded.id) == data


def test_upload_of_unknown_size_is_sent_chunked(fake):
    data = _data(2 * MIB + 5, seed=5)
    progress = _Progress()
    uploaded = _client(fake).files.upload(file=("pipe.bin", _OneShot(data)), upload_progress=progress)
    assert _content(fake, uploaded.id) == data
    assert progress.calls[-1][1] == -1 and progress.calls[-1][0] > len(data)
    (logged,) = _upload_requests(fake)
    assert logged["headers"].get("transfer-encoding") == "chunked"


class _Slow(_OneShot):
    """A stream that yields its bytes slowly: at most 8 KiB per read, each after a pause."""

    def __init__(self, data: bytes, pause: float) -> None:
        super().__init__(data)
        self._pause = pause

    def readinto(self, buffer) -> int:
        time.sleep(self._pause)
        return super().readinto(memoryview(buffer)[:8192])


def test_a_slow_upload_outlasts_the_first_byte_timeout(fake):
    # The driver reports the body's progress to the core (on_body_sent): the
    # first-byte timeout runs from the last progress, not from the request's start.
    data = _data(128 * 8192, seed=9)  # 128 pieces, 8 ms apart: about 1 s
    coze = _client(fake, first_byte_timeout=0.4, max_retries=0)
    started = time.monotonic()
    uploaded = coze.files.upload(file=FileUpload(_Slow(data, 0.008), filename="slow.bin", size=len(data)))
    assert time.monotonic() - started > 0.4
    assert uploaded.bytes == len(data) and _content(fake, uploaded.id) == data


def test_a_retried_upload_sends_the_whole_file_again(fake, tmp_path):
    data = _data(4 * MIB, seed=13)
    path = tmp_path / "retry.bin"
    path.write_bytes(data)
    fake.fault({"status": 503, "headers": {"Retry-After": "0"}, "body": {"code": 5000, "msg": "busy"}})
    progress = _Progress()
    coze = _client(fake, max_retries=2)
    for source in (str(path), io.BytesIO(data)):
        progress.calls.clear()
        if not isinstance(source, str):
            fake.fault({"status": 503, "headers": {"Retry-After": "0"}, "body": {"code": 5000, "msg": "busy"}})
        uploaded = coze.files.upload(file=("retry.bin", source), upload_progress=progress)
        assert _content(fake, uploaded.id) == data
        restarts = [i for i in range(1, len(progress.calls)) if progress.calls[i][0] < progress.calls[i - 1][0]]
        assert len(restarts) == 1  # two attempts, each from byte 0 to the end
        assert progress.calls[restarts[0] - 1][0] == progress.calls[-1][0] == progress.calls[-1][1]
    attempts = _upload_requests(fake)
    assert len(attempts) == 4


def test_a_one_shot_stream_cannot_be_retried(fake):
    fake.fault({"status": 503, "headers": {"Retry-After": "0"}, "body": {"code": 5000, "msg": "busy"}})
    with pytest.raises(InvalidArgumentError) as raised:
        _client(fake, max_retries=2).files.upload(file=("once.bin", _OneShot(_data(MIB))))
    assert "cannot seek back" in str(raised.value)
    assert len(_upload_requests(fake)) == 1  # never sent again


def test_without_retries_the_server_error_stays(fake):
    fake.fault({"status": 503, "body": {"code": 5000, "msg": "busy"}})
    with pytest.raises(ServerError):
        _client(fake).files.upload(file=("once.bin", _OneShot(b"abc")))


def test_a_source_shorter_than_its_size_fails_before_the_server_takes_it(fake):
    with pytest.raises(InvalidArgumentError) as raised:
        _client(fake).files.upload(file=FileUpload(_OneShot(b"12345"), filename="short.bin", size=10))
    assert "ended after 5 of the 10 bytes" in str(raised.value)


def test_a_failing_stream_fails_the_call_invalid_argument(fake):
    class Broken(_OneShot):
        def readinto(self, buffer) -> int:
            raise OSError("disk on fire")

    with pytest.raises(InvalidArgumentError) as raised:
        _client(fake).files.upload(file=("broken.bin", Broken(b"")))
    assert "disk on fire" in str(raised.value)


def test_the_progress_callbacks_own_error_reaches_the_caller(fake):
    class Stop(Exception):
        pass

    def progress(sent: int, total: int) -> None:
        raise Stop(f"{sent}/{total}")

    with pytest.raises(Stop):
        _client(fake).files.upload(file=("p.bin", _data(MIB)), upload_progress=progress)


@pytest.mark.parametrize(
    "bad, why",
    [
        (12345, "must be a path, bytes"),
        ("/nonexistent/cozecore-upload.bin", "cannot read"),
        (("name", 3.5), "must be a path, bytes"),
        (("name", b"x", 7), "content type"),
    ],
)
def test_bad_file_arguments_are_invalid_arguments(fake, bad, why):
    with pytest.raises(InvalidArgumentError) as raised:
        _client(fake).files.upload(file=bad)
    assert why in str(raised.value)
    assert _upload_requests(fake) == []


def test_a_text_mode_file_is_refused(fake, tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("hello")
    with open(path, "r") as text, pytest.raises(InvalidArgumentError, match="binary mode"):
        _client(fake).files.upload(file=text)


# -- downloads ---------------------------------------------------------------------


def _speech(coze: Coze, n: int, **kw) -> BinaryResponse:
    return coze.audio.speech.create(
        input="hello", voice_id=SYSTEM_VOICE, extra_headers={"X-Fake-Speech-Bytes": str(n)}, **kw
    )


def test_speech_saved_to_a_file(fake, tmp_path):
    n = 3 * MIB + 17
    path = tmp_path / "speech.mp3"
    answer = _speech(_client(fake), n, output=path)
    assert answer.size == n and answer.content == b"" and answer.content_type == "audio/mpeg"
    assert path.read_bytes() == _pattern(n)


def test_speech_to_a_writer_and_to_a_callback(fake):
    n = 2 * MIB + 3
    coze = _client(fake)
    sink = io.BytesIO()
    assert _speech(coze, n, output=sink).size == n
    assert sink.getvalue() == _pattern(n)
    chunks = []
    answer = _speech(coze, n, output=chunks.append)
    assert answer.size == n and len(chunks) > 1 and b"".join(chunks) == _pattern(n)


def test_speech_kept_in_memory_when_no_output_is_given(fake):
    answer = _client(fake).call(
        "audio.speech.create", {"input": "hi", "voice_id": SYSTEM_VOICE}, extra_headers={"X-Fake-Speech-Bytes": "1000"}
    )
    assert isinstance(answer, BinaryResponse) and answer.content == _pattern(1000) and len(answer) == 1000


def test_a_failing_writer_stops_the_call(fake):
    class Full(io.RawIOBase):
        def writable(self) -> bool:
            return True

        def write(self, data) -> int:
            raise OSError("no space left")

    with pytest.raises(OSError, match="no space left"):
        _speech(_client(fake), MIB, output=Full())


def test_a_failed_call_leaves_no_file(fake, tmp_path):
    fake.fault({"status": 500, "body": {"code": 5000, "msg": "broken"}})
    path = tmp_path / "never.mp3"
    with pytest.raises(ServerError):
        _speech(_client(fake), 100, output=path)
    assert not path.exists()


def test_bad_outputs_are_invalid_arguments(fake, tmp_path):
    with pytest.raises(InvalidArgumentError, match="output must be"):
        _speech(_client(fake), 10, output=42)
    with pytest.raises(InvalidArgumentError, match="only for operations that answer with bytes"):
        _client(fake).call("files.retrieve", {"file_id": "1"}, output=tmp_path / "x")


def test_call_by_name_takes_a_file_upload_and_progress(fake, tmp_path):
    data = _data(MIB + 1, seed=17)
    path = tmp_path / "by-name.bin"
    path.write_bytes(data)
    progress = _Progress()
    uploaded = _client(fake).call("files.upload", {"file": FileUpload(str(path))}, upload_progress=progress)
    assert uploaded.file_name == "by-name.bin" and _content(fake, uploaded.id) == data
    assert progress.calls[-1][0] == progress.calls[-1][1] > len(data)


def test_speech_to_a_raw_file_that_takes_part_of_each_chunk(fake):
    class Slow(io.RawIOBase):
        def __init__(self) -> None:
            self.got = bytearray()

        def writable(self) -> bool:
            return True

        def write(self, data) -> int:
            n = min(len(data), 1000)
            self.got += bytes(data[:n])
            return n

    sink = Slow()
    assert _speech(_client(fake), 100_000, output=sink).size == 100_000
    assert bytes(sink.got) == _pattern(100_000)
