// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.StreamEvent;
import io.cozecore.internal.CoreRecord;
import io.cozecore.model.ChatEvent;
import io.cozecore.model.WorkflowEvent;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The operations of the description, and the event views of each streaming one. */
public final class Operations {
  /** Every operation name, sorted. */
  public static final List<String> NAMES =
      List.of(
          "audio.rooms.create",
          "audio.speech.create",
          "audio.transcriptions.create",
          "audio.voices.clone",
          "audio.voices.list",
          "bots.create",
          "bots.list",
          "bots.list_v1",
          "bots.publish",
          "bots.retrieve",
          "bots.retrieve_v1",
          "bots.update",
          "chat.cancel",
          "chat.create",
          "chat.messages.list",
          "chat.retrieve",
          "chat.stream",
          "chat.submit_tool_outputs",
          "chat.submit_tool_outputs.stream",
          "conversations.clear",
          "conversations.create",
          "conversations.delete",
          "conversations.list",
          "conversations.messages.create",
          "conversations.messages.delete",
          "conversations.messages.feedback.create",
          "conversations.messages.feedback.delete",
          "conversations.messages.list",
          "conversations.messages.retrieve",
          "conversations.messages.update",
          "conversations.retrieve",
          "conversations.update",
          "datasets.create",
          "datasets.delete",
          "datasets.documents.create",
          "datasets.documents.delete",
          "datasets.documents.list",
          "datasets.documents.update",
          "datasets.images.list",
          "datasets.images.update",
          "datasets.list",
          "datasets.process",
          "datasets.update",
          "files.retrieve",
          "files.upload",
          "oauth.account_token",
          "oauth.device_code",
          "oauth.enterprise_token",
          "oauth.token",
          "templates.duplicate",
          "users.me",
          "variables.retrieve",
          "variables.update",
          "workflows.chat.stream",
          "workflows.list",
          "workflows.retrieve",
          "workflows.runs.create",
          "workflows.runs.histories.execute_nodes.retrieve",
          "workflows.runs.histories.retrieve",
          "workflows.runs.resume",
          "workflows.runs.stream",
          "workspaces.list");

