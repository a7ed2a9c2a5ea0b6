"""The API's models as typed views, the request dicts, and the stream event classes.

Everything here is generated from core/api/coze.openapi.yaml
(cozecore/_generated); see cozecore._record for how views read their records.

    chat = Chat.parse('{"id": 1, "status": "completed"}')
    chat.id          # "1" (ids are strings)
    chat.to_dict()   # {"id": "1", "status": "completed"}
"""

from ._generated import events as _events
from ._generated import models as _models
from ._generated import params as _params
from ._generated.events import *  # noqa: F401,F403
from ._generated.models import *  # noqa: F401,F403
from ._generated.params import *  # noqa: F401,F403
from ._record import BinaryResponse, FileInput, StreamEvent, View, decode_event, decode_model, decode_response

__all__ = ["View", "StreamEvent", "BinaryResponse", "FileInput", "decode_model", "decode_response", "decode_event"]
__all__ += _models.__all__
__all__ += _events.__all__
__all__ += _params.__all__
