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
 * A page of workspaces. A lazy view of an answer: each field is read when its accessor is called
 * (null when absent); build one to send with builder().
 */
public final class ListWorkspacesResult extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 56;

  private static final CellReader<List<Workspace>> READ_0 = Cells.list(Cells.model(Workspace::new));

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public ListWorkspacesResult(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a ListWorkspacesResult by the core (the canonical rules of
   * core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static ListWorkspacesResult parse(String json) {
    CoreRecord r = Decoding.model("ListWorkspacesResult", json);
    return new ListWorkspacesResult(r, Decoding.objectNode(r, "ListWorkspacesResult"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code workspaces} (array of Workspace). */
  public List<Workspace> workspaces() {
    return read(0, READ_0);
  }

  /** Field {@code total_count} (integer). */
  public Long totalCount() {
    return read(1, Cells.INTEGER);
  }

  /** Builds a ListWorkspacesResult to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code workspaces}. */
    public Builder workspaces(List<Workspace> workspaces) {
      values.put("workspaces", Wire.value(workspaces));
      return this;
    }

    /** Sets {@code total_count}. */
    public Builder totalCount(long totalCount) {
      values.put("total_count", totalCount);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public ListWorkspacesResult build() {
      return parse(Json.write(values));
    }
  }
}
