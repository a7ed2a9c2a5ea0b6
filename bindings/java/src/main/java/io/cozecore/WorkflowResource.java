package io.cozecore;

import java.util.Map;

/**
 * The workflow endpoints: {@code client.workflows().create(..)},
 * {@code .stream(..)}, {@code .resume(..)}, {@code .chat(..)}. Params use the
 * API's field names ({@code workflow_id}, {@code parameters}, ...); each
 * method also takes per-call {@link RequestOptions} (null: none).
 */
public final class WorkflowResource {
  private final CozeClient client;

  WorkflowResource(CozeClient client) {
    this.client = client;
  }

  /** Runs a workflow and waits for its output ({@code POST /v1/workflow/run}). */
  public WorkflowRun create(Map<String, ?> params) {
    return create(params, null);
  }

  public WorkflowRun create(Map<String, ?> params, RequestOptions options) {
    return ChatResource.objectResult(
        client, "workflows.runs.create", params, options, "the workflow run", WorkflowRun::new);
  }

  /** Runs a workflow and streams its events ({@code POST /v1/workflow/stream_run}). */
  public WorkflowStream stream(Map<String, ?> params) {
    return stream(params, null);
  }

  public WorkflowStream stream(Map<String, ?> params, RequestOptions options) {
    return new WorkflowStream(client.stream("workflows.runs.stream", params, options));
  }

  /**
   * Resumes a workflow after an {@code Interrupt} event
   * ({@code {workflow_id, event_id, resume_data, interrupt_type}}) and streams its events.
   */
  public WorkflowStream resume(Map<String, ?> params) {
    return resume(params, null);
  }

  public WorkflowStream resume(Map<String, ?> params, RequestOptions options) {
    return new WorkflowStream(client.stream("workflows.runs.resume", params, options));
  }

  /** Chats with a chat-flow workflow ({@code POST /v1/workflows/chat}); chat events. */
  public ChatStream chat(Map<String, ?> params) {
    return chat(params, null);
  }

  public ChatStream chat(Map<String, ?> params, RequestOptions options) {
    return client.stream("workflows.chat.stream", params, options);
  }
}
