// Pages through a conversation's messages (the core follows the cursors).
//   java -cp build/native/bindings/java/maven/cozecore-0.1.0.jar examples/java/MessagesPages.java [conversation_id]
// Reads COZE_API_TOKEN and COZE_BASE_URL. Without a conversation id, one is made with 5 messages
// first; pages hold 2 messages.
import io.cozecore.CozeClient;
import io.cozecore.CozeException;
import io.cozecore.Page;
import io.cozecore.Pager;
import io.cozecore.model.ListMessagesResult;
import io.cozecore.model.Message;
import io.cozecore.resources.ConversationsCreateParams;
import io.cozecore.resources.ConversationsMessagesCreateParams;
import io.cozecore.resources.ConversationsMessagesListParams;

public final class MessagesPages {
  public static void main(String[] args) {
    try (CozeClient client = client()) {
      String conversationId;
      if (args.length > 0) {
        conversationId = args[0];
      } else {
        conversationId =
            client
                .conversations()
                .create(ConversationsCreateParams.builder().botId("7300000000000000101").build())
                .id();
        for (int i = 1; i <= 5; i++) {
          client
              .conversations()
              .messages()
              .create(
                  ConversationsMessagesCreateParams.builder()
                      .conversationId(conversationId)
                      .role("user")
                      .content("message " + i)
                      .contentType("text")
                      .build());
        }
      }
      try (Pager<ListMessagesResult, Message> pager =
          client
              .conversations()
              .messages()
              .listPages(
                  ConversationsMessagesListParams.builder()
                      .conversationId(conversationId)
                      .order("asc")
                      .limit(2)
                      .build())) {
        for (Page<ListMessagesResult, Message> page : pager.pages()) {
          System.out.println(
              "page "
                  + page.number()
                  + ": "
                  + page.items().size()
                  + " messages (has_more="
                  + page.hasMore()
                  + ")");
          for (Message m : page.items()) System.out.println("  " + m.role() + ": " + m.content());
        }
      }
    } catch (CozeException e) {
      System.err.println("listing failed (" + e.kind() + "): " + e.getMessage());
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
