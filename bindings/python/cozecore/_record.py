"""Records: the core's decoded answers, read lazily (layout in core/api/README.md).

A record is one ``bytes`` object: ``int32 W``, ``W`` little-endian int32 words
(cells of three words: tag, a, b), then the UTF-8 text that STRING cells point
into. :class:`Record` keeps the bytes and two memoryviews over them; a typed
view (:class:`View`, generated subclasses in ``cozecore.models``) is a record
plus the word index of one object node, and converts a field's cell to a
Python value only when the field is read. A string field decodes only its own
slice of the text.

Nothing here knows an operation or a field name: the generated modules
register their view classes (:func:`register_models`, :func:`register_events`).
"""

from __future__ import annotations

import json
import os
import struct
import sys
from array import array
from typing import TYPE_CHECKING, Any, ClassVar, Dict, List, Mapping, Optional, Sequence, Tuple, Type, TypeVar, Union

from ._bridge import core
from .errors import DecodeError, InvalidArgumentError, from_core

__all__ = [
    "Record",
    "View",
    "StreamEvent",
    "BinaryResponse",
    "FileInput",
    "decode_model",
    "decode_response",
    "decode_event",
]

# Cell tags (coze::RecordTag).
NULL, FALSE, TRUE, INT, FLOAT, STRING, OBJECT, ARRAY = range(8)

_WORD = struct.Struct("<i")
_TWO_WORDS = struct.Struct("<ii")
_DOUBLE = struct.Struct("<d")

# View classes by model id, and stream event classes (with their payload's
# model id) by event type code; filled by the generated modules on import.
_MODELS: List[Type["View"]] = []
_EVENTS: Dict[int, Tuple[Type["StreamEvent"], int]] = {}
_MODEL_IDS: Dict[str, int] = {}
_NULL: Optional["Record"] = None  # one object node whose every field is NULL (see _null_record)


def register_models(classes: Sequence[Type["View"]]) -> None:
    """Called once by cozecore._generated.models: the view class of each model id."""
    global _NULL
    _MODELS[:] = classes
    _MODEL_IDS.clear()
    _MODEL_IDS.update((cls._NAME, i) for i, cls in enumerate(classes))
    _NULL = _null_record(max((len(cls._FIELDS) for cls in classes), default=0))


def register_events(by_code: Mapping[int, Type["StreamEvent"]]) -> None:
    """Called once by cozecore._generated.events: the class of each event type code
    whose payload is a model."""
    _EVENTS.clear()
    _EVENTS.update((code, (cls, _MODEL_IDS[cls._NAME])) for code, cls in by_code.items())


def _null_record(fields: int) -> "Record":
    """A record whose root is an object of `fields` NULL fields and no unknown keys: what a
    typed event reads its payload fields from when the payload was no object."""
    words = [OBJECT, 3, -1, fields, 0] + [NULL, 0, 0] * fields
    return Record(_WORD.pack(len(words)) + struct.pack(f"<{len(words)}i", *words))


class Record:
    """One decoded answer as the core encoded it; shared by every view into it."""

    __slots__ = ("words", "text", "logid")

    def __init__(self, data: bytes, logid: str = "") -> None:
        if len(data) < 4:
            raise DecodeError("the core returned an empty record")
        (count,) = _WORD.unpack_from(data, 0)
        end = 4 + 4 * count
        if count < 3 or len(data) < end:
            raise DecodeError("the core returned a malformed record")
        whole = memoryview(data)
        if sys.byteorder == "little":
            self.words: Union[memoryview, array] = whole[4:end].cast("i")
        else:  # pragma: no cover - big-endian hosts
            words = array("i")
            words.frombytes(whole[4:end])
            words.byteswap()
            self.words = words
        self.text = whole[end:]
        self.logid = logid

    def root(self) -> Any:
        """The value of the root cell (words 0..2)."""
        return value(self, 0)


# -- cells --------------------------------------------------------------------


