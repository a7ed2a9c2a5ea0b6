"""Uploads and downloads that never hold a whole file in memory.

Uploads: a file parameter becomes ``{filename, content_type, source, size}``
in the call's params (core/api/README.md). The core frames the multipart body
and names, in each SEND's ``sources``, where each source's bytes go; the
driver then streams ``body[0:off1] + source 1 + body[off1:off2] + ...`` from
what the caller gave: a path (reopened on every attempt), bytes, or a binary
file object (rewound to where it stood on every attempt; one that cannot seek
can be sent once only).

Downloads: a binary answer (audio) comes out of the core as BYTES actions;
the driver hands each chunk to a :class:`Sink` (a path, a writable binary
file, a callback, or memory when the caller wants the bytes).
"""

from __future__ import annotations

import io
import os
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple, Union

from .errors import InvalidArgumentError

__all__ = ["FileUpload", "FileInput", "BinaryOutput", "file_part", "FilePart", "Sink", "SourceError"]

# How much of a source one read takes (and one socket send carries).
READ_SIZE = 256 * 1024


class SourceError(Exception):
    """An upload's source could not be read (or read again for a retry)."""

    def __init__(self, source_id: str, message: str) -> None:
        super().__init__(message)
        self.source_id = source_id
        self.message = message


class FileUpload:
    """A file to upload, with what the multipart part says about it.

    data: a path (``str`` or ``os.PathLike``: opened, and reopened for a retry, only
    while sending), bytes-like content, or a binary file object (read from where it
    stands; a seekable one is rewound there for a retry, one that cannot seek is sent
    once only: a retry then fails with InvalidArgumentError).
    filename: the part's file name (default: the path's or file object's base name,
    else the parameter's name). content_type: the part's Content-Type (default
    ``application/octet-stream``). size: the number of bytes the source gives (default:
    known for paths, bytes and seekable files; else unknown, and the body is sent
    chunked). A source that gives another number of bytes fails the call.
    """

    __slots__ = ("data", "filename", "content_type", "size")

    def __init__(
        self,
        data: Any,
        *,
        filename: Optional[str] = None,
        content_type: Optional[str] = None,
        size: Optional[int] = None,
    ) -> None:
        if filename is not None and not isinstance(filename, str):
            raise InvalidArgumentError("FileUpload: filename must be a str")
        if content_type is not None and not isinstance(content_type, str):
            raise InvalidArgumentError("FileUpload: content_type must be a str")
        if size is not None and (isinstance(size, bool) or not isinstance(size, int) or size < 0):
            raise InvalidArgumentError("FileUpload: size must be an int >= 0")
        self.data = data
        self.filename = filename
        self.content_type = content_type
        self.size = size

    def __repr__(self) -> str:
        return f"FileUpload({type(self.data).__name__}, filename={self.filename!r}, size={self.size!r})"


# A file to upload: a path, bytes, a binary file object, a FileUpload, or a tuple
# (file name, data) / (file name, data, content type) with data one of the first three.
FileInput = Union[str, "os.PathLike[str]", bytes, bytearray, memoryview, io.IOBase, FileUpload, Tuple[Any, ...], Any]


class _Source:
    """Where one upload's bytes come from; open() starts them over for an attempt."""

    size: int = -1  # -1: unknown

    def open(self) -> Any:  # an object with readinto(buffer) -> int, and close()
        raise NotImplementedError


class _PathSource(_Source):
    def __init__(self, param: str, path: Union[str, "os.PathLike[str]"]) -> None:
        self.path = path
        try:
            info = os.stat(path)
        except OSError as exc:
            raise InvalidArgumentError(f"{param}: cannot read {os.fsdecode(path)!r}: {exc.strerror or exc}") from None
        if not os.path.isfile(path):
            raise InvalidArgumentError(f"{param}: {os.fsdecode(path)!r} is not a regular file")
        self.size = info.st_size

    def open(self) -> Any:
        try:
            return open(self.path, "rb", buffering=0)
        except OSError as exc:
            raise OSError(f"cannot open {os.fsdecode(self.path)!r}: {exc.strerror or exc}") from None


class _BytesSource(_Source):
    def __init__(self, param: str, data: Any) -> None:
        try:
            self.data = memoryview(data).cast("B")
        except TypeError as exc:  # a non-contiguous view
            raise InvalidArgumentError(f"{param}: {exc}") from None
        self.size = len(self.data)

    def open(self) -> Any:
        return io.BytesIO(self.data)  # shares the buffer: no copy


