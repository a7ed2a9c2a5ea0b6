// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.Pager;
import io.cozecore.RequestOptions;
import io.cozecore.internal.Cells;
import io.cozecore.model.ListMessagesResult;
import io.cozecore.model.Message;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The conversations.messages operations: client.conversations().messages(). */
public final class ConversationsMessagesResource {
  private final CozeApi api;
  private final ConversationsMessagesFeedbackResource feedback;

  ConversationsMessagesResource(CozeApi api) {
    this.api = api;
    this.feedback = new ConversationsMessagesFeedbackResource(api);
  }

  /** The conversations.messages.feedback operations. */
  public ConversationsMessagesFeedbackResource feedback() {
    return feedback;
  }

  /**
   * Adds a message to a conversation ({@code POST /v1/conversation/message/create}, operation
   * conversations.messages.create). Returns the result (Message).
   */
  public Message create(ConversationsMessagesCreateParams params) {
    return create(params, null);
  }

  /**
   * Like {@link #create(ConversationsMessagesCreateParams)}, with per-call options (null: none).
   */
  public Message create(ConversationsMessagesCreateParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke(
        "conversations.messages.create", params.toParams(), options, Cells.model(Message::new));
  }

  /**
   * {@link #create(ConversationsMessagesCreateParams)} as a CompletableFuture, run on the client's
   * executor: it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<Message> createAsync(ConversationsMessagesCreateParams params) {
    return api.async(() -> create(params, null));
  }

  /**
   * {@link #create(ConversationsMessagesCreateParams, RequestOptions)} as a CompletableFuture, run
   * on the client's executor: it completes with the result or the CozeException; cancelling it
   * cancels the call.
   */
  public CompletableFuture<Message> createAsync(
      ConversationsMessagesCreateParams params, RequestOptions options) {
    return api.async(() -> create(params, options));
  }

  /**
   * Deletes a message ({@code POST /v1/conversation/message/delete}, operation
   * conversations.messages.delete). Returns the result (Message).
   */
  public Message delete(ConversationsMessagesDeleteParams params) {
    return delete(params, null);
  }

  /**
   * Like {@link #delete(ConversationsMessagesDeleteParams)}, with per-call options (null: none).
   */
  public Message delete(ConversationsMessagesDeleteParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke(
        "conversations.messages.delete", params.toParams(), options, Cells.model(Message::new));
  }

  /**
   * {@link #delete(ConversationsMessagesDeleteParams)} as a CompletableFuture, run on the client's
   * executor: it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<Message> deleteAsync(ConversationsMessagesDeleteParams params) {
    return api.async(() -> delete(params, null));
  }

  /**
   * {@link #delete(ConversationsMessagesDeleteParams, RequestOptions)} as a CompletableFuture, run
   * on the client's executor: it completes with the result or the CozeException; cancelling it
   * cancels the call.
   */
  public CompletableFuture<Message> deleteAsync(
      ConversationsMessagesDeleteParams params, RequestOptions options) {
    return api.async(() -> delete(params, options));
  }

  /**
   * Lists a conversation's messages ({@code POST /v1/conversation/message/list}, operation
   * conversations.messages.list). Returns the result (ListMessagesResult).
   */
  public ListMessagesResult list(ConversationsMessagesListParams params) {
    return list(params, null);
  }

  /** Like {@link #list(ConversationsMessagesListParams)}, with per-call options (null: none). */
  public ListMessagesResult list(ConversationsMessagesListParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke(
        "conversations.messages.list",
        params.toParams(),
        options,
        Cells.model(ListMessagesResult::new));
  }

  /**
   * {@link #list(ConversationsMessagesListParams)} as a CompletableFuture, run on the client's
   * executor: it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<ListMessagesResult> listAsync(ConversationsMessagesListParams params) {
    return api.async(() -> list(params, null));
  }

  /**
   * {@link #list(ConversationsMessagesListParams, RequestOptions)} as a CompletableFuture, run on
   * the client's executor: it completes with the result or the CozeException; cancelling it cancels
   * the call.
   */
  public CompletableFuture<ListMessagesResult> listAsync(
      ConversationsMessagesListParams params, RequestOptions options) {
    return api.async(() -> list(params, options));
  }

