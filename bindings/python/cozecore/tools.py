"""Local tools for ``coze.chat.run_tools``: a Python function the bot may call.

    from typing import Literal
    from cozecore import tool

    @tool
    def get_weather(city: str, unit: Literal["celsius", "fahrenheit"] = "celsius") -> dict:
        \"\"\"The weather in a city now.\"\"\"
        return {"city": city, "temperature": 21, "unit": unit}

``@tool`` derives the arguments' JSON Schema from the type hints and defaults
(``str``, ``int``, ``float``, ``bool``, ``list[X]``, ``dict``/``dict[str, X]``,
``Optional[X]`` (not required, ``null`` accepted), ``Literal[...]`` as an
``enum``, ``Union[A, B]`` as ``anyOf``, ``Annotated[X, "text"]`` as a
description, ``Any`` or no hint as any value; a default becomes ``"default"``,
a parameter without one is required, and unknown arguments are refused
unless the function takes ``**kwargs``), and the description from the
docstring's first line. ``@tool(parameters={...})`` gives the schema instead;
``name=`` and ``description=`` override the function's.

The schema is checked by the core's validator at once: one it does not
support raises InvalidArgumentError naming the keyword. When the bot calls
the tool, the core validates the arguments and fills in defaults; the
function then gets them as keyword arguments (an argument value that is not
a JSON object, possible only with an explicit schema, as one positional
argument). What it returns is sent as the tool's output: a ``str`` as it is,
anything else as compact JSON. What it raises is reported as the tool's error
(``{"error": "tool 'name' failed: <message>"}``, or a ToolError with
``tool_errors="fail"``); it never ends the call by itself.
"""

from __future__ import annotations

import asyncio
import collections.abc
import inspect
import json
import typing
from typing import Any, Callable, Dict, List, Mapping, Optional, Tuple, Union, overload

from ._bridge import core
from .errors import InvalidArgumentError

__all__ = ["Tool", "tool"]

try:  # Python 3.10+: `X | Y`
    from types import UnionType as _UnionType  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python < 3.10
    _UnionType = None  # type: ignore[assignment,misc]

_ANNOTATED = getattr(typing, "Annotated", None)  # Python 3.9+

_SCALARS: Dict[Any, str] = {str: "string", int: "integer", float: "number", bool: "boolean"}
_NOTHING = inspect.Parameter.empty


