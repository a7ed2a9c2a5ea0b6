"""The SWIG-generated bridge to the C++ core (only this package imports it), and the
one helper every caller of a core function that takes headers uses."""

try:
    from . import cozecore_bridge as core
except ImportError as exc:  # pragma: no cover - depends on the build
    raise ImportError(
        "cozecore's native extension (_cozecore_bridge) is missing: build it with "
        "`scripts/targets/python build` and put <build>/python on PYTHONPATH, "
        "or `pip install bindings/python`"
    ) from exc

__all__ = ["core", "header_vector"]


def header_vector(headers):
    """Headers for the core (a HeaderVector) from a mapping or (name, value) pairs."""
    vector = core.HeaderVector()
    for name, value in headers.items() if hasattr(headers, "items") else headers:
        header = core.Header()
        header.name = str(name)
        header.value = str(value)
        vector.append(header)
    return vector
