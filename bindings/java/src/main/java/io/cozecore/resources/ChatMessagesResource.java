// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.RequestOptions;
import io.cozecore.internal.Cells;
import io.cozecore.model.Message;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The chat.messages operations: client.chat().messages(). */
public final class ChatMessagesResource {
  private final CozeApi api;

  ChatMessagesResource(CozeApi api) {
    this.api = api;
  }

  /**
   * Lists the messages of a chat ({@code GET /v3/chat/message/list}, operation chat.messages.list).
   * Returns the result (array of Message).
   */
  public List<Message> list(ChatMessagesListParams params) {
    return list(params, null);
  }

  /** Like {@link #list(ChatMessagesListParams)}, with per-call options (null: none). */
  public List<Message> list(ChatMessagesListParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke(
        "chat.messages.list", params.toParams(), options, Cells.list(Cells.model(Message::new)));
  }

  /**
   * {@link #list(ChatMessagesListParams)} as a CompletableFuture, run on the client's executor: it
   * completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<List<Message>> listAsync(ChatMessagesListParams params) {
    return api.async(() -> list(params, null));
  }

  /**
   * {@link #list(ChatMessagesListParams, RequestOptions)} as a CompletableFuture, run on the
   * client's executor: it completes with the result or the CozeException; cancelling it cancels the
   * call.
   */
  public CompletableFuture<List<Message>> listAsync(
      ChatMessagesListParams params, RequestOptions options) {
    return api.async(() -> list(params, options));
  }
}
