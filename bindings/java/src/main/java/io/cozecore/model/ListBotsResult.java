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
 * A page of bots (v1 answers use space_bots). A lazy view of an answer: each field is read when its
 * accessor is called (null when absent); build one to send with builder().
 */
public final class ListBotsResult extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 48;

  private static final CellReader<List<SimpleBot>> READ_0 = Cells.list(Cells.model(SimpleBot::new));

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public ListBotsResult(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a ListBotsResult by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static ListBotsResult parse(String json) {
    CoreRecord r = Decoding.model("ListBotsResult", json);
    return new ListBotsResult(r, Decoding.objectNode(r, "ListBotsResult"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code items} (array of SimpleBot). Also read from space_bots. */
  public List<SimpleBot> items() {
    return read(0, READ_0);
  }

  /** Field {@code total} (integer). */
  public Long total() {
    return read(1, Cells.INTEGER);
  }

  /** Builds a ListBotsResult to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code items}. */
    public Builder items(List<SimpleBot> items) {
      values.put("items", Wire.value(items));
      return this;
    }

    /** Sets {@code total}. */
    public Builder total(long total) {
      values.put("total", total);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public ListBotsResult build() {
      return parse(Json.write(values));
    }
  }
}
