package io.cozecore;

import io.cozecore.internal.CallDriver;
import java.util.Map;
import java.util.function.BiFunction;

/** The chat endpoints: {@code client.chat().create(..)}, {@code client.chat().stream(..)}. */
public final class ChatResource {
  private final CozeClient client;

  ChatResource(CozeClient client) {
    this.client = client;
  }

  /**
   * Starts a chat without streaming ({@code POST /v3/chat}) and returns it as
   * the server answered (usually {@code in_progress}).
   */
  public Chat create(ChatRequest request) {
    return create(request, null);
  }

  /** Like {@link #create(ChatRequest)}, with per-call options (null: none). */
  public Chat create(ChatRequest request, RequestOptions options) {
    return chatOf("chat.create", request.toParams(), options);
  }

  /**
   * Starts a streamed chat. Iterate the events as they arrive; closing the
   * stream early cancels the call and aborts the request.
   */
  public ChatStream stream(ChatRequest request) {
    return stream(request, null);
  }

  /** Like {@link #stream(ChatRequest)}, with per-call options (null: none). */
  public ChatStream stream(ChatRequest request, RequestOptions options) {
    return new ChatStream(client.start("chat.stream", request.toParams(), options));
  }

  /**
   * Answers a chat in status {@code requires_action}: params
   * {@code {conversation_id, chat_id, tool_outputs: [{tool_call_id, output}]}}.
   */
  public Chat submitToolOutputs(Map<String, ?> params) {
    return submitToolOutputs(params, null);
  }

  /** Like {@link #submitToolOutputs(Map)}, with per-call options (null: none). */
  public Chat submitToolOutputs(Map<String, ?> params, RequestOptions options) {
    return chatOf("chat.submit_tool_outputs", params, options);
  }

  /** Like {@link #submitToolOutputs(Map)}, streaming the rest of the chat. */
  public ChatStream submitToolOutputsStream(Map<String, ?> params) {
    return submitToolOutputsStream(params, null);
  }

  /** Like {@link #submitToolOutputsStream(Map)}, with per-call options (null: none). */
  public ChatStream submitToolOutputsStream(Map<String, ?> params, RequestOptions options) {
    return new ChatStream(client.start("chat.submit_tool_outputs.stream", params, options));
  }

  private Chat chatOf(String op, Map<String, ?> params, RequestOptions options) {
    return objectResult(client, op, params, options, "the chat", Chat::new);
  }

  /**
   * Runs a non-streaming op and makes its result, a JSON object, into a T
   * with the call's logid; {@code what} names the result in the decode error.
   */
  static <T> T objectResult(CozeClient client, String op, Map<String, ?> params, RequestOptions options, String what,
      BiFunction<Map<String, Object>, String, T> make) {
    try (CallDriver d = client.start(op, params, options)) {
      String result = d.run();
      Object data = CozeClient.parseResult(result.isEmpty() ? "{}" : result);
      if (!(data instanceof Map)) {
        throw CozeException.of("decode", what + " is not a JSON object", 0, 0, d.logid(), false, 1, -1, "");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) data;
      return make.apply(map, d.logid());
    }
  }
}