class _StreamSource(_Source):
    def __init__(self, param: str, stream: Any, size: Optional[int]) -> None:
        if isinstance(stream, io.TextIOBase):
            raise InvalidArgumentError(f"{param}: the file is open in text mode; open it in binary mode ('rb')")
        self.stream = stream
        self.start: Optional[int] = None
        try:
            if stream.seekable():
                self.start = stream.tell()
        except (AttributeError, OSError, ValueError):
            self.start = None
        if size is None and self.start is not None:
            try:
                end = stream.seek(0, io.SEEK_END)
                stream.seek(self.start)
                size = max(end - self.start, 0)
            except (OSError, ValueError):
                size = None
        self.size = -1 if size is None else size
        self.used = False

    def open(self) -> Any:
        if self.start is not None:
            self.stream.seek(self.start)
        elif self.used:
            raise OSError("the stream was already read by an earlier attempt and cannot seek back for a retry"
                          " (give a path, bytes or a seekable file to allow retries)")
        self.used = True
        return _Borrowed(self.stream)


class _Borrowed:
    """The caller's stream, read with readinto (or read) and never closed here."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def readinto(self, buffer: memoryview) -> int:
        readinto = getattr(self.stream, "readinto", None)
        if readinto is not None:
            n = readinto(buffer)
            return 0 if n is None else n
        data = self.stream.read(len(buffer))
        if isinstance(data, str):
            raise OSError("the stream gave text, not bytes (open it in binary mode)")
        if not data:
            return 0
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        pass


class FilePart(dict):
    """A file parameter as the core takes it (``{filename, content_type, source, size}``),
    carrying the source its bytes are read from while sending."""

    def __init__(self, fields: Dict[str, Any], source: _Source) -> None:
        super().__init__(fields)
        self.source = source


def file_part(param: str, file: FileInput) -> FilePart:
    """A multipart file parameter whose bytes the driver streams (see FileUpload)."""
    upload = file if isinstance(file, FileUpload) else None
    name: Optional[str] = None
    content_type: Optional[str] = None
    size: Optional[int] = None
    data: Any = file
    if upload is not None:
        data, name, content_type, size = upload.data, upload.filename, upload.content_type, upload.size
    elif isinstance(file, tuple):
        if len(file) not in (2, 3) or not isinstance(file[0], str):
            raise InvalidArgumentError(f"{param}: a file tuple is (name, data) or (name, data, content_type)")
        if len(file) == 3:
            if not isinstance(file[2], str):
                raise InvalidArgumentError(f"{param}: the content type of a file tuple must be a str")
            content_type = file[2]
        name, data = file[0], file[1]
    source: _Source
    if isinstance(data, (str, os.PathLike)):
        source = _PathSource(param, data)
        name = name or os.path.basename(os.fsdecode(data))
    elif isinstance(data, (bytes, bytearray, memoryview)):
        source = _BytesSource(param, data)
    elif hasattr(data, "read"):
        source = _StreamSource(param, data, size)
        if name is None:
            raw = getattr(data, "name", "")
            name = os.path.basename(raw) if isinstance(raw, str) else None
    else:
        raise InvalidArgumentError(
            f"{param} must be a path, bytes, a binary file, a FileUpload or a (name, data[, content_type]) tuple,"
            f" not {type(data).__name__}"
        )
    if size is not None and source.size >= 0 and size != source.size and not isinstance(source, _StreamSource):
        raise InvalidArgumentError(f"{param}: size {size} does not match the {source.size} bytes given")
    fields = {
        "filename": name or param,
        "content_type": content_type or "application/octet-stream",
        "source": param,
        "size": source.size,
    }
    return FilePart(fields, source)


def sources_of(params: Any) -> Dict[str, _Source]:
    """The sources of the file parameters in a call's params, by source id."""
    found: Dict[str, _Source] = {}
    if isinstance(params, dict):
        for value in params.values():
            if isinstance(value, FilePart):
                found[value["source"]] = value.source
    return found


