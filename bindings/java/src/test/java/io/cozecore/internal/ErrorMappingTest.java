package io.cozecore.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cozecore.ApiException;
import io.cozecore.AuthenticationException;
import io.cozecore.BadRequestException;
import io.cozecore.CancelledException;
import io.cozecore.CircuitOpenException;
import io.cozecore.ConflictException;
import io.cozecore.ConnectionException;
import io.cozecore.CozeException;
import io.cozecore.DecodeException;
import io.cozecore.GatewayException;
import io.cozecore.InternalException;
import io.cozecore.InvalidArgumentException;
import io.cozecore.NotFoundException;
import io.cozecore.PermissionDeniedException;
import io.cozecore.RateLimitException;
import io.cozecore.ServerException;
import io.cozecore.StreamException;
import io.cozecore.TimeoutException;
import io.cozecore.ToolException;
import io.cozecore.UnprocessableException;
import io.cozecore.bridge.CoreError;
import io.cozecore.bridge.Header;
import io.cozecore.bridge.HeaderVector;
import io.cozecore.bridge.cozecore_bridge;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/**
 * Error kinds to exception classes, core errors to exceptions, Java I/O failures to transport
 * kinds.
 */
class ErrorMappingTest {
  private static final Map<String, Class<? extends CozeException>> CLASSES =
      Map.ofEntries(
          Map.entry("bad_request", BadRequestException.class),
          Map.entry("authentication", AuthenticationException.class),
          Map.entry("permission_denied", PermissionDeniedException.class),
          Map.entry("not_found", NotFoundException.class),
          Map.entry("conflict", ConflictException.class),
          Map.entry("unprocessable", UnprocessableException.class),
          Map.entry("rate_limited", RateLimitException.class),
          Map.entry("server", ServerException.class),
          Map.entry("gateway", GatewayException.class),
          Map.entry("timeout", TimeoutException.class),
          Map.entry("connection", ConnectionException.class),
          Map.entry("cancelled", CancelledException.class),
          Map.entry("decode", DecodeException.class),
          Map.entry("stream", StreamException.class),
          Map.entry("api", ApiException.class),
          Map.entry("invalid_argument", InvalidArgumentException.class),
          Map.entry("internal", InternalException.class),
          Map.entry("circuit_open", CircuitOpenException.class),
          Map.entry("tool", ToolException.class));

  @Test
  void everyKindHasItsClass() {
    for (Map.Entry<String, Class<? extends CozeException>> e : CLASSES.entrySet()) {
      CozeException ex = CozeException.of(e.getKey(), "m", 500, 7, "lid", true, 3, 250, "b");
      assertEquals(e.getValue(), ex.getClass(), e.getKey());
      assertEquals(e.getKey(), ex.kind());
      assertEquals(500, ex.httpStatus());
      assertEquals(7, ex.code());
      assertEquals("lid", ex.logid());
      assertTrue(ex.retryable());
      assertEquals(3, ex.attempts());
      assertEquals(250, ex.retryAfterMs());
      assertEquals("b", ex.body());
      assertEquals("m", ex.getMessage());
    }
    CozeException unknown = CozeException.of("some_future_kind", "m", 0, 0, "", false, 0, -1, "");
    assertEquals(CozeException.class, unknown.getClass());
  }

  private static CozeException mapped(int status, String body, String... headers) {
    HeaderVector hv = new HeaderVector();
    for (int i = 0; i < headers.length; i += 2) {
      Header h = new Header();
      h.setName(Utf8.encode(headers[i]));
      h.setValue(Utf8.encode(headers[i + 1]));
      hv.add(h);
      h.delete();
    }
    CoreError err = cozecore_bridge.map_http_error(status, hv, Utf8.encode(body));
    try {
      return CallDriver.toException(err);
    } finally {
      err.delete();
      hv.delete();
    }
  }

  @Test
  void toolKindIsAWarningNotRetried() {
    // What the core reports when a tool run fails because of a local tool (README "Tools").
    CozeException e =
        CozeException.of(
            "tool",
            "tool 'get_weather' failed: boom; the chat was cancelled",
            0,
            0,
            "",
            false,
            1,
            -1,
            "");
    assertInstanceOf(ToolException.class, e);
    assertEquals("tool", e.kind());
    assertEquals("warning", e.severity());
    assertFalse(e.retryable());
    assertEquals("tool 'get_weather' failed: boom; the chat was cancelled", e.getMessage());
  }

