# Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
"""Typed views of the API's models, read lazily from records (see cozecore._record)."""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from .._record import View, register_models, string, value

__all__ = [
    "BackgroundImageInfo",
    "Bot",
    "BotBackgroundImageInfo",
    "BotKnowledge",
    "BotKnowledgeInfo",
    "BotModelInfo",
    "BotOnboardingInfo",
    "BotPluginApiInfo",
    "BotPluginIdInfo",
    "BotPluginIdList",
    "BotPluginInfo",
    "BotPromptInfo",
    "BotShortcutCommandComponent",
    "BotShortcutCommandInfo",
    "BotShortcutCommandTool",
    "BotSuggestReplyInfo",
    "BotVariable",
    "BotVoiceInfo",
    "BotWorkflowIdInfo",
    "BotWorkflowIdList",
    "BotWorkflowInfo",
    "CanvasPosition",
    "Chat",
    "ChatError",
    "ChatRequiredAction",
    "ChatSubmitToolOutputs",
    "ChatToolCall",
    "ChatToolCallFunction",
    "ClientHealth",
    "CloneVoiceResult",
    "Conversation",
    "CreateBotResult",
    "CreateDatasetResult",
    "Dataset",
    "DeviceCode",
    "Document",
    "DocumentBase",
    "DocumentChunkStrategy",
    "DocumentProgress",
    "DocumentSourceInfo",
    "DocumentUpdateRule",
    "DoneEventData",
    "DuplicateTemplateResult",
    "EnterMessage",
    "ErrorEventData",
    "File",
    "GradientPosition",
    "InsertedMessage",
    "ListBotsResult",
    "ListConversationsResult",
    "ListDatasetsResult",
    "ListDocumentsResult",
    "ListMessagesResult",
    "ListPhotosResult",
    "ListVoicesResult",
    "ListWorkflowsResult",
    "ListWorkspacesResult",
    "Message",
    "OAuthToken",
    "Photo",
    "ProcessDatasetResult",
    "PublishBotResult",
    "ResponseDetail",
    "RetrieveVariablesResult",
    "Room",
    "RoomAudioConfig",
    "RoomConfig",
    "RoomTranslateConfig",
    "RoomVideoConfig",
    "Section",
    "ShortcutCommand",
    "SimpleBot",
    "ToolOutput",
    "Transcription",
    "Usage",
    "User",
    "VariableValue",
    "Voice",
    "VoiceEmotion",
    "VoiceEmotionScale",
    "WorkflowBasic",
    "WorkflowErrorEvent",
    "WorkflowInfo",
    "WorkflowInput",
    "WorkflowInterruptData",
    "WorkflowInterruptEvent",
    "WorkflowMessageEvent",
    "WorkflowNodeExecuteHistory",
    "WorkflowNodeExecuteStatus",
    "WorkflowOutput",
    "WorkflowParameter",
    "WorkflowRunHistory",
    "WorkflowRunResult",
    "WorkflowUser",
    "Workspace",
]


