package io.cozecore;

/**
 * A tool run ({@code client.chat().runTools(...)}) failed because of a local tool (kind {@code
 * tool}, severity {@code warning}, not retryable): the bot asked for tools more than {@code
 * maxRounds} times, or, with {@link ToolErrors#FAIL}, it named an unknown tool, gave arguments the
 * tool's schema refuses, or a tool's function threw or did not finish within the tool timeout (the
 * chat is cancelled first). {@link #message()} says which tool and why.
 */
public class ToolException extends CozeException {
  private static final long serialVersionUID = 1L;

  ToolException(Details d) {
    super(d);
  }
}