def value(rec: Record, at: int) -> Any:
    """The cell at word `at` as a Python value: None, bool, int, float, str,
    a typed view (objects of a model), a dict (plain objects) or a list."""
    w = rec.words
    tag = w[at]
    if tag == STRING:
        start = w[at + 1]
        return str(rec.text[start : start + w[at + 2]], "utf-8", "surrogatepass")
    if tag == INT:
        return (w[at + 2] << 32) | (w[at + 1] & 0xFFFFFFFF)
    if tag == OBJECT:
        model = w[at + 2]
        if model >= 0:
            view = _MODELS[model].__new__(_MODELS[model])
            view._r = rec
            view._n = w[at + 1]
            return view
        return _plain_object(rec, w[at + 1], value)
    if tag == ARRAY:
        node = w[at + 1]
        return [value(rec, node + 3 * i) for i in range(w[at + 2])]
    if tag == TRUE:
        return True
    if tag == FALSE:
        return False
    if tag == FLOAT:
        return _DOUBLE.unpack(_TWO_WORDS.pack(w[at + 1], w[at + 2]))[0]
    return None


def string(rec: Record, at: int) -> Optional[str]:
    """A string field's cell: its slice of the text, decoded; None when null."""
    w = rec.words
    if w[at] != STRING:
        return None
    start = w[at + 1]
    return str(rec.text[start : start + w[at + 2]], "utf-8", "surrogatepass")


def canonical(rec: Record, at: int) -> Any:
    """The cell's canonical view: models as {known non-null fields, "$extra"}, the rest plain JSON."""
    w = rec.words
    tag = w[at]
    if tag == OBJECT:
        model = w[at + 2]
        if model >= 0:
            return _canonical_model(rec, w[at + 1], _MODELS[model]._FIELDS)
        return _plain_object(rec, w[at + 1], canonical)
    if tag == ARRAY:
        node = w[at + 1]
        return [canonical(rec, node + 3 * i) for i in range(w[at + 2])]
    return value(rec, at)


def wire(rec: Record, at: int) -> Any:
    """The cell as plain JSON values, a model's unknown keys beside its known fields."""
    w = rec.words
    tag = w[at]
    if tag == OBJECT:
        model = w[at + 2]
        if model >= 0:
            return _wire_model(rec, w[at + 1], _MODELS[model]._FIELDS)
        return _plain_object(rec, w[at + 1], wire)
    if tag == ARRAY:
        node = w[at + 1]
        return [wire(rec, node + 3 * i) for i in range(w[at + 2])]
    return value(rec, at)


def _wire_model(rec: Record, node: int, fields: Tuple[str, ...]) -> Dict[str, Any]:
    out = _plain_object(rec, node, wire)
    w = rec.words
    for i, name in enumerate(fields[: w[node]]):
        at = node + 2 + 3 * i
        if w[at] != NULL:
            out[name] = wire(rec, at)
    return out


def _extras_start(rec: Record, node: int) -> int:
    return node + 2 + 3 * rec.words[node]


def _plain_object(rec: Record, node: int, convert: Any) -> Dict[str, Any]:
    w = rec.words
    at = _extras_start(rec, node)
    out: Dict[str, Any] = {}
    for i in range(w[node + 1]):
        out[string(rec, at + 6 * i)] = convert(rec, at + 6 * i + 3)  # type: ignore[index]
    return out


def _canonical_model(rec: Record, node: int, fields: Tuple[str, ...]) -> Dict[str, Any]:
    w = rec.words
    out: Dict[str, Any] = {}
    for i, name in enumerate(fields[: w[node]]):
        at = node + 2 + 3 * i
        if w[at] != NULL:
            out[name] = canonical(rec, at)
    if w[node + 1]:
        out["$extra"] = _plain_object(rec, node, canonical)
    return out


# -- typed views ----------------------------------------------------------------

_V = TypeVar("_V", bound="View")


