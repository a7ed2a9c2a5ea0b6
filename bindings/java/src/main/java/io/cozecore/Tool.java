package io.cozecore;

import io.cozecore.bridge.cozecore_bridge;
import io.cozecore.internal.Json;
import io.cozecore.internal.JsonReader;
import io.cozecore.internal.Utf8;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A local tool for {@code client.chat().runTools(...)}: a name, a JSON Schema for its arguments and
 * the {@link ToolFunction} that runs it. When the bot asks for the tool, the core checks the call's
 * arguments against the schema (defaults filled in) and the client runs the function with them;
 * what it returns goes back to the bot.
 *
 * <pre>{@code
 * Tool weather = Tool.of("get_weather", """
 *     {"type": "object",
 *      "properties": {"city": {"type": "string"},
 *                     "unit": {"enum": ["celsius", "fahrenheit"], "default": "celsius"}},
 *      "required": ["city"]}""",
 *     args -> "sunny in " + args.get("city"))
 *   .withDescription("The weather in a city");
 * }</pre>
 *
 * The schema is checked at once by the core's validator ({@code tool_schema_check}): a keyword it
 * does not support, or a malformed schema, is an {@link InvalidArgumentException} here, naming the
 * keyword and where it is, never a surprise mid-chat. Immutable and thread-safe.
 */
public final class Tool {
  private final String name;
  private final String description; // null: none
  private final String schemaJson; // null: no schema (any arguments)
  private final ToolFunction function;

  private Tool(String name, String description, String schemaJson, ToolFunction function) {
    this.name = name;
    this.description = description;
    this.schemaJson = schemaJson;
    this.function = function;
  }

  /**
   * A tool whose arguments follow {@code schemaJson}, a JSON Schema object as text.
   *
   * @throws InvalidArgumentException when the name is empty or the core refuses the schema
   */
  public static Tool of(String name, String schemaJson, ToolFunction function) {
    Objects.requireNonNull(schemaJson, "schemaJson");
    return new Tool(checkName(name), null, checkSchema(name, schemaJson), fn(function));
  }

  /**
   * A tool whose arguments follow {@code schema}, a JSON Schema object as plain Java values ({@code
   * Map}, {@code List}, {@code String}, numbers, booleans).
   *
   * @throws InvalidArgumentException when the name is empty, the schema cannot be written as JSON
   *     or the core refuses it
   */
  public static Tool of(String name, Map<String, ?> schema, ToolFunction function) {
    Objects.requireNonNull(schema, "schema");
    String text;
    try {
      text = Json.write(schema);
    } catch (IllegalArgumentException e) {
      throw CozeException.invalidArgument(
          "tool '" + name + "': the schema cannot be written as JSON: " + e.getMessage());
    }
    return new Tool(checkName(name), null, checkSchema(name, text), fn(function));
  }

  /** A tool without a schema: the function gets the arguments as the bot gave them. */
  public static Tool of(String name, ToolFunction function) {
    return new Tool(checkName(name), null, null, fn(function));
  }

  /** This tool with a description (for the reader; the bot's own tool definition is on Coze). */
  public Tool withDescription(String description) {
    return new Tool(name, Objects.requireNonNull(description, "description"), schemaJson, function);
  }

  public String name() {
    return name;
  }

  /** The description, or null when none was given. */
  public String description() {
    return description;
  }

  /** The argument schema as JSON text, or null for a tool without one. */
  public String schemaJson() {
    return schemaJson;
  }

  public ToolFunction function() {
    return function;
  }

  /**
   * Runs the function with {@code arguments} and returns its output as the run sends it: a {@code
   * String} as it is, anything else as compact JSON (see {@link ToolFunction}).
   *
   * @throws Exception what the function throws, or an {@link IllegalArgumentException} when its
   *     value cannot be written as JSON
   */
  public String call(Map<String, Object> arguments) throws Exception {
    return output(function.apply(arguments));
  }

  /** The tool as the core's {@code chat.run_tools} takes it: {name, parameters?, description?}. */
  Map<String, Object> toCore() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    if (schemaJson != null) m.put("parameters", JsonReader.parse(schemaJson));
    if (description != null) m.put("description", description);
    return m;
  }

  /** A function's return value as the output text: a String as is, anything else compact JSON. */
  static String output(Object value) {
    if (value instanceof String) return (String) value;
    if (value instanceof ModelView) return ((ModelView) value).toJson();
    try {
      return Json.write(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "the tool's result cannot be written as JSON: " + e.getMessage(), e);
    }
  }

  private static String checkName(String name) {
    if (name == null || name.isEmpty()) {
      throw CozeException.invalidArgument("a tool needs a non-empty name");
    }
    return name;
  }

  private static ToolFunction fn(ToolFunction function) {
    return Objects.requireNonNull(function, "function");
  }

  private static String checkSchema(String name, String schemaJson) {
    String problem = Utf8.decode(cozecore_bridge.tool_schema_check(Utf8.encode(schemaJson)));
    if (!problem.isEmpty()) throw CozeException.invalidArgument("tool '" + name + "': " + problem);
    return schemaJson;
  }

  @Override
  public String toString() {
    return "Tool[" + name + "]";
  }
}