class Body:
    """One attempt's request body: the core's framing with each source spliced in.

    size: the Content-Length, or -1 (send chunked). pieces() yields what to send,
    in order (memoryviews that are valid until the next piece); it raises
    SourceError when a source cannot be read or gives the wrong number of bytes.
    """

    def __init__(self, framing: bytes, splices: List[Tuple[int, str, int]], sources: Dict[str, _Source], size: int) -> None:
        self.framing = framing
        self.splices = splices
        self.size = size
        self._readers: List[Tuple[str, int, Any]] = []
        for _, sid, declared in splices:
            source = sources.get(sid)
            if source is None:
                self.close()
                raise SourceError(sid, "no such upload source was given")
            try:
                reader = source.open()
            except (OSError, ValueError) as exc:
                self.close()
                raise SourceError(sid, str(exc) or type(exc).__name__) from None
            self._readers.append((sid, declared, reader))

    def close(self) -> None:
        readers, self._readers = self._readers, []
        for _, _, reader in readers:
            try:
                reader.close()
            except Exception:
                pass

    def pieces(self) -> Iterator[memoryview]:
        framing = memoryview(self.framing)
        buffer = bytearray(READ_SIZE)
        view = memoryview(buffer)
        at = 0
        try:
            for (offset, _, _), (sid, declared, reader) in zip(self.splices, self._readers):
                if offset > at:
                    yield framing[at:offset]
                at = offset
                got = 0
                while True:
                    want = READ_SIZE if declared < 0 else min(READ_SIZE, declared - got + 1)
                    try:
                        n = reader.readinto(view[:want])
                    except Exception as exc:  # the caller's stream: any failure is the source's
                        raise SourceError(sid, f"reading failed: {exc or type(exc).__name__}") from None
                    if not n:
                        break
                    got += n
                    if declared >= 0 and got > declared:
                        raise SourceError(sid, f"it gives more than the {declared} bytes announced")
                    yield view[:n]
                if declared >= 0 and got != declared:
                    raise SourceError(sid, f"it ended after {got} of the {declared} bytes announced")
            if at < len(framing):
                yield framing[at:]
        finally:
            self.close()


# Where a binary answer goes: a path, a writable binary file, or a callback taking each chunk.
BinaryOutput = Union[str, "os.PathLike[str]", Any, Callable[[bytes], Any]]


class Sink:
    """Receives a binary answer chunk by chunk (memory, a path, a writer or a callback)."""

    def __init__(self, output: Optional[BinaryOutput]) -> None:
        self._chunks: Optional[List[bytes]] = None
        self._path: Optional[Union[str, "os.PathLike[str]"]] = None
        self._file: Any = None
        self._write: Optional[Callable[[bytes], Any]] = None
        self.size = 0
        if output is None:
            self._chunks = []
        elif isinstance(output, (str, os.PathLike)):
            self._path = output
        elif hasattr(output, "write"):
            if isinstance(output, io.TextIOBase):
                raise InvalidArgumentError("output: the file is open in text mode; open it in binary mode ('wb')")
            self._writer = output.write
            self._write = self._write_all
        elif callable(output):
            self._write = output
        else:
            raise InvalidArgumentError(
                f"output must be a path, a writable binary file or a callable, not {type(output).__name__}"
            )

    @property
    def blocking(self) -> bool:
        """Whether a write may block on a file (a path or a file object): the async
        driver then writes on its executor. Memory and callbacks are written in place."""
        return self._path is not None or self._write == self._write_all

    def write(self, data: bytes) -> None:
        if not data:
            return
        if self._chunks is not None:
            self._chunks.append(data)
        else:
            if self._path is not None and self._file is None:
                self._open()
            if self._file is not None:
                self._file.write(data)
            else:
                assert self._write is not None
                self._write(data)
        self.size += len(data)

    def _write_all(self, data: bytes) -> None:
        # A raw (unbuffered) file may take part of a chunk: write the rest.
        view = memoryview(data)
        while view:
            n = self._writer(view)
            if n is None or not isinstance(n, int) or n >= len(view):
                return
            view = view[n:]

    def _open(self) -> None:
        self._file = open(self._path, "wb")  # type: ignore[arg-type]

    def finish(self) -> bytes:
        """The call is done: closes a file opened here; the bytes when kept in memory."""
        if self._path is not None:
            if self._file is None:
                self._open()  # an empty answer still makes the file
            self._file.close()
        if self._chunks is not None:
            data = b"".join(self._chunks)
            self._chunks = []
            return data
        return b""

    def abort(self) -> None:
        """The call failed: a file opened here is closed and removed (it would be partial)."""
        if self._file is not None:
            try:
                self._file.close()
            finally:
                self._file = None
                try:
                    os.unlink(self._path)  # type: ignore[arg-type]
                except OSError:
                    pass
        self._chunks = []
