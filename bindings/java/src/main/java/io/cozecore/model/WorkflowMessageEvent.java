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
 * Payload of a workflow Message event. A lazy view of an answer: each field is read when its
 * accessor is called (null when absent); build one to send with builder().
 */
public final class WorkflowMessageEvent extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 86;

  private static final CellReader<Map<String, String>> READ_5 = Cells.map(Cells.STRING);
  private static final CellReader<Usage> READ_6 = Cells.model(Usage::new);

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public WorkflowMessageEvent(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a WorkflowMessageEvent by the core (the canonical rules of
   * core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static WorkflowMessageEvent parse(String json) {
    CoreRecord r = Decoding.model("WorkflowMessageEvent", json);
    return new WorkflowMessageEvent(r, Decoding.objectNode(r, "WorkflowMessageEvent"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code content} (string). */
  public String content() {
    return read(0, Cells.STRING);
  }

  /** Field {@code content_type} (string). */
  public String contentType() {
    return read(1, Cells.STRING);
  }

  /** Name of the node that sent the message. Field {@code node_title} (string). */
  public String nodeTitle() {
    return read(2, Cells.STRING);
  }

  /** Index of the message within the node, from 0. Field {@code node_seq_id} (string). */
  public String nodeSeqId() {
    return read(3, Cells.STRING);
  }

  /** Last message of the node. Field {@code node_is_finish} (boolean). */
  public Boolean nodeIsFinish() {
    return read(4, Cells.BOOLEAN);
  }

  /** Extra fields. Field {@code ext} (map of string). */
  public Map<String, String> ext() {
    return read(5, READ_5);
  }

  /** Field {@code usage} (Usage). */
  public Usage usage() {
    return read(6, READ_6);
  }

  /** Reserved. Field {@code cost} (string). */
  public String cost() {
    return read(7, Cells.STRING);
  }

  /** Tokens used. Field {@code token} (integer). */
  public Long token() {
    return read(8, Cells.INTEGER);
  }

  /** Id of the node that sent the message. Field {@code node_id} (string). */
  public String nodeId() {
    return read(9, Cells.STRING);
  }

  /** Id of this execution of the node. Field {@code node_execute_uuid} (string). */
  public String nodeExecuteUuid() {
    return read(10, Cells.STRING);
  }

  /** Builds a WorkflowMessageEvent to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code content}. */
    public Builder content(String content) {
      values.put("content", content);
      return this;
    }

    /** Sets {@code content_type}. */
    public Builder contentType(String contentType) {
      values.put("content_type", contentType);
      return this;
    }

    /** Sets {@code node_title}. */
    public Builder nodeTitle(String nodeTitle) {
      values.put("node_title", nodeTitle);
      return this;
    }

    /** Sets {@code node_seq_id}. */
    public Builder nodeSeqId(String nodeSeqId) {
      values.put("node_seq_id", nodeSeqId);
      return this;
    }

    /** Sets {@code node_is_finish}. */
    public Builder nodeIsFinish(boolean nodeIsFinish) {
      values.put("node_is_finish", nodeIsFinish);
      return this;
    }

    /** Sets {@code ext}. */
    public Builder ext(Map<String, String> ext) {
      values.put("ext", Wire.value(ext));
      return this;
    }

    /** Sets {@code usage}. */
    public Builder usage(Usage usage) {
      values.put("usage", Wire.value(usage));
      return this;
    }

    /** Sets {@code cost}. */
    public Builder cost(String cost) {
      values.put("cost", cost);
      return this;
    }

    /** Sets {@code token}. */
    public Builder token(long token) {
      values.put("token", token);
      return this;
    }

    /** Sets {@code node_id}. */
    public Builder nodeId(String nodeId) {
      values.put("node_id", nodeId);
      return this;
    }

    /** Sets {@code node_execute_uuid}. */
    public Builder nodeExecuteUuid(String nodeExecuteUuid) {
      values.put("node_execute_uuid", nodeExecuteUuid);
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public WorkflowMessageEvent build() {
      return parse(Json.write(values));
    }
  }
}