class Tool:
    """A function registered as a local tool (made by :func:`tool`).

    name: the name the bot calls it by; description: what it does;
    parameters: the JSON Schema of its arguments (a dict, already accepted by
    the core's validator); function: the function itself. Calling the Tool
    calls the function.
    """

    def __init__(
        self,
        function: Callable[..., Any],
        *,
        name: Optional[str] = None,
        description: Optional[str] = None,
        parameters: Optional[Mapping[str, Any]] = None,
    ) -> None:
        if not callable(function):
            raise InvalidArgumentError("a tool's function must be callable")
        if name is None:
            name = getattr(function, "__name__", None)
        if not isinstance(name, str) or not name or name == "<lambda>":
            raise InvalidArgumentError("a tool needs a name: tool(function, name=...)")
        if description is None:
            description = _first_line(inspect.getdoc(function))
        if not isinstance(description, str):
            raise InvalidArgumentError(f"tool '{name}': description must be a str")
        if parameters is None:
            schema = schema_of(function, name)
        elif isinstance(parameters, Mapping):
            schema = dict(parameters)
        else:
            raise InvalidArgumentError(f"tool '{name}': parameters must be a JSON Schema object (a dict)")
        try:
            text = json.dumps(schema, ensure_ascii=False, allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise InvalidArgumentError(f"tool '{name}': parameters are not JSON: {exc}") from None
        problem = core.tool_schema_check(text)
        if problem:
            raise InvalidArgumentError(f"tool '{name}': {problem}")
        self.name = name
        self.description = description
        self.parameters: Dict[str, Any] = json.loads(text)  # a copy the caller cannot change
        self.function = function
        self.__wrapped__ = function
        self.__doc__ = getattr(function, "__doc__", None)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.function(*args, **kwargs)

    def __repr__(self) -> str:
        return f"<Tool {self.name!r}>"

    def _spec(self) -> Dict[str, Any]:
        """What the core's chat.run_tools takes for this tool."""
        spec: Dict[str, Any] = {"name": self.name, "parameters": self.parameters}
        if self.description:
            spec["description"] = self.description
        return spec

    def _invoke(self, arguments: Any) -> Tuple[bool, str]:
        """Runs the function on validated arguments: (True, output) or (False, why it failed).
        Never raises (it runs on a worker thread, where an exception would be lost)."""
        return run_tool(self.function, arguments)


def _describe(exc: BaseException) -> str:
    text = str(exc)
    return text if text else type(exc).__name__


@overload
def tool(function: Callable[..., Any]) -> Tool: ...


@overload
def tool(
    function: None = None,
    *,
    name: Optional[str] = None,
    description: Optional[str] = None,
    parameters: Optional[Mapping[str, Any]] = None,
) -> Callable[[Callable[..., Any]], Tool]: ...


def tool(
    function: Optional[Callable[..., Any]] = None,
    *,
    name: Optional[str] = None,
    description: Optional[str] = None,
    parameters: Optional[Mapping[str, Any]] = None,
) -> Any:
    """Registers a function as a local tool: ``@tool``, ``@tool(parameters=..., name=...,
    description=...)`` or ``tool(function, ...)``; returns a :class:`Tool`.

    Without ``parameters`` the JSON Schema comes from the type hints and defaults
    (see the module's text); either way the core's validator checks it here, and a
    schema it does not support raises InvalidArgumentError naming the keyword."""
    if function is None:
        return lambda f: Tool(f, name=name, description=description, parameters=parameters)
    return Tool(function, name=name, description=description, parameters=parameters)


def as_tool(value: Any) -> Tool:
    """A Tool as it is; a plain function registered with ``tool(value)``."""
    if isinstance(value, Tool):
        return value
    if callable(value):
        return Tool(value)
    raise InvalidArgumentError(f"tools must be Tool objects (@tool) or functions, not {type(value).__name__}")


# -- the schema from type hints -------------------------------------------------


def schema_of(function: Callable[..., Any], name: str) -> Dict[str, Any]:
    """The JSON Schema of a function's keyword arguments, from its hints and defaults."""
    try:
        signature = inspect.signature(function)
    except (TypeError, ValueError) as exc:
        raise InvalidArgumentError(f"tool '{name}': no signature to derive a schema from ({exc}); give parameters=")
    try:
        hints = _type_hints(function)
    except Exception as exc:  # an annotation that does not resolve (a NameError, ...)
        raise InvalidArgumentError(f"tool '{name}': its type hints do not resolve ({exc}); give parameters=") from None
    properties: Dict[str, Any] = {}
    required: List[str] = []
    open_ended = False
    for param in signature.parameters.values():
        if param.kind is inspect.Parameter.VAR_KEYWORD:
            open_ended = True
            continue
        if param.kind is inspect.Parameter.VAR_POSITIONAL:
            continue
        if param.kind is inspect.Parameter.POSITIONAL_ONLY:
            raise InvalidArgumentError(
                f"tool '{name}': parameter '{param.name}' is positional-only; a tool gets its arguments as keywords"
            )
        hint = hints.get(param.name, _NOTHING)
        where = f"tool '{name}': parameter '{param.name}'"
        prop, optional = _schema(hint, where)
        if param.default is not _NOTHING:
            if param.default is not None and _is_json(param.default):
                prop["default"] = param.default
        elif not optional:
            required.append(param.name)
        properties[param.name] = prop
    schema: Dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        schema["required"] = required
    if not open_ended:
        schema["additionalProperties"] = False
    return schema


def _schema(hint: Any, where: str) -> Tuple[Dict[str, Any], bool]:
    """(the schema of a type hint, whether it is Optional)."""
    if hint is _NOTHING or hint is Any or hint is object:
        return {}, False
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if _ANNOTATED is not None and origin is _ANNOTATED:
        inner, optional = _schema(args[0], where)
        texts = [a for a in args[1:] if isinstance(a, str)]
        if texts:
            inner["description"] = texts[0]
        return inner, optional
    if origin is Union or (_UnionType is not None and isinstance(hint, _UnionType)):
        members = [a for a in args if a is not type(None)]
        optional = len(members) < len(args)
        if len(members) == 1:
            inner, _ = _schema(members[0], where)
        else:
            inner = {"anyOf": [_schema(m, where)[0] for m in members]}
        if optional:
            inner = _nullable(inner)
        return inner, optional
    if origin is typing.Literal:
        values = list(args)
        for v in values:
            if not isinstance(v, (str, int, float, bool)) and v is not None:
                raise InvalidArgumentError(f"{where}: Literal values must be str, int, float, bool or None")
        out: Dict[str, Any] = {"enum": values}
        kinds = {_SCALARS[type(v)] for v in values if type(v) in _SCALARS}
        if len(kinds) == 1 and None not in values:
            out = {"type": kinds.pop(), "enum": values}
        return out, False
    if hint in _SCALARS:
        return {"type": _SCALARS[hint]}, False
    if hint is type(None):
        return {"type": "null"}, False
    if hint in (list, tuple, set, frozenset) or origin in (
        list,
        tuple,
        set,
        frozenset,
        collections.abc.Sequence,
        collections.abc.MutableSequence,
        collections.abc.Set,
        collections.abc.Iterable,
    ):
        out = {"type": "array"}
        if args and not (origin is tuple and (len(args) != 2 or args[1] is not Ellipsis)):
            out["items"] = _schema(args[0], where)[0]
        elif origin is tuple and args:  # tuple[A, B]: a fixed-length array
            out["items"] = [_schema(a, where)[0] for a in args]
            out["minItems"] = out["maxItems"] = len(args)
        if origin in (set, frozenset, collections.abc.Set) or hint in (set, frozenset):
            out["uniqueItems"] = True
        return out, False
    if hint is dict or origin in (dict, collections.abc.Mapping, collections.abc.MutableMapping):
        out = {"type": "object"}
        if len(args) == 2:
            if args[0] is not str:
                raise InvalidArgumentError(f"{where}: a JSON object's keys are str (dict[str, X])")
            values = _schema(args[1], where)[0]
            if values:
                out["additionalProperties"] = values
        return out, False
    raise InvalidArgumentError(
        f"{where}: no JSON Schema for the type {getattr(hint, '__name__', hint)!r}"
        " (str, int, float, bool, list[X], dict[str, X], Optional[X], Literal[...] or Any); give parameters="
    )


def _type_hints(function: Callable[..., Any]) -> Dict[str, Any]:
    """The resolved hints of a function, or of a callable object's __call__."""
    extras: Dict[str, Any] = {} if _ANNOTATED is None else {"include_extras": True}  # 3.8: neither exists
    try:
        return typing.get_type_hints(function, **extras)
    except TypeError:  # not a function, class or module: a callable object
        return typing.get_type_hints(type(function).__call__, **extras)


def _nullable(schema: Dict[str, Any]) -> Dict[str, Any]:
    """The schema that also accepts null (an Optional[X])."""
    if not schema:
        return schema
    out = dict(schema)
    if "enum" in out:
        if None not in out["enum"]:
            out["enum"] = list(out["enum"]) + [None]
        if isinstance(out.get("type"), str):
            out["type"] = [out["type"], "null"]
        return out
    kind = out.get("type")
    if isinstance(kind, str):
        out["type"] = [kind, "null"]
        return out
    if isinstance(kind, list):
        if "null" not in kind:
            out["type"] = kind + ["null"]
        return out
    if "anyOf" in out:
        out["anyOf"] = list(out["anyOf"]) + [{"type": "null"}]
        return out
    return {"anyOf": [out, {"type": "null"}]}


def _is_json(value: Any) -> bool:
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError):
        return False
    return True


