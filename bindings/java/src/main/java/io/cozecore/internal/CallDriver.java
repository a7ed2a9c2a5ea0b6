package io.cozecore.internal;

import io.cozecore.Attempt;
import io.cozecore.BinaryResponse;
import io.cozecore.CozeException;
import io.cozecore.Hooks;
import io.cozecore.bridge.AttemptVector;
import io.cozecore.bridge.Call;
import io.cozecore.bridge.CallOptions;
import io.cozecore.bridge.Client;
import io.cozecore.bridge.CoreError;
import io.cozecore.bridge.Header;
import io.cozecore.bridge.HeaderVector;
import io.cozecore.bridge.HookEventVector;
import io.cozecore.bridge.HttpRequest;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 */
public final class CallDriver implements AutoCloseable {
  // Call::step's answers (ActionKind in exec.h).
  private static final int SEND = 0;
  private static final int WAIT = 1;
  private static final int SLEEP = 2;
  private static final int EVENT = 3;
  private static final int DONE = 4;
  private static final int SIGN = 6;

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
  private CoreRecord result;
  private byte[] binary;
  private String contentType = "";
  private String logid = "";

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
    this.http = http;
    this.hooks = hooks;
    this.signer = signer;
    this.binaryResult = binaryResult;
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

  /** The DONE result as a record (null for binary operations); valid once finished. */
  public CoreRecord result() {
    return result;
  }

  /** The DONE answer of a binary operation: its bytes, media type and log id. */
  public BinaryResponse binaryResult() {
    return new BinaryResponse(binary == null ? new byte[0] : binary, contentType, logid);
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
        int kind = call.step(nowMs());
        if (hooks != null) runHooks();
        switch (kind) {
          case SEND:
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
          case EVENT:
            return new CoreRecord(call.take_events(false));
          case DONE:
            logid = Utf8.decode(call.logid());
            contentType = Utf8.decode(call.content_type());
            if (binaryResult) {
              binary = call.binary();
            } else {
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

  private void finish() {
    finished = true;
    abortExchange();
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
        Utf8.decode(e.getRequest_id()));
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
        Utf8.decode(h.getBody()));
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
      b.method(
          method,
          body.length == 0
              ? java.net.http.HttpRequest.BodyPublishers.noBody()
              : java.net.http.HttpRequest.BodyPublishers.ofByteArray(body));
    } catch (IllegalArgumentException e) {
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
    Exchange ex = new Exchange(++generation, queue);
    current.set(ex);
    ex.future = http.sendAsync(b.build(), HttpResponse.BodyHandlers.ofInputStream());
    READERS.execute(() -> read(ex));
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
      if (!ex.aborted) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        put(ex, Item.error(ex.generation, headFailureKind(cause), describe(cause)));
      }
      return;
    } catch (CancellationException | InterruptedException e) {
      return;
    }
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

    Exchange(int generation, BlockingQueue<Item> queue) {
      this.generation = generation;
      this.queue = queue;
    }

    void abort() {
      aborted = true;
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
    static final Item CANCEL = new Item(-1, -1);

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

    static Item error(int gen, String kind, String message) {
      Item i = new Item(gen, ERROR);
      i.errorKind = kind;
      i.errorMessage = message;
      return i;
    }
  }
}
