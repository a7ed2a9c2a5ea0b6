"""The SWIG-generated bridge to the C++ core. Only this package imports it."""

try:
    from . import cozecore_bridge as core
except ImportError as exc:  # pragma: no cover - depends on the build
    raise ImportError(
        "cozecore's native extension (_cozecore_bridge) is missing: build it with "
        "`scripts/targets/python build` and put <build>/python on PYTHONPATH, "
        "or `pip install bindings/python`"
    ) from exc

__all__ = ["core"]
