"""ULIDs: 48-bit millisecond timestamp plus 80 random bits, 26 Crockford base32 characters."""

from __future__ import annotations

import os
import threading
import time
from typing import NamedTuple

from ._bridge import core

__all__ = ["Ulid", "UlidError", "new", "encode", "decode"]


class UlidError(ValueError):
    """An invalid ULID or argument; `error` is the core's name for it."""

    def __init__(self, error: str, message: str) -> None:
        super().__init__(message)
        self.error = error


class Ulid(NamedTuple):
    text: str
    timestamp_ms: int
    randomness: bytes


_factory = core.UlidFactory()
_factory_lock = threading.Lock()


def _result(res, what: str):
    if not res.ok:
        raise UlidError(res.error, f"{what}: {res.error}")
    return Ulid(res.text, int(res.timestamp_ms), bytes.fromhex(res.randomness_hex))


def new() -> str:
    """A new ULID, monotonic within this process (wall-clock ms, os.urandom entropy)."""
    with _factory_lock:
        res = _factory.next(time.time_ns() // 1_000_000, os.urandom(10).hex())
    return _result(res, "cannot make a ULID").text


def encode(timestamp_ms: int, randomness: bytes) -> str:
    if not isinstance(randomness, (bytes, bytearray)) or len(randomness) != 10:
        raise UlidError("invalid_argument", "randomness must be 10 bytes")
    if not isinstance(timestamp_ms, int) or not 0 <= timestamp_ms < 2**63:
        raise UlidError("invalid_argument", "timestamp_ms must be an int in 0 .. 2^48-1")
    return _result(core.ulid_encode(int(timestamp_ms), bytes(randomness).hex()), "cannot encode").text


def decode(text: str) -> Ulid:
    if not isinstance(text, str):
        raise UlidError("invalid_ulid", "a ULID is a str")
    return _result(core.ulid_decode(text), f"invalid ULID {text!r}")