class View:
    """A typed view of one object of a model, read lazily from its record.

    Generated subclasses (``cozecore.models``) have one property per field, in
    Python style, typed after the API description; a field the core could not
    read as its type is None, and what it held is kept in :attr:`extra`.
    ``view["name"]`` reads a field or a kept unknown key by its API name.
    """

    __slots__ = ("_r", "_n")
    _NAME: ClassVar[str] = ""
    _FIELDS: ClassVar[Tuple[str, ...]] = ()  # API names, in record order
    _SECRETS: ClassVar[Tuple[str, ...]] = ()  # fields whose values repr() hides

    _r: Record
    _n: int  # word index of the object node; -1 for none

    def __init__(self, record: Record, node: int) -> None:
        self._r = record
        self._n = node

    @classmethod
    def parse(cls: Type[_V], text: Union[str, bytes]) -> _V:
        """Decodes a JSON payload as this model (through the core's decoder).

        Raises DecodeError when the text is not JSON or not a JSON object.
        """
        return decode_model(cls._NAME, text)

    @property
    def extra(self) -> Dict[str, Any]:
        """The keys this model does not know (or could not read), as received."""
        if self._n < 0:
            return {}
        return _plain_object(self._r, self._n, value)

    @property
    def logid(self) -> str:
        """The log id (X-Tt-Logid) of the answer this view came from; "" when unknown."""
        return self._r.logid

    def to_dict(self) -> Dict[str, Any]:
        """The canonical view: the non-null known fields by API name, plus
        ``"$extra"`` holding the unknown keys when there are any."""
        if self._n < 0:
            return {}
        return _canonical_model(self._r, self._n, self._FIELDS)

    def to_json(self) -> str:
        """to_dict() as compact JSON text."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))

    def _wire(self) -> Dict[str, Any]:
        """The object as the API would take it back: known fields and unknown keys together."""
        if self._n < 0:
            return {}
        return _wire_model(self._r, self._n, self._FIELDS)

    def __getitem__(self, key: str) -> Any:
        if self._n >= 0:
            fields = self._FIELDS
            if key in fields:
                return value(self._r, self._n + 2 + 3 * fields.index(key))
            extra = self.extra
            if key in extra:
                return extra[key]
        raise KeyError(key)

    def get(self, key: str, default: Any = None) -> Any:
        """view[key], or `default` when the key is neither a field nor a kept unknown key."""
        try:
            found = self[key]
        except KeyError:
            return default
        return default if found is None else found

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, View) or type(other) is not type(self):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        shown = self.to_dict()
        for name in self._SECRETS:  # credentials are never printed
            if shown.get(name):
                shown[name] = "***"
        return f"{type(self).__name__}({shown!r})"


class StreamEvent(View):
    """One stream event: `type` (the event name; workflow events, matched
    case-insensitively, in the API's spelling), `sse_id` (the SSE id in effect,
    "" when none) and `data` (the payload).

    Events whose payload is a model are instances of a generated subclass
    (``cozecore.models.MessageEvent``, ...) that also inherits that model's properties, so
    ``event.content`` reads the payload's field directly (and only that
    field). Where a payload field has the name of an event attribute (`type`,
    `sse_id`, `data`), read it from ``event.data``. An unknown event keeps its
    payload as a plain value.
    """

    __slots__ = ("_er", "_e")

    _er: Record  # the batch; _r is the same record unless the payload was no object
    _e: int  # word index of the event's node: [type code, name, payload, id]

    @property
    def type(self) -> str:  # type: ignore[override]
        return string(self._er, self._e + 3) or ""

    @property
    def sse_id(self) -> str:
        return string(self._er, self._e + 9) or ""

    @property
    def data(self) -> Any:
        """The payload: the model's typed view, or a plain value."""
        return value(self._er, self._e + 6)

    @property
    def logid(self) -> str:
        return ""  # events have no log id of their own; the stream's is EventStream.logid

    if TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            """For type checkers only: an event reads its payload's fields as attributes
            (``event.content``) when its class has them, which depends on its name at run
            time; unknown attributes are Any. isinstance() narrows to the typed class."""

    def to_dict(self) -> Dict[str, Any]:
        """``{"type": ..., "data": <canonical payload>}``, plus ``"id"`` when the event had one."""
        out = {"type": self.type, "data": canonical(self._er, self._e + 6)}
        sse_id = self.sse_id
        if sse_id:
            out["id"] = sse_id
        return out

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StreamEvent):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]


