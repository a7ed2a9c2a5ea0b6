// The walk-through of bindings/java/README.md: one method per README section with code, holding
// that section's code blocks (the README's blocks marked <!-- snippet: examples/java/Guide.java -->
// are cut from here), run in order against the fake Coze server (tests/fake_coze). Each section
// checks what it got, prints "ok <section>", and exits 1 on a failed check; the last line is
// "guide: every section ran".
//   java -cp build/native/bindings/java/maven/cozecore-0.1.0.jar examples/java/Guide.java
// Reads COZE_API_TOKEN and COZE_BASE_URL, which must name the fake server: the guide registers
// OAuth apps, queues a fault and reads the request log through its /_fake/ control endpoints.
import io.cozecore.CozeClient;
import io.cozecore.model.*;
import io.cozecore.resources.*;

// examples/java has a class ChatStream of its own: the model's is named here.
import io.cozecore.model.ChatStream;
import io.cozecore.DeviceFlow;
import io.cozecore.DownloadResult;
import io.cozecore.HookEvent;
import io.cozecore.Hooks;
import io.cozecore.JwtCredentials;
import io.cozecore.JwtTokenOptions;
import io.cozecore.OAuth;
import io.cozecore.OAuthApp;
import io.cozecore.OAuthCredentials;
import io.cozecore.Page;
import io.cozecore.Pager;
import io.cozecore.PkcePair;
import io.cozecore.RequestOptions;
import io.cozecore.ChatPollResult;
import io.cozecore.TokenInfo;
import io.cozecore.UploadFile;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

public final class Guide {
  static final String token = System.getenv("COZE_API_TOKEN");
  static final String baseUrl = System.getenv("COZE_BASE_URL");
  static final String ECHO_BOT = "7300000000000000101";
  static final String TOOLS_BOT = "7300000000000000102";
  static Path dir; // the files the sections write, removed at the end

