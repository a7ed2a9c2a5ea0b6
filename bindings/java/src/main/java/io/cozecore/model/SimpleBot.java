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
 * A bot in a list (v1 answers use bot_id, bot_name, publish_time). A lazy view of an answer: each
 * field is read when its accessor is called (null when absent); build one to send with builder().
 */
public final class SimpleBot extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 71;

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public SimpleBot(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a SimpleBot by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static SimpleBot parse(String json) {
    CoreRecord r = Decoding.model("SimpleBot", json);
    return new SimpleBot(r, Decoding.objectNode(r, "SimpleBot"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code id} (id). Also read from bot_id. */
  public String id() {
    return read(0, Cells.STRING);
  }

  /** Field {@code name} (string). Also read from bot_name. */
  public String name() {
    return read(1, Cells.STRING);
  }

  /** Field {@code description} (string). */
  public String description() {
    return read(2, Cells.STRING);
  }

  /** Field {@code icon_url} (string). */
  public String iconUrl() {
    return read(3, Cells.STRING);
  }

  /** Field {@code is_published} (boolean). */
  public Boolean isPublished() {
    return read(4, Cells.BOOLEAN);
  }

  /** Unix time in seconds. Field {@code updated_at} (integer). */
  public Long updatedAt() {
    return read(5, Cells.INTEGER);
  }

  /** Unix time in seconds. Field {@code published_at} (integer). Also read from publish_time. */
  public Long publishedAt() {
    return read(6, Cells.INTEGER);
  }

  /** Field {@code owner_user_id} (id). */
  public String ownerUserId() {
    return read(7, Cells.STRING);
  }

  /** Field {@code folder_id} (id). */
  public String folderId() {
    return read(8, Cells.STRING);
  }

  /** Builds a SimpleBot to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code id}. */
    public Builder id(String id) {
      values.put("id", id);
      return this;
    }

    /** Sets {@code name}. */
    public Builder name(String name) {
      values.put("name", name);
      return this;
    }

    /** Sets {@code description}. */
    public Builder description(String description) {
      values.put("description", description);
      return this;
    }

    /** Sets {@code icon_url}. */
    public Builder iconUrl(String iconUrl) {
      values.put("icon_url", iconUrl);
      return this;
    }

    /** Sets {@code is_published}. */
    public Builder isPublished(boolean isPublished) {
      values.put("is_published", isPublished);
      return this;
    }

    /** Sets {@code updated_at}. */
    public Builder updatedAt(long updatedAt) {
      values.put("updated_at", updatedAt);
      return this;
    }

    /** Sets {@code published_at}. */
    public Builder publishedAt(long publishedAt) {
      values.put("published_at", publishedAt);
      return this;
    }

    /** Sets {@code owner_user_id}. */
    public Builder ownerUserId(String ownerUserId) {
      values.put("owner_user_id", ownerUserId);
      return this;
    }

    /** Sets {@code folder_id}. */
    public Builder folderId(String folderId) {
      values.put("folder_id", folderId);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public SimpleBot build() {
      return parse(Json.write(values));
    }
  }
}
