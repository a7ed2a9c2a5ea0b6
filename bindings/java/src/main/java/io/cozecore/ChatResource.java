package io.cozecore;

import io.cozecore.internal.CallDriver;
import java.util.Map;

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
    return chatOf("chat.create", request.toParams());
  }

  /**
   * Starts a streamed chat. Iterate the events as they arrive; closing the
   * stream early cancels the call and aborts the request.
   */
  public ChatStream stream(ChatRequest request) {
    return new ChatStream(client.start("chat.stream", request.toParams()));
  }

  private Chat chatOf(String op, Map<String, ?> params) {
    try (CallDriver d = client.start(op, params)) {
      String result = d.run();
      Object data = CozeClient.parseResult(result.isEmpty() ? "{}" : result);
      if (!(data instanceof Map)) {
        throw CozeException.of("decode", "the chat is not a JSON object", 0, 0, d.logid(), false, 1, -1, "");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) data;
      return new Chat(map, d.logid());
    }
  }
}
