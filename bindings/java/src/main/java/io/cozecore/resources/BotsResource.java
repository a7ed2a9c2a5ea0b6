// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.Pager;
import io.cozecore.RequestOptions;
import io.cozecore.internal.Cells;
import io.cozecore.model.Bot;
import io.cozecore.model.CreateBotResult;
import io.cozecore.model.ListBotsResult;
import io.cozecore.model.PublishBotResult;
import io.cozecore.model.SimpleBot;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The bots operations: client.bots(). */
public final class BotsResource {
  private final CozeApi api;

  BotsResource(CozeApi api) {
    this.api = api;
  }

  /**
   * Creates a draft bot ({@code POST /v1/bot/create}, operation bots.create). Returns the result
   * (CreateBotResult).
   */
  public CreateBotResult create(BotsCreateParams params) {
    return create(params, null);
  }

  /** Like {@link #create(BotsCreateParams)}, with per-call options (null: none). */
  public CreateBotResult create(BotsCreateParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke("bots.create", params.toParams(), options, Cells.model(CreateBotResult::new));
  }

  /**
   * {@link #create(BotsCreateParams)} as a CompletableFuture, run on the client's executor: it
   * completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<CreateBotResult> createAsync(BotsCreateParams params) {
    return api.async(() -> create(params, null));
  }

  /**
   * {@link #create(BotsCreateParams, RequestOptions)} as a CompletableFuture, run on the client's
   * executor: it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<CreateBotResult> createAsync(
      BotsCreateParams params, RequestOptions options) {
    return api.async(() -> create(params, options));
  }

  /**
   * Lists the bots of a workspace ({@code GET /v1/bots}, operation bots.list). Returns the result
   * (ListBotsResult).
   */
  public ListBotsResult list(BotsListParams params) {
    return list(params, null);
  }

  /** Like {@link #list(BotsListParams)}, with per-call options (null: none). */
  public ListBotsResult list(BotsListParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke("bots.list", params.toParams(), options, Cells.model(ListBotsResult::new));
  }

  /** Like {@link #list(BotsListParams)} with no parameters. */
  public ListBotsResult list() {
    return list(BotsListParams.builder().build(), null);
  }

  /**
   * {@link #list(BotsListParams)} as a CompletableFuture, run on the client's executor: it
   * completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<ListBotsResult> listAsync(BotsListParams params) {
    return api.async(() -> list(params, null));
  }

  /**
   * {@link #list(BotsListParams, RequestOptions)} as a CompletableFuture, run on the client's
   * executor: it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<ListBotsResult> listAsync(
      BotsListParams params, RequestOptions options) {
    return api.async(() -> list(params, options));
  }

  /**
   * {@link #list()} as a CompletableFuture, run on the client's executor: it completes with the
   * result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<ListBotsResult> listAsync() {
    return api.async(() -> list());
  }

  /**
   * Every page of {@link #list(BotsListParams)}, read lazily (operation bots.list.pages): iterating
   * the pager yields the items (SimpleBot) page after page, {@code pages()} the pages; the core
   * asks for the next page only once the items before it were taken. Close it (try-with-resources)
   * to stop early.
   */
  public Pager<ListBotsResult, SimpleBot> listPages(BotsListParams params) {
    return listPages(params, null);
  }

  /**
   * Like {@link #listPages(BotsListParams)}, with per-call options (null: none) applied to each
   * page's request: the timeout bounds each page's request, not the whole iteration, and each page
   * request gets its own idempotency key from the core (an idempotency key given here is not used).
   */
  public Pager<ListBotsResult, SimpleBot> listPages(BotsListParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.pages(
        "bots.list.pages",
        params.toParams(),
        options,
        new Pager.Shape<ListBotsResult, SimpleBot>(
            ListBotsResult::new, ListBotsResult::items, null, ListBotsResult::total));
  }

  /** Like {@link #listPages(BotsListParams)} with no parameters. */
  public Pager<ListBotsResult, SimpleBot> listPages() {
    return listPages(BotsListParams.builder().build(), null);
  }

  /**
   * Lists the bots of a space published to the API channel (v1) ({@code GET
   * /v1/space/published_bots_list}, operation bots.list_v1). Returns the result (ListBotsResult).
   */
  public ListBotsResult listV1(BotsListV1Params params) {
    return listV1(params, null);
  }

  /** Like {@link #listV1(BotsListV1Params)}, with per-call options (null: none). */
  public ListBotsResult listV1(BotsListV1Params params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke("bots.list_v1", params.toParams(), options, Cells.model(ListBotsResult::new));
  }

  /**
   * {@link #listV1(BotsListV1Params)} as a CompletableFuture, run on the client's executor: it
   * completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<ListBotsResult> listV1Async(BotsListV1Params params) {
    return api.async(() -> listV1(params, null));
  }

  /**
   * {@link #listV1(BotsListV1Params, RequestOptions)} as a CompletableFuture, run on the client's
   * executor: it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<ListBotsResult> listV1Async(
      BotsListV1Params params, RequestOptions options) {
    return api.async(() -> listV1(params, options));
  }

  /**
   * Every page of {@link #listV1(BotsListV1Params)}, read lazily (operation bots.list_v1.pages):
   * iterating the pager yields the items (SimpleBot) page after page, {@code pages()} the pages;
   * the core asks for the next page only once the items before it were taken. Close it
   * (try-with-resources) to stop early.
   */
  public Pager<ListBotsResult, SimpleBot> listV1Pages(BotsListV1Params params) {
    return listV1Pages(params, null);
  }

