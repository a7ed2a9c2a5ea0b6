package io.cozecore;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A function the bot asks the client to run (a chat in status
 * {@code requires_action}); answer with {@code {tool_call_id: id(), output}}
 * through {@link ChatResource#submitToolOutputs}.
 */
public final class ToolCall {
  private final String id;
  private final String type;
  private final Function function;

  public ToolCall(String id, String type, Function function) {
    this.id = Objects.requireNonNull(id, "id");
    this.type = Objects.requireNonNull(type, "type");
    this.function = Objects.requireNonNull(function, "function");
  }

  /** The function to call: its name and its arguments as JSON text. */
  public static final class Function {
    private final String name;
    private final String arguments;

    public Function(String name, String arguments) {
      this.name = Objects.requireNonNull(name, "name");
      this.arguments = Objects.requireNonNull(arguments, "arguments");
    }

    public String name() {
      return name;
    }

    /** JSON text, e.g. {@code {"city":"Paris"}}. */
    public String arguments() {
      return arguments;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Function && ((Function) o).name.equals(name) && ((Function) o).arguments.equals(arguments);
    }

    @Override
    public int hashCode() {
      return Objects.hash(name, arguments);
    }

    @Override
    public String toString() {
      return name + "(" + arguments + ")";
    }
  }

  public String id() {
    return id;
  }

  /** {@code function}. */
  public String type() {
    return type;
  }

  public Function function() {
    return function;
  }

  /** The tool calls of a chat's {@code required_action.submit_tool_outputs.tool_calls}, read leniently. */
  static List<ToolCall> listOf(Map<String, Object> chat) {
    Object calls = JsonValues.object(JsonValues.object(chat, "required_action"), "submit_tool_outputs").get("tool_calls");
    if (!(calls instanceof List)) return Collections.emptyList();
    List<ToolCall> out = new ArrayList<>();
    for (Object item : (List<?>) calls) {
      if (!(item instanceof Map)) continue;
      @SuppressWarnings("unchecked")
      Map<String, Object> c = (Map<String, Object>) item;
      Map<String, Object> fn = JsonValues.object(c, "function");
      out.add(new ToolCall(JsonValues.text(c, "id"), JsonValues.text(c, "type"),
          new Function(JsonValues.text(fn, "name"), JsonValues.jsonText(fn, "arguments"))));
    }
    return Collections.unmodifiableList(out);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ToolCall)) return false;
    ToolCall t = (ToolCall) o;
    return t.id.equals(id) && t.type.equals(type) && t.function.equals(function);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, type, function);
  }

  @Override
  public String toString() {
    return "ToolCall{id=" + id + ", type=" + type + ", function=" + function + "}";
  }
}
