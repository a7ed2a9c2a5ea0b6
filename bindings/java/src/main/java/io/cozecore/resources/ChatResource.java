// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.ChatPollResult;
import io.cozecore.RequestOptions;
import io.cozecore.Tool;
import io.cozecore.ToolErrors;
import io.cozecore.internal.Cells;
import io.cozecore.model.Chat;
import io.cozecore.model.ChatStream;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The chat operations: client.chat(). */
public final class ChatResource {
  private final CozeApi api;
  private final ChatMessagesResource messages;

  ChatResource(CozeApi api) {
    this.api = api;
    this.messages = new ChatMessagesResource(api);
  }

  /** The chat.messages operations. */
  public ChatMessagesResource messages() {
    return messages;
  }

  /**
   * Cancels a chat in progress ({@code POST /v3/chat/cancel}, operation chat.cancel). Returns the
   * result (Chat).
   */
  public Chat cancel(ChatCancelParams params) {
    return cancel(params, null);
  }

  /** Like {@link #cancel(ChatCancelParams)}, with per-call options (null: none). */
  public Chat cancel(ChatCancelParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke("chat.cancel", params.toParams(), options, Cells.model(Chat::new));
  }

  /**
   * {@link #cancel(ChatCancelParams)} as a CompletableFuture, run on the client's executor: it
   * completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<Chat> cancelAsync(ChatCancelParams params) {
    return api.async(() -> cancel(params, null));
  }

  /**
   * {@link #cancel(ChatCancelParams, RequestOptions)} as a CompletableFuture, run on the client's
   * executor: it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<Chat> cancelAsync(ChatCancelParams params, RequestOptions options) {
    return api.async(() -> cancel(params, options));
  }

  /**
   * Starts a chat with a bot ({@code POST /v3/chat}, operation chat.create). Returns the result
   * (Chat).
   */
  public Chat create(ChatCreateParams params) {
    return create(params, null);
  }

  /** Like {@link #create(ChatCreateParams)}, with per-call options (null: none). */
  public Chat create(ChatCreateParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke("chat.create", params.toParams(), options, Cells.model(Chat::new));
  }

  /**
   * {@link #create(ChatCreateParams)} as a CompletableFuture, run on the client's executor: it
   * completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<Chat> createAsync(ChatCreateParams params) {
    return api.async(() -> create(params, null));
  }

  /**
   * {@link #create(ChatCreateParams, RequestOptions)} as a CompletableFuture, run on the client's
   * executor: it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<Chat> createAsync(ChatCreateParams params, RequestOptions options) {
    return api.async(() -> create(params, options));
  }

  /**
   * Creates a chat and waits for it to finish without streaming: the core polls chat.retrieve every
   * {@code pollInterval} until the chat is completed, failed, requires_action or canceled, then
   * lists its messages. With a timeout ({@code RequestOptions.timeout}) that passes first, the core
   * cancels the chat (chat.cancel) and the call fails with a TimeoutException. Operation
   * chat.create_and_poll, with the parameters of chat.create; interrupting the waiting thread
   * cancels the call (CancelledException).
   */
  public ChatPollResult createAndPoll(ChatCreateParams params) {
    return createAndPoll(params, null, null);
  }

  /** Like {@link #createAndPoll(ChatCreateParams)}, with per-call options (null: none). */
  public ChatPollResult createAndPoll(ChatCreateParams params, RequestOptions options) {
    return createAndPoll(params, null, options);
  }

  /**
   * Like {@link #createAndPoll(ChatCreateParams)}, polling every {@code pollInterval} (null: the
   * core's default of 1 s; a part of a millisecond counts as a whole one), with per-call options
   * (null: none).
   */
  public ChatPollResult createAndPoll(
      ChatCreateParams params, Duration pollInterval, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.poll("chat.create_and_poll", params.toParams(), pollInterval, options);
  }

  /**
   * {@link #createAndPoll(ChatCreateParams)} as a CompletableFuture, run on the client's executor:
   * it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<ChatPollResult> createAndPollAsync(ChatCreateParams params) {
    return api.async(() -> createAndPoll(params, null, null));
  }

  /**
   * {@link #createAndPoll(ChatCreateParams, RequestOptions)} as a CompletableFuture, run on the
   * client's executor: it completes with the result or the CozeException; cancelling it cancels the
   * call.
   */
  public CompletableFuture<ChatPollResult> createAndPollAsync(
      ChatCreateParams params, RequestOptions options) {
    return api.async(() -> createAndPoll(params, null, options));
  }

  /**
   * {@link #createAndPoll(ChatCreateParams, Duration, RequestOptions)} as a CompletableFuture, run
   * on the client's executor: it completes with the result or the CozeException; cancelling it
   * cancels the call.
   */
  public CompletableFuture<ChatPollResult> createAndPollAsync(
      ChatCreateParams params, Duration pollInterval, RequestOptions options) {
    return api.async(() -> createAndPoll(params, pollInterval, options));
  }

  /**
   * Streams a chat and runs the caller's local tools whenever the bot asks for them: at each {@code
   * conversation.chat.requires_action} the core checks every call's arguments against its tool's
   * schema (defaults filled in), the functions of the round run concurrently on the client's tool
   * executor, their outputs (a String as it is, anything else as compact JSON; what a function
   * throws as {@code {"error": message}}) are submitted and the answer streams on, up to {@code
   * maxRounds} rounds. The events are those of every round, as the stream method gives them (each
   * intermediate round's {@code done} left out); closing the stream cancels the call, running
   * functions included. Operation chat.run_tools, with the parameters of chat.create; at most 8
   * rounds, a tool timeout of 60 s and failing tools answered with their error (the overloads set
   * them). Each tool's schema was checked when the {@link Tool} was made.
   */
  public ChatStream runTools(ChatCreateParams params, List<Tool> tools) {
    return runTools(params, tools, null, null, null, null);
  }

