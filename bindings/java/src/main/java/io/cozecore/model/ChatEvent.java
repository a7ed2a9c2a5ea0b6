// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.model;

import io.cozecore.StreamEvent;
import io.cozecore.internal.CoreRecord;

/**
 * An event of a chat stream: its name, SSE id and payload (see StreamEvent), with one typed
 * accessor per payload model and the names of the chat events.
 */
public final class ChatEvent extends StreamEvent {

  /** {@code conversation.chat.created}: payload {@link Chat}. */
  public static final String CONVERSATION_CHAT_CREATED = "conversation.chat.created";

  /** {@code conversation.chat.in_progress}: payload {@link Chat}. */
  public static final String CONVERSATION_CHAT_IN_PROGRESS = "conversation.chat.in_progress";

  /** {@code conversation.chat.completed}: payload {@link Chat}. */
  public static final String CONVERSATION_CHAT_COMPLETED = "conversation.chat.completed";

  /** {@code conversation.chat.failed}: payload {@link Chat}. */
  public static final String CONVERSATION_CHAT_FAILED = "conversation.chat.failed";

  /** {@code conversation.chat.requires_action}: payload {@link Chat}. */
  public static final String CONVERSATION_CHAT_REQUIRES_ACTION =
      "conversation.chat.requires_action";

  /** {@code conversation.message.delta}: payload {@link Message}. */
  public static final String CONVERSATION_MESSAGE_DELTA = "conversation.message.delta";

  /** {@code conversation.message.completed}: payload {@link Message}. */
  public static final String CONVERSATION_MESSAGE_COMPLETED = "conversation.message.completed";

  /** {@code conversation.audio.delta}: payload {@link Message}. */
  public static final String CONVERSATION_AUDIO_DELTA = "conversation.audio.delta";

  /** {@code error}: payload {@link ErrorEventData}. */
  public static final String ERROR = "error";

  /** {@code done}: payload {@link DoneEventData}. */
  public static final String DONE = "done";

  /** The event at array node {@code node} of a batch record (made by the runtime). */
  public ChatEvent(CoreRecord record, int node) {
    super(record, node);
  }

  /**
   * The payload of {@code conversation.chat.created}, {@code conversation.chat.in_progress}, {@code
   * conversation.chat.completed}, {@code conversation.chat.failed}, {@code
   * conversation.chat.requires_action} as a {@link Chat}; null for other events.
   */
  public Chat chat() {
    return dataAs(Chat.class);
  }

  /**
   * The payload of {@code conversation.message.delta}, {@code conversation.message.completed},
   * {@code conversation.audio.delta} as a {@link Message}; null for other events.
   */
  public Message message() {
    return dataAs(Message.class);
  }

  /** The payload of {@code error} as a {@link ErrorEventData}; null for other events. */
  public ErrorEventData errorEventData() {
    return dataAs(ErrorEventData.class);
  }

  /** The payload of {@code done} as a {@link DoneEventData}; null for other events. */
  public DoneEventData doneEventData() {
    return dataAs(DoneEventData.class);
  }
}