class BackgroundImageInfo(View):
    """One chat background image"""

    __slots__ = ()
    _NAME = "BackgroundImageInfo"
    _FIELDS = ("image_url", "theme_color", "gradient_position", "canvas_position")

    @property
    def image_url(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def theme_color(self) -> Optional[str]:
        return string(self._r, self._n + 5)

    @property
    def gradient_position(self) -> Optional[GradientPosition]:
        return value(self._r, self._n + 8)

    @property
    def canvas_position(self) -> Optional[CanvasPosition]:
        return value(self._r, self._n + 11)


class Bot(View):
    """A bot's configuration"""

    __slots__ = ()
    _NAME = "Bot"
    _FIELDS = (
        "bot_id",
        "name",
        "description",
        "icon_url",
        "create_time",
        "update_time",
        "version",
        "prompt_info",
        "onboarding_info",
        "knowledge",
        "bot_mode",
        "plugin_info_list",
        "model_info",
        "suggest_reply_info",
        "background_image_info",
        "variables",
        "owner_user_id",
        "voice_info_list",
        "default_user_input_type",
        "workflow_info_list",
        "shortcut_commands",
        "folder_id",
    )

    @property
    def bot_id(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def name(self) -> Optional[str]:
        return string(self._r, self._n + 5)

    @property
    def description(self) -> Optional[str]:
        return string(self._r, self._n + 8)

    @property
    def icon_url(self) -> Optional[str]:
        return string(self._r, self._n + 11)

    @property
    def create_time(self) -> Optional[int]:
        """Unix time in seconds"""
        return value(self._r, self._n + 14)

    @property
    def update_time(self) -> Optional[int]:
        """Unix time in seconds"""
        return value(self._r, self._n + 17)

    @property
    def version(self) -> Optional[str]:
        return string(self._r, self._n + 20)

    @property
    def prompt_info(self) -> Optional[BotPromptInfo]:
        return value(self._r, self._n + 23)

    @property
    def onboarding_info(self) -> Optional[BotOnboardingInfo]:
        return value(self._r, self._n + 26)

    @property
    def knowledge(self) -> Optional[BotKnowledge]:
        return value(self._r, self._n + 29)

    @property
    def bot_mode(self) -> Optional[int]:
        """0 single agent, 1 multi agent, 2 single agent workflow"""
        return value(self._r, self._n + 32)

    @property
    def plugin_info_list(self) -> Optional[List[BotPluginInfo]]:
        return value(self._r, self._n + 35)

    @property
    def model_info(self) -> Optional[BotModelInfo]:
        return value(self._r, self._n + 38)

    @property
    def suggest_reply_info(self) -> Optional[BotSuggestReplyInfo]:
        return value(self._r, self._n + 41)

    @property
    def background_image_info(self) -> Optional[BotBackgroundImageInfo]:
        return value(self._r, self._n + 44)

    @property
    def variables(self) -> Optional[List[BotVariable]]:
        return value(self._r, self._n + 47)

    @property
    def owner_user_id(self) -> Optional[str]:
        return string(self._r, self._n + 50)

    @property
    def voice_info_list(self) -> Optional[List[BotVoiceInfo]]:
        return value(self._r, self._n + 53)

    @property
    def default_user_input_type(self) -> Optional[str]:
        """Known values: ``text``, ``call``, ``voice`` (others are kept)."""
        return string(self._r, self._n + 56)

    @property
    def workflow_info_list(self) -> Optional[List[BotWorkflowInfo]]:
        return value(self._r, self._n + 59)

    @property
    def shortcut_commands(self) -> Optional[List[BotShortcutCommandInfo]]:
        return value(self._r, self._n + 62)

    @property
    def folder_id(self) -> Optional[str]:
        return string(self._r, self._n + 65)


class BotBackgroundImageInfo(View):
    """A bot's chat background images"""

    __slots__ = ()
    _NAME = "BotBackgroundImageInfo"
    _FIELDS = ("web_background_image", "mobile_background_image")

    @property
    def web_background_image(self) -> Optional[BackgroundImageInfo]:
        return value(self._r, self._n + 2)

    @property
    def mobile_background_image(self) -> Optional[BackgroundImageInfo]:
        return value(self._r, self._n + 5)


class BotKnowledge(View):
    """Knowledge bases of a bot (knowledge_infos in answers; the others in updates)"""

    __slots__ = ()
    _NAME = "BotKnowledge"
    _FIELDS = ("knowledge_infos", "dataset_ids", "auto_call", "search_strategy")

    @property
    def knowledge_infos(self) -> Optional[List[BotKnowledgeInfo]]:
        return value(self._r, self._n + 2)

    @property
    def dataset_ids(self) -> Optional[List[str]]:
        return value(self._r, self._n + 5)

    @property
    def auto_call(self) -> Optional[bool]:
        """Search on every turn"""
        return value(self._r, self._n + 8)

    @property
    def search_strategy(self) -> Optional[int]:
        """0 semantic, 1 hybrid, 20 full text"""
        return value(self._r, self._n + 11)


class BotKnowledgeInfo(View):
    """A knowledge base bound to a bot"""

    __slots__ = ()
    _NAME = "BotKnowledgeInfo"
    _FIELDS = ("id", "name")

    @property
    def id(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def name(self) -> Optional[str]:
        return string(self._r, self._n + 5)


class BotModelInfo(View):
    """A bot's model and its settings"""

    __slots__ = ()
    _NAME = "BotModelInfo"
    _FIELDS = (
        "model_id",
        "model_name",
        "temperature",
        "top_k",
        "top_p",
        "max_tokens",
        "context_round",
        "response_format",
        "presence_penalty",
        "frequency_penalty",
        "cache_type",
        "sp_anti_leak",
        "sp_current_time",
        "parameters",
    )

    @property
    def model_id(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def model_name(self) -> Optional[str]:
        return string(self._r, self._n + 5)

    @property
    def temperature(self) -> Optional[float]:
        return value(self._r, self._n + 8)

    @property
    def top_k(self) -> Optional[int]:
        return value(self._r, self._n + 11)

    @property
    def top_p(self) -> Optional[float]:
        return value(self._r, self._n + 14)

    @property
    def max_tokens(self) -> Optional[int]:
        return value(self._r, self._n + 17)

    @property
    def context_round(self) -> Optional[int]:
        """Rounds of context kept"""
        return value(self._r, self._n + 20)

    @property
    def response_format(self) -> Optional[str]:
        """Known values: ``text``, ``markdown``, ``json`` (others are kept)."""
        return string(self._r, self._n + 23)

    @property
    def presence_penalty(self) -> Optional[float]:
        return value(self._r, self._n + 26)

    @property
    def frequency_penalty(self) -> Optional[float]:
        return value(self._r, self._n + 29)

    @property
    def cache_type(self) -> Optional[str]:
        """Known values: ``closed``, ``prefix`` (others are kept)."""
        return string(self._r, self._n + 32)

    @property
    def sp_anti_leak(self) -> Optional[bool]:
        """Protect the system prompt"""
        return value(self._r, self._n + 35)

    @property
    def sp_current_time(self) -> Optional[bool]:
        """Add the current time to the system prompt"""
        return value(self._r, self._n + 38)

    @property
    def parameters(self) -> Optional[Dict[str, str]]:
        """Model-specific settings"""
        return value(self._r, self._n + 41)


class BotOnboardingInfo(View):
    """A bot's opening message"""

    __slots__ = ()
    _NAME = "BotOnboardingInfo"
    _FIELDS = ("prologue", "suggested_questions")

    @property
    def prologue(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def suggested_questions(self) -> Optional[List[str]]:
        return value(self._r, self._n + 5)


class BotPluginApiInfo(View):
    """A tool of a plugin"""

    __slots__ = ()
    _NAME = "BotPluginApiInfo"
    _FIELDS = ("api_id", "name", "description")

    @property
    def api_id(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def name(self) -> Optional[str]:
        return string(self._r, self._n + 5)

    @property
    def description(self) -> Optional[str]:
        return string(self._r, self._n + 8)


class BotPluginIdInfo(View):
    """A plugin tool by id"""

    __slots__ = ()
    _NAME = "BotPluginIdInfo"
    _FIELDS = ("plugin_id", "api_id")

    @property
    def plugin_id(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def api_id(self) -> Optional[str]:
        return string(self._r, self._n + 5)


class BotPluginIdList(View):
    """Plugin tools to bind to a bot"""

    __slots__ = ()
    _NAME = "BotPluginIdList"
    _FIELDS = ("id_list",)

    @property
    def id_list(self) -> Optional[List[BotPluginIdInfo]]:
        return value(self._r, self._n + 2)


class BotPluginInfo(View):
    """A plugin bound to a bot"""

    __slots__ = ()
    _NAME = "BotPluginInfo"
    _FIELDS = ("plugin_id", "name", "description", "icon_url", "api_info_list")

    @property
    def plugin_id(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def name(self) -> Optional[str]:
        return string(self._r, self._n + 5)

    @property
    def description(self) -> Optional[str]:
        return string(self._r, self._n + 8)

    @property
    def icon_url(self) -> Optional[str]:
        return string(self._r, self._n + 11)

    @property
    def api_info_list(self) -> Optional[List[BotPluginApiInfo]]:
        return value(self._r, self._n + 14)


class BotPromptInfo(View):
    """A bot's persona and prompt"""

    __slots__ = ()
    _NAME = "BotPromptInfo"
    _FIELDS = ("prompt",)

    @property
    def prompt(self) -> Optional[str]:
        return string(self._r, self._n + 2)


class BotShortcutCommandComponent(View):
    """One input of a shortcut command"""

    __slots__ = ()
    _NAME = "BotShortcutCommandComponent"
    _FIELDS = ("name", "description", "type", "tool_parameter", "default_value", "is_hide", "options")

    @property
    def name(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def description(self) -> Optional[str]:
        return string(self._r, self._n + 5)

    @property
    def type(self) -> Optional[str]:
        """Known values: ``text``, ``select``, ``file`` (others are kept)."""
        return string(self._r, self._n + 8)

    @property
    def tool_parameter(self) -> Optional[str]:
        return string(self._r, self._n + 11)

    @property
    def default_value(self) -> Optional[str]:
        return string(self._r, self._n + 14)

    @property
    def is_hide(self) -> Optional[bool]:
        return value(self._r, self._n + 17)

    @property
    def options(self) -> Optional[List[str]]:
        return value(self._r, self._n + 20)


class BotShortcutCommandInfo(View):
    """A shortcut command of a bot"""

    __slots__ = ()
    _NAME = "BotShortcutCommandInfo"
    _FIELDS = ("id", "name", "command", "description", "query_template", "icon_url", "agent_id", "tool", "components")

    @property
    def id(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def name(self) -> Optional[str]:
        return string(self._r, self._n + 5)

    @property
    def command(self) -> Optional[str]:
        return string(self._r, self._n + 8)

    @property
    def description(self) -> Optional[str]:
        return string(self._r, self._n + 11)

    @property
    def query_template(self) -> Optional[str]:
        return string(self._r, self._n + 14)

    @property
    def icon_url(self) -> Optional[str]:
        return string(self._r, self._n + 17)

    @property
    def agent_id(self) -> Optional[str]:
        return string(self._r, self._n + 20)

    @property
    def tool(self) -> Optional[BotShortcutCommandTool]:
        return value(self._r, self._n + 23)

    @property
    def components(self) -> Optional[List[BotShortcutCommandComponent]]:
        return value(self._r, self._n + 26)


class BotShortcutCommandTool(View):
    """The plugin or workflow a shortcut command runs"""

    __slots__ = ()
    _NAME = "BotShortcutCommandTool"
    _FIELDS = ("name", "type")

    @property
    def name(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def type(self) -> Optional[str]:
        """Known values: ``plugin``, ``workflow`` (others are kept)."""
        return string(self._r, self._n + 5)


class BotSuggestReplyInfo(View):
    """Whether and how a bot suggests the user's next questions"""

    __slots__ = ()
    _NAME = "BotSuggestReplyInfo"
    _FIELDS = ("reply_mode", "customized_prompt")

    @property
    def reply_mode(self) -> Optional[str]:
        """Known values: ``disable``, ``enable``, ``customized`` (others are kept)."""
        return string(self._r, self._n + 2)

    @property
    def customized_prompt(self) -> Optional[str]:
        return string(self._r, self._n + 5)


class BotVariable(View):
    """A variable of a bot"""

    __slots__ = ()
    _NAME = "BotVariable"
    _FIELDS = ("keyword", "default_value", "variable_type", "channel", "description", "enable", "prompt_enable")

    @property
    def keyword(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def default_value(self) -> Optional[str]:
        return string(self._r, self._n + 5)

    @property
    def variable_type(self) -> Optional[str]:
        """Known values: ``KVVariable``, ``ListVariable`` (others are kept)."""
        return string(self._r, self._n + 8)

    @property
    def channel(self) -> Optional[str]:
        """Known values: ``custom``, ``system``, ``location``, ``feishu``, ``app`` (others are kept)."""
        return string(self._r, self._n + 11)

    @property
    def description(self) -> Optional[str]:
        return string(self._r, self._n + 14)

    @property
    def enable(self) -> Optional[bool]:
        return value(self._r, self._n + 17)

    @property
    def prompt_enable(self) -> Optional[bool]:
        return value(self._r, self._n + 20)


class BotVoiceInfo(View):
    """A voice of a bot"""

    __slots__ = ()
    _NAME = "BotVoiceInfo"
    _FIELDS = ("voice_id", "language_code")

    @property
    def voice_id(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def language_code(self) -> Optional[str]:
        return string(self._r, self._n + 5)


class BotWorkflowIdInfo(View):
    """A workflow by id"""

    __slots__ = ()
    _NAME = "BotWorkflowIdInfo"
    _FIELDS = ("id",)

    @property
    def id(self) -> Optional[str]:
        return string(self._r, self._n + 2)


class BotWorkflowIdList(View):
    """Workflows to bind to a bot"""

    __slots__ = ()
    _NAME = "BotWorkflowIdList"
    _FIELDS = ("ids",)

    @property
    def ids(self) -> Optional[List[BotWorkflowIdInfo]]:
        return value(self._r, self._n + 2)


class BotWorkflowInfo(View):
    """A workflow bound to a bot"""

    __slots__ = ()
    _NAME = "BotWorkflowInfo"
    _FIELDS = ("id", "name", "description", "icon_url")

    @property
    def id(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def name(self) -> Optional[str]:
        return string(self._r, self._n + 5)

    @property
    def description(self) -> Optional[str]:
        return string(self._r, self._n + 8)

    @property
    def icon_url(self) -> Optional[str]:
        return string(self._r, self._n + 11)


class CanvasPosition(View):
    """Where a background image sits"""

    __slots__ = ()
    _NAME = "CanvasPosition"
    _FIELDS = ("width", "height", "left", "top")

    @property
    def width(self) -> Optional[float]:
        return value(self._r, self._n + 2)

    @property
    def height(self) -> Optional[float]:
        return value(self._r, self._n + 5)

    @property
    def left(self) -> Optional[float]:
        return value(self._r, self._n + 8)

    @property
    def top(self) -> Optional[float]:
        return value(self._r, self._n + 11)


class Chat(View):
    """One call of a bot inside a conversation"""

    __slots__ = ()
    _NAME = "Chat"
    _FIELDS = (
        "id",
        "conversation_id",
        "bot_id",
        "created_at",
        "completed_at",
        "failed_at",
        "meta_data",
        "last_error",
        "status",
        "required_action",
        "usage",
        "section_id",
        "inserted_additional_messages",
    )

    @property
    def id(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def conversation_id(self) -> Optional[str]:
        return string(self._r, self._n + 5)

    @property
    def bot_id(self) -> Optional[str]:
        return string(self._r, self._n + 8)

    @property
    def created_at(self) -> Optional[int]:
        """Unix time in seconds"""
        return value(self._r, self._n + 11)

    @property
    def completed_at(self) -> Optional[int]:
        """Unix time in seconds"""
        return value(self._r, self._n + 14)

    @property
    def failed_at(self) -> Optional[int]:
        """Unix time in seconds"""
        return value(self._r, self._n + 17)

    @property
    def meta_data(self) -> Optional[Dict[str, str]]:
        """Custom key-value pairs"""
        return value(self._r, self._n + 20)

    @property
    def last_error(self) -> Optional[ChatError]:
        return value(self._r, self._n + 23)

    @property
    def status(self) -> Optional[str]:
        """Known values: ``created``, ``in_progress``, ``completed``, ``failed``, ``requires_action``, ``canceled``
        (others are kept).
        """
        return string(self._r, self._n + 26)

    @property
    def required_action(self) -> Optional[ChatRequiredAction]:
        return value(self._r, self._n + 29)

    @property
    def usage(self) -> Optional[Usage]:
        return value(self._r, self._n + 32)

    @property
    def section_id(self) -> Optional[str]:
        """Context section of the chat"""
        return string(self._r, self._n + 35)

    @property
    def inserted_additional_messages(self) -> Optional[List[InsertedMessage]]:
        """Ids of the additional messages saved"""
        return value(self._r, self._n + 38)


class ChatError(View):
    """Why a chat failed"""

    __slots__ = ()
    _NAME = "ChatError"
    _FIELDS = ("code", "msg")

    @property
    def code(self) -> Optional[int]:
        return value(self._r, self._n + 2)

    @property
    def msg(self) -> Optional[str]:
        return string(self._r, self._n + 5)


class ChatRequiredAction(View):
    """What the caller must do for the chat to continue"""

    __slots__ = ()
    _NAME = "ChatRequiredAction"
    _FIELDS = ("type", "submit_tool_outputs")

    @property
    def type(self) -> Optional[str]:
        """Known values: ``submit_tool_outputs`` (others are kept)."""
        return string(self._r, self._n + 2)

    @property
    def submit_tool_outputs(self) -> Optional[ChatSubmitToolOutputs]:
        return value(self._r, self._n + 5)


class ChatSubmitToolOutputs(View):
    """The tool calls whose results the chat waits for"""

    __slots__ = ()
    _NAME = "ChatSubmitToolOutputs"
    _FIELDS = ("tool_calls",)

    @property
    def tool_calls(self) -> Optional[List[ChatToolCall]]:
        return value(self._r, self._n + 2)


class ChatToolCall(View):
    """One tool call to answer with chat.submit_tool_outputs"""

    __slots__ = ()
    _NAME = "ChatToolCall"
    _FIELDS = ("id", "type", "function")

    @property
    def id(self) -> Optional[str]:
        """The tool_call_id to answer with"""
        return string(self._r, self._n + 2)

    @property
    def type(self) -> Optional[str]:
        """Known values: ``function``, ``reply_message`` (others are kept)."""
        return string(self._r, self._n + 5)

    @property
    def function(self) -> Optional[ChatToolCallFunction]:
        return value(self._r, self._n + 8)


class ChatToolCallFunction(View):
    """The function a tool call asks for"""

    __slots__ = ()
    _NAME = "ChatToolCallFunction"
    _FIELDS = ("name", "arguments")

    @property
    def name(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def arguments(self) -> Optional[str]:
        """JSON text of the arguments"""
        return string(self._r, self._n + 5)


class ClientHealth(View):
    """What a client knows of the service's health (Client::health_json): the error rate, the circuit breaker, the
    retry budget
    """

    __slots__ = ()
    _NAME = "ClientHealth"
    _FIELDS = (
        "state",
        "breaker",
        "error_rate",
        "rated",
        "attempts",
        "failures",
        "current_attempts",
        "current_failures",
        "total_attempts",
        "total_failures",
        "open_ms_left",
        "opened",
        "rejected",
        "retries_spent",
        "retry_budget_left",
    )

    @property
    def state(self) -> Optional[str]:
        """The circuit breaker's state (closed when it is off)"""
        return string(self._r, self._n + 2)

    @property
    def breaker(self) -> Optional[bool]:
        """Whether the circuit breaker is on"""
        return value(self._r, self._n + 5)

    @property
    def error_rate(self) -> Optional[float]:
        """The moving average of failed attempts over attempts (0 to 1)"""
        return value(self._r, self._n + 8)

    @property
    def rated(self) -> Optional[bool]:
        """Whether a slice with attempts has closed (before that error_rate is 0)"""
        return value(self._r, self._n + 11)

    @property
    def attempts(self) -> Optional[int]:
        """Attempts in the last slice that closed with attempts"""
        return value(self._r, self._n + 14)

    @property
    def failures(self) -> Optional[int]:
        """Failed attempts in that slice"""
        return value(self._r, self._n + 17)

    @property
    def current_attempts(self) -> Optional[int]:
        """Attempts in the slice running now"""
        return value(self._r, self._n + 20)

    @property
    def current_failures(self) -> Optional[int]:
        """Failed attempts in the slice running now"""
        return value(self._r, self._n + 23)

    @property
    def total_attempts(self) -> Optional[int]:
        """Attempts since the client was made"""
        return value(self._r, self._n + 26)

    @property
    def total_failures(self) -> Optional[int]:
        """Failed attempts since the client was made"""
        return value(self._r, self._n + 29)

    @property
    def open_ms_left(self) -> Optional[int]:
        """While open: milliseconds until a probe may go out"""
        return value(self._r, self._n + 32)

    @property
    def opened(self) -> Optional[int]:
        """How many times the breaker opened"""
        return value(self._r, self._n + 35)

    @property
    def rejected(self) -> Optional[int]:
        """Attempts failed at once by the breaker"""
        return value(self._r, self._n + 38)

    @property
    def retries_spent(self) -> Optional[int]:
        """Retries the retry budget allowed"""
        return value(self._r, self._n + 41)

    @property
    def retry_budget_left(self) -> Optional[float]:
        """Tokens left in the retry budget"""
        return value(self._r, self._n + 44)


class CloneVoiceResult(View):
    """The voice just cloned"""

    __slots__ = ()
    _NAME = "CloneVoiceResult"
    _FIELDS = ("voice_id",)

    @property
    def voice_id(self) -> Optional[str]:
        return string(self._r, self._n + 2)


class Conversation(View):
    """A conversation between a bot and a user"""

    __slots__ = ()
    _NAME = "Conversation"
    _FIELDS = ("id", "name", "created_at", "updated_at", "meta_data", "last_section_id", "creator_id", "connector_id")

    @property
    def id(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def name(self) -> Optional[str]:
        return string(self._r, self._n + 5)

    @property
    def created_at(self) -> Optional[int]:
        """Unix time in seconds"""
        return value(self._r, self._n + 8)

    @property
    def updated_at(self) -> Optional[int]:
        """Unix time in seconds"""
        return value(self._r, self._n + 11)

    @property
    def meta_data(self) -> Optional[Dict[str, str]]:
        """Custom key-value pairs"""
        return value(self._r, self._n + 14)

    @property
    def last_section_id(self) -> Optional[str]:
        """Newest context section"""
        return string(self._r, self._n + 17)

    @property
    def creator_id(self) -> Optional[str]:
        return string(self._r, self._n + 20)

    @property
    def connector_id(self) -> Optional[str]:
        """Channel the conversation was created in"""
        return string(self._r, self._n + 23)


class CreateBotResult(View):
    """The bot just created"""

    __slots__ = ()
    _NAME = "CreateBotResult"
    _FIELDS = ("bot_id",)

    @property
    def bot_id(self) -> Optional[str]:
        return string(self._r, self._n + 2)


class CreateDatasetResult(View):
    """The knowledge base just created"""

    __slots__ = ()
    _NAME = "CreateDatasetResult"
    _FIELDS = ("dataset_id",)

    @property
    def dataset_id(self) -> Optional[str]:
        return string(self._r, self._n + 2)


class Dataset(View):
    """A knowledge base"""

    __slots__ = ()
    _NAME = "Dataset"
    _FIELDS = (
        "dataset_id",
        "name",
        "description",
        "space_id",
        "status",
        "format_type",
        "can_edit",
        "icon_uri",
        "icon_url",
        "doc_count",
        "file_list",
        "hit_count",
        "bot_used_count",
        "slice_count",
        "all_file_size",
        "chunk_strategy",
        "failed_file_list",
        "processing_file_list",
        "processing_file_id_list",
        "avatar_url",
        "creator_id",
        "creator_name",
        "create_time",
        "update_time",
    )

    @property
    def dataset_id(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def name(self) -> Optional[str]:
        return string(self._r, self._n + 5)

    @property
    def description(self) -> Optional[str]:
        return string(self._r, self._n + 8)

    @property
    def space_id(self) -> Optional[str]:
        return string(self._r, self._n + 11)

    @property
    def status(self) -> Optional[int]:
        """1 enabled, 3 disabled"""
        return value(self._r, self._n + 14)

    @property
    def format_type(self) -> Optional[int]:
        """0 text, 1 table, 2 images"""
        return value(self._r, self._n + 17)

    @property
    def can_edit(self) -> Optional[bool]:
        """The caller owns it"""
        return value(self._r, self._n + 20)

    @property
    def icon_uri(self) -> Optional[str]:
        return string(self._r, self._n + 23)

    @property
    def icon_url(self) -> Optional[str]:
        return string(self._r, self._n + 26)

    @property
    def doc_count(self) -> Optional[int]:
        return value(self._r, self._n + 29)

    @property
    def file_list(self) -> Optional[List[str]]:
        return value(self._r, self._n + 32)

    @property
    def hit_count(self) -> Optional[int]:
        return value(self._r, self._n + 35)

    @property
    def bot_used_count(self) -> Optional[int]:
        return value(self._r, self._n + 38)

    @property
    def slice_count(self) -> Optional[int]:
        return value(self._r, self._n + 41)

    @property
    def all_file_size(self) -> Optional[int]:
        """Total size in bytes"""
        return value(self._r, self._n + 44)

    @property
    def chunk_strategy(self) -> Optional[DocumentChunkStrategy]:
        return value(self._r, self._n + 47)

    @property
    def failed_file_list(self) -> Optional[List[str]]:
        return value(self._r, self._n + 50)

    @property
    def processing_file_list(self) -> Optional[List[str]]:
        return value(self._r, self._n + 53)

    @property
    def processing_file_id_list(self) -> Optional[List[str]]:
        return value(self._r, self._n + 56)

    @property
    def avatar_url(self) -> Optional[str]:
        """Avatar of the creator"""
        return string(self._r, self._n + 59)

    @property
    def creator_id(self) -> Optional[str]:
        return string(self._r, self._n + 62)

    @property
    def creator_name(self) -> Optional[str]:
        return string(self._r, self._n + 65)

    @property
    def create_time(self) -> Optional[int]:
        """Unix time in seconds"""
        return value(self._r, self._n + 68)

    @property
    def update_time(self) -> Optional[int]:
        """Unix time in seconds"""
        return value(self._r, self._n + 71)


class DeviceCode(View):
    """The device flow's codes (no envelope)"""

    __slots__ = ()
    _NAME = "DeviceCode"
    _FIELDS = ("device_code", "user_code", "verification_uri", "verification_url", "interval", "expires_in")
    _SECRETS = ("device_code",)

    @property
    def device_code(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def user_code(self) -> Optional[str]:
        return string(self._r, self._n + 5)

    @property
    def verification_uri(self) -> Optional[str]:
        return string(self._r, self._n + 8)

    @property
    def verification_url(self) -> Optional[str]:
        """The same URI under the name some answers use"""
        return string(self._r, self._n + 11)

    @property
    def interval(self) -> Optional[int]:
        """Seconds to wait between polls"""
        return value(self._r, self._n + 14)

    @property
    def expires_in(self) -> Optional[int]:
        """Seconds the codes stay valid"""
        return value(self._r, self._n + 17)


class Document(View):
    """A file of a knowledge base"""

    __slots__ = ()
    _NAME = "Document"
    _FIELDS = (
        "document_id",
        "name",
        "char_count",
        "chunk_strategy",
        "create_time",
        "update_time",
        "format_type",
        "hit_count",
        "size",
        "slice_count",
        "source_type",
        "status",
        "type",
        "update_interval",
        "update_type",
        "tos_uri",
    )

    @property
    def document_id(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def name(self) -> Optional[str]:
        return string(self._r, self._n + 5)

    @property
    def char_count(self) -> Optional[int]:
        return value(self._r, self._n + 8)

    @property
    def chunk_strategy(self) -> Optional[DocumentChunkStrategy]:
        return value(self._r, self._n + 11)

    @property
    def create_time(self) -> Optional[int]:
        """Unix time in seconds"""
        return value(self._r, self._n + 14)

    @property
    def update_time(self) -> Optional[int]:
        """Unix time in seconds"""
        return value(self._r, self._n + 17)

    @property
    def format_type(self) -> Optional[int]:
        """0 text, 1 table, 2 image"""
        return value(self._r, self._n + 20)

    @property
    def hit_count(self) -> Optional[int]:
        return value(self._r, self._n + 23)

    @property
    def size(self) -> Optional[int]:
        """Size in bytes"""
        return value(self._r, self._n + 26)

    @property
    def slice_count(self) -> Optional[int]:
        return value(self._r, self._n + 29)

    @property
    def source_type(self) -> Optional[int]:
        """0 local file, 1 web page, 5 uploaded file id, ..."""
        return value(self._r, self._n + 32)

    @property
    def status(self) -> Optional[int]:
        """0 processing, 1 done, 9 failed"""
        return value(self._r, self._n + 35)

    @property
    def type(self) -> Optional[str]:
        """File extension"""
        return string(self._r, self._n + 38)

    @property
    def update_interval(self) -> Optional[int]:
        """Hours between automatic updates"""
        return value(self._r, self._n + 41)

    @property
    def update_type(self) -> Optional[int]:
        """0 no automatic update, 1 automatic update"""
        return value(self._r, self._n + 44)

    @property
    def tos_uri(self) -> Optional[str]:
        return string(self._r, self._n + 47)


class DocumentBase(View):
    """A file to add to a knowledge base"""

    __slots__ = ()
    _NAME = "DocumentBase"
    _FIELDS = ("name", "source_info", "update_rule", "caption")

    @property
    def name(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def source_info(self) -> Optional[DocumentSourceInfo]:
        return value(self._r, self._n + 5)

    @property
    def update_rule(self) -> Optional[DocumentUpdateRule]:
        return value(self._r, self._n + 8)

    @property
    def caption(self) -> Optional[str]:
        """Caption of an image"""
        return string(self._r, self._n + 11)


class DocumentChunkStrategy(View):
    """How files are cut into slices"""

    __slots__ = ()
    _NAME = "DocumentChunkStrategy"
    _FIELDS = ("chunk_type", "separator", "max_tokens", "remove_extra_spaces", "remove_urls_emails", "caption_type")

    @property
    def chunk_type(self) -> Optional[int]:
        """0 automatic, 1 custom"""
        return value(self._r, self._n + 2)

    @property
    def separator(self) -> Optional[str]:
        return string(self._r, self._n + 5)

    @property
    def max_tokens(self) -> Optional[int]:
        return value(self._r, self._n + 8)

    @property
    def remove_extra_spaces(self) -> Optional[bool]:
        return value(self._r, self._n + 11)

    @property
    def remove_urls_emails(self) -> Optional[bool]:
        return value(self._r, self._n + 14)

    @property
    def caption_type(self) -> Optional[int]:
        """0 automatic, 1 manual (image knowledge bases)"""
        return value(self._r, self._n + 17)


class DocumentProgress(View):
    """Upload progress of one knowledge base file"""

    __slots__ = ()
    _NAME = "DocumentProgress"
    _FIELDS = (
        "document_id",
        "url",
        "size",
        "type",
        "status",
        "progress",
        "update_type",
        "document_name",
        "remaining_time",
        "status_descript",
        "update_interval",
    )

    @property
    def document_id(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def url(self) -> Optional[str]:
        return string(self._r, self._n + 5)

    @property
    def size(self) -> Optional[int]:
        """Size in bytes"""
        return value(self._r, self._n + 8)

    @property
    def type(self) -> Optional[str]:
        """File extension"""
        return string(self._r, self._n + 11)

    @property
    def status(self) -> Optional[int]:
        """0 processing, 1 done, 9 failed"""
        return value(self._r, self._n + 14)

    @property
    def progress(self) -> Optional[int]:
        """Percent done"""
        return value(self._r, self._n + 17)

    @property
    def update_type(self) -> Optional[int]:
        """0 no automatic update, 1 automatic update"""
        return value(self._r, self._n + 20)

    @property
    def document_name(self) -> Optional[str]:
        return string(self._r, self._n + 23)

    @property
    def remaining_time(self) -> Optional[int]:
        """Seconds left"""
        return value(self._r, self._n + 26)

    @property
    def status_descript(self) -> Optional[str]:
        """Why it failed"""
        return string(self._r, self._n + 29)

    @property
    def update_interval(self) -> Optional[int]:
        """Hours between automatic updates"""
        return value(self._r, self._n + 32)


class DocumentSourceInfo(View):
    """Where a file's content comes from"""

    __slots__ = ()
    _NAME = "DocumentSourceInfo"
    _FIELDS = ("file_base64", "file_type", "web_url", "document_source", "source_file_id")

    @property
    def file_base64(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def file_type(self) -> Optional[str]:
        """File extension"""
        return string(self._r, self._n + 5)

    @property
    def web_url(self) -> Optional[str]:
        return string(self._r, self._n + 8)

    @property
    def document_source(self) -> Optional[int]:
        """0 local file, 1 web page, 5 uploaded file id"""
        return value(self._r, self._n + 11)

    @property
    def source_file_id(self) -> Optional[str]:
        """A file from files.upload"""
        return string(self._r, self._n + 14)


class DocumentUpdateRule(View):
    """How a web page file is refreshed"""

    __slots__ = ()
    _NAME = "DocumentUpdateRule"
    _FIELDS = ("update_type", "update_interval")

    @property
    def update_type(self) -> Optional[int]:
        """0 no automatic update, 1 automatic update"""
        return value(self._r, self._n + 2)

    @property
    def update_interval(self) -> Optional[int]:
        """Hours between automatic updates"""
        return value(self._r, self._n + 5)


class DoneEventData(View):
    """Payload of a done event"""

    __slots__ = ()
    _NAME = "DoneEventData"
    _FIELDS = ("debug_url",)

    @property
    def debug_url(self) -> Optional[str]:
        """Page showing the run, for chat flows and workflows"""
        return string(self._r, self._n + 2)


class DuplicateTemplateResult(View):
    """What a template was copied into"""

    __slots__ = ()
    _NAME = "DuplicateTemplateResult"
    _FIELDS = ("entity_id", "entity_type")

    @property
    def entity_id(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def entity_type(self) -> Optional[str]:
        """Known values: ``agent`` (others are kept)."""
        return string(self._r, self._n + 5)


class EnterMessage(View):
    """A message sent with a request"""

    __slots__ = ()
    _NAME = "EnterMessage"
    _FIELDS = ("role", "type", "content", "content_type", "meta_data")

    @property
    def role(self) -> Optional[str]:
        """Known values: ``user``, ``assistant`` (others are kept)."""
        return string(self._r, self._n + 2)

    @property
    def type(self) -> Optional[str]:
        """Known values: ``question``, ``answer``, ``function_call``, ``tool_output``, ``tool_response`` (others are
        kept).
        """
        return string(self._r, self._n + 5)

    @property
    def content(self) -> Optional[str]:
        """Text, or the JSON text of object_string items"""
        return string(self._r, self._n + 8)

    @property
    def content_type(self) -> Optional[str]:
        """Known values: ``text``, ``object_string`` (others are kept)."""
        return string(self._r, self._n + 11)

    @property
    def meta_data(self) -> Optional[Dict[str, str]]:
        """Custom key-value pairs"""
        return value(self._r, self._n + 14)


class ErrorEventData(View):
    """Payload of a chat error event"""

    __slots__ = ()
    _NAME = "ErrorEventData"
    _FIELDS = ("code", "msg")

    @property
    def code(self) -> Optional[int]:
        return value(self._r, self._n + 2)

    @property
    def msg(self) -> Optional[str]:
        return string(self._r, self._n + 5)


class File(View):
    """An uploaded file"""

    __slots__ = ()
    _NAME = "File"
    _FIELDS = ("id", "bytes", "created_at", "file_name")

    @property
    def id(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def bytes(self) -> Optional[int]:
        """Size in bytes"""
        return value(self._r, self._n + 5)

    @property
    def created_at(self) -> Optional[int]:
        """Unix time in seconds"""
        return value(self._r, self._n + 8)

    @property
    def file_name(self) -> Optional[str]:
        return string(self._r, self._n + 11)


class GradientPosition(View):
    """Where a background gradient starts and ends"""

    __slots__ = ()
    _NAME = "GradientPosition"
    _FIELDS = ("left", "right")

    @property
    def left(self) -> Optional[float]:
        return value(self._r, self._n + 2)

    @property
    def right(self) -> Optional[float]:
        return value(self._r, self._n + 5)


class InsertedMessage(View):
    """An additional message saved in the conversation"""

    __slots__ = ()
    _NAME = "InsertedMessage"
    _FIELDS = ("id",)

    @property
    def id(self) -> Optional[str]:
        return string(self._r, self._n + 2)


class ListBotsResult(View):
    """A page of bots (v1 answers use space_bots)"""

    __slots__ = ()
    _NAME = "ListBotsResult"
    _FIELDS = ("items", "total")

    @property
    def items(self) -> Optional[List[SimpleBot]]:
        """Also read from: ``space_bots``."""
        return value(self._r, self._n + 2)

    @property
    def total(self) -> Optional[int]:
        return value(self._r, self._n + 5)


class ListConversationsResult(View):
    """A page of conversations"""

    __slots__ = ()
    _NAME = "ListConversationsResult"
    _FIELDS = ("conversations", "has_more")

    @property
    def conversations(self) -> Optional[List[Conversation]]:
        return value(self._r, self._n + 2)

    @property
    def has_more(self) -> Optional[bool]:
        return value(self._r, self._n + 5)


class ListDatasetsResult(View):
    """A page of knowledge bases"""

    __slots__ = ()
    _NAME = "ListDatasetsResult"
    _FIELDS = ("dataset_list", "total_count")

    @property
    def dataset_list(self) -> Optional[List[Dataset]]:
        return value(self._r, self._n + 2)

    @property
    def total_count(self) -> Optional[int]:
        return value(self._r, self._n + 5)


class ListDocumentsResult(View):
    """A page of knowledge base files"""

    __slots__ = ()
    _NAME = "ListDocumentsResult"
    _FIELDS = ("document_infos", "total")

    @property
    def document_infos(self) -> Optional[List[Document]]:
        return value(self._r, self._n + 2)

    @property
    def total(self) -> Optional[int]:
        return value(self._r, self._n + 5)


class ListMessagesResult(View):
    """A page of messages"""

    __slots__ = ()
    _NAME = "ListMessagesResult"
    _FIELDS = ("data", "first_id", "last_id", "has_more")

    @property
    def data(self) -> Optional[List[Message]]:
        return value(self._r, self._n + 2)

    @property
    def first_id(self) -> Optional[str]:
        """Id of the page's first message"""
        return string(self._r, self._n + 5)

    @property
    def last_id(self) -> Optional[str]:
        """Id of the page's last message"""
        return string(self._r, self._n + 8)

    @property
    def has_more(self) -> Optional[bool]:
        return value(self._r, self._n + 11)


class ListPhotosResult(View):
    """A page of images"""

    __slots__ = ()
    _NAME = "ListPhotosResult"
    _FIELDS = ("photo_infos", "total_count")

    @property
    def photo_infos(self) -> Optional[List[Photo]]:
        return value(self._r, self._n + 2)

    @property
    def total_count(self) -> Optional[int]:
        return value(self._r, self._n + 5)


class ListVoicesResult(View):
    """A page of voices"""

    __slots__ = ()
    _NAME = "ListVoicesResult"
    _FIELDS = ("voice_list", "has_more")

    @property
    def voice_list(self) -> Optional[List[Voice]]:
        return value(self._r, self._n + 2)

    @property
    def has_more(self) -> Optional[bool]:
        return value(self._r, self._n + 5)


class ListWorkflowsResult(View):
    """A page of workflows"""

    __slots__ = ()
    _NAME = "ListWorkflowsResult"
    _FIELDS = ("items", "has_more")

    @property
    def items(self) -> Optional[List[WorkflowBasic]]:
        return value(self._r, self._n + 2)

    @property
    def has_more(self) -> Optional[bool]:
        return value(self._r, self._n + 5)


class ListWorkspacesResult(View):
    """A page of workspaces"""

    __slots__ = ()
    _NAME = "ListWorkspacesResult"
    _FIELDS = ("workspaces", "total_count")

    @property
    def workspaces(self) -> Optional[List[Workspace]]:
        return value(self._r, self._n + 2)

    @property
    def total_count(self) -> Optional[int]:
        return value(self._r, self._n + 5)


class Message(View):
    """One message of a conversation"""

    __slots__ = ()
    _NAME = "Message"
    _FIELDS = (
        "id",
        "conversation_id",
        "bot_id",
        "chat_id",
        "section_id",
        "role",
        "type",
        "content",
        "content_type",
        "reasoning_content",
        "meta_data",
        "created_at",
        "updated_at",
    )

    @property
    def id(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def conversation_id(self) -> Optional[str]:
        return string(self._r, self._n + 5)

    @property
    def bot_id(self) -> Optional[str]:
        return string(self._r, self._n + 8)

    @property
    def chat_id(self) -> Optional[str]:
        return string(self._r, self._n + 11)

    @property
    def section_id(self) -> Optional[str]:
        """Context section of the message"""
        return string(self._r, self._n + 14)

    @property
    def role(self) -> Optional[str]:
        """Known values: ``user``, ``assistant`` (others are kept)."""
        return string(self._r, self._n + 17)

    @property
    def type(self) -> Optional[str]:
        """Known values: ``answer``, ``question``, ``function_call``, ``tool_output``, ``tool_response``,
        ``follow_up``, ``verbose`` (others are kept).
        """
        return string(self._r, self._n + 20)

    @property
    def content(self) -> Optional[str]:
        """Text, JSON text of object_string items, or base64 audio"""
        return string(self._r, self._n + 23)

    @property
    def content_type(self) -> Optional[str]:
        """Known values: ``text``, ``object_string``, ``card``, ``audio`` (others are kept)."""
        return string(self._r, self._n + 26)

    @property
    def reasoning_content(self) -> Optional[str]:
        """The model's chain of thought"""
        return string(self._r, self._n + 29)

    @property
    def meta_data(self) -> Optional[Dict[str, str]]:
        """Custom key-value pairs"""
        return value(self._r, self._n + 32)

    @property
    def created_at(self) -> Optional[int]:
        """Unix time in seconds"""
        return value(self._r, self._n + 35)

    @property
    def updated_at(self) -> Optional[int]:
        """Unix time in seconds"""
        return value(self._r, self._n + 38)


class OAuthToken(View):
    """An OAuth token answer (no envelope)"""

    __slots__ = ()
    _NAME = "OAuthToken"
    _FIELDS = ("access_token", "token_type", "expires_in", "refresh_token")
    _SECRETS = ("access_token", "refresh_token")

    @property
    def access_token(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def token_type(self) -> Optional[str]:
        return string(self._r, self._n + 5)

    @property
    def expires_in(self) -> Optional[int]:
        """When the access token expires"""
        return value(self._r, self._n + 8)

    @property
    def refresh_token(self) -> Optional[str]:
        return string(self._r, self._n + 11)


class Photo(View):
    """An image of an image knowledge base"""

    __slots__ = ()
    _NAME = "Photo"
    _FIELDS = (
        "document_id",
        "url",
        "name",
        "size",
        "type",
        "status",
        "caption",
        "creator_id",
        "source_type",
        "create_time",
        "update_time",
    )

    @property
    def document_id(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def url(self) -> Optional[str]:
        return string(self._r, self._n + 5)

    @property
    def name(self) -> Optional[str]:
        return string(self._r, self._n + 8)

    @property
    def size(self) -> Optional[int]:
        """Size in bytes"""
        return value(self._r, self._n + 11)

    @property
    def type(self) -> Optional[str]:
        """File extension"""
        return string(self._r, self._n + 14)

    @property
    def status(self) -> Optional[int]:
        """0 processing, 1 done, 9 failed"""
        return value(self._r, self._n + 17)

    @property
    def caption(self) -> Optional[str]:
        return string(self._r, self._n + 20)

    @property
    def creator_id(self) -> Optional[str]:
        return string(self._r, self._n + 23)

    @property
    def source_type(self) -> Optional[int]:
        """0 local file, 1 web page, 5 uploaded file id, ..."""
        return value(self._r, self._n + 26)

    @property
    def create_time(self) -> Optional[int]:
        """Unix time in seconds"""
        return value(self._r, self._n + 29)

    @property
    def update_time(self) -> Optional[int]:
        """Unix time in seconds"""
        return value(self._r, self._n + 32)


class ProcessDatasetResult(View):
    """Upload progress of knowledge base files"""

    __slots__ = ()
    _NAME = "ProcessDatasetResult"
    _FIELDS = ("data",)

    @property
    def data(self) -> Optional[List[DocumentProgress]]:
        return value(self._r, self._n + 2)


class PublishBotResult(View):
    """The version just published"""

    __slots__ = ()
    _NAME = "PublishBotResult"
    _FIELDS = ("bot_id", "version")

    @property
    def bot_id(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def version(self) -> Optional[str]:
        return string(self._r, self._n + 5)


class ResponseDetail(View):
    """Details of an answer"""

    __slots__ = ()
    _NAME = "ResponseDetail"
    _FIELDS = ("logid",)

    @property
    def logid(self) -> Optional[str]:
        """Log id of the request, for support"""
        return string(self._r, self._n + 2)


class RetrieveVariablesResult(View):
    """User variables"""

    __slots__ = ()
    _NAME = "RetrieveVariablesResult"
    _FIELDS = ("items",)

    @property
    def items(self) -> Optional[List[VariableValue]]:
        return value(self._r, self._n + 2)


class Room(View):
    """An RTC room to join"""

    __slots__ = ()
    _NAME = "Room"
    _FIELDS = ("room_id", "app_id", "token", "uid")

    @property
    def room_id(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def app_id(self) -> Optional[str]:
        """RTC application id"""
        return string(self._r, self._n + 5)

    @property
    def token(self) -> Optional[str]:
        """Token to join the room"""
        return string(self._r, self._n + 8)

    @property
    def uid(self) -> Optional[str]:
        """The end user's id in the room"""
        return string(self._r, self._n + 11)


class RoomAudioConfig(View):
    """Audio settings of an RTC room"""

    __slots__ = ()
    _NAME = "RoomAudioConfig"
    _FIELDS = ("codec",)

    @property
    def codec(self) -> Optional[str]:
        """Known values: ``AACLC``, ``G711A``, ``OPUS``, ``G722`` (others are kept)."""
        return string(self._r, self._n + 2)


class RoomConfig(View):
    """Settings of an RTC room"""

    __slots__ = ()
    _NAME = "RoomConfig"
    _FIELDS = (
        "audio_config",
        "video_config",
        "prologue_content",
        "prologue_delay_duration_ms",
        "room_mode",
        "translate_config",
    )

    @property
    def audio_config(self) -> Optional[RoomAudioConfig]:
        return value(self._r, self._n + 2)

    @property
    def video_config(self) -> Optional[RoomVideoConfig]:
        return value(self._r, self._n + 5)

    @property
    def prologue_content(self) -> Optional[str]:
        """What the bot says first"""
        return string(self._r, self._n + 8)

    @property
    def prologue_delay_duration_ms(self) -> Optional[int]:
        """Delay before the prologue"""
        return value(self._r, self._n + 11)

    @property
    def room_mode(self) -> Optional[str]:
        """Known values: ``default``, ``s2s``, ``podcast``, ``translate`` (others are kept)."""
        return string(self._r, self._n + 14)

    @property
    def translate_config(self) -> Optional[RoomTranslateConfig]:
        return value(self._r, self._n + 17)


class RoomTranslateConfig(View):
    """Languages of a translate room"""

    __slots__ = ()
    _NAME = "RoomTranslateConfig"
    _FIELDS = ("from", "to")

    @property
    def from_(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def to(self) -> Optional[str]:
        return string(self._r, self._n + 5)


class RoomVideoConfig(View):
    """Video settings of an RTC room"""

    __slots__ = ()
    _NAME = "RoomVideoConfig"
    _FIELDS = ("codec", "stream_video_type", "video_frame_rate", "video_frame_expire_duration")

    @property
    def codec(self) -> Optional[str]:
        """Known values: ``H264``, ``BYTEVC1`` (others are kept)."""
        return string(self._r, self._n + 2)

    @property
    def stream_video_type(self) -> Optional[str]:
        """Known values: ``main``, ``screen`` (others are kept)."""
        return string(self._r, self._n + 5)

    @property
    def video_frame_rate(self) -> Optional[int]:
        return value(self._r, self._n + 8)

    @property
    def video_frame_expire_duration(self) -> Optional[int]:
        return value(self._r, self._n + 11)


class Section(View):
    """A context section of a conversation"""

    __slots__ = ()
    _NAME = "Section"
    _FIELDS = ("id", "conversation_id")

    @property
    def id(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def conversation_id(self) -> Optional[str]:
        return string(self._r, self._n + 5)


class ShortcutCommand(View):
    """A bot shortcut command to run in a chat"""

    __slots__ = ()
    _NAME = "ShortcutCommand"
    _FIELDS = ("command_id", "parameters")

    @property
    def command_id(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def parameters(self) -> Optional[Dict[str, str]]:
        """Component values by component name"""
        return value(self._r, self._n + 5)


class SimpleBot(View):
    """A bot in a list (v1 answers use bot_id, bot_name, publish_time)"""

    __slots__ = ()
    _NAME = "SimpleBot"
    _FIELDS = (
        "id",
        "name",
        "description",
        "icon_url",
        "is_published",
        "updated_at",
        "published_at",
        "owner_user_id",
        "folder_id",
    )

    @property
    def id(self) -> Optional[str]:
        """Also read from: ``bot_id``."""
        return string(self._r, self._n + 2)

    @property
    def name(self) -> Optional[str]:
        """Also read from: ``bot_name``."""
        return string(self._r, self._n + 5)

    @property
    def description(self) -> Optional[str]:
        return string(self._r, self._n + 8)

    @property
    def icon_url(self) -> Optional[str]:
        return string(self._r, self._n + 11)

    @property
    def is_published(self) -> Optional[bool]:
        return value(self._r, self._n + 14)

    @property
    def updated_at(self) -> Optional[int]:
        """Unix time in seconds"""
        return value(self._r, self._n + 17)

    @property
    def published_at(self) -> Optional[int]:
        """Unix time in seconds
        Also read from: ``publish_time``.
        """
        return value(self._r, self._n + 20)

    @property
    def owner_user_id(self) -> Optional[str]:
        return string(self._r, self._n + 23)

    @property
    def folder_id(self) -> Optional[str]:
        return string(self._r, self._n + 26)


class ToolOutput(View):
    """The result of one tool call"""

    __slots__ = ()
    _NAME = "ToolOutput"
    _FIELDS = ("tool_call_id", "output")

    @property
    def tool_call_id(self) -> Optional[str]:
        """id of the tool call answered"""
        return string(self._r, self._n + 2)

    @property
    def output(self) -> Optional[str]:
        return string(self._r, self._n + 5)


class Transcription(View):
    """Text recognised in audio"""

    __slots__ = ()
    _NAME = "Transcription"
    _FIELDS = ("text",)

    @property
    def text(self) -> Optional[str]:
        return string(self._r, self._n + 2)


class Usage(View):
    """Tokens used"""

    __slots__ = ()
    _NAME = "Usage"
    _FIELDS = ("token_count", "output_count", "input_count")

    @property
    def token_count(self) -> Optional[int]:
        """Input plus output tokens"""
        return value(self._r, self._n + 2)

    @property
    def output_count(self) -> Optional[int]:
        """Output tokens"""
        return value(self._r, self._n + 5)

    @property
    def input_count(self) -> Optional[int]:
        """Input tokens"""
        return value(self._r, self._n + 8)


class User(View):
    """A Coze user"""

    __slots__ = ()
    _NAME = "User"
    _FIELDS = ("user_id", "user_name", "nick_name", "avatar_url")

    @property
    def user_id(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def user_name(self) -> Optional[str]:
        return string(self._r, self._n + 5)

    @property
    def nick_name(self) -> Optional[str]:
        return string(self._r, self._n + 8)

    @property
    def avatar_url(self) -> Optional[str]:
        return string(self._r, self._n + 11)


class VariableValue(View):
    """A user variable"""

    __slots__ = ()
    _NAME = "VariableValue"
    _FIELDS = ("keyword", "value", "create_time", "update_time")

    @property
    def keyword(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def value(self) -> Optional[str]:
        return string(self._r, self._n + 5)

    @property
    def create_time(self) -> Optional[int]:
        """Unix time in seconds; 0 for a default value"""
        return value(self._r, self._n + 8)

    @property
    def update_time(self) -> Optional[int]:
        """Unix time in seconds"""
        return value(self._r, self._n + 11)


class Voice(View):
    """A voice for speech"""

    __slots__ = ()
    _NAME = "Voice"
    _FIELDS = (
        "voice_id",
        "name",
        "is_system_voice",
        "language_code",
        "language_name",
        "preview_text",
        "preview_audio",
        "available_training_times",
        "create_time",
        "update_time",
        "model_type",
        "state",
        "support_emotions",
    )

    @property
    def voice_id(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def name(self) -> Optional[str]:
        return string(self._r, self._n + 5)

    @property
    def is_system_voice(self) -> Optional[bool]:
        return value(self._r, self._n + 8)

    @property
    def language_code(self) -> Optional[str]:
        return string(self._r, self._n + 11)

    @property
    def language_name(self) -> Optional[str]:
        return string(self._r, self._n + 14)

    @property
    def preview_text(self) -> Optional[str]:
        return string(self._r, self._n + 17)

    @property
    def preview_audio(self) -> Optional[str]:
        """URL of a sample"""
        return string(self._r, self._n + 20)

    @property
    def available_training_times(self) -> Optional[int]:
        """Clonings left"""
        return value(self._r, self._n + 23)

    @property
    def create_time(self) -> Optional[int]:
        """Unix time in seconds"""
        return value(self._r, self._n + 26)

    @property
    def update_time(self) -> Optional[int]:
        """Unix time in seconds"""
        return value(self._r, self._n + 29)

    @property
    def model_type(self) -> Optional[str]:
        """Known values: ``big``, ``small`` (others are kept)."""
        return string(self._r, self._n + 32)

    @property
    def state(self) -> Optional[str]:
        """Known values: ``init``, ``cloned``, ``all`` (others are kept)."""
        return string(self._r, self._n + 35)

    @property
    def support_emotions(self) -> Optional[List[VoiceEmotion]]:
        return value(self._r, self._n + 38)


class VoiceEmotion(View):
    """An emotion a voice can speak with"""

    __slots__ = ()
    _NAME = "VoiceEmotion"
    _FIELDS = ("emotion", "display_name", "emotion_scale_interval")

    @property
    def emotion(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def display_name(self) -> Optional[str]:
        return string(self._r, self._n + 5)

    @property
    def emotion_scale_interval(self) -> Optional[VoiceEmotionScale]:
        return value(self._r, self._n + 8)


class VoiceEmotionScale(View):
    """Allowed strengths of an emotion"""

    __slots__ = ()
    _NAME = "VoiceEmotionScale"
    _FIELDS = ("min", "max", "default")

    @property
    def min(self) -> Optional[float]:
        return value(self._r, self._n + 2)

    @property
    def max(self) -> Optional[float]:
        return value(self._r, self._n + 5)

    @property
    def default(self) -> Optional[float]:
        return value(self._r, self._n + 8)


class WorkflowBasic(View):
    """A workflow's basic information"""

    __slots__ = ()
    _NAME = "WorkflowBasic"
    _FIELDS = (
        "workflow_id",
        "workflow_name",
        "description",
        "icon_url",
        "app_id",
        "created_at",
        "updated_at",
        "creator",
    )

    @property
    def workflow_id(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def workflow_name(self) -> Optional[str]:
        return string(self._r, self._n + 5)

    @property
    def description(self) -> Optional[str]:
        return string(self._r, self._n + 8)

    @property
    def icon_url(self) -> Optional[str]:
        return string(self._r, self._n + 11)

    @property
    def app_id(self) -> Optional[str]:
        """App of the workflow; 0 when none"""
        return string(self._r, self._n + 14)

    @property
    def created_at(self) -> Optional[int]:
        """Unix time in seconds"""
        return value(self._r, self._n + 17)

    @property
    def updated_at(self) -> Optional[int]:
        """Unix time in seconds"""
        return value(self._r, self._n + 20)

    @property
    def creator(self) -> Optional[WorkflowUser]:
        return value(self._r, self._n + 23)


class WorkflowErrorEvent(View):
    """Payload of a workflow Error event"""

    __slots__ = ()
    _NAME = "WorkflowErrorEvent"
    _FIELDS = ("error_code", "error_message")

    @property
    def error_code(self) -> Optional[int]:
        return value(self._r, self._n + 2)

    @property
    def error_message(self) -> Optional[str]:
        return string(self._r, self._n + 5)


class WorkflowInfo(View):
    """A workflow with its inputs and outputs"""

    __slots__ = ()
    _NAME = "WorkflowInfo"
    _FIELDS = ("workflow_detail", "input", "output")

    @property
    def workflow_detail(self) -> Optional[WorkflowBasic]:
        return value(self._r, self._n + 2)

    @property
    def input(self) -> Optional[WorkflowInput]:
        return value(self._r, self._n + 5)

    @property
    def output(self) -> Optional[WorkflowOutput]:
        return value(self._r, self._n + 8)


class WorkflowInput(View):
    """The start node's input parameters"""

    __slots__ = ()
    _NAME = "WorkflowInput"
    _FIELDS = ("parameters",)

    @property
    def parameters(self) -> Optional[Dict[str, WorkflowParameter]]:
        return value(self._r, self._n + 2)


class WorkflowInterruptData(View):
    """Why a workflow run stopped and how to resume it"""

    __slots__ = ()
    _NAME = "WorkflowInterruptData"
    _FIELDS = ("event_id", "type", "data", "required_parameters")

    @property
    def event_id(self) -> Optional[str]:
        """Pass back to workflows.runs.resume"""
        return string(self._r, self._n + 2)

    @property
    def type(self) -> Optional[int]:
        """Interrupt type; pass back as interrupt_type"""
        return value(self._r, self._n + 5)

    @property
    def data(self) -> Optional[str]:
        """The interrupting question, often JSON text"""
        return string(self._r, self._n + 8)

    @property
    def required_parameters(self) -> Optional[Dict[str, Any]]:
        """Parameters the answer must supply"""
        return value(self._r, self._n + 11)


class WorkflowInterruptEvent(View):
    """Payload of a workflow Interrupt event"""

    __slots__ = ()
    _NAME = "WorkflowInterruptEvent"
    _FIELDS = ("interrupt_data", "node_title")

    @property
    def interrupt_data(self) -> Optional[WorkflowInterruptData]:
        return value(self._r, self._n + 2)

    @property
    def node_title(self) -> Optional[str]:
        """Name of the interrupting node"""
        return string(self._r, self._n + 5)


class WorkflowMessageEvent(View):
    """Payload of a workflow Message event"""

    __slots__ = ()
    _NAME = "WorkflowMessageEvent"
    _FIELDS = (
        "content",
        "content_type",
        "node_title",
        "node_seq_id",
        "node_is_finish",
        "ext",
        "usage",
        "cost",
        "token",
        "node_id",
        "node_execute_uuid",
    )

    @property
    def content(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def content_type(self) -> Optional[str]:
        return string(self._r, self._n + 5)

    @property
    def node_title(self) -> Optional[str]:
        """Name of the node that sent the message"""
        return string(self._r, self._n + 8)

    @property
    def node_seq_id(self) -> Optional[str]:
        """Index of the message within the node, from 0"""
        return string(self._r, self._n + 11)

    @property
    def node_is_finish(self) -> Optional[bool]:
        """Last message of the node"""
        return value(self._r, self._n + 14)

    @property
    def ext(self) -> Optional[Dict[str, str]]:
        """Extra fields"""
        return value(self._r, self._n + 17)

    @property
    def usage(self) -> Optional[Usage]:
        return value(self._r, self._n + 20)

    @property
    def cost(self) -> Optional[str]:
        """Reserved"""
        return string(self._r, self._n + 23)

    @property
    def token(self) -> Optional[int]:
        """Tokens used"""
        return value(self._r, self._n + 26)

    @property
    def node_id(self) -> Optional[str]:
        """Id of the node that sent the message"""
        return string(self._r, self._n + 29)

    @property
    def node_execute_uuid(self) -> Optional[str]:
        """Id of this execution of the node"""
        return string(self._r, self._n + 32)


class WorkflowNodeExecuteHistory(View):
    """The output of one node execution"""

    __slots__ = ()
    _NAME = "WorkflowNodeExecuteHistory"
    _FIELDS = ("is_finish", "node_output")

    @property
    def is_finish(self) -> Optional[bool]:
        return value(self._r, self._n + 2)

    @property
    def node_output(self) -> Optional[str]:
        """Usually JSON text"""
        return string(self._r, self._n + 5)


class WorkflowNodeExecuteStatus(View):
    """How one node of a workflow run went"""

    __slots__ = ()
    _NAME = "WorkflowNodeExecuteStatus"
    _FIELDS = (
        "node_id",
        "is_finish",
        "loop_index",
        "batch_index",
        "update_time",
        "sub_execute_id",
        "node_execute_uuid",
    )

    @property
    def node_id(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def is_finish(self) -> Optional[bool]:
        return value(self._r, self._n + 5)

    @property
    def loop_index(self) -> Optional[int]:
        """Iteration within a loop node"""
        return value(self._r, self._n + 8)

    @property
    def batch_index(self) -> Optional[int]:
        """Item within a batch node"""
        return value(self._r, self._n + 11)

    @property
    def update_time(self) -> Optional[int]:
        """Unix time in seconds"""
        return value(self._r, self._n + 14)

    @property
    def sub_execute_id(self) -> Optional[str]:
        """Run id of a sub-workflow"""
        return string(self._r, self._n + 17)

    @property
    def node_execute_uuid(self) -> Optional[str]:
        """Id of this execution of the node"""
        return string(self._r, self._n + 20)


class WorkflowOutput(View):
    """The end node's output"""

    __slots__ = ()
    _NAME = "WorkflowOutput"
    _FIELDS = ("content", "parameters", "terminate_plan")

    @property
    def content(self) -> Optional[str]:
        """Answer template when the end node returns text"""
        return string(self._r, self._n + 2)

    @property
    def parameters(self) -> Optional[Dict[str, WorkflowParameter]]:
        return value(self._r, self._n + 5)

    @property
    def terminate_plan(self) -> Optional[str]:
        """How the end node answers"""
        return string(self._r, self._n + 8)


class WorkflowParameter(View):
    """One parameter of a workflow"""

    __slots__ = ()
    _NAME = "WorkflowParameter"
    _FIELDS = ("type", "required", "description", "default_value", "items", "properties")

    @property
    def type(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def required(self) -> Optional[bool]:
        return value(self._r, self._n + 5)

    @property
    def description(self) -> Optional[str]:
        return string(self._r, self._n + 8)

    @property
    def default_value(self) -> Optional[str]:
        return string(self._r, self._n + 11)

    @property
    def items(self) -> Optional[Any]:
        """Element parameter of an array parameter"""
        return value(self._r, self._n + 14)

    @property
    def properties(self) -> Optional[Dict[str, Any]]:
        """Member parameters of an object parameter"""
        return value(self._r, self._n + 17)


class WorkflowRunHistory(View):
    """One workflow run"""

    __slots__ = ()
    _NAME = "WorkflowRunHistory"
    _FIELDS = (
        "execute_id",
        "execute_status",
        "bot_id",
        "connector_id",
        "connector_uid",
        "run_mode",
        "logid",
        "create_time",
        "update_time",
        "output",
        "error_code",
        "error_message",
        "debug_url",
        "usage",
        "is_output_trimmed",
        "node_execute_status",
        "interrupt_data",
    )

    @property
    def execute_id(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def execute_status(self) -> Optional[str]:
        """Known values: ``Success``, ``Running``, ``Fail`` (others are kept)."""
        return string(self._r, self._n + 5)

    @property
    def bot_id(self) -> Optional[str]:
        """Bot the run used; 0 when none"""
        return string(self._r, self._n + 8)

    @property
    def connector_id(self) -> Optional[str]:
        return string(self._r, self._n + 11)

    @property
    def connector_uid(self) -> Optional[str]:
        """The end user's id"""
        return string(self._r, self._n + 14)

    @property
    def run_mode(self) -> Optional[int]:
        """0 synchronous, 1 streaming, 2 asynchronous"""
        return value(self._r, self._n + 17)

    @property
    def logid(self) -> Optional[str]:
        """Log id of the asynchronous run"""
        return string(self._r, self._n + 20)

    @property
    def create_time(self) -> Optional[int]:
        """Unix time in seconds"""
        return value(self._r, self._n + 23)

    @property
    def update_time(self) -> Optional[int]:
        """Unix time in seconds"""
        return value(self._r, self._n + 26)

    @property
    def output(self) -> Optional[str]:
        """The workflow's output, usually JSON text"""
        return string(self._r, self._n + 29)

    @property
    def error_code(self) -> Optional[str]:
        """0 on success"""
        return string(self._r, self._n + 32)

    @property
    def error_message(self) -> Optional[str]:
        return string(self._r, self._n + 35)

    @property
    def debug_url(self) -> Optional[str]:
        """Page showing the run (kept 7 days)"""
        return string(self._r, self._n + 38)

    @property
    def usage(self) -> Optional[Usage]:
        return value(self._r, self._n + 41)

    @property
    def is_output_trimmed(self) -> Optional[bool]:
        """The output was cut for size"""
        return value(self._r, self._n + 44)

    @property
    def node_execute_status(self) -> Optional[Dict[str, WorkflowNodeExecuteStatus]]:
        """Output nodes' runs by node"""
        return value(self._r, self._n + 47)

    @property
    def interrupt_data(self) -> Optional[WorkflowInterruptData]:
        return value(self._r, self._n + 50)


class WorkflowRunResult(View):
    """The result of a workflow run"""

    __slots__ = ()
    _NAME = "WorkflowRunResult"
    _FIELDS = ("data", "execute_id", "debug_url", "usage", "interrupt_data", "cost", "token")

    @property
    def data(self) -> Optional[Any]:
        """The workflow's output (sent as JSON text, parsed)"""
        return value(self._r, self._n + 2)

    @property
    def execute_id(self) -> Optional[str]:
        """Run id, for the run history"""
        return string(self._r, self._n + 5)

    @property
    def debug_url(self) -> Optional[str]:
        """Page showing the run (kept 7 days)"""
        return string(self._r, self._n + 8)

    @property
    def usage(self) -> Optional[Usage]:
        return value(self._r, self._n + 11)

    @property
    def interrupt_data(self) -> Optional[WorkflowInterruptData]:
        return value(self._r, self._n + 14)

    @property
    def cost(self) -> Optional[str]:
        """Reserved"""
        return string(self._r, self._n + 17)

    @property
    def token(self) -> Optional[int]:
        """Tokens used"""
        return value(self._r, self._n + 20)


class WorkflowUser(View):
    """A Coze user who created a workflow"""

    __slots__ = ()
    _NAME = "WorkflowUser"
    _FIELDS = ("id", "name")

    @property
    def id(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def name(self) -> Optional[str]:
        return string(self._r, self._n + 5)


class Workspace(View):
    """A workspace"""

    __slots__ = ()
    _NAME = "Workspace"
    _FIELDS = (
        "id",
        "name",
        "icon_url",
        "description",
        "role_type",
        "workspace_type",
        "enterprise_id",
        "owner_uid",
        "admin_uids",
        "joined_status",
    )

    @property
    def id(self) -> Optional[str]:
        return string(self._r, self._n + 2)

    @property
    def name(self) -> Optional[str]:
        return string(self._r, self._n + 5)

    @property
    def icon_url(self) -> Optional[str]:
        return string(self._r, self._n + 8)

    @property
    def description(self) -> Optional[str]:
        return string(self._r, self._n + 11)

    @property
    def role_type(self) -> Optional[str]:
        """Known values: ``owner``, ``admin``, ``member`` (others are kept)."""
        return string(self._r, self._n + 14)

    @property
    def workspace_type(self) -> Optional[str]:
        """Known values: ``personal``, ``team`` (others are kept)."""
        return string(self._r, self._n + 17)

    @property
    def enterprise_id(self) -> Optional[str]:
        return string(self._r, self._n + 20)

    @property
    def owner_uid(self) -> Optional[str]:
        return string(self._r, self._n + 23)

    @property
    def admin_uids(self) -> Optional[List[str]]:
        return value(self._r, self._n + 26)

    @property
    def joined_status(self) -> Optional[str]:
        return string(self._r, self._n + 29)


register_models(
    (
        BackgroundImageInfo,
        Bot,
        BotBackgroundImageInfo,
        BotKnowledge,
        BotKnowledgeInfo,
        BotModelInfo,
        BotOnboardingInfo,
        BotPluginApiInfo,
        BotPluginIdInfo,
        BotPluginIdList,
        BotPluginInfo,
        BotPromptInfo,
        BotShortcutCommandComponent,
        BotShortcutCommandInfo,
        BotShortcutCommandTool,
        BotSuggestReplyInfo,
        BotVariable,
        BotVoiceInfo,
        BotWorkflowIdInfo,
        BotWorkflowIdList,
        BotWorkflowInfo,
        CanvasPosition,
        Chat,
        ChatError,
        ChatRequiredAction,
        ChatSubmitToolOutputs,
        ChatToolCall,
        ChatToolCallFunction,
        ClientHealth,
        CloneVoiceResult,
        Conversation,
        CreateBotResult,
        CreateDatasetResult,
        Dataset,
        DeviceCode,
        Document,
        DocumentBase,
        DocumentChunkStrategy,
        DocumentProgress,
        DocumentSourceInfo,
        DocumentUpdateRule,
        DoneEventData,
        DuplicateTemplateResult,
        EnterMessage,
        ErrorEventData,
        File,
        GradientPosition,
        InsertedMessage,
        ListBotsResult,
        ListConversationsResult,
        ListDatasetsResult,
        ListDocumentsResult,
        ListMessagesResult,
        ListPhotosResult,
        ListVoicesResult,
        ListWorkflowsResult,
        ListWorkspacesResult,
        Message,
        OAuthToken,
        Photo,
        ProcessDatasetResult,
        PublishBotResult,
        ResponseDetail,
        RetrieveVariablesResult,
        Room,
        RoomAudioConfig,
        RoomConfig,
        RoomTranslateConfig,
        RoomVideoConfig,
        Section,
        ShortcutCommand,
        SimpleBot,
        ToolOutput,
        Transcription,
        Usage,
        User,
        VariableValue,
        Voice,
        VoiceEmotion,
        VoiceEmotionScale,
        WorkflowBasic,
        WorkflowErrorEvent,
        WorkflowInfo,
        WorkflowInput,
        WorkflowInterruptData,
        WorkflowInterruptEvent,
        WorkflowMessageEvent,
        WorkflowNodeExecuteHistory,
        WorkflowNodeExecuteStatus,
        WorkflowOutput,
        WorkflowParameter,
        WorkflowRunHistory,
        WorkflowRunResult,
        WorkflowUser,
        Workspace,
    )
)