  private static final Map<String, Set<String>> PARAMETERS =
      Map.ofEntries(
          Map.entry(
              "audio.rooms.create",
              Set.of("bot_id", "conversation_id", "voice_id", "uid", "workflow_id", "config")),
          Map.entry(
              "audio.speech.create",
              Set.of(
                  "input",
                  "voice_id",
                  "response_format",
                  "speed",
                  "sample_rate",
                  "loudness_rate",
                  "emotion",
                  "emotion_scale")),
          Map.entry("audio.transcriptions.create", Set.of("file")),
          Map.entry(
              "audio.voices.clone",
              Set.of(
                  "voice_name",
                  "file",
                  "audio_format",
                  "language",
                  "voice_id",
                  "preview_text",
                  "text",
                  "space_id",
                  "description")),
          Map.entry(
              "audio.voices.list",
              Set.of("filter_system_voice", "model_type", "voice_state", "page_num", "page_size")),
          Map.entry(
              "bots.create",
              Set.of(
                  "space_id",
                  "name",
                  "description",
                  "icon_file_id",
                  "prompt_info",
                  "onboarding_info",
                  "plugin_id_list",
                  "workflow_id_list",
                  "model_info_config",
                  "suggest_reply_info")),
          Map.entry(
              "bots.list",
              Set.of(
                  "workspace_id",
                  "publish_status",
                  "connector_id",
                  "page_num",
                  "page_size",
                  "use_api_version",
                  "space_id",
                  "page_index")),
          Map.entry("bots.list_v1", Set.of("space_id", "page_index", "page_size")),
          Map.entry("bots.publish", Set.of("bot_id", "connector_ids")),
          Map.entry("bots.retrieve", Set.of("bot_id", "is_published", "use_api_version")),
          Map.entry("bots.retrieve_v1", Set.of("bot_id")),
          Map.entry(
              "bots.update",
              Set.of(
                  "bot_id",
                  "name",
                  "description",
                  "icon_file_id",
                  "prompt_info",
                  "onboarding_info",
                  "knowledge",
                  "plugin_id_list",
                  "workflow_id_list",
                  "model_info_config",
                  "suggest_reply_info")),
          Map.entry("chat.cancel", Set.of("conversation_id", "chat_id")),
          Map.entry(
              "chat.create",
              Set.of(
                  "conversation_id",
                  "bot_id",
                  "user_id",
                  "additional_messages",
                  "custom_variables",
                  "auto_save_history",
                  "meta_data",
                  "extra_params",
                  "parameters",
                  "enable_card",
                  "shortcut_command",
                  "connector_id")),
          Map.entry("chat.messages.list", Set.of("conversation_id", "chat_id")),
          Map.entry("chat.retrieve", Set.of("conversation_id", "chat_id")),
          Map.entry(
              "chat.stream",
              Set.of(
                  "conversation_id",
                  "bot_id",
                  "user_id",
                  "additional_messages",
                  "custom_variables",
                  "auto_save_history",
                  "meta_data",
                  "extra_params",
                  "parameters",
                  "enable_card",
                  "shortcut_command",
                  "connector_id")),
          Map.entry(
              "chat.submit_tool_outputs",
              Set.of("conversation_id", "chat_id", "tool_outputs", "connector_id")),
          Map.entry(
              "chat.submit_tool_outputs.stream",
              Set.of("conversation_id", "chat_id", "tool_outputs", "connector_id")),
          Map.entry("conversations.clear", Set.of("conversation_id")),
          Map.entry(
              "conversations.create",
              Set.of("bot_id", "name", "messages", "meta_data", "connector_id")),
          Map.entry("conversations.delete", Set.of("conversation_id")),
          Map.entry(
              "conversations.list",
              Set.of("bot_id", "page_num", "page_size", "sort_order", "connector_id")),
          Map.entry(
              "conversations.messages.create",
              Set.of("conversation_id", "role", "content", "content_type", "meta_data")),
          Map.entry("conversations.messages.delete", Set.of("conversation_id", "message_id")),
          Map.entry(
              "conversations.messages.feedback.create",
              Set.of("conversation_id", "message_id", "feedback_type", "reason_types", "comment")),
          Map.entry(
              "conversations.messages.feedback.delete", Set.of("conversation_id", "message_id")),
          Map.entry(
              "conversations.messages.list",
              Set.of(
                  "conversation_id",
                  "order",
                  "chat_id",
                  "before_id",
                  "after_id",
                  "limit",
                  "bot_id")),
          Map.entry("conversations.messages.retrieve", Set.of("conversation_id", "message_id")),
          Map.entry(
              "conversations.messages.update",
              Set.of("conversation_id", "message_id", "content", "content_type", "meta_data")),
          Map.entry("conversations.retrieve", Set.of("conversation_id")),
          Map.entry("conversations.update", Set.of("conversation_id", "name")),
          Map.entry(
              "datasets.create",
              Set.of("name", "space_id", "format_type", "description", "file_id")),
          Map.entry("datasets.delete", Set.of("dataset_id")),
          Map.entry(
              "datasets.documents.create",
              Set.of("dataset_id", "document_bases", "chunk_strategy", "format_type")),
          Map.entry("datasets.documents.delete", Set.of("document_ids")),
          Map.entry("datasets.documents.list", Set.of("dataset_id", "page", "size")),
          Map.entry(
              "datasets.documents.update", Set.of("document_id", "document_name", "update_rule")),
          Map.entry(
              "datasets.images.list",
              Set.of("dataset_id", "keyword", "has_caption", "page_num", "page_size")),
          Map.entry("datasets.images.update", Set.of("dataset_id", "document_id", "caption")),
          Map.entry(
              "datasets.list", Set.of("space_id", "name", "format_type", "page_num", "page_size")),
          Map.entry("datasets.process", Set.of("dataset_id", "document_ids")),
          Map.entry("datasets.update", Set.of("dataset_id", "name", "file_id", "description")),
          Map.entry("files.retrieve", Set.of("file_id")),
          Map.entry("files.upload", Set.of("file")),
          Map.entry(
              "oauth.account_token",
              Set.of(
                  "account_id",
                  "grant_type",
                  "client_id",
                  "code",
                  "redirect_uri",
                  "code_verifier",
                  "refresh_token",
                  "device_code",
                  "duration_seconds",
                  "scope")),
          Map.entry("oauth.device_code", Set.of("client_id")),
          Map.entry(
              "oauth.enterprise_token",
              Set.of(
                  "enterprise_id",
                  "grant_type",
                  "client_id",
                  "code",
                  "redirect_uri",
                  "code_verifier",
                  "refresh_token",
                  "device_code",
                  "duration_seconds",
                  "scope")),
          Map.entry(
              "oauth.token",
              Set.of(
                  "grant_type",
                  "client_id",
                  "code",
                  "redirect_uri",
                  "code_verifier",
                  "refresh_token",
                  "device_code",
                  "duration_seconds",
                  "scope")),
          Map.entry("templates.duplicate", Set.of("template_id", "workspace_id", "name")),
          Map.entry("users.me", Set.of()),
          Map.entry(
              "variables.retrieve",
              Set.of("app_id", "bot_id", "connector_id", "connector_uid", "keywords")),
          Map.entry(
              "variables.update",
              Set.of("app_id", "bot_id", "connector_id", "connector_uid", "data")),
          Map.entry(
              "workflows.chat.stream",
              Set.of(
                  "workflow_id",
                  "additional_messages",
                  "parameters",
                  "app_id",
                  "bot_id",
                  "conversation_id",
                  "ext",
                  "workflow_version",
                  "connector_id")),
          Map.entry(
              "workflows.list",
              Set.of(
                  "workspace_id",
                  "page_num",
                  "page_size",
                  "workflow_mode",
                  "app_id",
                  "publish_status")),
          Map.entry("workflows.retrieve", Set.of("workflow_id", "include_input_output")),
          Map.entry(
              "workflows.runs.create",
              Set.of(
                  "workflow_id",
                  "parameters",
                  "bot_id",
                  "app_id",
                  "ext",
                  "is_async",
                  "workflow_version",
                  "connector_id")),
          Map.entry(
              "workflows.runs.histories.execute_nodes.retrieve",
              Set.of("workflow_id", "execute_id", "node_execute_uuid")),
          Map.entry("workflows.runs.histories.retrieve", Set.of("workflow_id", "execute_id")),
          Map.entry(
              "workflows.runs.resume",
              Set.of("workflow_id", "event_id", "resume_data", "interrupt_type")),
          Map.entry(
              "workflows.runs.stream",
              Set.of(
                  "workflow_id",
                  "parameters",
                  "bot_id",
                  "app_id",
                  "ext",
                  "workflow_version",
                  "connector_id")),
          Map.entry(
              "workspaces.list",
              Set.of("page_num", "page_size", "enterprise_id", "user_id", "coze_account_id")));

  private Operations() {}

  /**
   * The parameter names operation {@code op} takes (with those of the operations it switches to,
   * see x-coze-variant-of); null for an operation the description lacks.
   */
  public static Set<String> parameters(String op) {
    return PARAMETERS.get(op);
  }

  /**
   * The event at array node {@code node} of a batch record of operation {@code op}: a ChatEvent,
   * WorkflowEvent, ... as the operation streams; a plain StreamEvent for another op.
   */
  public static StreamEvent event(String op, CoreRecord record, int node) {
    switch (op) {
      case "chat.stream":
      case "chat.submit_tool_outputs.stream":
      case "workflows.chat.stream":
        return new ChatEvent(record, node);
      case "workflows.runs.resume":
      case "workflows.runs.stream":
        return new WorkflowEvent(record, node);
      default:
        return new StreamEvent(record, node);
    }
  }
}