  public static void main(String[] args) throws Exception {
    if (token == null || token.isEmpty() || baseUrl == null || baseUrl.isEmpty()) {
      System.err.println("set COZE_API_TOKEN and COZE_BASE_URL (the fake server, tests/fake_coze)");
      System.exit(2);
    }
    dir = Files.createTempDirectory("cozecore-guide");
    try {
      quickStart();
      uploads();
      downloads();
      streamsAndEvents();
      pagesAndPolling();
      auth();
      perCallOptions();
      retryBudgetAndHooks();
      metrics();
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    System.out.println("guide: every section ran");
  }

  // ---- Quick start: "At a glance" ------------------------------------------------------------

  static void quickStart() throws Exception {
    CompletableFuture<String> published = new CompletableFuture<>();
    Flow.Subscriber<ChatEvent> subscriber = new Flow.Subscriber<>() {
      private final StringBuilder text = new StringBuilder();

      @Override
      public void onSubscribe(Flow.Subscription s) {
        s.request(Long.MAX_VALUE);
      }

      @Override
      public void onNext(ChatEvent e) {
        if (e.type().equals(ChatEvent.CONVERSATION_MESSAGE_DELTA)) text.append(e.message().content());
      }

      @Override
      public void onError(Throwable t) {
        published.completeExceptionally(t);
      }

      @Override
      public void onComplete() {
        published.complete(text.toString());
      }
    };

    CozeClient client = CozeClient.builder().token(System.getenv("COZE_API_TOKEN"))
        .baseUrl(System.getenv("COZE_BASE_URL")).build();   // default: CozeClient.COZE_COM_BASE_URL
    ChatCreateParams req = ChatCreateParams.builder().botId("7300000000000000101").userId("u1")
        .additionalMessages(List.of(EnterMessage.builder().role("user").content("你好 👋").contentType("text").build()))
        .build();
    StringBuilder answer = new StringBuilder();
    try (ChatStream s = client.chat().stream(req)) {
      for (ChatEvent e : s) {
        if (e.type().equals(ChatEvent.CONVERSATION_MESSAGE_DELTA)) answer.append(e.message().content());
      }
    }
    Chat chat = client.chat().create(req);             // id(), conversationId(), status(), usage().tokenCount(), ...
    CompletableFuture<Chat> later = client.chat().createAsync(req);   // every call also as a future
    ListMessagesResult page = client.conversations().messages()
        .list(ConversationsMessagesListParams.builder().conversationId(chat.conversationId()).limit(20).build());
    Object any = client.call("chat.retrieve", Map.of("conversation_id", chat.conversationId(), "chat_id", chat.id()));  // by name
    client.chat().stream(req).subscribe(subscriber);   // a stream is also a Flow.Publisher

    check(answer.toString().equals("Echo: 你好 👋"), "streamed " + answer);
    check(chat.id() != null && chat.conversationId() != null, "chat " + chat);
    Chat other = later.get(30, TimeUnit.SECONDS);
    check(other.id() != null && !other.id().equals(chat.id()), "createAsync gave " + other);
    check(page.data().stream().anyMatch(m -> "你好 👋".equals(m.content())), "messages " + page.data());
    check(any instanceof Chat c && chat.id().equals(c.id()), "chat.retrieve by name gave " + any);
    String viaPublisher = published.get(30, TimeUnit.SECONDS);
    check(viaPublisher.equals("Echo: 你好 👋"), "the publisher gave " + viaPublisher);
    client.close();
    ok("quick start");
  }

  // ---- Uploads and downloads, streamed ----------------------------------------------------------

  static void uploads() throws Exception {
    Files.write(dir.resolve("report.pdf"), "%PDF-1.4 a report of 36 bytes\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
    byte[] bytes = "remember the milk\n".getBytes(StandardCharsets.UTF_8);
    Path p = Files.writeString(dir.resolve("app.log"), "started\nstopped\n");
    byte[] relayed = new byte[70_000];
    Arrays.fill(relayed, (byte) 'x');
    // Bytes that arrive as a stream read once, such as the body of a request this program relays.
    InputStream requestBody = new BufferedInputStream(new ByteArrayInputStream(relayed));
    long contentLength = relayed.length;
    try (CozeClient client = client()) {
      File f = client.files().upload(FilesUploadParams.builder()
          .file(dir.resolve("report.pdf"))                   // name "report.pdf", size from the file
          .build(),
          RequestOptions.builder()
              .uploadProgress((sent, total) -> System.out.printf("%d / %d%n", sent, total))
              .build());
      File notes = client.files().upload(FilesUploadParams.builder().file(bytes, "notes.txt", "text/plain").build());
      File log = client.files().upload(FilesUploadParams.builder()
          .file(UploadFile.of(() -> Files.newInputStream(p), -1).withFileName("log.txt"))  // reopened per attempt
          .build());
      File in = client.files().upload(FilesUploadParams.builder()
          .file(UploadFile.of(requestBody, contentLength).withFileName("in.bin"))  // read once
          .build());

      check(f.fileName().equals("report.pdf") && f.bytes() == Files.size(dir.resolve("report.pdf")), "report " + f);
      check(notes.fileName().equals("notes.txt") && notes.bytes() == bytes.length, "notes " + notes);
      check(log.fileName().equals("log.txt") && log.bytes() == Files.size(p), "log " + log);
      check(in.fileName().equals("in.bin") && in.bytes() == contentLength, "in " + in);
      // The server kept the very bytes.
      HttpResponse<byte[]> kept = HTTP.send(
          HttpRequest.newBuilder(URI.create(baseUrl + "/_fake/files/content?file_id=" + notes.id())).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      check(Arrays.equals(kept.body(), bytes), "the fake kept " + kept.body().length + " bytes of notes.txt");
    }
    ok("uploads");
  }

  /** Plays audio chunks: here, keeps them. */
  static final class Player {
    final ByteArrayOutputStream played = new ByteArrayOutputStream();

    void play(ByteBuffer chunk) {
      byte[] b = new byte[chunk.remaining()];
      chunk.get(b);
      played.write(b, 0, b.length);
    }
  }

  static void downloads() throws Exception {
    String voice = "7300000000000000301";
    ByteArrayOutputStream outputStream = new ByteArrayOutputStream();
    Player player = new Player();
    try (CozeClient client = client()) {
      AudioSpeechCreateParams p = AudioSpeechCreateParams.builder().input("Hi").voiceId(voice).build();
      DownloadResult r = client.audio().speech().create(p, dir.resolve("hi.mp3"));  // r.bytes(), r.contentType()
      client.audio().speech().create(p, outputStream);            // written, neither flushed nor closed
      client.audio().speech().create(p, chunk -> player.play(chunk));  // a ByteSink: read-only ByteBuffers
      byte[] audio = client.audio().speech().create(p).data();    // in memory, when the bytes are wanted

      byte[] file = Files.readAllBytes(dir.resolve("hi.mp3"));
      check(r.contentType().equals("audio/mpeg") && r.bytes() == file.length, "download " + r);
      check(new String(audio, StandardCharsets.ISO_8859_1).startsWith("ID3") && new String(audio, StandardCharsets.UTF_8).endsWith("Hi"), "speech " + Arrays.toString(audio));
      check(Arrays.equals(file, audio), "the file holds other bytes than the answer");
      check(Arrays.equals(outputStream.toByteArray(), audio), "the output stream got other bytes");
      check(Arrays.equals(player.played.toByteArray(), audio), "the player got other bytes");
    }
    ok("downloads");
  }

  // ---- Streams and events -------------------------------------------------------------------

  /** The local tools the bot asks for. */
  static String run(ChatToolCallFunction f) {
    return switch (f.name()) {
      case "get_weather" -> "sunny, 21 °C";
      case "get_time" -> "12:00";
      default -> "unknown tool " + f.name();
    };
  }

  static void streamsAndEvents() {
    StringBuilder answer = new StringBuilder();
    try (CozeClient client = client()) {
      ChatCreateParams req = ask(TOOLS_BOT, "What is the weather in Paris, and the time?");

      for (ChatEvent e : client.chat().stream(req)) {
        Chat c = e.chat();
        if (c != null && c.requiredAction() != null) {
          List<ToolOutput> outputs = new ArrayList<>();
          for (ChatToolCall call : c.requiredAction().submitToolOutputs().toolCalls()) {
            outputs.add(ToolOutput.builder().toolCallId(call.id()).output(run(call.function())).build());
          }
          try (ChatStream rest = client.chat().submitToolOutputsStream(ChatSubmitToolOutputsParams.builder()
              .conversationId(c.conversationId()).chatId(c.id()).toolOutputs(outputs).build())) {
            for (ChatEvent r : rest) {
              if (r.type().equals(ChatEvent.CONVERSATION_MESSAGE_DELTA)) answer.append(r.message().content());
            }
          }
        }
      }
    }
    String want = "Tool outputs: get_weather -> sunny, 21 °C; get_time -> 12:00";
    check(answer.toString().equals(want), "the answer after the tool outputs: " + answer);
    ok("streams and events");
  }

  // ---- Pages and polling ----------------------------------------------------------------------

  static void pagesAndPolling() throws Exception {
    try (CozeClient client = client()) {
      // A conversation of four messages, and a bot of its own with three conversations.
      List<EnterMessage> four = new ArrayList<>();
      for (String text : List.of("one", "two", "stop", "four")) {
        four.add(EnterMessage.builder().role("user").content(text).contentType("text").build());
      }
      String conversationId =
          client.conversations().create(ConversationsCreateParams.builder().messages(four).build()).id();
      String botId = client.bots()
          .create(BotsCreateParams.builder().spaceId("7300000000000000001").name("guide bot").build())
          .botId();
      for (int i = 0; i < 3; i++) {
        client.conversations().create(ConversationsCreateParams.builder().botId(botId).build());
      }

      ConversationsMessagesListParams q = ConversationsMessagesListParams.builder()
          .conversationId(conversationId).order("asc").limit(50).build();
      List<String> read = new ArrayList<>();
      try (Pager<ListMessagesResult, Message> messages = client.conversations().messages().listPages(q)) {
        for (Message m : messages) {
          if (m.content().equals("stop")) break;   // no further page is asked for
          read.add(m.content());
        }
      }
      int listed = 0;
      for (Page<ListConversationsResult, Conversation> page : client.conversations()
          .listPages(ConversationsListParams.builder().botId(botId).pageSize(20).build()).pages()) {
        System.out.println(page.items().size() + " more=" + page.hasMore() + " logid=" + page.logid());
        listed += page.items().size();
      }

      check(read.equals(List.of("one", "two")), "read before stop: " + read);
      check(countRequests("/v1/conversation/message/list", conversationId) == 1, "one page was asked for");
      check(listed == 3, "the bot's conversations: " + listed);

      ChatCreateParams req = ask(ECHO_BOT, "poll me");
      ChatPollResult done = client.chat().createAndPoll(req, Duration.ofMillis(500),
          RequestOptions.builder().timeout(Duration.ofMinutes(2)).build());
      if (done.chat().status().equals("completed")) {
        for (Message m : done.messages()) System.out.println(m.role() + ": " + m.content());
      }

      check(done.chat().status().equals("completed"), "polled chat " + done.chat().status());
      check(done.messages().stream().anyMatch(m -> "Echo: poll me".equals(m.content())), "messages " + done.messages());
    }
    ok("pages and polling");
  }

  // ---- Auth -----------------------------------------------------------------------------------

  static final String PKCE_APP = "1200000000000000001";
  static final String DEVICE_APP = "1200000000000000002";
  static final String JWT_APP = "1200000000000000003";
  static final String JWT_KEY_ID = "guide-key-1";

  static void auth() throws Exception {
    KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
    String redirectUri = "http://localhost:8080/callback";
    fake("POST", "/_fake/oauth/apps", "[{\"client_id\": \"" + PKCE_APP + "\", \"client_type\": \"pkce\","
        + " \"redirect_uris\": [\"" + redirectUri + "\"]},"
        + " {\"client_id\": \"" + DEVICE_APP + "\", \"client_type\": \"device\", \"device\": {\"interval\": 1}},"
        + " {\"client_id\": \"" + JWT_APP + "\", \"client_type\": \"jwt\", \"public_key_id\": \"" + JWT_KEY_ID + "\","
        + " \"public_key_pem\": " + quote(pem("PUBLIC KEY", keys.getPublic().getEncoded())) + "}]");
    String privateKey = pem("PRIVATE KEY", keys.getPrivate().getEncoded());
    Path keyFile = Files.writeString(dir.resolve("private_key.pem"), privateKey);
    Path configFile = Files.writeString(dir.resolve("coze_oauth_config.json"),
        "{\"client_type\": \"pkce\", \"client_id\": \"" + PKCE_APP + "\", \"coze_api_base\": " + quote(baseUrl)
            + ", \"coze_www_base\": " + quote(baseUrl) + "}");
    OAuthToken fromDevice = authFlows(redirectUri, privateKey, configFile);
    authClients(fromDevice, keyFile);
    ok("auth");
  }

  /** The flows of the three kinds of apps; returns a token of the device app. */
  static OAuthToken authFlows(String redirectUri, String pem, Path configFile) throws Exception {
    String state = "guide-" + System.nanoTime();
    OAuthApp app = OAuth.loadOAuthApp(configFile);   // the console's JSON (coze_oauth_config.json)
    // or OAuthApp.builder().clientType("pkce").clientId("...").baseUrl("https://api.coze.cn").build()

    PkcePair pkce = OAuth.pkcePair();                       // SecureRandom verifier, S256 challenge
    String url = app.authorizeUrl(redirectUri, state, pkce); // web apps: authorizeUrl(redirectUri, state)

    // The user approves at url; the fake approves at once and redirects with the code.
    Map<String, String> redirect = approve(url, redirectUri);
    check(state.equals(redirect.get("state")), "the state came back as " + redirect.get("state"));
    String code = redirect.get("code");

    OAuthToken token = app.exchangeCode(code, redirectUri, pkce.verifier()); // web: exchangeCode(code, redirectUri)
    OAuthToken next = app.refreshToken(token.refreshToken());  // a refresh token works once
    CozeClient client = app.client(next);                      // refreshes by itself from here on

    check(token.accessToken().startsWith("oat_") && next.accessToken().startsWith("oat_"), "pkce tokens");
    check(!next.refreshToken().equals(token.refreshToken()), "the refresh token rotated");
    check(client.users().me().userId() != null, "a call with the pkce app's token");
    client.close();
    app.close();

    OAuthApp deviceApp = OAuthApp.builder().clientType("device").clientId("1200000000000000002")
        .baseUrl(baseUrl).build();
    OAuthToken device = deviceApp.deviceFlow(c ->         // polls at the interval, +5 s on slow_down
        System.out.println("Open " + c.verificationUri() + " and enter " + c.userCode()));
    OAuthToken t;
    try (DeviceFlow flow = deviceApp.startDeviceFlow()) {  // or as a handle: flow.cancel() from any thread
      show(flow.code().userCode());
      t = flow.token();
    }

    check(device.accessToken().startsWith("oat_") && t.accessToken().startsWith("oat_"), "device tokens");
    check(!device.accessToken().equals(t.accessToken()), "two device flows, two tokens");
    deviceApp.close();

    OAuthApp serviceApp = OAuthApp.builder().clientType("jwt").clientId("1200000000000000003")
        .publicKeyId("guide-key-1").privateKey(pem).baseUrl(baseUrl).build();
    OAuthToken jwt = serviceApp.jwtToken(JwtTokenOptions.builder().ttl(Duration.ofHours(1)).build());
    CozeClient service = serviceApp.client();              // a jwt app's own client

    long now = System.currentTimeMillis() / 1000;
    check(jwt.expiresIn() > now + 3500 && jwt.expiresIn() <= now + 3601, "jwt token expires at " + jwt.expiresIn());
    check(service.users().me().userId() != null, "a call of the jwt app's client");
    check(service.currentToken().orElseThrow().accessToken().startsWith("oat_"), "the jwt client's token");
    service.close();
    serviceApp.close();
    return t;
  }

  static void show(String userCode) {
    System.out.println("Enter " + userCode);
  }

  /** Clients made from credentials: an OAuth token, and a service app's key. */
  static void authClients(OAuthToken fromDevice, Path keyFile) throws Exception {
    String at = fromDevice.accessToken();
    String rt = fromDevice.refreshToken();
    long expiresAtUnixSeconds = fromDevice.expiresIn();

    // An OAuth token (from a flow below); a web app adds its client secret.
    CozeClient client = CozeClient.builder().baseUrl(baseUrl)
        .auth(OAuthCredentials.builder().clientId("1200000000000000002").accessToken(at).refreshToken(rt)
            .expiresIn(expiresAtUnixSeconds).build())
        .build();
    TokenInfo now = client.currentToken().orElseThrow();  // store now.refreshToken(): it rotates

    // A service (JWT) app: the core builds each JWT, the JDK signs it (RS256), the key stays here.
    CozeClient service = CozeClient.builder().baseUrl(baseUrl)
        .auth(JwtCredentials.builder().clientId("1200000000000000003").publicKeyId("guide-key-1")
            .privateKey(Files.readString(keyFile))  // PKCS#8 or PKCS#1 PEM
            .ttl(Duration.ofMinutes(15)).sessionName("user-42").build())
        .build();

    check(now.accessToken().equals(at) && now.refreshToken().equals(rt), "the token given");
    check(client.users().me().userId() != null, "a call with the OAuth credentials");
    // Expire the token at the server: the next call gets a 401, refreshes once and is repeated.
    fake("POST", "/_fake/oauth/expire", "{\"access_token\": " + quote(at) + "}");
    check(client.users().me().userId() != null, "a call after the token expired");
    TokenInfo renewed = client.currentToken().orElseThrow();
    check(renewed.refreshes() == 1 && !renewed.refreshToken().equals(rt), "refreshed once: " + renewed);
    check(service.users().me().userId() != null, "a call with the JWT credentials");
    check(service.currentToken().orElseThrow().accessToken().startsWith("oat_"), "the JWT client's token");
    client.close();
    service.close();
  }

  // ---- Per-call options -----------------------------------------------------------------------

  static void perCallOptions() throws Exception {
    try (CozeClient client = client()) {
      ChatCreateParams req = ask(ECHO_BOT, "with options");

      RequestOptions opts = RequestOptions.builder()
          .traceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")  // sent on every attempt
          .tracestate("vendor=1")
          .timeout(Duration.ofSeconds(30))   // this call's deadline, attempts and sleeps included
          .maxRetries(1)                     // instead of the client's
          .header("X-Extra", "yes")          // or extraHeaders(Map)
          .extraQuery("beta", "1")           // query parameters the description lacks
          .extraBody("new_field", List.of(1, 2))  // keys merged into the JSON body
          .idempotencyKey("01JDQ7ZK3M8T5X2V9W4R6N1B0C")  // default: a new ULID per call; .idempotency(false) sends none
          .uploadProgress((sent, total) -> {})  // request body progress (uploads); see above
          .build();
      Chat chat = client.chat().create(req, opts);

      check(chat.id() != null, "chat " + chat);
      Map<?, ?> sent = lastRequest("/v3/chat");
      Map<?, ?> headers = (Map<?, ?>) sent.get("headers");
      check("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01".equals(headers.get("traceparent")), "traceparent " + headers);
      check("vendor=1".equals(headers.get("tracestate")) && "yes".equals(headers.get("x-extra")), "headers " + headers);
      check("1".equals(((Map<?, ?>) sent.get("query")).get("beta")), "query " + sent.get("query"));
      Map<?, ?> body = (Map<?, ?>) Json.parse((String) sent.get("body"));
      check(List.of(1L, 2L).equals(body.get("new_field")) && "with options".equals(
          ((Map<?, ?>) ((List<?>) body.get("additional_messages")).get(0)).get("content")), "body " + body);
      check("01JDQ7ZK3M8T5X2V9W4R6N1B0C".equals(sent.get("idempotency_key")), "idempotency key " + sent.get("idempotency_key"));
    }
    ok("per-call options");
  }

  // ---- Retry budget, rate limit, health, circuit breaker, hooks -------------------------------

  /** A logger in the style of SLF4J: "{}" takes the next argument. It keeps what it logs. */
  static final class Log {
    final List<String> lines = new CopyOnWriteArrayList<>();

    void info(String pattern, Object... args) {
      add("INFO ", pattern, args);
    }

    void warn(String pattern, Object... args) {
      add("WARN ", pattern, args);
    }

    private void add(String level, String pattern, Object[] args) {
      StringBuilder b = new StringBuilder(level);
      int from = 0;
      for (Object a : args) {
        int at = pattern.indexOf("{}", from);
        if (at < 0) break;
        b.append(pattern, from, at).append(a);
        from = at + 2;
      }
      String line = b.append(pattern.substring(from)).toString();
      System.out.println(line);
      lines.add(line);
    }
  }

  /** Call statistics: here, a list of "op errorKind". */
  static final class Stats {
    final List<String> calls = new CopyOnWriteArrayList<>();

    void record(String op, String errorKind, long durationMs) {
      calls.add(op + " " + errorKind);
    }
  }

  static void retryBudgetAndHooks() throws Exception {
    Log log = new Log();
    Stats stats = new Stats();

    CozeClient client = CozeClient.builder().token(token).baseUrl(baseUrl)
        .retryBudget(500, 5, 10, 1)   // capacity, retryCost, timeoutRetryCost, successRefund (the defaults)
        .rateLimit(5, 2)              // at most 5 attempts a second, bursts of 2; off by default
        .health(0.3, Duration.ofSeconds(1), 3, 5) // alpha, slice, spikeFactor, spikeMinAttempts (the defaults)
        .breaker(0.5, 10, Duration.ofSeconds(30), 1) // threshold, minAttempts, openFor, halfOpenProbes; off by default
        .hooks(Hooks.builder()
            .onRequestSent(e -> log.info("-> {} {} attempt {}", e.method(), e.path(), e.attempt()))
            .onRetryScheduled(e -> log.warn("retry in {} ms after {}", e.delayMs(), e.errorKind()))
            .onCallFinished(e -> stats.record(e.op(), e.errorKind(), e.durationMs()))
            .onHealthChanged(e -> log.warn("{}: breaker {}, error rate {}", e.reason(), e.state(), e.errorRate()))
            .build())
        .hookBodies(false)            // true: onRequestSent events carry the request body
        .build();

    // The next request the fake gets answers 503 once: the call is retried.
    fake("POST", "/_fake/faults",
        "{\"status\": 503, \"headers\": {\"Retry-After\": \"0\"}, \"body\": {\"code\": 5000, \"msg\": \"busy\"}}");
    Chat chat = client.chat().create(ask(ECHO_BOT, "retried"));
    check(chat.id() != null, "chat " + chat);
    check(log.lines.equals(List.of(
        "INFO -> POST /v3/chat attempt 1",
        log.lines.get(1),
        "INFO -> POST /v3/chat attempt 2")), "log " + log.lines);
    check(log.lines.get(1).matches("WARN retry in [0-9]+ ms after server"), "log " + log.lines);
    check(stats.calls.equals(List.of("chat.create ")), "stats " + stats.calls);
    ClientHealth health = client.health();
    check(health.totalAttempts() == 2 && health.totalFailures() == 1 && health.state().equals("closed"), "health " + health.toJson());
    client.close();
    ok("retry budget, rate limit, health, circuit breaker, hooks");
  }

  // ---- Metrics --------------------------------------------------------------------------------

  static void metrics() {
    ChatCreateParams req = ask(ECHO_BOT, "measured");

    List<HookEvent> measured = new CopyOnWriteArrayList<>();  // onMetric runs on the calls' threads
    CozeClient client = CozeClient.builder().token(token).baseUrl(baseUrl)
        .hooks(Hooks.builder().onMetric(measured::add).build())  // only measurements are recorded
        .build();
    client.chat().create(req);
    for (HookEvent m : measured) {
      System.out.println(m.metric() + " " + m.value() + " " + m.unit() + " " + m.attributes());
    }

    client.close();
    check(measured.size() == 1, "measurements: " + measured.size());
    HookEvent m = measured.get(0);
    check(m.kind().equals("metric") && m.metric().equals("http.client.request.duration") && m.unit().equals("s"), "metric " + m);
    check(m.value() > 0 && m.value() < 30, "duration " + m.value());
    check("chat.create".equals(m.attributes().get("coze.operation"))
        && "200".equals(m.attributes().get("http.response.status_code")), "attributes " + m.attributes());
    ok("metrics");
  }

  // ---- helpers --------------------------------------------------------------------------------

  static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();

  static void ok(String section) {
    System.out.println("ok " + section);
  }

  static void check(boolean ok, String what) {
    if (!ok) {
      System.out.flush();
      System.err.println("guide: check failed: " + what);
      System.exit(1);
    }
  }

  /** The client from the environment. */
  static CozeClient client() {
    return CozeClient.builder().token(token).baseUrl(baseUrl).build();
  }

  static ChatCreateParams ask(String botId, String question) {
    return ChatCreateParams.builder()
        .botId(botId)
        .userId("guide-user")
        .additionalMessages(
            List.of(EnterMessage.builder().role("user").content(question).contentType("text").build()))
        .build();
  }

  /** A control endpoint of the fake server; its answer's text. */
  static String fake(String method, String path, String json) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) b.header("Content-Type", "application/json");
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    check(r.statusCode() == 200, method + " " + path + " answered " + r.statusCode() + ": " + r.body());
    return r.body();
  }

  static List<?> requestLog() throws Exception {
    return (List<?>) Json.parse(fake("GET", "/_fake/requests", null));
  }

  /** The requests to path about a conversation in the fake's log. */
  static int countRequests(String path, String conversationId) throws Exception {
    int n = 0;
    for (Object o : requestLog()) {
      Map<?, ?> r = (Map<?, ?>) o;
      if (path.equals(r.get("path")) && conversationId.equals(((Map<?, ?>) r.get("query")).get("conversation_id"))) n++;
    }
    return n;
  }

  static Map<?, ?> lastRequest(String path) throws Exception {
    Map<?, ?> last = null;
    for (Object o : requestLog()) if (path.equals(((Map<?, ?>) o).get("path"))) last = (Map<?, ?>) o;
    check(last != null, "no request to " + path + " in the fake's log");
    return last;
  }

  /** Follows the authorize URL as the user's browser would; the query the redirect carries. */
  static Map<String, String> approve(String url, String redirectUri) throws Exception {
    HttpResponse<String> r =
        HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    String location = r.headers().firstValue("location").orElse("");
    check(r.statusCode() == 302 && location.startsWith(redirectUri + "?"), "authorize answered " + r.statusCode() + " " + location);
    Map<String, String> q = new LinkedHashMap<>();
    for (String pair : URI.create(location).getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return q;
  }

  static String pem(String label, byte[] der) {
    String b64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
    return "-----BEGIN " + label + "-----\n" + b64 + "\n-----END " + label + "-----\n";
  }

  /** A JSON string literal. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
          else b.append(c);
        }
      }
    }
    return b.append('"').toString();
  }

  /** A small JSON reader for the fake's control answers: objects, arrays, strings, numbers. */
  static final class Json {
    private final String s;
    private int i;

    private Json(String s) {
      this.s = s;
    }

    static Object parse(String text) {
      Json j = new Json(text);
      Object v = j.value();
      j.space();
      if (j.i != text.length()) throw new IllegalArgumentException("JSON: trailing text at " + j.i);
      return v;
    }

    private void space() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
    }

    private char next() {
      space();
      if (i >= s.length()) throw new IllegalArgumentException("JSON: unexpected end");
      return s.charAt(i);
    }

    private void expect(char c) {
      if (next() != c) throw new IllegalArgumentException("JSON: expected " + c + " at " + i);
      i++;
    }

    private Object value() {
      char c = next();
      switch (c) {
        case '{' -> {
          i++;
          Map<String, Object> m = new LinkedHashMap<>();
          if (next() == '}') {
            i++;
            return m;
          }
          while (true) {
            String k = string();
            expect(':');
            m.put(k, value());
            if (next() == ',') {
              i++;
            } else {
              expect('}');
              return m;
            }
          }
        }
        case '[' -> {
          i++;
          List<Object> l = new ArrayList<>();
          if (next() == ']') {
            i++;
            return l;
          }
          while (true) {
            l.add(value());
            if (next() == ',') {
              i++;
            } else {
              expect(']');
              return l;
            }
          }
        }
        case '"' -> {
          return string();
        }
        default -> {
          for (String word : List.of("true", "false", "null")) {
            if (s.startsWith(word, i)) {
              i += word.length();
              return word.equals("null") ? null : Boolean.valueOf(word);
            }
          }
          int start = i;
          while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
          String n = s.substring(start, i);
          if (n.isEmpty()) throw new IllegalArgumentException("JSON: unexpected " + c + " at " + start);
          return n.matches("-?[0-9]+") ? (Object) Long.valueOf(n) : (Object) Double.valueOf(n);
        }
      }
    }

    private String string() {
      expect('"');
      StringBuilder b = new StringBuilder();
      while (true) {
        char c = s.charAt(i++);
        if (c == '"') return b.toString();
        if (c != '\\') {
          b.append(c);
          continue;
        }
        char e = s.charAt(i++);
        switch (e) {
          case 'b' -> b.append('\b');
          case 'f' -> b.append('\f');
          case 'n' -> b.append('\n');
          case 'r' -> b.append('\r');
          case 't' -> b.append('\t');
          case 'u' -> {
            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
          }
          default -> b.append(e);
        }
      }
    }
  }
}
