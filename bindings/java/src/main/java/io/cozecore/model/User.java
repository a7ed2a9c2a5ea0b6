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
 * A Coze user. A lazy view of an answer: each field is read when its accessor is called (null when
 * absent); build one to send with builder().
 */
public final class User extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 75;

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public User(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a User by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static User parse(String json) {
    CoreRecord r = Decoding.model("User", json);
    return new User(r, Decoding.objectNode(r, "User"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code user_id} (id). */
  public String userId() {
    return read(0, Cells.STRING);
  }

  /** Field {@code user_name} (string). */
  public String userName() {
    return read(1, Cells.STRING);
  }

  /** Field {@code nick_name} (string). */
  public String nickName() {
    return read(2, Cells.STRING);
  }

  /** Field {@code avatar_url} (string). */
  public String avatarUrl() {
    return read(3, Cells.STRING);
  }

  /** Builds a User to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code user_id}. */
    public Builder userId(String userId) {
      values.put("user_id", userId);
      return this;
    }

    /** Sets {@code user_name}. */
    public Builder userName(String userName) {
      values.put("user_name", userName);
      return this;
    }

    /** Sets {@code nick_name}. */
    public Builder nickName(String nickName) {
      values.put("nick_name", nickName);
      return this;
    }

    /** Sets {@code avatar_url}. */
    public Builder avatarUrl(String avatarUrl) {
      values.put("avatar_url", avatarUrl);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public User build() {
      return parse(Json.write(values));
    }
  }
}
