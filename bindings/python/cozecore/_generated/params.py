# Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
"""Request objects as dicts: one TypedDict per model an operation takes (all keys optional)."""

from __future__ import annotations

from typing import Mapping, Sequence, TypedDict

__all__ = [
    "BotKnowledgeParam",
    "BotKnowledgeInfoParam",
    "BotModelInfoParam",
    "BotOnboardingInfoParam",
    "BotPluginIdInfoParam",
    "BotPluginIdListParam",
    "BotPromptInfoParam",
    "BotSuggestReplyInfoParam",
    "BotWorkflowIdInfoParam",
    "BotWorkflowIdListParam",
    "DocumentBaseParam",
    "DocumentChunkStrategyParam",
    "DocumentSourceInfoParam",
    "DocumentUpdateRuleParam",
    "EnterMessageParam",
    "RoomAudioConfigParam",
    "RoomConfigParam",
    "RoomTranslateConfigParam",
    "RoomVideoConfigParam",
    "ShortcutCommandParam",
    "ToolOutputParam",
    "VariableValueParam",
]


class BotKnowledgeParam(TypedDict, total=False):
    """Knowledge bases of a bot (knowledge_infos in answers; the others in updates)"""

    knowledge_infos: Sequence[BotKnowledgeInfoParam]
    dataset_ids: Sequence[str]
    auto_call: bool
    search_strategy: int


class BotKnowledgeInfoParam(TypedDict, total=False):
    """A knowledge base bound to a bot"""

    id: str
    name: str


class BotModelInfoParam(TypedDict, total=False):
    """A bot's model and its settings"""

    model_id: str
    model_name: str
    temperature: float
    top_k: int
    top_p: float
    max_tokens: int
    context_round: int
    response_format: str
    presence_penalty: float
    frequency_penalty: float
    cache_type: str
    sp_anti_leak: bool
    sp_current_time: bool
    parameters: Mapping[str, str]


class BotOnboardingInfoParam(TypedDict, total=False):
    """A bot's opening message"""

    prologue: str
    suggested_questions: Sequence[str]


class BotPluginIdInfoParam(TypedDict, total=False):
    """A plugin tool by id"""

    plugin_id: str
    api_id: str


class BotPluginIdListParam(TypedDict, total=False):
    """Plugin tools to bind to a bot"""

    id_list: Sequence[BotPluginIdInfoParam]


class BotPromptInfoParam(TypedDict, total=False):
    """A bot's persona and prompt"""

    prompt: str


class BotSuggestReplyInfoParam(TypedDict, total=False):
    """Whether and how a bot suggests the user's next questions"""

    reply_mode: str
    customized_prompt: str


class BotWorkflowIdInfoParam(TypedDict, total=False):
    """A workflow by id"""

    id: str


class BotWorkflowIdListParam(TypedDict, total=False):
    """Workflows to bind to a bot"""

    ids: Sequence[BotWorkflowIdInfoParam]


class DocumentBaseParam(TypedDict, total=False):
    """A file to add to a knowledge base"""

    name: str
    source_info: DocumentSourceInfoParam
    update_rule: DocumentUpdateRuleParam
    caption: str


class DocumentChunkStrategyParam(TypedDict, total=False):
    """How files are cut into slices"""

    chunk_type: int
    separator: str
    max_tokens: int
    remove_extra_spaces: bool
    remove_urls_emails: bool
    caption_type: int


class DocumentSourceInfoParam(TypedDict, total=False):
    """Where a file's content comes from"""

    file_base64: str
    file_type: str
    web_url: str
    document_source: int
    source_file_id: str


class DocumentUpdateRuleParam(TypedDict, total=False):
    """How a web page file is refreshed"""

    update_type: int
    update_interval: int


class EnterMessageParam(TypedDict, total=False):
    """A message sent with a request"""

    role: str
    type: str
    content: str
    content_type: str
    meta_data: Mapping[str, str]


class RoomAudioConfigParam(TypedDict, total=False):
    """Audio settings of an RTC room"""

    codec: str


class RoomConfigParam(TypedDict, total=False):
    """Settings of an RTC room"""

    audio_config: RoomAudioConfigParam
    video_config: RoomVideoConfigParam
    prologue_content: str
    prologue_delay_duration_ms: int
    room_mode: str
    translate_config: RoomTranslateConfigParam


# Languages of a translate room
RoomTranslateConfigParam = TypedDict(
    "RoomTranslateConfigParam",
    {
        "from": str,
        "to": str,
    },
    total=False,
)


class RoomVideoConfigParam(TypedDict, total=False):
    """Video settings of an RTC room"""

    codec: str
    stream_video_type: str
    video_frame_rate: int
    video_frame_expire_duration: int


class ShortcutCommandParam(TypedDict, total=False):
    """A bot shortcut command to run in a chat"""

    command_id: str
    parameters: Mapping[str, str]


class ToolOutputParam(TypedDict, total=False):
    """The result of one tool call"""

    tool_call_id: str
    output: str


class VariableValueParam(TypedDict, total=False):
    """A user variable"""

    keyword: str
    value: str
    create_time: int
    update_time: int
