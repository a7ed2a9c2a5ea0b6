// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.model;

import io.cozecore.ModelView;
import io.cozecore.internal.CellReader;
import io.cozecore.internal.Cells;
import io.cozecore.internal.CoreRecord;
import io.cozecore.internal.Decoding;
import io.cozecore.internal.Json;
import io.cozecore.internal.Wire;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page of messages. A lazy view of an answer: each field is read when its accessor is called
 * (null when absent); build one to send with builder().
 */
public final class ListMessagesResult extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 52;

  private static final CellReader<List<Message>> READ_0 = Cells.list(Cells.model(Message::new));

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public ListMessagesResult(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a ListMessagesResult by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static ListMessagesResult parse(String json) {
    CoreRecord r = Decoding.model("ListMessagesResult", json);
    return new ListMessagesResult(r, Decoding.objectNode(r, "ListMessagesResult"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code data} (array of Message). */
  public List<Message> data() {
    return read(0, READ_0);
  }

  /** Id of the page's first message. Field {@code first_id} (id). */
  public String firstId() {
    return read(1, Cells.STRING);
  }

  /** Id of the page's last message. Field {@code last_id} (id). */
  public String lastId() {
    return read(2, Cells.STRING);
  }

  /** Field {@code has_more} (boolean). */
  public Boolean hasMore() {
    return read(3, Cells.BOOLEAN);
  }

  /** Builds a ListMessagesResult to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code data}. */
    public Builder data(List<Message> data) {
      values.put("data", Wire.value(data));
      return this;
    }

    /** Sets {@code first_id}. */
    public Builder firstId(String firstId) {
      values.put("first_id", firstId);
      return this;
    }

    /** Sets {@code last_id}. */
    public Builder lastId(String lastId) {
      values.put("last_id", lastId);
      return this;
    }

    /** Sets {@code has_more}. */
    public Builder hasMore(boolean hasMore) {
      values.put("has_more", hasMore);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public ListMessagesResult build() {
      return parse(Json.write(values));
    }
  }
}
