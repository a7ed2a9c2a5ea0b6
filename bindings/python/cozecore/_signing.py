"""RS256 signing for JWT service apps, with the ``cryptography`` package.

The core builds a JWT's header and claims and asks the host to sign them
(action SIGN); the private key stays here, in a signer whose repr, errors
and messages never show it. ``cryptography`` is imported when a key is first
loaded; when it is missing, loading is put off to the first signature, which
then fails with an error naming the package.
"""

from __future__ import annotations

from typing import Any, Optional, Union

from .errors import InvalidArgumentError

__all__ = ["RS256Signer", "SignError", "MissingCryptography"]


class SignError(Exception):
    """Why the host could not sign; its text is safe to show (no key material)."""


class MissingCryptography(SignError):
    """The ``cryptography`` package is not installed."""

    def __init__(self) -> None:
        super().__init__(
            "the Python package 'cryptography' is not installed; it is needed to sign the JWT (RS256) "
            "of a service app: pip install cryptography"
        )


def _crypto():
    """(serialization, padding, hashes, rsa) from cryptography, or MissingCryptography."""
    try:
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import padding, rsa
    except ImportError:
        raise MissingCryptography() from None
    return serialization, padding, hashes, rsa


def _load(pem: bytes) -> Any:
    """The RSA private key of a PEM text (PKCS#8 or PKCS#1); SignError when it is none."""
    serialization, _, _, rsa = _crypto()
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except TypeError:  # the key is encrypted
        raise SignError("the private key is encrypted: give it unencrypted (PEM, PKCS#8 or PKCS#1)") from None
    except Exception as exc:  # ValueError and the library's own: never echo their text
        raise SignError(
            "the private key could not be read (expected a PEM RSA private key, "
            f"'BEGIN PRIVATE KEY' or 'BEGIN RSA PRIVATE KEY'; {type(exc).__name__})"
        ) from None
    if not isinstance(key, rsa.RSAPrivateKey):
        raise SignError(f"the private key is not an RSA key ({type(key).__name__}); RS256 needs RSA")
    return key


class RS256Signer:
    """Signs a JWT's signing input with RSASSA-PKCS1-v1_5 over SHA-256.

    key: the PEM text (str or bytes; PKCS#8 "BEGIN PRIVATE KEY" or PKCS#1
    "BEGIN RSA PRIVATE KEY"), or an ``RSAPrivateKey`` of cryptography. A key
    that is no RSA private key raises InvalidArgumentError at once (when
    cryptography is installed; else at the first signature).
    """

    __slots__ = ("_key", "_pem")

    def __init__(self, key: Union[str, bytes, Any]) -> None:
        self._key: Any = None
        self._pem: Optional[bytes] = None
        if isinstance(key, str):
            try:
                pem = key.encode("ascii")
            except UnicodeEncodeError:
                raise InvalidArgumentError("private_key must be PEM text (ASCII)") from None
        elif isinstance(key, (bytes, bytearray, memoryview)):
            pem = bytes(key)
        elif hasattr(key, "sign") and hasattr(key, "private_numbers"):
            try:
                _, _, _, rsa = _crypto()
            except SignError as exc:
                raise InvalidArgumentError(str(exc)) from None
            if not isinstance(key, rsa.RSAPrivateKey):
                raise InvalidArgumentError("private_key is not an RSA private key; RS256 needs RSA")
            self._key = key
            return
        else:
            raise InvalidArgumentError("private_key must be a PEM str or bytes, or an RSAPrivateKey")
        if b"PRIVATE KEY-----" not in pem:
            raise InvalidArgumentError(
                "private_key is not a PEM private key (expected '-----BEGIN PRIVATE KEY-----' "
                "or '-----BEGIN RSA PRIVATE KEY-----')"
            )
        try:
            self._key = _load(pem)
        except MissingCryptography:
            self._pem = pem  # the first signature reports it
        except SignError as exc:
            raise InvalidArgumentError(f"private_key: {exc}") from None

    def sign(self, data: bytes) -> bytes:
        """The raw RS256 signature of `data`; SignError, and nothing else, when the host
        cannot sign (its text never quotes a library's, which could show the key)."""
        try:
            key = self._key
            if key is None:
                key = self._key = _load(self._pem or b"")
                self._pem = None
            _, padding, hashes, _ = _crypto()
            return key.sign(bytes(data), padding.PKCS1v15(), hashes.SHA256())
        except SignError:
            raise
        except Exception as exc:
            raise SignError(f"RS256 signing failed ({type(exc).__name__})") from None

    def __repr__(self) -> str:
        return "<RS256Signer (private key hidden)>"

    __str__ = __repr__

    def __reduce__(self):
        raise TypeError("an RS256Signer holds a private key and is not picklable")
