package io.cozecore;

import io.cozecore.bridge.SseConfig;
import io.cozecore.bridge.SseEventVector;
import io.cozecore.internal.Utf8;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The core's incremental WHATWG event-stream parser: bytes in (any chunking), events out. Not
 * thread-safe. Close it to free the native parser at once (it is also freed when collected).
 */
public final class SseParser implements AutoCloseable {
  /** One dispatched event; {@code id} is the last event id in effect. */
  public record Event(String type, String data, String id) {}

  private io.cozecore.bridge.SseParser core;

  public SseParser() {
    core = new io.cozecore.bridge.SseParser();
  }

  /**
   * @param maxEventBytes bound on one event's buffered bytes; past it, {@code event_too_large}
   */
  public SseParser(long maxEventBytes) {
    SseConfig config = new SseConfig();
    try {
      config.setMax_event_bytes(maxEventBytes);
      core = new io.cozecore.bridge.SseParser(config);
    } finally {
      config.delete();
    }
  }

  public void feed(byte[] data) {
    parser().feed(data);
  }

  public void feed(byte[] data, int offset, int length) {
    parser()
        .feed(
            offset == 0 && length == data.length
                ? data
                : Arrays.copyOfRange(data, offset, offset + length));
  }

  /** End of stream: an undispatched event is discarded. */
  public void finish() {
    parser().finish();
  }

  /** The events completed so far, oldest first, removed from the parser. */
  public List<Event> takeEvents() {
    SseEventVector v = parser().take_events();
    try {
      List<Event> out = new ArrayList<>(v.size());
      for (int i = 0, n = v.size(); i < n; i++) {
        io.cozecore.bridge.SseEvent e = v.get(i);
        out.add(
            new Event(Utf8.decode(e.getType()), Utf8.decode(e.getData()), Utf8.decode(e.getId())));
      }
      return out;
    } finally {
      v.delete();
    }
  }

  /** "" while healthy, else the error's name ({@code event_too_large}). */
  public String error() {
    return Utf8.decode(parser().error());
  }

  /** The last valid {@code retry:} value, -1 when none was seen. */
  public long retryMs() {
    return parser().retry_ms();
  }

  public String lastEventId() {
    return Utf8.decode(parser().last_event_id());
  }

  @Override
  public void close() {
    if (core != null) {
      core.delete();
      core = null;
    }
  }

  private io.cozecore.bridge.SseParser parser() {
    if (core == null) throw new IllegalStateException("SseParser is closed");
    return core;
  }
}
