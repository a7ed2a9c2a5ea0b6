package io.cozecore.internal;

import io.cozecore.CozeException;
import io.cozecore.bridge.Decoded;
import io.cozecore.bridge.cozecore_bridge;

/**
 * The core's decoders (record.h) for answers that did not come through a call: a model from JSON
 * text, a whole non-stream answer, one stream event. Each returns the record, or throws the error
 * the core maps the input to.
 */
public final class Decoding {
  private Decoding() {}

  /**
   * {@code json} read as the model {@code model} (decode_model); the record's root is its object.
   */
  public static CoreRecord model(String model, String json) {
    return unwrap(cozecore_bridge.decode_model(Utf8.encode(model), Utf8.encode(json), false));
  }

  /** The object node of a model record, or a decode error when the payload was no object. */
  public static int objectNode(CoreRecord r, String model) {
    if (r.tag(CoreRecord.ROOT) != CoreRecord.OBJECT) {
      throw CozeException.of("decode", "the payload is not a " + model + " object");
    }
    return r.a(CoreRecord.ROOT);
  }

  /** A whole answer of operation {@code op} (decode_response): the result record, or its error. */
  public static CoreRecord response(String op, int status, String body) {
    return unwrap(
        cozecore_bridge.decode_response(Utf8.encode(op), status, Utf8.encode(body), false));
  }

  /**
   * One stream event of operation {@code op} (decode_event): a one-event batch record, or its
   * error.
   */
  public static CoreRecord event(String op, String type, String data) {
    return unwrap(
        cozecore_bridge.decode_event(Utf8.encode(op), Utf8.encode(type), Utf8.encode(data), false));
  }

  private static CoreRecord unwrap(Decoded d) {
    try {
      if (!Utf8.decode(d.getError().getKind()).isEmpty())
        throw CallDriver.toException(d.getError());
      return new CoreRecord(d.getRecord());
    } finally {
      d.delete();
    }
  }
}
