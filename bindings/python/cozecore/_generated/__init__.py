# Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
"""The typed surface generated from core/api/coze.openapi.yaml."""

from . import async_resources, events, models, params, resources

__all__ = ["async_resources", "events", "models", "params", "resources"]
