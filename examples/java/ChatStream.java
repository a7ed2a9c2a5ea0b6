// Streams a chat answer delta by delta.
//   java -cp build/native/bindings/java/maven/cozecore-0.1.0.jar examples/java/ChatStream.java [bot_id] [question]
// Reads COZE_API_TOKEN and COZE_BASE_URL (default https://api.coze.com).
import io.cozecore.CozeClient;
import io.cozecore.CozeException;
import io.cozecore.model.ChatEvent;
import io.cozecore.model.EnterMessage;
import io.cozecore.resources.ChatCreateParams;
import java.util.List;

public final class ChatStream {
  public static void main(String[] args) {
    String botId = args.length > 0 ? args[0] : "7300000000000000101";
    String question = args.length > 1 ? args[1] : "Hello from cozecore";
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
      try (io.cozecore.model.ChatStream s = client.chat().stream(req)) {
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
