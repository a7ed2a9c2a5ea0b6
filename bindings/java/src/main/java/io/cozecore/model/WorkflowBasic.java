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
import java.util.Map;

/**
 * A workflow's basic information. A lazy view of an answer: each field is read when its accessor is
 * called (null when absent); build one to send with builder().
 */
public final class WorkflowBasic extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 80;

  private static final CellReader<WorkflowUser> READ_7 = Cells.model(WorkflowUser::new);

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public WorkflowBasic(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a WorkflowBasic by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static WorkflowBasic parse(String json) {
    CoreRecord r = Decoding.model("WorkflowBasic", json);
    return new WorkflowBasic(r, Decoding.objectNode(r, "WorkflowBasic"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code workflow_id} (id). */
  public String workflowId() {
    return read(0, Cells.STRING);
  }

  /** Field {@code workflow_name} (string). */
  public String workflowName() {
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

  /** App of the workflow; 0 when none. Field {@code app_id} (id). */
  public String appId() {
    return read(4, Cells.STRING);
  }

  /** Unix time in seconds. Field {@code created_at} (integer). */
  public Long createdAt() {
    return read(5, Cells.INTEGER);
  }

  /** Unix time in seconds. Field {@code updated_at} (integer). */
  public Long updatedAt() {
    return read(6, Cells.INTEGER);
  }

  /** Field {@code creator} (WorkflowUser). */
  public WorkflowUser creator() {
    return read(7, READ_7);
  }

  /** Builds a WorkflowBasic to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code workflow_id}. */
    public Builder workflowId(String workflowId) {
      values.put("workflow_id", workflowId);
      return this;
    }

    /** Sets {@code workflow_name}. */
    public Builder workflowName(String workflowName) {
      values.put("workflow_name", workflowName);
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

    /** Sets {@code app_id}. */
    public Builder appId(String appId) {
      values.put("app_id", appId);
      return this;
    }

    /** Sets {@code created_at}. */
    public Builder createdAt(long createdAt) {
      values.put("created_at", createdAt);
      return this;
    }

    /** Sets {@code updated_at}. */
    public Builder updatedAt(long updatedAt) {
      values.put("updated_at", updatedAt);
      return this;
    }

    /** Sets {@code creator}. */
    public Builder creator(WorkflowUser creator) {
      values.put("creator", Wire.value(creator));
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public WorkflowBasic build() {
      return parse(Json.write(values));
    }
  }
}