  /**
   * Like {@link #listV1Pages(BotsListV1Params)}, with per-call options (null: none) applied to each
   * page's request: the timeout bounds each page's request, not the whole iteration, and each page
   * request gets its own idempotency key from the core (an idempotency key given here is not used).
   */
  public Pager<ListBotsResult, SimpleBot> listV1Pages(
      BotsListV1Params params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.pages(
        "bots.list_v1.pages",
        params.toParams(),
        options,
        new Pager.Shape<ListBotsResult, SimpleBot>(
            ListBotsResult::new, ListBotsResult::items, null, ListBotsResult::total));
  }

  /**
   * Publishes a bot to channels ({@code POST /v1/bot/publish}, operation bots.publish). Returns the
   * result (PublishBotResult).
   */
  public PublishBotResult publish(BotsPublishParams params) {
    return publish(params, null);
  }

  /** Like {@link #publish(BotsPublishParams)}, with per-call options (null: none). */
  public PublishBotResult publish(BotsPublishParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke(
        "bots.publish", params.toParams(), options, Cells.model(PublishBotResult::new));
  }

  /**
   * {@link #publish(BotsPublishParams)} as a CompletableFuture, run on the client's executor: it
   * completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<PublishBotResult> publishAsync(BotsPublishParams params) {
    return api.async(() -> publish(params, null));
  }

  /**
   * {@link #publish(BotsPublishParams, RequestOptions)} as a CompletableFuture, run on the client's
   * executor: it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<PublishBotResult> publishAsync(
      BotsPublishParams params, RequestOptions options) {
    return api.async(() -> publish(params, options));
  }

  /**
   * Gets a bot's configuration ({@code GET /v1/bots/{bot_id}}, operation bots.retrieve). Returns
   * the result (Bot).
   */
  public Bot retrieve(BotsRetrieveParams params) {
    return retrieve(params, null);
  }

  /** Like {@link #retrieve(BotsRetrieveParams)}, with per-call options (null: none). */
  public Bot retrieve(BotsRetrieveParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke("bots.retrieve", params.toParams(), options, Cells.model(Bot::new));
  }

  /**
   * {@link #retrieve(BotsRetrieveParams)} as a CompletableFuture, run on the client's executor: it
   * completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<Bot> retrieveAsync(BotsRetrieveParams params) {
    return api.async(() -> retrieve(params, null));
  }

  /**
   * {@link #retrieve(BotsRetrieveParams, RequestOptions)} as a CompletableFuture, run on the
   * client's executor: it completes with the result or the CozeException; cancelling it cancels the
   * call.
   */
  public CompletableFuture<Bot> retrieveAsync(BotsRetrieveParams params, RequestOptions options) {
    return api.async(() -> retrieve(params, options));
  }

  /**
   * Gets a bot published to the API channel (v1) ({@code GET /v1/bot/get_online_info}, operation
   * bots.retrieve_v1). Returns the result (Bot).
   */
  public Bot retrieveV1(BotsRetrieveV1Params params) {
    return retrieveV1(params, null);
  }

  /** Like {@link #retrieveV1(BotsRetrieveV1Params)}, with per-call options (null: none). */
  public Bot retrieveV1(BotsRetrieveV1Params params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke("bots.retrieve_v1", params.toParams(), options, Cells.model(Bot::new));
  }

  /**
   * {@link #retrieveV1(BotsRetrieveV1Params)} as a CompletableFuture, run on the client's executor:
   * it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<Bot> retrieveV1Async(BotsRetrieveV1Params params) {
    return api.async(() -> retrieveV1(params, null));
  }

  /**
   * {@link #retrieveV1(BotsRetrieveV1Params, RequestOptions)} as a CompletableFuture, run on the
   * client's executor: it completes with the result or the CozeException; cancelling it cancels the
   * call.
   */
  public CompletableFuture<Bot> retrieveV1Async(
      BotsRetrieveV1Params params, RequestOptions options) {
    return api.async(() -> retrieveV1(params, options));
  }

  /**
   * Changes a bot's draft ({@code POST /v1/bot/update}, operation bots.update). The answer carries
   * no result.
   */
  public void update(BotsUpdateParams params) {
    update(params, null);
  }

  /** Like {@link #update(BotsUpdateParams)}, with per-call options (null: none). */
  public void update(BotsUpdateParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    api.invoke("bots.update", params.toParams(), options, null);
  }

  /**
   * {@link #update(BotsUpdateParams)} as a CompletableFuture, run on the client's executor: it
   * completes with null or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<Void> updateAsync(BotsUpdateParams params) {
    return api.async(
        () -> {
          update(params, null);
          return null;
        });
  }

  /**
   * {@link #update(BotsUpdateParams, RequestOptions)} as a CompletableFuture, run on the client's
   * executor: it completes with null or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<Void> updateAsync(BotsUpdateParams params, RequestOptions options) {
    return api.async(
        () -> {
          update(params, options);
          return null;
        });
  }
}
