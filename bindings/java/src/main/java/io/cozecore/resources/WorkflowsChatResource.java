// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.RequestOptions;
import io.cozecore.model.ChatStream;
import java.util.Objects;

/** The workflows.chat operations: client.workflows().chat(). */
public final class WorkflowsChatResource {
  private final CozeApi api;

  WorkflowsChatResource(CozeApi api) {
    this.api = api;
  }

  /**
   * Runs a chat flow and streams chat events ({@code POST /v1/workflows/chat}, operation
   * workflows.chat.stream). Streams the answer: iterate the events as they arrive; closing the
   * stream early cancels the call.
   */
  public ChatStream stream(WorkflowsChatStreamParams params) {
    return stream(params, null);
  }

  /** Like {@link #stream(WorkflowsChatStreamParams)}, with per-call options (null: none). */
  public ChatStream stream(WorkflowsChatStreamParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return new ChatStream(api.open("workflows.chat.stream", params.toParams(), options));
  }
}
