package io.cozecore.internal;

import io.cozecore.Attempt;
import io.cozecore.BinaryResponse;
import io.cozecore.ByteSink;
import io.cozecore.CozeException;
import io.cozecore.Hooks;
import io.cozecore.Tool;
import io.cozecore.UploadFile;
import io.cozecore.UploadProgress;
import io.cozecore.bridge.AttemptVector;
import io.cozecore.bridge.Call;
import io.cozecore.bridge.CallOptions;
import io.cozecore.bridge.Client;
import io.cozecore.bridge.CoreError;
import io.cozecore.bridge.Header;
import io.cozecore.bridge.HeaderVector;
import io.cozecore.bridge.HookEventVector;
import io.cozecore.bridge.HttpRequest;
import io.cozecore.bridge.cozecore_bridge;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.Cleaner;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import javax.net.ssl.SSLException;

/**
 * Drives one core {@link Call} over {@link java.net.http.HttpClient}: the sans-IO loop of
 * DESIGN.md. The core decides everything (retries, sleeps, timeouts, decoding); this class only
 * moves bytes and time.
 *
 * <p>Threads: the caller's thread runs the loop and is the only one that touches the core call.
 * Each HTTP exchange has a reader thread that waits for the response head and then reads the body
 * chunk by chunk as it arrives, handing each item over a small bounded queue (so a slow consumer
 * holds the connection back instead of buffering the stream). WAIT blocks on that queue until the
 * core's {@code wake_at_ms}; SLEEP blocks on it too, so {@link #cancel()} from any thread wakes
 * both. The client's {@link Hooks} run on the caller's thread right after each {@code step()} that
 * recorded them ({@code request_sent} before the request starts).
 *
 * <p>The core call is freed as soon as the call ends (done, failed, or cancelled by {@link
 * #close()}); a driver whose owner was dropped unfinished is cancelled and freed once the owner is
 * unreachable.
 *
 * <p>Local tools (chat.run_tools, {@link #runTools}): on TOOLS the response in flight is closed and
 * every call's function starts at once as a {@link CompletableFuture} on the tools' executor; each
 * completion is queued and wakes the loop, which feeds it to the core ({@code on_tool_output} /
 * {@code on_tool_error}) on its own thread, so the core call is still touched by one thread only.
 * The core's WAIT ends at the tool timeout; a function still running then (or when the call ends)
 * is interrupted and its output dropped.
 *
 * <p>Redirects are never followed: the HttpClient runs with {@code Redirect.NEVER} ({@link
 * io.cozecore.CozeClient.Builder#build()} refuses one that follows them), so a 3xx head reaches the
 * core as it is, and the core fails the call (kind api, naming the Location) instead of sending the
 * token to a host the caller did not name.
 */
public final class CallDriver implements AutoCloseable {
  // Call::step's answers (ActionKind in exec.h).
  private static final int SEND = 0;
  private static final int WAIT = 1;
  private static final int SLEEP = 2;
  private static final int EVENT = 3;
  private static final int DONE = 4;
  private static final int SIGN = 6;
  private static final int BYTES = 7;
  private static final int TOOLS = 8;

  /**
   * Makes the RS256 signature the core asks for (SIGN: a service app's JWT); the private key stays
   * with the signer.
   */
  @FunctionalInterface
  public interface Signer {
    byte[] sign(byte[] input) throws java.security.GeneralSecurityException;
  }

