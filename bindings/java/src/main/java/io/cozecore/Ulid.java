package io.cozecore;

import io.cozecore.bridge.UlidFactory;
import io.cozecore.bridge.UlidResult;
import io.cozecore.bridge.cozecore_bridge;
import io.cozecore.internal.Utf8;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A ULID: 48-bit millisecond timestamp plus 80 bits of randomness, written as 26 characters of
 * Crockford base32. Encoding, strict decoding and the monotonic factory are the core's.
 */
public final class Ulid implements Comparable<Ulid> {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Factory SHARED = new Factory();

  private final String text;
  private final long timestampMs;
  private final String randomnessHex;

  private Ulid(UlidResult r) {
    try {
      if (!r.getOk()) {
        String error = Utf8.decode(r.getError());
        throw CozeException.of("invalid_argument", error);
      }
      this.text = Utf8.decode(r.getText());
      this.timestampMs = r.getTimestamp_ms();
      this.randomnessHex = Utf8.decode(r.getRandomness_hex());
    } finally {
      r.delete();
    }
  }

  /** A new ULID for now, monotonic within this process. */
  public static Ulid generate() {
    return SHARED.next();
  }

  /**
   * Parses 26 characters of Crockford base32 (case-insensitive); anything else throws an
   * InvalidArgumentException whose message is {@code invalid_ulid}.
   */
  public static Ulid parse(String text) {
    return new Ulid(cozecore_bridge.ulid_decode(Utf8.encode(Objects.requireNonNull(text, "text"))));
  }

  /** From a timestamp (0 .. 2^48-1) and 10 bytes of randomness as 20 hex digits. */
  public static Ulid of(long timestampMs, String randomnessHex) {
    return new Ulid(cozecore_bridge.ulid_encode(timestampMs, Utf8.encode(randomnessHex)));
  }

  /** The canonical upper-case text. */
  @Override
  public String toString() {
    return text;
  }

  public long timestampMs() {
    return timestampMs;
  }

  /** The 80 random bits as 20 lower-case hex digits. */
  public String randomnessHex() {
    return randomnessHex;
  }

  @Override
  public int compareTo(Ulid o) {
    return text.compareTo(o.text);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ulid && ((Ulid) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * A monotonic generator: within one millisecond, or when the clock goes backwards, it increments
   * the last randomness instead of drawing anew. Thread-safe.
   */
  public static final class Factory {
    private final UlidFactory core = new UlidFactory();

    /** The next ULID for the wall clock, with entropy from SecureRandom. */
    public Ulid next() {
      byte[] entropy = new byte[10];
      RANDOM.nextBytes(entropy);
      return next(System.currentTimeMillis(), HexFormat.of().formatHex(entropy));
    }

    /** The next ULID for this clock reading and the entropy a fresh draw would use. */
    public synchronized Ulid next(long nowMs, String entropyHex) {
      return new Ulid(core.next(nowMs, Utf8.encode(entropyHex)));
    }
  }
}
