// A Maven project's program over io.cozecore:cozecore (see ../../../../../pom.xml): a chat
// streamed as a Flow.Publisher one event per request, a call as a CompletableFuture, a typed
// error, and a stream cancelled midway. Reads COZE_API_TOKEN and COZE_BASE_URL (default
// https://api.coze.com); with no arguments it uses the fake server's echo bot.
package com.example;

import io.cozecore.CozeClient;
import io.cozecore.CozeException;
import io.cozecore.Hooks;
import io.cozecore.model.Chat;
import io.cozecore.model.ChatEvent;
import io.cozecore.model.EnterMessage;
import io.cozecore.resources.ChatCreateParams;
import io.cozecore.resources.ConversationsRetrieveParams;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;

public final class ConsumerApp {
  public static void main(String[] args) throws Exception {
    String botId = args.length > 0 ? args[0] : "7300000000000000101";
    String base = System.getenv("COZE_BASE_URL");
    try (CozeClient client =
        CozeClient.builder()
            .token(System.getenv("COZE_API_TOKEN"))
            .baseUrl(base == null || base.isEmpty() ? CozeClient.COZE_COM_BASE_URL : base)
            .maxRetries(2) // retries after the first attempt (the default)
            .connectTimeout(Duration.ofSeconds(10))
            .totalTimeout(Duration.ofMinutes(2)) // a whole call: attempts and backoff included
            .hooks(
                Hooks.builder()
                    .onRetryScheduled(e -> System.err.println("retrying after " + e.errorKind()))
                    .build())
            .build()) {
      ChatCreateParams req = ask(botId, "Hello from a Maven project");

      // A stream as a Flow.Publisher: one event per request(1), on the client's executor.
      CompletableFuture<Void> done = new CompletableFuture<>();
      client.chat().stream(req)
          .subscribe(
              new Flow.Subscriber<ChatEvent>() {
                private Flow.Subscription subscription;

                @Override
                public void onSubscribe(Flow.Subscription s) {
                  subscription = s;
                  s.request(1);
                }

                @Override
                public void onNext(ChatEvent e) {
                  if (e.type().equals(ChatEvent.CONVERSATION_MESSAGE_DELTA)) {
                    System.out.print(e.message().content());
                  }
                  subscription.request(1); // the next event only now: back-pressure
                }

                @Override
                public void onError(Throwable t) {
                  done.completeExceptionally(t);
                }

                @Override
                public void onComplete() {
                  System.out.println();
                  done.complete(null);
                }
              });
      done.join();

      // A call as a CompletableFuture; cancelling the future would cancel the call.
      CompletableFuture<String> status = client.chat().createAsync(req).thenApply(Chat::status);
      System.out.println("chat status: " + status.join());

      // Errors: a typed CozeException, as the cause of the future's CompletionException.
      try {
        client
            .conversations()
            .retrieveAsync(ConversationsRetrieveParams.builder().conversationId("404").build())
            .join();
      } catch (CompletionException e) {
        CozeException err = (CozeException) e.getCause();
        System.out.println("error: " + err.kind() + ": " + err.getMessage());
      }

      // Cancel: the subscription's cancel() ends the call and closes its response.
      CompletableFuture<Integer> cancelled = new CompletableFuture<>();
      client.chat().stream(ask(botId, "a long answer we stop after its first piece"))
          .subscribe(
              new Flow.Subscriber<ChatEvent>() {
                private Flow.Subscription subscription;
                private int deltas;

                @Override
                public void onSubscribe(Flow.Subscription s) {
                  subscription = s;
                  s.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(ChatEvent e) {
                  if (e.type().equals(ChatEvent.CONVERSATION_MESSAGE_DELTA) && ++deltas == 1) {
                    subscription.cancel();
                    cancelled.complete(deltas);
                  }
                }

                @Override
                public void onError(Throwable t) {
                  cancelled.completeExceptionally(t);
                }

                @Override
                public void onComplete() {
                  cancelled.complete(deltas);
                }
              });
      System.out.println("cancelled after " + cancelled.join() + " delta");
    } catch (CozeException e) {
      System.err.println("failed (" + e.kind() + "): " + e.getMessage());
      System.exit(1);
    }
  }

  private static ChatCreateParams ask(String botId, String text) {
    return ChatCreateParams.builder()
        .botId(botId)
        .userId("maven-consumer")
        .additionalMessages(
            List.of(EnterMessage.builder().role("user").content(text).contentType("text").build()))
        .build();
  }
}