  @Test
  void httpAnswersMapThroughTheCore() {
    CozeException auth = mapped(401, "{\"code\":4100,\"msg\":\"bad token\"}", "X-Tt-Logid", "L401");
    assertInstanceOf(AuthenticationException.class, auth);
    assertEquals(401, auth.httpStatus());
    assertEquals(4100, auth.code());
    assertEquals("L401", auth.logid());
    assertFalse(auth.retryable());

    CozeException rl = mapped(429, "{\"code\":4013,\"msg\":\"slow down\"}", "Retry-After", "2");
    assertInstanceOf(RateLimitException.class, rl);
    assertEquals(2000, rl.retryAfterMs());
    assertTrue(rl.retryable());

    // The Coze code decides over a 200 status.
    CozeException nf =
        mapped(200, "{\"code\":4200,\"msg\":\"nope\",\"detail\":{\"logid\":\"B1\"}}");
    assertInstanceOf(NotFoundException.class, nf);
    assertEquals("B1", nf.logid());

    assertInstanceOf(GatewayException.class, mapped(502, ""));
    assertInstanceOf(ServerException.class, mapped(503, ""));
    assertInstanceOf(ApiException.class, mapped(200, "{\"code\":4016,\"msg\":\"busy\"}"));
    assertInstanceOf(BadRequestException.class, mapped(400, "{\"code\":4000,\"msg\":\"x\"}"));
    assertInstanceOf(PermissionDeniedException.class, mapped(403, ""));
  }

  @Test
  void utf8MessagesSurviveTheBridge() {
    CozeException e = mapped(400, "{\"code\":4000,\"msg\":\"参数错误 👋🏽\"}");
    assertTrue(
        e.getMessage().contains("参数错误 👋🏽") || e.body().contains("参数错误 👋🏽"), e.toString());
  }

  @Test
  void javaFailuresMapToTransportKinds() {
    assertEquals("connect", CallDriver.headFailureKind(new ConnectException("refused")));
    assertEquals(
        "connect",
        CallDriver.headFailureKind(new IOException("wrapped", new ConnectException("refused"))));
    assertEquals(
        "connect",
        CallDriver.headFailureKind(new HttpConnectTimeoutException("connect timed out")));
    assertEquals(
        "timeout", CallDriver.headFailureKind(new HttpTimeoutException("request timed out")));
    assertEquals("tls", CallDriver.headFailureKind(new SSLHandshakeException("bad cert")));
    assertEquals("reset", CallDriver.headFailureKind(new IOException("connection reset")));
    assertEquals("reset", CallDriver.bodyFailureKind(new IOException("closed mid-body")));
    assertEquals("tls", CallDriver.bodyFailureKind(new SSLHandshakeException("x")));
  }

  @Test
  void theStringFormIsTheMessageThenTheHint() {
    CozeException plain =
        CozeException.of("rate_limited", "slow down", 429, 4013, "L1", true, 3, 2000, "");
    assertEquals("slow down", plain.getMessage());
    assertEquals("io.cozecore.RateLimitException: slow down", plain.toString());

    CozeException auth = mapped(401, "{\"code\":4100,\"msg\":\"bad token\"}");
    assertEquals("bad token", auth.message());
    assertTrue(auth.hint().contains("api.coze.cn"), auth.hint());
    assertEquals("bad token (" + auth.hint() + ")", auth.getMessage());
    assertTrue(auth.toString().endsWith(auth.getMessage()), auth.toString());

    // The string form is the core's error_text for local errors too: the kind when no message.
    CozeException local = CozeException.of("invalid_argument", "bad value");
    assertInstanceOf(InvalidArgumentException.class, local);
    assertEquals("bad value", local.getMessage());
    assertEquals(0, local.httpStatus());
    assertEquals(-1, local.retryAfterMs());
    assertEquals("internal", CozeException.of("internal", "").getMessage());
  }
}
