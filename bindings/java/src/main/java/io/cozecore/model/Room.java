// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.model;

import io.cozecore.ModelView;
import io.cozecore.internal.Cells;
import io.cozecore.internal.CoreRecord;
import io.cozecore.internal.Decoding;
import io.cozecore.internal.Json;
import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RTC room to join. A lazy view of an answer: each field is read when its accessor is called
 * (null when absent); build one to send with builder().
 */
public final class Room extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 64;

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public Room(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a Room by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static Room parse(String json) {
    CoreRecord r = Decoding.model("Room", json);
    return new Room(r, Decoding.objectNode(r, "Room"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code room_id} (string). */
  public String roomId() {
    return read(0, Cells.STRING);
  }

  /** RTC application id. Field {@code app_id} (string). */
  public String appId() {
    return read(1, Cells.STRING);
  }

  /** Token to join the room. Field {@code token} (string). */
  public String token() {
    return read(2, Cells.STRING);
  }

  /** The end user's id in the room. Field {@code uid} (string). */
  public String uid() {
    return read(3, Cells.STRING);
  }

  /** Builds a Room to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code room_id}. */
    public Builder roomId(String roomId) {
      values.put("room_id", roomId);
      return this;
    }

    /** Sets {@code app_id}. */
    public Builder appId(String appId) {
      values.put("app_id", appId);
      return this;
    }

    /** Sets {@code token}. */
    public Builder token(String token) {
      values.put("token", token);
      return this;
    }

    /** Sets {@code uid}. */
    public Builder uid(String uid) {
      values.put("uid", uid);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public Room build() {
      return parse(Json.write(values));
    }
  }
}
