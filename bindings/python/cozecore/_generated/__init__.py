# Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
"""The typed surface generated from core/api/coze.openapi.yaml."""

from . import events, models, params, resources

__all__ = ["events", "models", "params", "resources"]
