package io.cozecore;

import io.cozecore.internal.CallDriver;
import io.cozecore.internal.Cells;
import io.cozecore.internal.CoreRecord;
import io.cozecore.model.DeviceCode;
import io.cozecore.model.OAuthToken;

/**
 * A running device flow ({@link OAuthApp#startDeviceFlow()}): the core asks for the codes, hands
 * out the user code and verification URI ({@link #code()}), then polls the token endpoint at the
 * interval the server gave (5 s more after each {@code slow_down}) until the user approves ({@link
 * #token()}), denies ({@link PermissionDeniedException}), or the code expires ({@link
 * AuthenticationException} from the server, {@link TimeoutException} when {@code expires_in} passes
 * first).
 *
 * <pre>{@code
 * try (DeviceFlow flow = app.startDeviceFlow()) {
 *   DeviceCode code = flow.code();
 *   System.out.println("Open " + code.verificationUri() + " and enter " + code.userCode());
 *   OAuthToken token = flow.token();
 * }
 * }</pre>
 *
 * {@link #cancel()} (from any thread) or {@link #close()} ends the flow: {@link #token()} then
 * throws a {@link CancelledException}. Interrupting the thread that waits in {@link #token()}
 * cancels it too.
 */
public final class DeviceFlow implements AutoCloseable {
  private final CallDriver driver;
  private DeviceCode code;
  private OAuthToken token;
  private CozeException failure;

  DeviceFlow(CallDriver driver) {
    this.driver = driver;
    driver.abortWhenUnreachable(this);
  }

  /**
   * The codes to show the user, once the server gave them (blocks until then). Throws the flow's
   * error when it failed before.
   */
  public synchronized DeviceCode code() {
    while (code == null) {
      if (failure != null) throw failure;
      if (token != null || driver.finished()) {
        throw CozeException.of("internal", "the device flow ended without a device code");
      }
      CoreRecord batch = advance();
      if (batch == null) continue;
      for (StreamEvent ev : StreamEvent.batch(batch)) {
        // The core hands the codes out typed, as a DeviceCode.
        if (code == null && "device_code".equals(ev.type())) code = ev.dataAs(DeviceCode.class);
      }
    }
    return code;
  }

  /** Waits for the user's decision and returns the token (see the class description). */
  public synchronized OAuthToken token() {
    code();
    while (token == null) {
      if (failure != null) throw failure;
      advance(); // any further event is not for the caller
    }
    return token;
  }

  /** Stops the flow (from any thread): no further poll is sent. */
  public void cancel() {
    driver.cancel();
  }

  /** Cancels the flow if it is still running and frees it. */
  @Override
  public void close() {
    driver.close();
    java.lang.ref.Reference.reachabilityFence(this); // see EventStream.close()
  }

  /** One step of the loop: a batch of events, or null once the flow ended (token set). */
  private CoreRecord advance() {
    try {
      CoreRecord batch = driver.nextBatch();
      if (batch == null) {
        token = Cells.model(OAuthToken::new).read(driver.result(), CoreRecord.ROOT);
        if (token == null) {
          failure = CozeException.of("decode", "the device flow ended without a token");
        }
      }
      return batch;
    } catch (CozeException e) {
      failure = e;
      throw e;
    }
  }
}
