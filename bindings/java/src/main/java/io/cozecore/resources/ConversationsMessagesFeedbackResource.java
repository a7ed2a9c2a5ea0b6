// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.RequestOptions;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The conversations.messages.feedback operations: client.conversations().messages().feedback(). */
public final class ConversationsMessagesFeedbackResource {
  private final CozeApi api;

  ConversationsMessagesFeedbackResource(CozeApi api) {
    this.api = api;
  }

  /**
   * Rates a bot's message ({@code POST
   * /v1/conversations/{conversation_id}/messages/{message_id}/feedback}, operation
   * conversations.messages.feedback.create). The answer carries no result.
   */
  public void create(ConversationsMessagesFeedbackCreateParams params) {
    create(params, null);
  }

  /**
   * Like {@link #create(ConversationsMessagesFeedbackCreateParams)}, with per-call options (null:
   * none).
   */
  public void create(ConversationsMessagesFeedbackCreateParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    api.invoke("conversations.messages.feedback.create", params.toParams(), options, null);
  }

  /**
   * {@link #create(ConversationsMessagesFeedbackCreateParams)} as a CompletableFuture, run on the
   * client's executor: it completes with null or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<Void> createAsync(ConversationsMessagesFeedbackCreateParams params) {
    return api.async(
        () -> {
          create(params, null);
          return null;
        });
  }

  /**
   * {@link #create(ConversationsMessagesFeedbackCreateParams, RequestOptions)} as a
   * CompletableFuture, run on the client's executor: it completes with null or the CozeException;
   * cancelling it cancels the call.
   */
  public CompletableFuture<Void> createAsync(
      ConversationsMessagesFeedbackCreateParams params, RequestOptions options) {
    return api.async(
        () -> {
          create(params, options);
          return null;
        });
  }

  /**
   * Removes the rating of a message ({@code DELETE
   * /v1/conversations/{conversation_id}/messages/{message_id}/feedback}, operation
   * conversations.messages.feedback.delete). The answer carries no result.
   */
  public void delete(ConversationsMessagesFeedbackDeleteParams params) {
    delete(params, null);
  }

  /**
   * Like {@link #delete(ConversationsMessagesFeedbackDeleteParams)}, with per-call options (null:
   * none).
   */
  public void delete(ConversationsMessagesFeedbackDeleteParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    api.invoke("conversations.messages.feedback.delete", params.toParams(), options, null);
  }

  /**
   * {@link #delete(ConversationsMessagesFeedbackDeleteParams)} as a CompletableFuture, run on the
   * client's executor: it completes with null or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<Void> deleteAsync(ConversationsMessagesFeedbackDeleteParams params) {
    return api.async(
        () -> {
          delete(params, null);
          return null;
        });
  }

  /**
   * {@link #delete(ConversationsMessagesFeedbackDeleteParams, RequestOptions)} as a
   * CompletableFuture, run on the client's executor: it completes with null or the CozeException;
   * cancelling it cancels the call.
   */
  public CompletableFuture<Void> deleteAsync(
      ConversationsMessagesFeedbackDeleteParams params, RequestOptions options) {
    return api.async(
        () -> {
          delete(params, options);
          return null;
        });
  }
}
