package io.cozecore;

import io.cozecore.internal.JsonReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The fake Coze server (tests/fake_coze/server.py) on a free loopback port, for a test class:
 * {@code @RegisterExtension static final FakeCoze server = new FakeCoze();} starts it before the
 * class's {@code @BeforeAll} methods, resets it before each test and stops it after the class.
 */
final class FakeCoze implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
  private Process process;

  /** The server's address; set once the class's tests start. */
  String baseUrl;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    Path server = TestPaths.root().resolve("tests/fake_coze/server.py");
    process =
        new ProcessBuilder("python3", server.toString(), "--port", "0")
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (line == null || !line.startsWith("LISTENING ")) {
      process.destroyForcibly();
      throw new IOException("fake server did not start: " + line);
    }
    baseUrl = "http://127.0.0.1:" + Integer.parseInt(line.substring("LISTENING ".length()).trim());
  }

  private String send(String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10));
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    HttpResponse<String> r =
        http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (r.statusCode() != 200)
      throw new IOException(method + " " + path + ": HTTP " + r.statusCode());
    return r.body();
  }

  /** Queues faults (a JSON object or array) for the next API requests. */
  void faults(String json) throws IOException, InterruptedException {
    send("POST", "/_fake/faults", json);
  }

  void reset() throws IOException, InterruptedException {
    send("POST", "/_fake/reset", "{}");
  }

  /** The API requests the server saw, oldest first. */
  List<?> requests() throws IOException, InterruptedException {
    Object v = JsonReader.parse(send("GET", "/_fake/requests", null));
    if (v instanceof java.util.Map) v = ((java.util.Map<?, ?>) v).get("requests");
    return (List<?>) v;
  }

  /** The faults queued and not used yet. */
  List<?> queuedFaults() throws IOException, InterruptedException {
    return (List<?>) JsonReader.parse(send("GET", "/_fake/faults", null));
  }

  /** Registers OAuth apps (a JSON object or array; see the fake's README, "OAuth"). */
  void registerApps(String json) throws IOException, InterruptedException {
    send("POST", "/_fake/oauth/apps", json);
  }

  /** The OAuth counters: {@code apps}, {@code requests} by grant, {@code refreshes}, ... */
  java.util.Map<?, ?> oauth() throws IOException, InterruptedException {
    return (java.util.Map<?, ?>) JsonReader.parse(send("GET", "/_fake/oauth", null));
  }

  /** Makes the selected access tokens expire now; returns how many did. */
  long expireTokens(String selector) throws IOException, InterruptedException {
    Object v = JsonReader.parse(send("POST", "/_fake/oauth/expire", selector));
    return ((Number) ((java.util.Map<?, ?>) v).get("expired")).longValue();
  }

  /** Revokes the selected access and refresh tokens; returns how many. */
  long revokeTokens(String selector) throws IOException, InterruptedException {
    Object v = JsonReader.parse(send("POST", "/_fake/oauth/revoke", selector));
    return ((Number) ((java.util.Map<?, ?>) v).get("revoked")).longValue();
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException, InterruptedException {
    reset();
  }

  @Override
  public void afterAll(ExtensionContext context) throws InterruptedException {
    if (process == null) return;
    process.destroy();
    if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly();
  }
}