  /** Like {@link #runTools(ChatCreateParams, List)}, with per-call options (null: none). */
  public ChatStream runTools(ChatCreateParams params, List<Tool> tools, RequestOptions options) {
    return runTools(params, tools, null, null, null, options);
  }

  /**
   * Like {@link #runTools(ChatCreateParams, List)}, with at most {@code maxRounds} rounds of tool
   * calls (1 to 1000; null: 8; one more request for tools fails the run with a ToolException), each
   * round's functions given {@code toolTimeout} to finish (null: 60 s; a part of a millisecond
   * counts as a whole one; a function still running then is interrupted and its output is {@code
   * {"error": ...}}), {@code toolErrors} saying what a failing tool does (null: {@link
   * ToolErrors#OUTPUT}), and per-call options (null: none).
   */
  public ChatStream runTools(
      ChatCreateParams params,
      List<Tool> tools,
      Integer maxRounds,
      Duration toolTimeout,
      ToolErrors toolErrors,
      RequestOptions options) {
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(tools, "tools");
    return new ChatStream(
        api.runTools(
            "chat.run_tools", params.toParams(), tools, maxRounds, toolTimeout, toolErrors, options));
  }

  /**
   * Gets a chat ({@code GET /v3/chat/retrieve}, operation chat.retrieve). Returns the result
   * (Chat).
   */
  public Chat retrieve(ChatRetrieveParams params) {
    return retrieve(params, null);
  }

  /** Like {@link #retrieve(ChatRetrieveParams)}, with per-call options (null: none). */
  public Chat retrieve(ChatRetrieveParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke("chat.retrieve", params.toParams(), options, Cells.model(Chat::new));
  }

  /**
   * {@link #retrieve(ChatRetrieveParams)} as a CompletableFuture, run on the client's executor: it
   * completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<Chat> retrieveAsync(ChatRetrieveParams params) {
    return api.async(() -> retrieve(params, null));
  }

  /**
   * {@link #retrieve(ChatRetrieveParams, RequestOptions)} as a CompletableFuture, run on the
   * client's executor: it completes with the result or the CozeException; cancelling it cancels the
   * call.
   */
  public CompletableFuture<Chat> retrieveAsync(ChatRetrieveParams params, RequestOptions options) {
    return api.async(() -> retrieve(params, options));
  }

  /**
   * Starts a chat with a bot (streaming) ({@code POST /v3/chat}, operation chat.stream). Streams
   * the answer: iterate the events as they arrive; closing the stream early cancels the call.
   */
  public ChatStream stream(ChatCreateParams params) {
    return stream(params, null);
  }

  /** Like {@link #stream(ChatCreateParams)}, with per-call options (null: none). */
  public ChatStream stream(ChatCreateParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return new ChatStream(api.open("chat.stream", params.toParams(), options));
  }

  /**
   * Submits tool results to a chat that requires action ({@code POST /v3/chat/submit_tool_outputs},
   * operation chat.submit_tool_outputs). Returns the result (Chat).
   */
  public Chat submitToolOutputs(ChatSubmitToolOutputsParams params) {
    return submitToolOutputs(params, null);
  }

  /**
   * Like {@link #submitToolOutputs(ChatSubmitToolOutputsParams)}, with per-call options (null:
   * none).
   */
  public Chat submitToolOutputs(ChatSubmitToolOutputsParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke(
        "chat.submit_tool_outputs", params.toParams(), options, Cells.model(Chat::new));
  }

  /**
   * {@link #submitToolOutputs(ChatSubmitToolOutputsParams)} as a CompletableFuture, run on the
   * client's executor: it completes with the result or the CozeException; cancelling it cancels the
   * call.
   */
  public CompletableFuture<Chat> submitToolOutputsAsync(ChatSubmitToolOutputsParams params) {
    return api.async(() -> submitToolOutputs(params, null));
  }

  /**
   * {@link #submitToolOutputs(ChatSubmitToolOutputsParams, RequestOptions)} as a CompletableFuture,
   * run on the client's executor: it completes with the result or the CozeException; cancelling it
   * cancels the call.
   */
  public CompletableFuture<Chat> submitToolOutputsAsync(
      ChatSubmitToolOutputsParams params, RequestOptions options) {
    return api.async(() -> submitToolOutputs(params, options));
  }

  /**
   * Submits tool results to a chat that requires action (streaming) ({@code POST
   * /v3/chat/submit_tool_outputs}, operation chat.submit_tool_outputs.stream). Streams the answer:
   * iterate the events as they arrive; closing the stream early cancels the call.
   */
  public ChatStream submitToolOutputsStream(ChatSubmitToolOutputsParams params) {
    return submitToolOutputsStream(params, null);
  }

  /**
   * Like {@link #submitToolOutputsStream(ChatSubmitToolOutputsParams)}, with per-call options
   * (null: none).
   */
  public ChatStream submitToolOutputsStream(
      ChatSubmitToolOutputsParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return new ChatStream(api.open("chat.submit_tool_outputs.stream", params.toParams(), options));
  }
}