def _first_line(doc: Optional[str]) -> str:
    if not doc:
        return ""
    for line in doc.strip().splitlines():
        if line.strip():
            return line.strip()
    return ""


# -- the output -----------------------------------------------------------------


def _jsonable(value: Any) -> Any:
    """json.dumps' fallback: typed views go back as the objects they were read from."""
    wire = getattr(value, "_wire", None)
    if wire is None:
        raise TypeError(f"{type(value).__name__} is not JSON serializable")
    return wire()


def output_of(result: Any) -> Tuple[bool, str]:
    """A function's return value as the tool's output: (True, text), or (False, why) when
    it cannot be sent (a value that is not JSON). A str goes as it is, anything else as
    compact JSON (None as ``null``)."""
    if isinstance(result, str):
        return True, result
    try:
        return True, json.dumps(result, ensure_ascii=False, allow_nan=False, separators=(",", ":"), default=_jsonable)
    except (TypeError, ValueError) as exc:
        return False, f"the tool returned a value that is not JSON ({exc})"


def run_tool(function: Any, arguments: Any) -> Tuple[bool, str]:
    """Calls a tool's function with validated arguments and converts what it returns:
    (True, output) or (False, the error's message). Never raises. An ``async def``
    function runs to its end in an event loop of its own (this runs on a worker thread;
    AsyncCoze awaits such functions on its own loop instead: run_tool_async)."""
    try:
        result = _call(function, arguments)
        if inspect.isawaitable(result):
            result = asyncio.run(_awaited(result))
    except BaseException as exc:  # a tool's SystemExit or KeyboardInterrupt is its own failure here
        return False, _describe(exc)
    return output_of(result)


async def run_tool_async(function: Any, arguments: Any) -> Tuple[bool, str]:
    """run_tool for an ``async def`` function, awaited in the running loop. Never raises
    but asyncio.CancelledError (the call ended: the function is cancelled with it)."""
    try:
        result = await _call(function, arguments)
    except asyncio.CancelledError:
        raise
    except BaseException as exc:
        return False, _describe(exc)
    return output_of(result)


def _call(function: Any, arguments: Any) -> Any:
    return function(**arguments) if isinstance(arguments, dict) else function(arguments)


async def _awaited(awaitable: Any) -> Any:
    return await awaitable


def is_async(function: Any) -> bool:
    """Whether a tool's function is an ``async def`` (its calls are awaited, not run on threads)."""
    return inspect.iscoroutinefunction(function) or inspect.iscoroutinefunction(getattr(function, "__call__", None))