  /**
   * Every page of {@link #list(ConversationsMessagesListParams)}, read lazily (operation
   * conversations.messages.list.pages): iterating the pager yields the items (Message) page after
   * page, {@code pages()} the pages; the core asks for the next page only once the items before it
   * were taken. Close it (try-with-resources) to stop early.
   */
  public Pager<ListMessagesResult, Message> listPages(ConversationsMessagesListParams params) {
    return listPages(params, null);
  }

  /**
   * Like {@link #listPages(ConversationsMessagesListParams)}, with per-call options (null: none)
   * applied to each page's request: the timeout bounds each page's request, not the whole
   * iteration, and each page request gets its own idempotency key from the core (an idempotency key
   * given here is not used).
   */
  public Pager<ListMessagesResult, Message> listPages(
      ConversationsMessagesListParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.pages(
        "conversations.messages.list.pages",
        params.toParams(),
        options,
        new Pager.Shape<ListMessagesResult, Message>(
            ListMessagesResult::new, ListMessagesResult::data, ListMessagesResult::hasMore, null));
  }

  /**
   * Gets a message ({@code GET /v1/conversation/message/retrieve}, operation
   * conversations.messages.retrieve). Returns the result (Message).
   */
  public Message retrieve(ConversationsMessagesRetrieveParams params) {
    return retrieve(params, null);
  }

  /**
   * Like {@link #retrieve(ConversationsMessagesRetrieveParams)}, with per-call options (null:
   * none).
   */
  public Message retrieve(ConversationsMessagesRetrieveParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke(
        "conversations.messages.retrieve", params.toParams(), options, Cells.model(Message::new));
  }

  /**
   * {@link #retrieve(ConversationsMessagesRetrieveParams)} as a CompletableFuture, run on the
   * client's executor: it completes with the result or the CozeException; cancelling it cancels the
   * call.
   */
  public CompletableFuture<Message> retrieveAsync(ConversationsMessagesRetrieveParams params) {
    return api.async(() -> retrieve(params, null));
  }

  /**
   * {@link #retrieve(ConversationsMessagesRetrieveParams, RequestOptions)} as a CompletableFuture,
   * run on the client's executor: it completes with the result or the CozeException; cancelling it
   * cancels the call.
   */
  public CompletableFuture<Message> retrieveAsync(
      ConversationsMessagesRetrieveParams params, RequestOptions options) {
    return api.async(() -> retrieve(params, options));
  }

  /**
   * Changes a message ({@code POST /v1/conversation/message/modify}, operation
   * conversations.messages.update). Returns the result (Message).
   */
  public Message update(ConversationsMessagesUpdateParams params) {
    return update(params, null);
  }

  /**
   * Like {@link #update(ConversationsMessagesUpdateParams)}, with per-call options (null: none).
   */
  public Message update(ConversationsMessagesUpdateParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke(
        "conversations.messages.update", params.toParams(), options, Cells.model(Message::new));
  }

  /**
   * {@link #update(ConversationsMessagesUpdateParams)} as a CompletableFuture, run on the client's
   * executor: it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<Message> updateAsync(ConversationsMessagesUpdateParams params) {
    return api.async(() -> update(params, null));
  }

  /**
   * {@link #update(ConversationsMessagesUpdateParams, RequestOptions)} as a CompletableFuture, run
   * on the client's executor: it completes with the result or the CozeException; cancelling it
   * cancels the call.
   */
  public CompletableFuture<Message> updateAsync(
      ConversationsMessagesUpdateParams params, RequestOptions options) {
    return api.async(() -> update(params, options));
  }
}
