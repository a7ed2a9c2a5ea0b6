package io.cozecore;

import io.cozecore.bridge.Client;
import io.cozecore.bridge.ClientConfig;
import io.cozecore.internal.Async;
import io.cozecore.internal.CallDriver;
import io.cozecore.internal.CellReader;
import io.cozecore.internal.Cells;
import io.cozecore.internal.CoreRecord;
import io.cozecore.internal.Json;
import io.cozecore.internal.JsonReader;
import io.cozecore.internal.Utf8;
import io.cozecore.internal.Wire;
import io.cozecore.model.Chat;
import io.cozecore.model.ClientHealth;
import io.cozecore.model.Message;
import io.cozecore.resources.CozeApi;
import io.cozecore.resources.Operations;
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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A client of the Coze API. Thread-safe: one client serves any number of concurrent calls. {@link
 * #close()} frees its core state once it is no longer needed (calls still running finish normally).
 *
 * <pre>{@code
 * CozeClient client = CozeClient.builder().token(System.getenv("COZE_API_TOKEN")).build();
 * try (ChatStream s = client.chat().stream(ChatCreateParams.builder().botId("73...").userId("u1")
 *     .additionalMessages(List.of(EnterMessage.builder().role("user").content("Hi").contentType("text").build()))
 *     .build())) {
 *   for (ChatEvent e : s) {
 *     if (e.type().equals(ChatEvent.CONVERSATION_MESSAGE_DELTA)) System.out.print(e.message().content());
 *   }
 * }
 * }</pre>
 *
 * The resources ({@link #chat()}, {@link #conversations()}, ...) and their parameters and models
 * are generated from the API description (packages {@code io.cozecore.resources} and {@code
 * io.cozecore.model}); {@link #call} and {@link #stream} run any operation by name. Retries,
 * backoff, timeouts and decoding happen in the cozecore core; this class drives it over {@link
 * java.net.http.HttpClient}.
 */
public final class CozeClient extends CozeApi implements AutoCloseable {
  /** The international API host; {@code https://api.coze.cn} serves China. */
  public static final String COZE_COM_BASE_URL = "https://api.coze.com";

  public static final String COZE_CN_BASE_URL = "https://api.coze.cn";

  private Client core; // null once closed; guarded by this
  private final Hooks hooks;
  private final HttpClient http;
  private final String baseUrl;
  private final CallDriver.Signer signer; // a JWT app's key; null otherwise
  private final java.util.concurrent.Executor toolExecutor; // null: the driver's daemon pool
  private final java.util.concurrent.Executor executor; // async calls, publishers; null: Async's

  private CozeClient(Builder b) {
    Map<String, Object> cfg = new LinkedHashMap<>();
    cfg.put("base_url", b.baseUrl);
    cfg.put("token", b.token == null ? "" : b.token);
    // Who is calling: the core builds User-Agent and X-Coze-Client-User-Agent from these.
    cfg.put("lang", "java");
    cfg.put("lang_version", System.getProperty("java.version", ""));
    cfg.put("os_name", System.getProperty("os.name", ""));
    cfg.put("os_version", System.getProperty("os.version", ""));
    if (b.oauth != null) cfg.put("auth", b.oauth.toCore());
    if (b.jwt != null) cfg.put("auth", b.jwt.toCore());
    this.signer = b.jwt != null ? b.jwt.signer() : null;
    if (b.maxRetries != null) cfg.put("max_retries", b.maxRetries);
    if (b.idempotencyHeaderSet) cfg.put("idempotency_header", b.idempotencyHeader);
    if (b.connectTimeout != null) cfg.put("connect_timeout_ms", b.connectTimeout.toMillis());
    if (b.firstByteTimeout != null) cfg.put("first_byte_timeout_ms", b.firstByteTimeout.toMillis());
    if (b.idleTimeout != null) cfg.put("idle_timeout_ms", b.idleTimeout.toMillis());
    if (b.totalTimeout != null) cfg.put("total_timeout_ms", b.totalTimeout.toMillis());
    if (b.userAgent != null) cfg.put("user_agent", b.userAgent);
    if (b.retryBudget != null) cfg.put("retry_budget", b.retryBudget);
    if (b.rateLimitSet) cfg.put("rate_limit", b.rateLimit);
    if (b.health != null) cfg.put("health", b.health);
    if (b.breakerSet) cfg.put("breaker", b.breaker);
    if (b.allowInsecureHttp) cfg.put("allow_insecure_http", true);
    // The core records only what the hooks observe: the events when any of onRequestSent ...
    // onHealthChanged is implemented, measurements when onMetric is (nothing without hooks).
    cfg.put("hooks", HookSelection.events(b.hooks));
    if (HookSelection.metrics(b.hooks)) cfg.put("metrics", true);
    if (b.hookBodies) cfg.put("hook_bodies", true);
    this.hooks = b.hooks;
    this.toolExecutor = b.toolExecutor;
    this.executor = b.executor;
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
      // Redirects are never followed: a 3xx answer goes to the core as it is, which fails the call
      // (kind api, naming the Location), so the token never reaches a host the caller did not
      // name. Hence Redirect.NEVER here, and build() refuses a given client that follows them.
      // TLS verification is HttpClient's default (certificates and host names checked); this
      // driver has no option to turn it off.
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
  }

  public static Builder builder() {
    return new Builder();
  }

  public String baseUrl() {
    return baseUrl;
  }

  /**
   * Runs any operation the core knows ({@code "conversations.create"}, {@code "chat.retrieve"},
   * ...) with the API's own parameter names, and returns its result: the typed view of the result's
   * model (a {@link ModelView} of {@code io.cozecore.model}), a list, a plain value, or null for an
   * operation without a result. A parameter name the operation does not have is passed through
   * (into the JSON body, or the query of an operation without one), so a field the description
   * lacks can still be sent; the generated methods take only the operation's own names.
   */
  public Object call(String op, Map<String, ?> params) {
    return call(op, params, null);
  }

  /** Like {@link #call(String, Map)}, with per-call options (null: none). */
  public Object call(String op, Map<String, ?> params, RequestOptions options) {
    return invoke(op, checked(op, params), options, Cells.TYPED);
  }

  /**
   * {@link #call(String, Map)} as a {@link CompletableFuture}, run on the client's executor (see
   * {@link Builder#executor}); cancelling the future cancels the call.
   */
  public CompletableFuture<Object> callAsync(String op, Map<String, ?> params) {
    return callAsync(op, params, null);
  }

  /** Like {@link #callAsync(String, Map)}, with per-call options (null: none). */
  public CompletableFuture<Object> callAsync(
      String op, Map<String, ?> params, RequestOptions options) {
    Objects.requireNonNull(op, "op");
    return async(() -> call(op, params, options));
  }

  /**
   * Starts any streaming operation ({@code "workflows.runs.stream"}, ...); its events are the
   * operation's generated event views ({@code ChatEvent}, {@code WorkflowEvent}).
   */
  public EventStream<StreamEvent> stream(String op, Map<String, ?> params) {
    return stream(op, params, null);
  }

  /** Like {@link #stream(String, Map)}, with per-call options (null: none). */
  public EventStream<StreamEvent> stream(String op, Map<String, ?> params, RequestOptions options) {
    Objects.requireNonNull(op, "op");
    return new EventStream<>(
        open(op, checked(op, params), options), (r, node) -> Operations.event(op, r, node));
  }

  /**
   * The parameters as plain JSON values. A name the description lacks is passed through (into the
   * JSON body, or the query of an operation without one), as every language's generic entry does;
   * the generated builders have only the operation's own names.
   */
  private static Map<String, Object> checked(String op, Map<String, ?> params) {
    Objects.requireNonNull(op, "op");
    return plain(params);
  }

  @Override
  protected <T> T invoke(
      String op, Map<String, Object> params, RequestOptions options, CellReader<T> result) {
    try (CallDriver d = start(op, params, options, false, null, null)) {
      CoreRecord r = d.run();
      return result == null || r == null ? null : result.read(r, CoreRecord.ROOT);
    }
  }

  /**
   * Runs a blocking method of the resources on the client's executor: the generated {@code
   * xxxAsync} methods. Cancelling the future interrupts the call's thread, which cancels the call.
   */
  @Override
  protected <T> CompletableFuture<T> async(Supplier<T> call) {
    return Async.supply(executor, call);
  }

  @Override
  protected CallDriver open(String op, Map<String, Object> params, RequestOptions options) {
    return start(op, params, options, false, null, null);
  }

  @Override
  protected BinaryResponse invokeBinary(
      String op, Map<String, Object> params, RequestOptions options) {
    try (CallDriver d = start(op, params, options, true, null, null)) {
      d.run();
      return d.binaryResult();
    }
  }

  @Override
  protected DownloadResult invokeDownload(
      String op, Map<String, Object> params, RequestOptions options, ByteSink sink) {
    Objects.requireNonNull(sink, "sink");
    try (CallDriver d = start(op, params, options, true, null, sink)) {
      d.run();
      return new DownloadResult(d.bytesReceived(), d.contentType(), d.logid());
    }
  }

  @Override
  protected DownloadResult invokeDownload(
      String op, Map<String, Object> params, RequestOptions options, java.nio.file.Path path) {
    Objects.requireNonNull(path, "path");
    FileSink sink = new FileSink(path);
    boolean ok = false;
    try {
      DownloadResult r = invokeDownload(op, params, options, sink);
      sink.finish();
      ok = true;
      return r;
    } catch (java.io.IOException e) {
      CozeException err =
          CozeException.of("internal", "writing " + path + " failed: " + e.getMessage());
      err.initCause(e);
      throw err;
    } finally {
      if (!ok) sink.discard();
    }
  }

  /**
   * A file written as a binary answer arrives: created (or truncated) at the first bytes, so a call
   * that fails before any leaves an existing file alone; removed again when the call fails later.
   */
  private static final class FileSink implements ByteSink {
    private final java.nio.file.Path path;
    private java.nio.channels.FileChannel channel;

    FileSink(java.nio.file.Path path) {
      this.path = path;
    }

    private void open() throws java.io.IOException {
      if (channel == null) {
        channel =
            java.nio.channels.FileChannel.open(
                path,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
                java.nio.file.StandardOpenOption.WRITE);
      }
    }

    @Override
    public void write(java.nio.ByteBuffer chunk) throws java.io.IOException {
      open();
      while (chunk.hasRemaining()) channel.write(chunk);
    }

    /** The call succeeded: an empty answer still makes an empty file. */
    void finish() throws java.io.IOException {
      open();
      channel.close();
      channel = null;
    }

    void discard() {
      if (channel == null) return;
      try {
        channel.close();
        java.nio.file.Files.deleteIfExists(path);
      } catch (java.io.IOException ignored) {
        // best effort: the call's own error is what the caller sees
      }
      channel = null;
    }
  }

  @Override
  protected <R, T> Pager<R, T> pages(
      String op, Map<String, Object> params, RequestOptions options, Pager.Shape<R, T> shape) {
    Objects.requireNonNull(op, "op");
    return new Pager<>(() -> start(op, params, options, false, null, null), shape);
  }

  @Override
  protected ChatPollResult poll(
      String flow, Map<String, Object> params, Duration pollInterval, RequestOptions options) {
    Map<String, Object> p = new LinkedHashMap<>(params == null ? Map.of() : params);
    if (pollInterval != null) p.put("poll_interval_ms", ceilMillis(pollInterval));
    try (CallDriver d = start(flow, p, options, false, null, null)) {
      Chat chat = null; // the flow hands out the chat as its last poll saw it, as a "chat" event
      for (CoreRecord batch = d.nextBatch(); batch != null; batch = d.nextBatch()) {
        for (StreamEvent ev : StreamEvent.batch(batch)) {
          if ("chat".equals(ev.type())) chat = ev.data(CHAT);
        }
      }
      CoreRecord r = d.result();
      List<Message> messages = r == null ? null : MESSAGES.read(r, CoreRecord.ROOT);
      if (chat == null) throw CozeException.of("internal", flow + " ended without the chat");
      return new ChatPollResult(chat, messages == null ? List.of() : messages);
    }
  }

  @Override
  protected CallDriver runTools(
      String flow,
      Map<String, Object> params,
      List<Tool> tools,
      Integer maxRounds,
      Duration toolTimeout,
      ToolErrors toolErrors,
      RequestOptions options) {
    Objects.requireNonNull(tools, "tools");
    Map<String, Tool> byName = new LinkedHashMap<>();
    List<Object> defs = new ArrayList<>(tools.size());
    for (Tool t : tools) {
      Objects.requireNonNull(t, "tool");
      if (byName.put(t.name(), t) != null) {
        throw CozeException.invalidArgument("two tools are named '" + t.name() + "'");
      }
      defs.add(t.toCore());
    }
    Map<String, Object> p = new LinkedHashMap<>(params == null ? Map.of() : params);
    p.remove("stream"); // the flow streams every round
    p.put("tools", defs);
    if (maxRounds != null) p.put("max_rounds", maxRounds);
    if (toolTimeout != null) p.put("tool_timeout_ms", ceilMillis(toolTimeout));
    if (toolErrors != null) p.put("tool_errors", toolErrors.wireName());
    return start(flow, p, options, false, null, null).runTools(byName, toolExecutor);
  }

  /** {@code d} in whole milliseconds, a part of one counting as one (the core takes ms). */
  static long ceilMillis(Duration d) {
    long ms = d.toMillis(); // rounds down
    return d.minusMillis(ms).isZero() ? ms : ms + 1;
  }

  private static final CellReader<Chat> CHAT = Cells.model(Chat::new);
  private static final CellReader<List<Message>> MESSAGES = Cells.list(Cells.model(Message::new));

  @SuppressWarnings("unchecked")
  private static Map<String, Object> plain(Map<String, ?> params) {
    return params == null ? Map.of() : (Map<String, Object>) Wire.value(params);
  }

  /**
   * Starts a call of {@code op}; {@code flowSigner} answers its SIGN actions (an {@link OAuthApp}'s
   * key for its JWT flows), null: the client's own signer.
   */
  CallDriver start(
      String op,
      Map<String, Object> params,
      RequestOptions options,
      boolean binary,
      CallDriver.Signer flowSigner) {
    return start(op, params, options, binary, flowSigner, null);
  }

  /** Like the other start, with the sink of a binary answer (null: kept in memory). */
  CallDriver start(
      String op,
      Map<String, Object> params,
      RequestOptions options,
      boolean binary,
      CallDriver.Signer flowSigner,
      ByteSink sink) {
    Objects.requireNonNull(op, "op");
    String json;
    Map<String, UploadFile> uploads = new LinkedHashMap<>();
    try {
      json = Json.write(params == null ? Map.of() : withSources(params, uploads));
    } catch (IllegalArgumentException e) {
      throw CozeException.invalidArgument("params cannot be written as JSON: " + e.getMessage());
    }
    String optionsJson = options == null ? "" : Json.write(options.toCore());
    synchronized (this) {
      if (core == null) throw CozeException.invalidArgument("the client is closed");
      return new CallDriver(
              http,
              core,
              op,
              json,
              optionsJson,
              hooks,
              binary,
              flowSigner != null ? flowSigner : signer,
              uploads,
              options == null ? null : options.uploadProgress(),
              sink)
          .executor(executor);
    }
  }

  /**
   * {@code value} with every {@link UploadFile} replaced by the file part the core frames without
   * its bytes ({@code {"filename", "content_type", "source": id, "size"}}); the files are added to
   * {@code uploads} by id, for the driver to stream on every attempt.
   */
  @SuppressWarnings("unchecked")
  private static <T> T withSources(T value, Map<String, UploadFile> uploads) {
    if (value instanceof UploadFile) {
      UploadFile f = (UploadFile) value;
      String id = "upload-" + (uploads.size() + 1);
      uploads.put(id, f);
      Map<String, Object> part = new LinkedHashMap<>();
      if (f.fileName() != null) part.put("filename", f.fileName());
      if (f.contentType() != null) part.put("content_type", f.contentType());
      part.put("source", id);
      part.put("size", f.size());
      return (T) part;
    }
    if (value instanceof Map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        out.put(String.valueOf(e.getKey()), withSources(e.getValue(), uploads));
      }
      return (T) out;
    }
    if (value instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object item : (List<?>) value) out.add(withSources(item, uploads));
      return (T) out;
    }
    return value;
  }

  /**
   * The token the client holds now, when it manages its own ({@link Builder#auth(OAuthCredentials)}
   * or {@link Builder#auth(JwtCredentials)}): store {@link TokenInfo#refreshToken()} after it
   * changes, since a refresh token works once. Empty for a client with a fixed token.
   */
  public Optional<TokenInfo> currentToken() {
    byte[] text;
    synchronized (this) {
      if (core == null) throw CozeException.invalidArgument("the client is closed");
      text = core.token_json();
    }
    Map<String, Object> m = JsonReader.parseObject(Utf8.decode(text));
    if (m.isEmpty()) return Optional.empty();
    Object expires = m.get("expires_in");
    Object refreshes = m.get("refreshes");
    return Optional.of(
        new TokenInfo(
            JsonReader.string(m, "access_token"),
            JsonReader.string(m, "refresh_token"),
            expires instanceof Long ? (Long) expires : -1L,
            refreshes instanceof Long ? ((Long) refreshes).intValue() : 0));
  }

  /**
   * The client's health now: the circuit breaker's state ({@code closed}, {@code open}, {@code
   * half_open}; closed when the breaker is off), the moving error rate, the attempts and failures
   * in the last slice, the running one and in total, the time left while open, how often it opened
   * and how many attempts it refused, and the retry budget spent and left. Read on the same
   * monotonic clock the calls run on.
   */
  public ClientHealth health() {
    byte[] text;
    synchronized (this) {
      if (core == null) throw CozeException.invalidArgument("the client is closed");
      text = core.health_json(CallDriver.nowMs());
    }
    return ClientHealth.parse(Utf8.decode(text));
  }

  /**
   * Frees the client's core state. Calls already running keep it until they end; starting a new
   * call afterwards is an {@link InvalidArgumentException}.
   */
  @Override
  public synchronized void close() {
    if (core != null) {
      core.delete();
      core = null;
    }
  }

  /**
   * How many core calls and clients are alive in this process: a diagnostic that returns to its
   * earlier value once calls end and clients are closed.
   */
  public static LiveHandles liveHandles() {
    return new LiveHandles(
        io.cozecore.bridge.cozecore_bridge.live_calls(),
        io.cozecore.bridge.cozecore_bridge.live_clients());
  }

  /** See {@link #liveHandles()}. */
  public record LiveHandles(long calls, long clients) {}

  /**
   * The operations this build of the core knows ({@code chat.create}, {@code chat.stream}, ...).
   */
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

  /** Settings of a {@link CozeClient}; only the token (or an {@code auth(...)}) is required. */
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
    private Map<String, Object> retryBudget;
    private Map<String, Object> rateLimit;
    private boolean rateLimitSet;
    private Map<String, Object> health;
    private Object breaker;
    private boolean breakerSet;
    private Hooks hooks;
    private boolean hookBodies;
    private OAuthCredentials oauth;
    private JwtCredentials jwt;
    private boolean tokenless;
    private boolean allowInsecureHttp;
    private java.util.concurrent.Executor toolExecutor;
    private java.util.concurrent.Executor executor;

    private Builder() {}

    /**
     * A fixed token: a personal access token ({@code pat_...}) or an OAuth access token the client
     * does not refresh. See {@link #auth(OAuthCredentials)} and {@link #auth(JwtCredentials)} for
     * tokens the client renews itself.
     */
    public Builder token(String token) {
      this.token = token;
      return this;
    }

    /**
     * An OAuth token the client refreshes itself, a margin before it expires and once after a 401,
     * one refresh at a time however many calls wait for it ({@link #currentToken()} gives the
     * rotated refresh token).
     */
    public Builder auth(OAuthCredentials credentials) {
      this.oauth = Objects.requireNonNull(credentials, "credentials");
      this.jwt = null;
      return this;
    }

    /**
     * A service (JWT) app: the client gets its tokens from JWTs it signs with the app's private key
     * (RS256, in this process; the key never enters the core) and renews them before they expire.
     */
    public Builder auth(JwtCredentials credentials) {
      this.jwt = Objects.requireNonNull(credentials, "credentials");
      this.oauth = null;
      return this;
    }

    /** For {@link OAuthApp}: a client that only runs the OAuth operations, which need no token. */
    Builder tokenless() {
      this.tokenless = true;
      return this;
    }

    /** The API host, default {@code https://api.coze.com}. */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /**
     * Lets an {@code http://} base URL on another machine through (default false). Without it, a
     * call to such a URL fails with {@link InvalidArgumentException} before anything is sent, since
     * the token would go out in clear text; {@code https://} and loopback hosts ({@code localhost},
     * {@code 127.0.0.0/8}, {@code [::1]}) need no option.
     */
    public Builder allowInsecureHttp(boolean allow) {
      this.allowInsecureHttp = allow;
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

    /**
     * The retry budget, a token bucket shared by the client's calls that stops retry storms: it
     * holds {@code capacity} tokens (default 500), a retry takes {@code retryCost} (5), one after a
     * timeout {@code timeoutRetryCost} (10), and a success gives back {@code successRefund} (1). An
     * empty bucket ends a call with its last error.
     */
    public Builder retryBudget(
        double capacity, double retryCost, double timeoutRetryCost, double successRefund) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("capacity", capacity);
      m.put("retry_cost", retryCost);
      m.put("timeout_retry_cost", timeoutRetryCost);
      m.put("success_refund", successRefund);
      this.retryBudget = m;
      return this;
    }

    /**
     * A client-side rate limit: at most {@code perSecond} attempts a second, in bursts of up to
     * {@code burst}. A call waits (sleeps) for its turn; a wait past its deadline fails as a
     * timeout. Off by default.
     */
    public Builder rateLimit(double perSecond, int burst) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("per_second", perSecond);
      m.put("burst", burst);
      this.rateLimit = m;
      this.rateLimitSet = true;
      return this;
    }

    /** Turns the rate limit off (the default). */
    public Builder noRateLimit() {
      this.rateLimit = null;
      this.rateLimitSet = true;
      return this;
    }

    /**
     * How the client measures its health ({@link CozeClient#health()}): the error rate is a moving
     * average over time slices of {@code slice} (default 1 s), each closed slice weighted {@code
     * alpha} (0 to 1, default 0.3); a slice with at least {@code spikeMinAttempts} attempts (5)
     * failing at more than {@code spikeFactor} (3) times the average is a spike, reported to {@link
     * Hooks#onHealthChanged}. Only service failures count (server, gateway, timeout, connection,
     * rate limited), never a 4xx the caller caused or a cancelled attempt.
     */
    public Builder health(double alpha, Duration slice, double spikeFactor, int spikeMinAttempts) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("alpha", alpha);
      m.put("slice_ms", Objects.requireNonNull(slice, "slice").toMillis());
      m.put("spike_factor", spikeFactor);
      m.put("spike_min_attempts", spikeMinAttempts);
      this.health = m;
      return this;
    }

    /**
     * A circuit breaker over the client's error rate: it opens when the rate (the running slice
     * weighted in) reaches {@code threshold} (0 to 1, default 0.5) with at least {@code
     * minAttempts} (10) attempts in the running and the previous slice; while open, every attempt
     * (a retry too) fails at once with {@link CircuitOpenException}, nothing sent; after {@code
     * openFor} (30 s) it lets {@code halfOpenProbes} (1) calls through, whose success closes it and
     * whose failure opens it again. Each change reaches {@link Hooks#onHealthChanged}. Off by
     * default.
     */
    public Builder breaker(
        double threshold, int minAttempts, Duration openFor, int halfOpenProbes) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("threshold", threshold);
      m.put("min_attempts", minAttempts);
      m.put("open_ms", Objects.requireNonNull(openFor, "openFor").toMillis());
      m.put("half_open_probes", halfOpenProbes);
      this.breaker = m;
      this.breakerSet = true;
      return this;
    }

    /**
     * Turns the circuit breaker on with its defaults (50%, 10 attempts, 30 s, one probe), or off
     * (the default); see {@link #breaker(double, int, Duration, int)}.
     */
    public Builder breaker(boolean on) {
      this.breaker = on;
      this.breakerSet = true;
      return this;
    }

    /** Observers of every call of the client (see {@link Hooks}); null: none. */
    public Builder hooks(Hooks hooks) {
      this.hooks = hooks;
      return this;
    }

    /**
     * Where the functions of local tools run ({@code chat().runTools(...)}): each call of a round
     * is one task, so the calls of a round run concurrently on an executor with enough threads.
     * Default: a shared pool of cached daemon threads. A function still running when its output is
     * no longer wanted (the tool timeout passed, the stream was closed) is interrupted.
     */
    public Builder toolExecutor(java.util.concurrent.Executor executor) {
      this.toolExecutor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Where the asynchronous idioms run: the generated {@code xxxAsync} methods and {@link
     * #callAsync} (each call one task, holding its thread until the call ends), and the stream
     * publishers ({@link EventStream#subscribe}: one task at a time per subscription, while it has
     * demand). Default: a shared pool of cached daemon threads. The calls stay blocking inside, so
     * give an executor with enough threads for the calls that run at once (a virtual-thread
     * executor works on Java 21).
     */
    public Builder executor(java.util.concurrent.Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Whether {@code onRequestSent} events carry the request body, and tool events ({@code
     * onToolCalled}, {@code onToolFinished}) the call's arguments (default false).
     */
    public Builder hookBodies(boolean on) {
      this.hookBodies = on;
      return this;
    }

    /**
     * The HTTP client to use (default: a new one per CozeClient). It must not follow redirects
     * ({@code followRedirects(HttpClient.Redirect.NEVER)}, HttpClient's default): {@link #build()}
     * refuses one that does.
     */
    public Builder httpClient(HttpClient httpClient) {
      this.httpClient = httpClient;
      return this;
    }

    public CozeClient build() {
      if ((token == null || token.isEmpty()) && oauth == null && jwt == null && !tokenless) {
        throw CozeException.invalidArgument(
            "a token is required (token(...), or auth(OAuthCredentials) / auth(JwtCredentials))");
      }
      if (httpClient != null && httpClient.followRedirects() != HttpClient.Redirect.NEVER) {
        throw CozeException.invalidArgument(
            "the HttpClient follows redirects ("
                + httpClient.followRedirects()
                + "): redirects are never followed, use Redirect.NEVER");
      }
      return new CozeClient(this);
    }
  }
}
