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
 * A page of voices. A lazy view of an answer: each field is read when its accessor is called (null
 * when absent); build one to send with builder().
 */
public final class ListVoicesResult extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 54;

  private static final CellReader<List<Voice>> READ_0 = Cells.list(Cells.model(Voice::new));

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public ListVoicesResult(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a ListVoicesResult by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static ListVoicesResult parse(String json) {
    CoreRecord r = Decoding.model("ListVoicesResult", json);
    return new ListVoicesResult(r, Decoding.objectNode(r, "ListVoicesResult"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code voice_list} (array of Voice). */
  public List<Voice> voiceList() {
    return read(0, READ_0);
  }

  /** Field {@code has_more} (boolean). */
  public Boolean hasMore() {
    return read(1, Cells.BOOLEAN);
  }

  /** Builds a ListVoicesResult to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code voice_list}. */
    public Builder voiceList(List<Voice> voiceList) {
      values.put("voice_list", Wire.value(voiceList));
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

    public ListVoicesResult build() {
      return parse(Json.write(values));
    }
  }
}
