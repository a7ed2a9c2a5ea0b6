package io.cozecore;

import io.cozecore.model.ChatEvent;
import io.cozecore.model.EnterMessage;
import io.cozecore.resources.ChatCreateParams;
import java.util.List;

/** Chat requests and answers the end-to-end tests share. */
final class TestChats {
  private TestChats() {}

  /** A text message from the user. */
  static EnterMessage user(String text) {
    return EnterMessage.builder().role("user").content(text).contentType("text").build();
  }

  /** A chat with one user message. */
  static ChatCreateParams ask(String botId, String text) {
    return ChatCreateParams.builder()
        .botId(botId)
        .userId("u-java")
        .additionalMessages(List.of(user(text)))
        .build();
  }

  /** The text of a message delta; null for other events. */
  static String delta(ChatEvent e) {
    return e.type().equals(ChatEvent.CONVERSATION_MESSAGE_DELTA) ? e.message().content() : null;
  }
}
