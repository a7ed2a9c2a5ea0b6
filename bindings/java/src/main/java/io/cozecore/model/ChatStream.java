// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.model;

import io.cozecore.EventStream;
import io.cozecore.internal.CallDriver;

/** The events of a chat stream as ChatEvents; iterate once, close to cancel (see EventStream). */
public final class ChatStream extends EventStream<ChatEvent> {
  /** A stream over a started call (made by the resources). */
  public ChatStream(CallDriver driver) {
    super(driver, ChatEvent::new);
  }
}
