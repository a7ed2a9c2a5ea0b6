package io.cozecore;

import java.util.Map;

/**
 * The function of a local tool ({@link Tool}): it gets the call's arguments, already checked
 * against the tool's schema with its defaults filled in, as parsed JSON (objects as {@code
 * Map<String, Object>} in key order, arrays as {@code List<Object>}, integers as {@code Long},
 * other numbers as {@code Double}, plus {@code String}, {@code Boolean} and {@code null}).
 *
 * <p>What it returns is the tool's output: a {@code String} is sent as it is, anything else as
 * compact JSON (a {@code Map}, {@code List}, number, boolean, {@code null}, or a {@link ModelView}
 * as {@link ModelView#toJson()}). What it throws becomes the call's error output ({@code {"error":
 * message}}, or the run's {@link ToolException} with {@link ToolErrors#FAIL}); it never breaks the
 * stream. It runs on the run's executor, several at once when the bot asks for several tools in one
 * round; a function that outlives the tool timeout is interrupted and its output ignored.
 */
@FunctionalInterface
public interface ToolFunction {
  Object apply(Map<String, Object> arguments) throws Exception;
}
