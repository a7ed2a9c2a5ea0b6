// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.StreamEvent;
import io.cozecore.internal.CoreRecord;
import io.cozecore.model.ChatEvent;
import io.cozecore.model.WorkflowEvent;
import java.util.List;

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

  private Operations() {}

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