def events(rec: Record) -> List[StreamEvent]:
    """The events of a batch record (root: ARRAY of [code, name, payload, id]), as views.

    An event of a known type with a model payload gets that type's class; when
    its payload was no object of the model, its fields read as None.
    """
    w = rec.words
    if w[0] != ARRAY:
        raise DecodeError("the core returned an event batch that is not an array")
    node = w[1]
    out: List[StreamEvent] = []
    null = _NULL
    for i in range(w[2]):
        at = w[node + 3 * i + 1]
        known = _EVENTS.get(w[at + 1])  # the INT cell's low word: the type code
        if known is None:
            event = StreamEvent.__new__(StreamEvent)
            event._r = rec
            event._n = -1
        else:
            cls, model = known
            event = cls.__new__(cls)
            payload = at + 6
            if w[payload] == OBJECT and w[payload + 2] == model:
                event._r = rec
                event._n = w[payload + 1]
            else:
                event._r = null  # type: ignore[assignment]
                event._n = 3
        event._e = at
        event._er = rec
        out.append(event)
    return out


def decode_model(model: str, text: Union[str, bytes]) -> Any:
    """A JSON payload read as the model named `model` (``decode_model("Chat", text)`` is
    ``Chat.parse(text)``); an unknown model name is an InvalidArgumentError."""
    decoded = core.decode_model(model, _text(text))
    if decoded.error.kind:
        raise from_core(decoded.error)
    return Record(decoded.record).root()


def decode_response(op: str, status: int, body: Union[str, bytes]) -> Any:
    """A whole non-stream answer of operation `op` (its HTTP status and body),
    decoded as a call would decode it: the result (a typed view, a list, or
    None for operations without a payload), or the error raised as CozeError."""
    decoded = core.decode_response(op, int(status), _text(body))
    if decoded.error.kind:
        raise from_core(decoded.error)
    return Record(decoded.record).root()


def decode_event(op: str, type: str, data: Union[str, bytes]) -> StreamEvent:
    """One stream event of the streaming operation `op` (its SSE event name and
    data) as the stream would deliver it; an event that ends the stream with
    an error (``error``, workflow ``Error``, malformed JSON) raises CozeError."""
    decoded = core.decode_event(op, type, _text(data))
    if decoded.error.kind:
        raise from_core(decoded.error)
    batch = events(Record(decoded.record))
    if len(batch) != 1:
        raise DecodeError(f"the core decoded {len(batch)} events from one")
    return batch[0]


def _text(data: Union[str, bytes, bytearray, memoryview]) -> str:
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data).decode("utf-8", "surrogateescape")
    return data


# -- answers that are not records -------------------------------------------------


class BinaryResponse:
    """The answer of a binary operation (audio).

    content: the bytes, when the call kept them in memory (no ``output`` given);
    ``b""`` when they went to an ``output`` (a path, a writer or a callback).
    size: how many bytes arrived. content_type: the answer's Content-Type.
    logid: the answer's log id.
    """

    __slots__ = ("content", "content_type", "logid", "size")

    def __init__(self, content: bytes, content_type: str, logid: str = "", size: Optional[int] = None) -> None:
        self.content = content
        self.content_type = content_type
        self.logid = logid
        self.size = len(content) if size is None else size

    def __bytes__(self) -> bytes:
        return self.content

    def __len__(self) -> int:
        return self.size

    def write_to(self, path: Union[str, "os.PathLike[str]"]) -> None:
        """Writes the kept bytes to a file (to stream a large answer, pass ``output=path`` to the call instead)."""
        with open(path, "wb") as out:
            out.write(self.content)

    def __repr__(self) -> str:
        return f"BinaryResponse({self.size} bytes, content_type={self.content_type!r})"


# File parameters (uploads streamed from a path, bytes or a binary file) live in _files.
from ._files import FileInput, FileUpload, file_part  # noqa: E402,F401
