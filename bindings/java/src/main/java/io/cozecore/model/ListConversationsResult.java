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
 * A page of conversations. A lazy view of an answer: each field is read when its accessor is called
 * (null when absent); build one to send with builder().
 */
public final class ListConversationsResult extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 49;

  private static final CellReader<List<Conversation>> READ_0 =
      Cells.list(Cells.model(Conversation::new));

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public ListConversationsResult(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a ListConversationsResult by the core (the canonical rules of
   * core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static ListConversationsResult parse(String json) {
    CoreRecord r = Decoding.model("ListConversationsResult", json);
    return new ListConversationsResult(r, Decoding.objectNode(r, "ListConversationsResult"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code conversations} (array of Conversation). */
  public List<Conversation> conversations() {
    return read(0, READ_0);
  }

  /** Field {@code has_more} (boolean). */
  public Boolean hasMore() {
    return read(1, Cells.BOOLEAN);
  }

  /**
   * Builds a ListConversationsResult to send (read back through the core, as an answer would be).
   */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code conversations}. */
    public Builder conversations(List<Conversation> conversations) {
      values.put("conversations", Wire.value(conversations));
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

    public ListConversationsResult build() {
      return parse(Json.write(values));
    }
  }
}
