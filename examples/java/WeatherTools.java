// Runs local tools for a bot: get_weather and get_time answer the bot's tool calls, the answer streams.
//   java -cp build/native/bindings/java/maven/cozecore-0.1.0.jar examples/java/WeatherTools.java [bot_id] [question]
// Reads COZE_API_TOKEN and COZE_BASE_URL. Against tests/fake_coze/server.py the seed bot
// 7300000000000000102 (like the bot "tools") asks for get_weather {"city": "Paris"} and
// get_time {"tz": "Europe/Paris"}, then answers with the tools' outputs.
import io.cozecore.CozeClient;
import io.cozecore.CozeException;
import io.cozecore.Tool;
import io.cozecore.model.ChatEvent;
import io.cozecore.model.ChatStream;
import io.cozecore.model.EnterMessage;
import io.cozecore.resources.ChatCreateParams;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public final class WeatherTools {
  public static void main(String[] args) {
    String botId = args.length > 0 ? args[0] : "7300000000000000102";
    String question = args.length > 1 ? args[1] : "What is the weather and the time in Paris?";
    // Each schema is checked when the tool is made: a keyword the core does not support
    // fails here (InvalidArgumentException), not in the middle of a chat.
    Tool weather =
        Tool.of(
                "get_weather",
                """
                {"type": "object",
                 "properties": {
                   "city": {"type": "string", "minLength": 1},
                   "unit": {"enum": ["celsius", "fahrenheit"], "default": "celsius"}},
                 "required": ["city"]}""",
                a -> {
                  // The arguments were checked against the schema, "unit" filled in.
                  Map<String, Object> out = new TreeMap<>();
                  out.put("city", a.get("city"));
                  out.put("temperature", a.get("unit").equals("celsius") ? 21 : 70);
                  return out; // not a String: sent as compact JSON
                })
            .withDescription("The current weather in a city");
    Tool time =
        Tool.of(
            "get_time",
            """
            {"type": "object", "properties": {"tz": {"type": "string"}}, "required": ["tz"]}""",
            a ->
                ZonedDateTime.now(ZoneId.of((String) a.get("tz")))
                    .format(DateTimeFormatter.ofPattern("HH:mm")));
    try (CozeClient client = client()) {
      ChatCreateParams req =
          ChatCreateParams.builder()
              .botId(botId)
              .userId("example-user")
              .additionalMessages(
                  List.of(
                      EnterMessage.builder()
                          .role("user")
                          .content(question)
                          .contentType("text")
                          .build()))
              .build();
      try (ChatStream s = client.chat().runTools(req, List.of(weather, time))) {
        for (ChatEvent e : s) {
          if (e.type().equals(ChatEvent.CONVERSATION_MESSAGE_DELTA)) {
            System.out.print(e.message().content());
            System.out.flush();
          }
        }
      }
      System.out.println();
    } catch (CozeException e) {
      System.err.println("chat failed (" + e.kind() + "): " + e.getMessage());
      System.exit(1);
    }
  }

  /** The client from the environment. */
  static CozeClient client() {
    String token = System.getenv("COZE_API_TOKEN");
    if (token == null || token.isEmpty()) {
      System.err.println("set COZE_API_TOKEN (and COZE_BASE_URL for the fake server)");
      System.exit(2);
    }
    String base = System.getenv("COZE_BASE_URL");
    return CozeClient.builder()
        .token(token)
        .baseUrl(base == null || base.isEmpty() ? CozeClient.COZE_COM_BASE_URL : base)
        .build();
  }
}
