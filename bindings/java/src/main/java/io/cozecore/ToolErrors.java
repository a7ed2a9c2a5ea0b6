package io.cozecore;

/**
 * What a tool run does when a local tool fails (its function throws, times out, or the bot named an
 * unknown tool or gave invalid arguments): see {@code client.chat().runTools(...)}.
 */
public enum ToolErrors {
  /** The default: the failing call's output is {@code {"error": "..."}} and the chat goes on. */
  OUTPUT("output"),
  /** The run cancels the chat and fails with a {@link ToolException}. */
  FAIL("fail");

  private final String wire;

  ToolErrors(String wire) {
    this.wire = wire;
  }

  /** The core's name: {@code "output"} or {@code "fail"}. */
  public String wireName() {
    return wire;
  }
}
