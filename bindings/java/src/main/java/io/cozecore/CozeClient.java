package io.cozecore;

import io.cozecore.bridge.Client;
import io.cozecore.bridge.ClientConfig;
import io.cozecore.internal.CallDriver;
import io.cozecore.internal.Json;
import io.cozecore.internal.Utf8;
import java.math.BigInteger;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A client of the Coze API. Thread-safe: one client serves any number of
 * concurrent calls.
 *
 * <pre>{@code
 * CozeClient client = CozeClient.builder().token(System.getenv("COZE_API_TOKEN")).build();
 * try (ChatStream s = client.chat().stream(ChatRequest.builder()
 *     .botId("73...").userId("u1").addMessage(Message.user("Hi")).build())) {
 *   for (ChatEvent e : s) {
 *     if (e.type().equals("conversation.message.delta")) System.out.print(e.content());
 *   }
 * }
 * }</pre>
 *
 * Retries, backoff, timeouts and stream decoding happen in the cozecore
 * core; this class drives it over {@link java.net.http.HttpClient}.
 */
public final class CozeClient {
  /** The international API host; {@code https://api.coze.cn} serves China. */
  public static final String COZE_COM_BASE_URL = "https://api.coze.com";
  public static final String COZE_CN_BASE_URL = "https://api.coze.cn";

  private final Client core;
  private final HttpClient http;
  private final String baseUrl;
  private final ChatResource chat;

  private CozeClient(Builder b) {
    Map<String, Object> cfg = new LinkedHashMap<>();
    cfg.put("base_url", b.baseUrl);
    cfg.put("token", b.token);
    if (b.maxRetries != null) cfg.put("max_retries", b.maxRetries);
    if (b.idempotencyHeaderSet) cfg.put("idempotency_header", b.idempotencyHeader);
    if (b.connectTimeout != null) cfg.put("connect_timeout_ms", b.connectTimeout.toMillis());
    if (b.firstByteTimeout != null) cfg.put("first_byte_timeout_ms", b.firstByteTimeout.toMillis());
    if (b.idleTimeout != null) cfg.put("idle_timeout_ms", b.idleTimeout.toMillis());
    if (b.totalTimeout != null) cfg.put("total_timeout_ms", b.totalTimeout.toMillis());
    if (b.userAgent != null) cfg.put("user_agent", b.userAgent);
    ClientConfig config = new ClientConfig();
    try {
      String problem = Utf8.decode(config.apply_json(Utf8.encode(Json.write(cfg))));
      if (!problem.isEmpty()) {
        throw CozeException.invalidArgument("invalid client configuration: " + problem);
      }
      byte[] seed = new byte[8];
      new SecureRandom().nextBytes(seed);
      config.setSeed(new BigInteger(1, seed));
      this.core = new Client(config);
      this.baseUrl = b.baseUrl;
      long connectMs = config.getConnect_timeout_ms();
      if (b.httpClient != null) {
        this.http = b.httpClient;
      } else {
        HttpClient.Builder hb = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER);
        if (connectMs > 0) hb.connectTimeout(Duration.ofMillis(connectMs));
        this.http = hb.build();
      }
    } finally {
      config.delete();
    }
    this.chat = new ChatResource(this);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The chat endpoints ({@code /v3/chat}). */
  public ChatResource chat() {
    return chat;
  }

  public String baseUrl() {
    return baseUrl;
  }

  /**
   * Runs any operation the core knows ({@code "conversations.create"},
   * {@code "chat.retrieve"}, ...) with the API's own field names, and returns
   * its decoded JSON result (a {@code Map}, {@code List}, ...).
   */
  public Object call(String op, Map<String, ?> params) {
    try (CallDriver d = start(op, params)) {
      String result = d.run();
      return result.isEmpty() ? null : parseResult(result);
    }
  }

  /** Starts any streaming operation ({@code "workflows.runs.stream"}, ...). */
  public ChatStream stream(String op, Map<String, ?> params) {
    return new ChatStream(start(op, params));
  }

  CallDriver start(String op, Map<String, ?> params) {
    Objects.requireNonNull(op, "op");
    String json;
    try {
      json = Json.write(params == null ? Map.of() : params);
    } catch (IllegalArgumentException e) {
      throw CozeException.invalidArgument("params cannot be written as JSON: " + e.getMessage());
    }
    return new CallDriver(http, core, op, json, -1, null);
  }

  static Object parseResult(String json) {
    try {
      return Json.parse(json);
    } catch (Json.ParseException e) {
      throw CozeException.of("decode", "the result is not JSON: " + e.getMessage(), 0, 0, "", false, 0, -1, "");
    }
  }

  /** The operations this build of the core knows ({@code chat.create}, {@code chat.stream}, ...). */
  public static List<String> supportedOperations() {
    io.cozecore.bridge.StringVector ops = io.cozecore.bridge.cozecore_bridge.supported_operations();
    try {
      List<String> out = new ArrayList<>(ops.size());
      for (byte[] op : ops) out.add(Utf8.decode(op));
      return Collections.unmodifiableList(out);
    } finally {
      ops.delete();
    }
  }

  /** The cozecore core's version. */
  public static String coreVersion() {
    return io.cozecore.bridge.cozecore_bridge.version();
  }

  /** Settings of a {@link CozeClient}; only the token is required. */
  public static final class Builder {
    private String token;
    private String baseUrl = COZE_COM_BASE_URL;
    private Integer maxRetries;
    private String idempotencyHeader;
    private boolean idempotencyHeaderSet;
    private Duration connectTimeout;
    private Duration firstByteTimeout;
    private Duration idleTimeout;
    private Duration totalTimeout;
    private String userAgent;
    private HttpClient httpClient;

    private Builder() {}

    /** A personal access token ({@code pat_...}) or an OAuth access token. */
    public Builder token(String token) {
      this.token = token;
      return this;
    }

    /** The API host, default {@code https://api.coze.com}. */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /** Retries after the first attempt (default 2). */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = maxRetries;
      return this;
    }

    /** The header that carries the per-call idempotency key; null sends none. */
    public Builder idempotencyHeader(String name) {
      this.idempotencyHeader = name;
      this.idempotencyHeaderSet = true;
      return this;
    }

    public Builder connectTimeout(Duration d) {
      this.connectTimeout = d;
      return this;
    }

    /** From the request sent to the response head. */
    public Builder firstByteTimeout(Duration d) {
      this.firstByteTimeout = d;
      return this;
    }

    /** Between two body chunks. */
    public Builder idleTimeout(Duration d) {
      this.idleTimeout = d;
      return this;
    }

    /** For the whole call, attempts and sleeps included. */
    public Builder totalTimeout(Duration d) {
      this.totalTimeout = d;
      return this;
    }

    /** A prefix for the User-Agent header. */
    public Builder userAgent(String userAgent) {
      this.userAgent = userAgent;
      return this;
    }

    /** The HTTP client to use (default: a new one per CozeClient). */
    public Builder httpClient(HttpClient httpClient) {
      this.httpClient = httpClient;
      return this;
    }

    public CozeClient build() {
      if (token == null || token.isEmpty()) {
        throw CozeException.invalidArgument("a token is required");
      }
      return new CozeClient(this);
    }
  }
}
