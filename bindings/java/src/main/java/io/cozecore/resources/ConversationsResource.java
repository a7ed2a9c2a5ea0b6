// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.Pager;
import io.cozecore.RequestOptions;
import io.cozecore.internal.Cells;
import io.cozecore.model.Conversation;
import io.cozecore.model.ListConversationsResult;
import io.cozecore.model.Section;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The conversations operations: client.conversations(). */
public final class ConversationsResource {
  private final CozeApi api;
  private final ConversationsMessagesResource messages;

  ConversationsResource(CozeApi api) {
    this.api = api;
    this.messages = new ConversationsMessagesResource(api);
  }

  /** The conversations.messages operations. */
  public ConversationsMessagesResource messages() {
    return messages;
  }

  /**
   * Clears a conversation's context by starting a new section ({@code POST
   * /v1/conversations/{conversation_id}/clear}, operation conversations.clear). Returns the result
   * (Section).
   */
  public Section clear(ConversationsClearParams params) {
    return clear(params, null);
  }

  /** Like {@link #clear(ConversationsClearParams)}, with per-call options (null: none). */
  public Section clear(ConversationsClearParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke("conversations.clear", params.toParams(), options, Cells.model(Section::new));
  }

  /**
   * {@link #clear(ConversationsClearParams)} as a CompletableFuture, run on the client's executor:
   * it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<Section> clearAsync(ConversationsClearParams params) {
    return api.async(() -> clear(params, null));
  }

  /**
   * {@link #clear(ConversationsClearParams, RequestOptions)} as a CompletableFuture, run on the
   * client's executor: it completes with the result or the CozeException; cancelling it cancels the
   * call.
   */
  public CompletableFuture<Section> clearAsync(
      ConversationsClearParams params, RequestOptions options) {
    return api.async(() -> clear(params, options));
  }

  /**
   * Creates a conversation ({@code POST /v1/conversation/create}, operation conversations.create).
   * Returns the result (Conversation).
   */
  public Conversation create(ConversationsCreateParams params) {
    return create(params, null);
  }

  /** Like {@link #create(ConversationsCreateParams)}, with per-call options (null: none). */
  public Conversation create(ConversationsCreateParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke(
        "conversations.create", params.toParams(), options, Cells.model(Conversation::new));
  }

  /** Like {@link #create(ConversationsCreateParams)} with no parameters. */
  public Conversation create() {
    return create(ConversationsCreateParams.builder().build(), null);
  }

  /**
   * {@link #create(ConversationsCreateParams)} as a CompletableFuture, run on the client's
   * executor: it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<Conversation> createAsync(ConversationsCreateParams params) {
    return api.async(() -> create(params, null));
  }

  /**
   * {@link #create(ConversationsCreateParams, RequestOptions)} as a CompletableFuture, run on the
   * client's executor: it completes with the result or the CozeException; cancelling it cancels the
   * call.
   */
  public CompletableFuture<Conversation> createAsync(
      ConversationsCreateParams params, RequestOptions options) {
    return api.async(() -> create(params, options));
  }

  /**
   * {@link #create()} as a CompletableFuture, run on the client's executor: it completes with the
   * result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<Conversation> createAsync() {
    return api.async(() -> create());
  }

  /**
   * Deletes a conversation ({@code DELETE /v1/conversations/{conversation_id}}, operation
   * conversations.delete). The answer carries no result.
   */
  public void delete(ConversationsDeleteParams params) {
    delete(params, null);
  }

  /** Like {@link #delete(ConversationsDeleteParams)}, with per-call options (null: none). */
  public void delete(ConversationsDeleteParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    api.invoke("conversations.delete", params.toParams(), options, null);
  }

  /**
   * {@link #delete(ConversationsDeleteParams)} as a CompletableFuture, run on the client's
   * executor: it completes with null or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<Void> deleteAsync(ConversationsDeleteParams params) {
    return api.async(
        () -> {
          delete(params, null);
          return null;
        });
  }

  /**
   * {@link #delete(ConversationsDeleteParams, RequestOptions)} as a CompletableFuture, run on the
   * client's executor: it completes with null or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<Void> deleteAsync(
      ConversationsDeleteParams params, RequestOptions options) {
    return api.async(
        () -> {
          delete(params, options);
          return null;
        });
  }

  /**
   * Lists a bot's conversations ({@code GET /v1/conversations}, operation conversations.list).
   * Returns the result (ListConversationsResult).
   */
  public ListConversationsResult list(ConversationsListParams params) {
    return list(params, null);
  }

