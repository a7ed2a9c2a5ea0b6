package io.cozecore;

import java.util.Collections;
import java.util.Map;

/**
 * A chat: one exchange of a user's messages and a bot's answer within a
 * conversation. Typed accessors cover the common fields; {@link #data()}
 * has all of them as the API sent them.
 */
public final class Chat {
  private final Map<String, Object> data;
  private final String logid;

  Chat(Map<String, Object> data, String logid) {
    this.data = Collections.unmodifiableMap(data);
    this.logid = logid == null ? "" : logid;
  }

  public String id() {
    return JsonValues.string(data, "id");
  }

  public String conversationId() {
    return JsonValues.string(data, "conversation_id");
  }

  public String botId() {
    return JsonValues.string(data, "bot_id");
  }

  public String sectionId() {
    return JsonValues.string(data, "section_id");
  }

  /** {@code created}, {@code in_progress}, {@code completed}, {@code failed}, {@code requires_action}, {@code canceled}. */
  public String status() {
    return JsonValues.string(data, "status");
  }

  /** Unix seconds, 0 when absent. */
  public long createdAt() {
    return JsonValues.number(data, "created_at");
  }

  public long completedAt() {
    return JsonValues.number(data, "completed_at");
  }

  public long failedAt() {
    return JsonValues.number(data, "failed_at");
  }

  /** {@code {code, msg}} of a failed chat, empty otherwise. */
  public Map<String, Object> lastError() {
    return JsonValues.object(data, "last_error");
  }

  /** {@code {token_count, output_count, input_count}}, empty when absent. */
  public Map<String, Object> usage() {
    return JsonValues.object(data, "usage");
  }

  public Map<String, Object> metaData() {
    return JsonValues.object(data, "meta_data");
  }

  /** {@code required_action.type} ({@code submit_tool_outputs}) of a chat that waits, "" otherwise. */
  public String requiredActionType() {
    return JsonValues.text(JsonValues.object(data, "required_action"), "type");
  }

  /** The calls a {@code requires_action} chat waits for; empty otherwise. */
  public java.util.List<ToolCall> toolCalls() {
    return ToolCall.listOf(data);
  }

  /** Every field of the chat as decoded JSON. */
  public Map<String, Object> data() {
    return data;
  }

  /** The log id of the answer that carried this chat ("" inside a stream). */
  public String logid() {
    return logid;
  }

  @Override
  public String toString() {
    return "Chat{id=" + id() + ", conversationId=" + conversationId() + ", status=" + status() + "}";
  }
}