  private static final long ORIGIN_NS = System.nanoTime();
  private static final Set<String> RESTRICTED_HEADERS =
      Set.of("connection", "content-length", "expect", "host", "upgrade");
  private static final AtomicInteger READER_IDS = new AtomicInteger();
  private static final ExecutorService READERS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "cozecore-http-" + READER_IDS.incrementAndGet());
            t.setDaemon(true);
            return t;
          });
  private static final AtomicInteger TOOL_IDS = new AtomicInteger();
  // The default executor of local tools: cached daemon threads, so a hung function never keeps
  // the JVM alive.
  private static final ExecutorService TOOL_THREADS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "cozecore-tool-" + TOOL_IDS.incrementAndGet());
            t.setDaemon(true);
            return t;
          });
  private static final Cleaner CLEANER = Cleaner.create();
  private static final int QUEUE_CAPACITY = 32;
  private static final int READ_BUFFER = 16 * 1024;

  private final HttpClient http;
  private final Hooks hooks; // null: none (the core records nothing then)
  private final Signer signer; // null: none (a SIGN then fails the call)
  private final ReentrantLock lock = new ReentrantLock();
  private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
  private Call call;
  // The in-flight exchange; shared with the cleaner that aborts it if the owner is dropped.
  private final AtomicReference<Exchange> current = new AtomicReference<>();
  private int generation;
  private volatile boolean cancelRequested;
  private boolean coreCancelled;
  private volatile boolean finished;
  private final boolean binaryResult;
  private final Map<String, UploadFile> uploads; // source id -> file; empty: none
  private final UploadProgress progress; // null: none
  // Bytes of the current attempt's upload body handed to the connection (set by the HTTP
  // client's threads), and how many of them the core was told of (on_body_sent).
  private final java.util.concurrent.atomic.AtomicLong bodySent =
      new java.util.concurrent.atomic.AtomicLong();
  private long bodySentReported;
  private final ByteSink sink; // a binary answer's bytes go here; null: kept in memory
  private int uploadAttempts; // SENDs that read the uploads
  private long bytesReceived;
  private CoreRecord result;
  private ByteArrayOutputStream binary;
  private String contentType = "";
  private String logid = "";
  // chat.run_tools: the tools by name (null: not a tool run), their executor, the completions the
  // loop has not fed yet, the round they belong to, and the functions of the round still running.
  private Map<String, Tool> tools;
  private Executor toolExecutor;
  private final ConcurrentLinkedQueue<ToolResult> toolResults = new ConcurrentLinkedQueue<>();
  private int toolRound;
  private final List<ToolTask> toolTasks = new ArrayList<>();
  private volatile Executor executor; // where a stream publisher pulls events; null: Async's

  /** Monotonic milliseconds for the core (never negative, so never confused with -1). */
  public static long nowMs() {
    return (System.nanoTime() - ORIGIN_NS) / 1_000_000L + 1;
  }

  /**
   * A call of {@code op} on the core client. {@code optionsJson} is a JSON object for the core's
   * CallOptions.apply_json ({@code timeout_ms}, {@code max_retries}, {@code headers}, {@code
   * idempotency}, {@code idempotency_key}, {@code traceparent}, {@code tracestate}, {@code
   * extra_query}, {@code extra_body}); the wall clock is added here. With {@code binaryResult} the
   * DONE answer is kept as bytes (binary operations), else as a record. The core call keeps the
   * client's state alive.
   */
  public CallDriver(
      HttpClient http,
      Client client,
      String op,
      String paramsJson,
      String optionsJson,
      Hooks hooks,
      boolean binaryResult) {
    this(http, client, op, paramsJson, optionsJson, hooks, binaryResult, null);
  }

  /** Like the other constructor, with the signer that answers the core's SIGN actions. */
  public CallDriver(
      HttpClient http,
      Client client,
      String op,
      String paramsJson,
      String optionsJson,
      Hooks hooks,
      boolean binaryResult,
      Signer signer) {
    this(http, client, op, paramsJson, optionsJson, hooks, binaryResult, signer, null, null, null);
  }

  /**
   * Like the other constructors, with the files the params name as {@code {"source": id}} (read on
   * every SEND; null: none), the upload progress listener (null: none) and the sink of a binary
   * answer (null: the bytes are kept and returned by {@link #binaryResult()}).
   */
  public CallDriver(
      HttpClient http,
      Client client,
      String op,
      String paramsJson,
      String optionsJson,
      Hooks hooks,
      boolean binaryResult,
      Signer signer,
      Map<String, UploadFile> uploads,
      UploadProgress progress,
      ByteSink sink) {
    this.http = http;
    this.hooks = hooks;
    this.signer = signer;
    this.binaryResult = binaryResult;
    this.uploads = uploads == null ? Map.of() : uploads;
    this.progress = progress;
    this.sink = sink;
    CallOptions options = new CallOptions();
    try {
      options.setWall_ms(System.currentTimeMillis()); // for ids and HTTP-date Retry-After
      if (optionsJson != null && !optionsJson.isEmpty()) {
        String problem = Utf8.decode(options.apply_json(Utf8.encode(optionsJson)));
        if (!problem.isEmpty()) throw CozeException.of("invalid_argument", problem);
      }
      this.call = new Call(client, Utf8.encode(op), Utf8.encode(paramsJson), options);
    } finally {
      options.delete();
    }
  }

  /**
   * Makes this call a tool run: on TOOLS each call's function (by the tool's name) runs on {@code
   * executor} (null: a shared pool of daemon threads). Call before the first {@link #nextBatch()}.
   */
  public CallDriver runTools(Map<String, Tool> tools, Executor executor) {
    this.tools = Map.copyOf(tools);
    this.toolExecutor = executor != null ? executor : TOOL_THREADS;
    return this;
  }

  /** Sets the executor a publisher of this call's events pulls them on (null: the default). */
  public CallDriver executor(Executor executor) {
    this.executor = executor;
    return this;
  }

  /** The executor a publisher of this call's events pulls them on (null: the default). */
  public Executor executor() {
    return executor;
  }

  /** The DONE result as a record (null for binary operations); valid once finished. */
  public CoreRecord result() {
    return result;
  }

  /** The DONE answer of a binary operation: its bytes, media type and log id. */
  public BinaryResponse binaryResult() {
    return new BinaryResponse(
        binary == null ? new byte[0] : binary.toByteArray(), contentType, logid);
  }

  /** The bytes of a binary answer handed out so far (to the sink, or kept). */
  public long bytesReceived() {
    return bytesReceived;
  }

  /** The answer's media type (Content-Type); set once bytes or the result arrived. */
  public String contentType() {
    return contentType;
  }

  /** The log id of the final answer. */
  public String logid() {
    return logid;
  }

  public boolean finished() {
    return finished;
  }

  /**
   * Runs the loop until the next batch of stream events (returned: a record whose root is an ARRAY
   * of events) or the end of the call (null; see {@link #result()}). A failed call throws its
   * CozeException.
   */
  public CoreRecord nextBatch() {
    lock.lock();
    try {
      while (!finished) {
        if (cancelRequested && !coreCancelled) {
          coreCancelled = true;
          abortExchange();
          call.cancel();
        }
        feedToolResults();
        long sent = bodySent.get();
        if (sent > bodySentReported) {
          // Upload progress: the core's first-byte timeout runs from it, not from the SEND.
          bodySentReported = sent;
          call.on_body_sent(sent);
        }
        int kind = call.step(nowMs());
        if (hooks != null) runHooks();
        switch (kind) {
          case SEND:
            stopTools(); // a round's WAIT is over (its outputs are being submitted)
            send(call.request());
            break;
          case WAIT:
            waitAndFeed(call.wake_at_ms());
            break;
          case SLEEP:
            sleep(call.delay_ms());
            break;
          case SIGN:
            sign(call.sign_input());
            break;
          case TOOLS:
            abortExchange(); // the round's stream ended at its done: close the response
            startTools(call.tool_calls());
            break;
          case EVENT:
            return new CoreRecord(call.take_events(false));
          case BYTES:
            if (contentType.isEmpty()) contentType = Utf8.decode(call.content_type());
            deliver(call.take_bytes());
            break;
          case DONE:
            logid = Utf8.decode(call.logid());
            contentType = Utf8.decode(call.content_type());
            if (!binaryResult) {
              result = new CoreRecord(call.result_record(false), logid);
            }
            finish();
            break;
          default:
            {
              CozeException err = toException(call.error());
              finish();
              throw err;
            }
        }
      }
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancelRequested = true;
      return nextBatch();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Runs the call to its end, dropping any stream event, and returns the result record (see {@link
   * #result()}).
   */
  public CoreRecord run() {
    while (nextBatch() != null) {
      // a non-stream operation yields no event; a stream's events are not wanted here
    }
    return result;
  }

  /**
   * Cancels the call from any thread: the in-flight request is aborted and the loop ends with a
   * CancelledException (unless it already finished).
   */
  public void cancel() {
    if (finished) return;
    cancelRequested = true;
    abortExchange();
    queue.offer(Item.CANCEL);
  }

  /**
   * Aborts the in-flight request once {@code owner} becomes unreachable, so a stream dropped
   * without close() does not keep a connection and a reader thread. The reader threads hold no
   * reference to this driver.
   */
  public void abortWhenUnreachable(Object owner) {
    CLEANER.register(owner, this::releaseAbandoned);
  }

  /** The owner is gone: cancel, abort and free without running hooks (a cleaner thread). */
  private void releaseAbandoned() {
    cancelRequested = true;
    abortExchange();
    if (!lock.tryLock()) return; // a loop still runs: it ends at its next step
    try {
      if (!finished) {
        call.cancel();
        call.step(nowMs()); // lets the core finish the call
        finish();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Cancels an unfinished call and frees the core call. */
  @Override
  public void close() {
    cancel();
    if (lock.isHeldByCurrentThread()) return; // from a hook: the running loop ends the call
    if (lock.tryLock()) {
      try {
        if (!finished) {
          try {
            nextBatch();
          } catch (CozeException expected) {
            // the cancellation itself
          }
        }
      } finally {
        lock.unlock();
      }
    }
    // else the loop runs in another thread; it ends at its next step.
  }

  /**
   * BYTES: the next bytes of a binary answer to the sink (or kept); a failing sink ends the call.
   */
  private void deliver(byte[] chunk) {
    if (chunk.length == 0) return;
    bytesReceived += chunk.length;
    if (sink == null) {
      if (binary == null) binary = new ByteArrayOutputStream();
      binary.write(chunk, 0, chunk.length);
      return;
    }
    try {
      sink.write(ByteBuffer.wrap(chunk).asReadOnlyBuffer());
    } catch (Exception e) {
      abortExchange();
      call.cancel();
      finish();
      CozeException err =
          CozeException.of("internal", "writing the answer to its sink failed: " + describe(e));
      err.initCause(e);
      throw err;
    }
  }

  private void finish() {
    finished = true;
    abortExchange();
    stopTools();
    if (call != null) {
      call.delete();
      call = null;
    }
  }

  /** The core's error as the matching CozeException subclass, history included. */
  public static CozeException toException(CoreError e) {
    AttemptVector av = e.getHistory(); // a view into e, not owned
    List<Attempt> history = new ArrayList<>(av.size());
    for (int i = 0, n = av.size(); i < n; i++) {
      io.cozecore.bridge.Attempt a = av.get(i);
      history.add(
          new Attempt(
              a.getNumber(),
              Utf8.decode(a.getOutcome()),
              Utf8.decode(a.getKind()),
              a.getDuration_ms(),
              a.getDelay_ms(),
              Utf8.decode(a.getIdempotency_key()),
              Utf8.decode(a.getRequest_id())));
    }
    return CozeException.of(
        Utf8.decode(e.getKind()),
        Utf8.decode(e.getMessage()),
        e.getHttp_status(),
        e.getCode(),
        Utf8.decode(e.getLogid()),
        e.getRetryable(),
        e.getAttempts(),
        e.getRetry_after_ms(),
        Utf8.decode(e.getBody()),
        history,
        Utf8.decode(e.getHint()),
        Utf8.decode(e.getError_code()),
        Utf8.decode(e.getRequest_id()),
        Utf8.decode(e.getSeverity()));
  }

  // ---- hooks ------------------------------------------------------------

  /**
   * Hands the hook events recorded by the last step() to the user's hooks, in order. What a hook
   * throws is dropped (but a VirtualMachineError): hooks observe a call, they never change or break
   * it.
   */
  private void runHooks() {
    HookEventVector taken = call.take_hooks();
    try {
      for (int i = 0, n = taken.size(); i < n; i++) {
        io.cozecore.HookEvent e = hookEvent(taken.get(i));
        try {
          switch (e.kind()) {
            case "request_sent":
              hooks.onRequestSent(e);
              break;
            case "response_head":
              hooks.onResponseHead(e);
              break;
            case "retry_scheduled":
              hooks.onRetryScheduled(e);
              break;
            case "call_finished":
              hooks.onCallFinished(e);
              break;
            case "health_changed":
              hooks.onHealthChanged(e);
              break;
            case "metric":
              hooks.onMetric(e);
              break;
            case "tool_called":
              hooks.onToolCalled(e);
              break;
            case "tool_finished":
              hooks.onToolFinished(e);
              break;
            default:
              break; // a kind this version does not know
          }
        } catch (VirtualMachineError fatal) {
          throw fatal;
        } catch (Throwable dropped) {
          // see above
        }
      }
    } finally {
      taken.delete();
    }
  }

  static io.cozecore.HookEvent hookEvent(io.cozecore.bridge.HookEvent h) {
    // Headers keyed by lower-case name, repeats joined with ", " (as the core's hook_event_json).
    Map<String, String> headers = new LinkedHashMap<>();
    HeaderVector hv = h.getHeaders(); // a view into h, not owned
    for (int i = 0, n = hv.size(); i < n; i++) {
      Header x = hv.get(i);
      headers.merge(
          Utf8.decode(x.getName()).toLowerCase(Locale.ROOT),
          Utf8.decode(x.getValue()),
          (a, b) -> a + ", " + b);
    }
    // Metric attributes by OpenTelemetry name, in the core's order.
    Map<String, String> attributes = new LinkedHashMap<>();
    HeaderVector av = h.getAttributes(); // a view into h, not owned
    for (int i = 0, n = av.size(); i < n; i++) {
      Header x = av.get(i);
      attributes.put(Utf8.decode(x.getName()), Utf8.decode(x.getValue()));
    }
    return new io.cozecore.HookEvent(
        Utf8.decode(h.getKind()),
        Utf8.decode(h.getOp()),
        Utf8.decode(h.getMethod()),
        Utf8.decode(h.getPath()),
        h.getAttempt(),
        h.getStatus(),
        h.getDuration_ms(),
        h.getDelay_ms(),
        Utf8.decode(h.getLogid()),
        Utf8.decode(h.getRequest_id()),
        Utf8.decode(h.getIdempotency_key()),
        Utf8.decode(h.getTraceparent()),
        Utf8.decode(h.getError_kind()),
        Utf8.decode(h.getMessage()),
        Collections.unmodifiableMap(headers),
        Utf8.decode(h.getBody()),
        Utf8.decode(h.getSeverity()),
        Utf8.decode(h.getReason()),
        Utf8.decode(h.getState()),
        h.getError_rate(),
        Utf8.decode(h.getMetric()),
        Utf8.decode(h.getInstrument()),
        Utf8.decode(h.getUnit()),
        h.getValue(),
        attributes.isEmpty() ? Map.of() : Collections.unmodifiableMap(attributes),
        Utf8.decode(h.getTool()),
        Utf8.decode(h.getTool_call_id()),
        Utf8.decode(h.getOutcome()));
  }

  // ---- signing ----------------------------------------------------------

  /**
   * Answers SIGN: the signature of {@code input}, or why there is none. The reason never quotes the
   * key or the JDK's own text about it, only the kind of failure.
   */
  private void sign(byte[] input) {
    if (signer == null) {
      call.on_sign_error(
          Utf8.encode("the client has no private key to sign the service app's JWT with"));
      return;
    }
    byte[] signature;
    try {
      signature = signer.sign(input);
    } catch (java.security.GeneralSecurityException | RuntimeException e) {
      call.on_sign_error(
          Utf8.encode("RS256 signing failed (" + e.getClass().getSimpleName() + ")"));
      return;
    }
    if (signature == null || signature.length == 0) {
      call.on_sign_error(Utf8.encode("the signer returned no signature"));
      return;
    }
    call.on_signature(signature);
  }

  // ---- local tools ------------------------------------------------------

  /**
   * Answers TOOLS: starts every listed call's function at once, each as a CompletableFuture on the
   * tools' executor. Completions come back through {@link #toolResults} (fed by the loop).
   */
  private void startTools(byte[] callsJson) {
    stopTools();
    int round = ++toolRound;
    Object parsed;
    try {
      parsed = JsonReader.parse(Utf8.decode(callsJson));
    } catch (IllegalArgumentException e) {
      throw CozeException.of("internal", "the core's tool calls are not JSON: " + e.getMessage());
    }
    for (Object item : parsed instanceof List ? (List<?>) parsed : List.of()) {
      if (!(item instanceof Map)) continue;
      Map<?, ?> c = (Map<?, ?>) item;
      String id = String.valueOf(c.get("id"));
      String name = String.valueOf(c.get("name"));
      Object args = c.get("arguments");
      @SuppressWarnings("unchecked")
      Map<String, Object> arguments =
          args instanceof Map ? (Map<String, Object>) args : new LinkedHashMap<>();
      Tool tool = tools == null ? null : tools.get(name);
      if (tool == null) { // the core checked the names; this cannot happen, but never hang on it
        call.on_tool_error(Utf8.encode(id), Utf8.encode("unknown tool '" + name + "'"));
        continue;
      }
      ToolTask task = new ToolTask(tool, arguments);
      toolTasks.add(task);
      CompletableFuture<String> future;
      try {
        future = CompletableFuture.supplyAsync(task::run, toolExecutor);
      } catch (RuntimeException rejected) { // the executor refused the task
        toolResults.add(new ToolResult(round, id, null, describeToolFailure(rejected)));
        continue;
      }
      future.whenComplete(
          (output, failure) -> {
            if (failure == null) {
              toolResults.add(new ToolResult(round, id, output, null));
            } else {
              Throwable cause =
                  failure instanceof CompletionException && failure.getCause() != null
                      ? failure.getCause()
                      : failure;
              toolResults.add(new ToolResult(round, id, null, describeToolFailure(cause)));
            }
            queue.offer(Item.WAKE); // a full queue wakes the loop anyway
          });
    }
  }

  /** Feeds the completions of the current round that came in (the loop's thread only). */
  private void feedToolResults() {
    for (ToolResult r = toolResults.poll(); r != null; r = toolResults.poll()) {
      if (r.round != toolRound || finished) continue; // a late output of an earlier round
      if (r.error == null) {
        call.on_tool_output(Utf8.encode(r.id), Utf8.encode(r.output));
      } else {
        call.on_tool_error(Utf8.encode(r.id), Utf8.encode(r.error));
      }
    }
  }

  /** Interrupts the functions of the round still running; their outputs are no longer wanted. */
  private void stopTools() {
    for (ToolTask t : toolTasks) t.stop();
    toolTasks.clear();
  }

  /** Why a function failed, as its error output says it: the exception's message (or its type). */
  private static String describeToolFailure(Throwable t) {
    String msg = t.getMessage();
    return msg == null || msg.isEmpty() ? t.getClass().getSimpleName() : msg;
  }

  /** A function's completion, for the loop to feed. */
  private record ToolResult(int round, String id, String output, String error) {}

  /** One running function: its thread, so that it can be interrupted once its output is moot. */
  private static final class ToolTask {
    private final Tool tool;
    private final Map<String, Object> arguments;
    private Thread runner; // guarded by this
    private boolean stopped; // guarded by this

    ToolTask(Tool tool, Map<String, Object> arguments) {
      this.tool = tool;
      this.arguments = arguments;
    }

    String run() {
      synchronized (this) {
        if (stopped) throw new CancellationException("the tool's output is no longer wanted");
        runner = Thread.currentThread();
      }
      try {
        return tool.call(arguments);
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new CompletionException(e);
      } finally {
        synchronized (this) {
          runner = null;
          if (stopped) Thread.interrupted(); // our interrupt must not reach the pool's next task
        }
      }
    }

    synchronized void stop() {
      stopped = true;
      if (runner != null) runner.interrupt();
    }
  }

  // ---- feeding ----------------------------------------------------------

  private void waitAndFeed(long wakeAtMs) throws InterruptedException {
    Item item;
    if (wakeAtMs < 0) {
      if (current.get() == null && queue.isEmpty() && !cancelRequested) {
        throw CozeException.of("internal", "the core waits with no request in flight");
      }
      item = queue.take();
    } else {
      long delay = wakeAtMs - nowMs();
      item = delay > 0 ? queue.poll(delay, TimeUnit.MILLISECONDS) : queue.poll();
      if (item == null) return; // the core's deadline passed: ask it again
    }
    feed(item);
  }

  private void sleep(long delayMs) throws InterruptedException {
    abortExchange(); // the core is done with the last answer: free its connection
    long until = nowMs() + delayMs;
    for (; ; ) {
      long left = until - nowMs();
      if (left <= 0 || cancelRequested) return;
      Item item = queue.poll(left, TimeUnit.MILLISECONDS);
      if (item == Item.CANCEL) return;
      // anything else is left over from an aborted exchange
    }
  }

  private void feed(Item item) {
    Exchange exchange = current.get();
    if (item == Item.CANCEL || exchange == null || item.generation != exchange.generation) {
      return; // cancellation is handled at the top of the loop; stale items are dropped
    }
    switch (item.type) {
      case Item.HEAD:
        HeaderVector hv = new HeaderVector();
        try {
          for (String[] h : item.headers) hv.add(header(h[0], h[1]));
          call.on_response(item.status, hv);
        } finally {
          hv.delete();
        }
        break;
      case Item.CHUNK:
        call.on_body(item.chunk);
        break;
      case Item.END:
        current.set(null);
        call.on_end();
        break;
      case Item.SOURCE_ERROR:
        abortExchange();
        call.on_source_error(Utf8.encode(item.errorKind), Utf8.encode(item.errorMessage));
        break;
      default:
        abortExchange();
        call.on_transport_error(Utf8.encode(item.errorKind), Utf8.encode(item.errorMessage));
        break;
    }
  }

  private static Header header(String name, String value) {
    Header h = new Header();
    h.setName(Utf8.encode(name));
    h.setValue(Utf8.encode(value));
    return h;
  }

  // ---- HTTP -------------------------------------------------------------

  private void send(HttpRequest req) {
    abortExchange();
    String method = Utf8.decode(req.getMethod());
    String url = Utf8.decode(req.getUrl());
    byte[] body = req.getBody();
    Exchange ex = new Exchange(++generation, queue);
    java.net.http.HttpRequest.BodyPublisher publisher = bodyPublisher(req, body, ex);
    if (publisher == null) return; // a source could not be read: the core fails the call
    java.net.http.HttpRequest.Builder b;
    try {
      URI uri = URI.create(url);
      b = java.net.http.HttpRequest.newBuilder(uri);
      if ("http".equalsIgnoreCase(uri.getScheme())) {
        // no h2c upgrade dance on cleartext
        b.version(HttpClient.Version.HTTP_1_1);
      }
      HeaderVector headers = req.getHeaders();
      for (int i = 0, n = headers.size(); i < n; i++) {
        Header h = headers.get(i);
        String name = Utf8.decode(h.getName());
        if (RESTRICTED_HEADERS.contains(name.toLowerCase(Locale.ROOT)))
          continue; // the client sets these
        b.header(name, Utf8.decode(h.getValue()));
      }
      b.method(method, publisher);
    } catch (IllegalArgumentException e) {
      ex.closeSources();
      // A URL or header the HTTP client refuses cannot succeed on retry.
      CozeException err =
          CozeException.of(
              "invalid_argument",
              "the request cannot be sent: " + e.getMessage(),
              0,
              0,
              "",
              false,
              1,
              -1,
              "");
      call.cancel();
      finish();
      throw err;
    }
    current.set(ex);
    ex.future = http.sendAsync(b.build(), HttpResponse.BodyHandlers.ofInputStream());
    READERS.execute(() -> read(ex));
  }

  /**
   * The request body: {@code body} with each upload source's bytes spliced in at its offset,
   * streamed from the file, array or stream the user gave (opened now, from its start). Known sizes
   * give a Content-Length; an unknown one sends the body chunked. Null when a source cannot be
   * read: the core was told (on_source_error) and fails the call at its next step.
   */
  private java.net.http.HttpRequest.BodyPublisher bodyPublisher(
      HttpRequest req, byte[] body, Exchange ex) {
    java.net.http.HttpRequest.BodyPublisher out;
    int n = cozecore_bridge.coze_java_source_count(req);
    if (n == 0) {
      out =
          body.length == 0
              ? java.net.http.HttpRequest.BodyPublishers.noBody()
              : java.net.http.HttpRequest.BodyPublishers.ofByteArray(body);
    } else {
      int attempt = uploadAttempts++;
      List<java.net.http.HttpRequest.BodyPublisher> parts = new ArrayList<>(2 * n + 1);
      int pos = 0;
      for (int i = 0; i < n; i++) {
        int offset = (int) cozecore_bridge.coze_java_source_offset(req, i);
        String id = Utf8.decode(cozecore_bridge.coze_java_source_id(req, i));
        long size = cozecore_bridge.coze_java_source_size(req, i);
        if (offset > pos) {
          parts.add(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body, pos, offset - pos));
          pos = offset;
        }
        UploadFile file = uploads.get(id);
        InputStream in;
        try {
          if (file == null) throw new IOException("no file was given for it");
          in = file.openForAttempt(attempt);
        } catch (IOException | RuntimeException e) {
          ex.closeSources();
          call.on_source_error(Utf8.encode(id), Utf8.encode(describe(e)));
          return null;
        }
        SourceStream source = new SourceStream(in, id, size, ex);
        ex.sources.add(source);
        if (size == 0) {
          continue; // nothing to send (fromPublisher takes positive lengths only)
        }
        java.net.http.HttpRequest.BodyPublisher p =
            java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> source);
        if (size > 0) p = java.net.http.HttpRequest.BodyPublishers.fromPublisher(p, size);
        parts.add(p);
      }
      if (pos < body.length) {
        parts.add(
            java.net.http.HttpRequest.BodyPublishers.ofByteArray(body, pos, body.length - pos));
      }
      out =
          java.net.http.HttpRequest.BodyPublishers.concat(
              parts.toArray(new java.net.http.HttpRequest.BodyPublisher[0]));
    }
    bodySent.set(0);
    bodySentReported = 0;
    if (n > 0 || (progress != null && body.length > 0)) {
      out = new CountingPublisher(out, req.getBody_size(), progress, bodySent);
    }
    return out;
  }

  private void abortExchange() {
    Exchange ex = current.getAndSet(null);
    if (ex != null) ex.abort();
  }

  /** The reader thread of one exchange: head, then body chunks as they arrive. */
  private static void read(Exchange ex) {
    HttpResponse<InputStream> resp;
    try {
      resp = ex.future.get();
    } catch (ExecutionException e) {
      ex.closeSources();
      if (!ex.aborted) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        String[] bad = ex.sourceFailure;
        if (bad != null) { // reading an upload failed, not the connection
          put(ex, Item.sourceError(ex.generation, bad[0], bad[1]));
        } else {
          put(ex, Item.error(ex.generation, headFailureKind(cause), describe(cause)));
        }
      }
      return;
    } catch (CancellationException | InterruptedException e) {
      return;
    }
    ex.closeSources(); // the answer came: what is left of the uploads is not wanted
    InputStream in = resp.body();
    ex.body = in;
    if (ex.aborted) {
      closeQuietly(in);
      return;
    }
    try {
      if (!put(ex, Item.head(ex.generation, resp.statusCode(), headers(resp.headers())))) return;
      byte[] buf = new byte[READ_BUFFER];
      for (; ; ) {
        int n = in.read(buf);
        if (n < 0) {
          put(ex, Item.end(ex.generation));
          return;
        }
        if (n > 0 && !put(ex, Item.chunk(ex.generation, Arrays.copyOf(buf, n)))) return;
      }
    } catch (IOException e) {
      if (!ex.aborted) put(ex, Item.error(ex.generation, bodyFailureKind(e), describe(e)));
    } finally {
      closeQuietly(in);
    }
  }

  private static boolean put(Exchange ex, Item item) {
    try {
      while (!ex.aborted) {
        if (ex.queue.offer(item, 50, TimeUnit.MILLISECONDS)) return true;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return false;
  }

  private static List<String[]> headers(HttpHeaders headers) {
    List<String[]> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : headers.map().entrySet()) {
      if (e.getKey().startsWith(":")) continue; // HTTP/2 pseudo-headers
      for (String v : e.getValue()) out.add(new String[] {e.getKey(), v});
    }
    return out;
  }

  /** Transport failure kinds for the core: connect, timeout, reset, tls. */
  static String headFailureKind(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      // A connect timeout proves the server never got the request.
      if (c instanceof HttpConnectTimeoutException) return "connect";
      if (c instanceof HttpTimeoutException) return "timeout";
      if (c instanceof ConnectException
          || c instanceof UnresolvedAddressException
          || c instanceof UnknownHostException) {
        return "connect";
      }
      if (c instanceof SSLException) return "tls";
    }
    return "reset";
  }

  static String bodyFailureKind(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof HttpTimeoutException) return "timeout";
      if (c instanceof SSLException) return "tls";
    }
    return "reset";
  }

  private static String describe(Throwable t) {
    String msg = t.getMessage();
    String name = t.getClass().getSimpleName();
    return msg == null || msg.isEmpty() ? name : name + ": " + msg;
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException | RuntimeException ignored) {
      // closing an aborted body may fail; nothing more to do
    }
  }

  /** One HTTP attempt; items it produces carry its generation. */
  private static final class Exchange {
    final int generation;
    final BlockingQueue<Item> queue;
    volatile CompletableFuture<HttpResponse<InputStream>> future;
    volatile InputStream body;
    volatile boolean aborted;
    // The upload sources this attempt opened, and the first failure reading one: {id, message}.
    final List<SourceStream> sources = new java.util.concurrent.CopyOnWriteArrayList<>();
    volatile String[] sourceFailure;

    Exchange(int generation, BlockingQueue<Item> queue) {
      this.generation = generation;
      this.queue = queue;
    }

    void closeSources() {
      for (SourceStream s : sources) s.closeQuietly();
    }

    void abort() {
      aborted = true;
      closeSources();
      CompletableFuture<HttpResponse<InputStream>> f = future;
      if (f != null) f.cancel(true);
      InputStream in = body;
      if (in != null) closeQuietly(in);
    }
  }

  /** What a reader thread hands to the loop. */
  private static final class Item {
    static final int HEAD = 0;
    static final int CHUNK = 1;
    static final int END = 2;
    static final int ERROR = 3;
    static final int SOURCE_ERROR = 4;
    static final Item CANCEL = new Item(-1, -1);
    // A local tool finished: nothing to feed from the queue, the loop only wakes up.
    static final Item WAKE = new Item(-1, -2);

    final int generation;
    final int type;
    int status;
    List<String[]> headers;
    byte[] chunk;
    String errorKind;
    String errorMessage;

    private Item(int generation, int type) {
      this.generation = generation;
      this.type = type;
    }

    static Item head(int gen, int status, List<String[]> headers) {
      Item i = new Item(gen, HEAD);
      i.status = status;
      i.headers = headers;
      return i;
    }

    static Item chunk(int gen, byte[] data) {
      Item i = new Item(gen, CHUNK);
      i.chunk = data;
      return i;
    }

    static Item end(int gen) {
      return new Item(gen, END);
    }

    /** An upload source could not be read: errorKind holds its id. */
    static Item sourceError(int gen, String id, String message) {
      Item i = new Item(gen, SOURCE_ERROR);
      i.errorKind = id;
      i.errorMessage = message;
      return i;
    }

    static Item error(int gen, String kind, String message) {
      Item i = new Item(gen, ERROR);
      i.errorKind = kind;
      i.errorMessage = message;
      return i;
    }
  }

  /**
   * One upload source as the HTTP client reads it: counts its bytes against the declared size and
   * records why reading failed (so the failure is the source's, not the connection's).
   */
  private static final class SourceStream extends InputStream {
    private final InputStream in;
    private final String id;
    private final long size; // -1: unknown
    private final Exchange ex;
    private long count;
    private boolean closed;

    SourceStream(InputStream in, String id, long size, Exchange ex) {
      this.in = in;
      this.id = id;
      this.size = size;
      this.ex = ex;
    }

    private IOException fail(String message) {
      if (ex.sourceFailure == null) ex.sourceFailure = new String[] {id, message};
      return new IOException("upload source " + id + ": " + message);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (ex.aborted) throw new IOException("the request was aborted");
      int n;
      try {
        n = in.read(b, off, len);
      } catch (IOException | RuntimeException e) {
        throw fail("reading failed: " + describe(e));
      }
      if (n < 0) {
        if (size >= 0 && count < size) {
          throw fail("it ended after " + count + " of its " + size + " bytes");
        }
        return -1;
      }
      count += n;
      if (size >= 0 && count > size) {
        throw fail("it holds more than its size of " + size + " bytes");
      }
      return n;
    }

    @Override
    public void close() {
      closeQuietly();
    }

    synchronized void closeQuietly() {
      if (closed) return;
      closed = true;
      try {
        in.close();
      } catch (IOException | RuntimeException ignored) {
        // nothing more to do
      }
    }
  }

  /** A body publisher that reports the bytes handed to the connection (upload progress). */
  private static final class CountingPublisher implements java.net.http.HttpRequest.BodyPublisher {
    private final java.net.http.HttpRequest.BodyPublisher inner;
    private final long total;
    private final UploadProgress progress; // null: none
    private final java.util.concurrent.atomic.AtomicLong sentSoFar;

    CountingPublisher(
        java.net.http.HttpRequest.BodyPublisher inner,
        long total,
        UploadProgress progress,
        java.util.concurrent.atomic.AtomicLong sentSoFar) {
      this.inner = inner;
      this.total = total;
      this.progress = progress;
      this.sentSoFar = sentSoFar;
    }

    @Override
    public long contentLength() {
      return inner.contentLength();
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
      inner.subscribe(
          new Flow.Subscriber<ByteBuffer>() {
            private long sent;

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
              subscriber.onSubscribe(subscription);
              report(0);
            }

            @Override
            public void onNext(ByteBuffer item) {
              int n = item.remaining();
              subscriber.onNext(item);
              sent += n;
              report(sent);
            }

            @Override
            public void onError(Throwable throwable) {
              subscriber.onError(throwable);
            }

            @Override
            public void onComplete() {
              subscriber.onComplete();
            }
          });
    }

    private void report(long sent) {
      sentSoFar.set(sent);
      if (progress == null) return;
      try {
        progress.onProgress(sent, total);
      } catch (VirtualMachineError fatal) {
        throw fatal;
      } catch (Throwable ignored) {
        // a listener never breaks the upload
      }
    }
  }
}