  /** Like {@link #list(ConversationsListParams)}, with per-call options (null: none). */
  public ListConversationsResult list(ConversationsListParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke(
        "conversations.list",
        params.toParams(),
        options,
        Cells.model(ListConversationsResult::new));
  }

  /**
   * {@link #list(ConversationsListParams)} as a CompletableFuture, run on the client's executor: it
   * completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<ListConversationsResult> listAsync(ConversationsListParams params) {
    return api.async(() -> list(params, null));
  }

  /**
   * {@link #list(ConversationsListParams, RequestOptions)} as a CompletableFuture, run on the
   * client's executor: it completes with the result or the CozeException; cancelling it cancels the
   * call.
   */
  public CompletableFuture<ListConversationsResult> listAsync(
      ConversationsListParams params, RequestOptions options) {
    return api.async(() -> list(params, options));
  }

  /**
   * Every page of {@link #list(ConversationsListParams)}, read lazily (operation
   * conversations.list.pages): iterating the pager yields the items (Conversation) page after page,
   * {@code pages()} the pages; the core asks for the next page only once the items before it were
   * taken. Close it (try-with-resources) to stop early.
   */
  public Pager<ListConversationsResult, Conversation> listPages(ConversationsListParams params) {
    return listPages(params, null);
  }

  /**
   * Like {@link #listPages(ConversationsListParams)}, with per-call options (null: none) applied to
   * each page's request: the timeout bounds each page's request, not the whole iteration, and each
   * page request gets its own idempotency key from the core (an idempotency key given here is not
   * used).
   */
  public Pager<ListConversationsResult, Conversation> listPages(
      ConversationsListParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.pages(
        "conversations.list.pages",
        params.toParams(),
        options,
        new Pager.Shape<ListConversationsResult, Conversation>(
            ListConversationsResult::new,
            ListConversationsResult::conversations,
            ListConversationsResult::hasMore,
            null));
  }

  /**
   * Gets a conversation ({@code GET /v1/conversation/retrieve}, operation conversations.retrieve).
   * Returns the result (Conversation).
   */
  public Conversation retrieve(ConversationsRetrieveParams params) {
    return retrieve(params, null);
  }

  /** Like {@link #retrieve(ConversationsRetrieveParams)}, with per-call options (null: none). */
  public Conversation retrieve(ConversationsRetrieveParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke(
        "conversations.retrieve", params.toParams(), options, Cells.model(Conversation::new));
  }

  /**
   * {@link #retrieve(ConversationsRetrieveParams)} as a CompletableFuture, run on the client's
   * executor: it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<Conversation> retrieveAsync(ConversationsRetrieveParams params) {
    return api.async(() -> retrieve(params, null));
  }

  /**
   * {@link #retrieve(ConversationsRetrieveParams, RequestOptions)} as a CompletableFuture, run on
   * the client's executor: it completes with the result or the CozeException; cancelling it cancels
   * the call.
   */
  public CompletableFuture<Conversation> retrieveAsync(
      ConversationsRetrieveParams params, RequestOptions options) {
    return api.async(() -> retrieve(params, options));
  }

  /**
   * Renames a conversation ({@code PUT /v1/conversations/{conversation_id}}, operation
   * conversations.update). Returns the result (Conversation).
   */
  public Conversation update(ConversationsUpdateParams params) {
    return update(params, null);
  }

  /** Like {@link #update(ConversationsUpdateParams)}, with per-call options (null: none). */
  public Conversation update(ConversationsUpdateParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke(
        "conversations.update", params.toParams(), options, Cells.model(Conversation::new));
  }

  /**
   * {@link #update(ConversationsUpdateParams)} as a CompletableFuture, run on the client's
   * executor: it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<Conversation> updateAsync(ConversationsUpdateParams params) {
    return api.async(() -> update(params, null));
  }

  /**
   * {@link #update(ConversationsUpdateParams, RequestOptions)} as a CompletableFuture, run on the
   * client's executor: it completes with the result or the CozeException; cancelling it cancels the
   * call.
   */
  public CompletableFuture<Conversation> updateAsync(
      ConversationsUpdateParams params, RequestOptions options) {
    return api.async(() -> update(params, options));
  }
}
