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
 * One workflow run. A lazy view of an answer: each field is read when its accessor is called (null
 * when absent); build one to send with builder().
 */
public final class WorkflowRunHistory extends ModelView {
  /** This model's id in records (its index in the description's list of models). */
  public static final int MODEL_ID = 91;

  private static final CellReader<Usage> READ_13 = Cells.model(Usage::new);
  private static final CellReader<Map<String, WorkflowNodeExecuteStatus>> READ_15 =
      Cells.map(Cells.model(WorkflowNodeExecuteStatus::new));
  private static final CellReader<WorkflowInterruptData> READ_16 =
      Cells.model(WorkflowInterruptData::new);

  /** A view of object node {@code node} of {@code record} (made by the runtime). */
  public WorkflowRunHistory(CoreRecord record, int node) {
    super(record, node, MODEL_ID);
  }

  /**
   * JSON text read as a WorkflowRunHistory by the core (the canonical rules of core/api/README.md).
   *
   * @throws io.cozecore.DecodeException when the text is not JSON or not an object
   */
  public static WorkflowRunHistory parse(String json) {
    CoreRecord r = Decoding.model("WorkflowRunHistory", json);
    return new WorkflowRunHistory(r, Decoding.objectNode(r, "WorkflowRunHistory"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Field {@code execute_id} (id). */
  public String executeId() {
    return read(0, Cells.STRING);
  }

  /**
   * Field {@code execute_status} (string). Known values: Success, Running, Fail (others are kept).
   */
  public String executeStatus() {
    return read(1, Cells.STRING);
  }

  /** Bot the run used; 0 when none. Field {@code bot_id} (id). */
  public String botId() {
    return read(2, Cells.STRING);
  }

  /** Field {@code connector_id} (id). */
  public String connectorId() {
    return read(3, Cells.STRING);
  }

  /** The end user's id. Field {@code connector_uid} (string). */
  public String connectorUid() {
    return read(4, Cells.STRING);
  }

  /** 0 synchronous, 1 streaming, 2 asynchronous. Field {@code run_mode} (integer). */
  public Long runMode() {
    return read(5, Cells.INTEGER);
  }

  /** Log id of the asynchronous run. Field {@code logid} (string). */
  public String logid() {
    return read(6, Cells.STRING);
  }

  /** Unix time in seconds. Field {@code create_time} (integer). */
  public Long createTime() {
    return read(7, Cells.INTEGER);
  }

  /** Unix time in seconds. Field {@code update_time} (integer). */
  public Long updateTime() {
    return read(8, Cells.INTEGER);
  }

  /** The workflow's output, usually JSON text. Field {@code output} (string). */
  public String output() {
    return read(9, Cells.STRING);
  }

  /** 0 on success. Field {@code error_code} (string). */
  public String errorCode() {
    return read(10, Cells.STRING);
  }

  /** Field {@code error_message} (string). */
  public String errorMessage() {
    return read(11, Cells.STRING);
  }

  /** Page showing the run (kept 7 days). Field {@code debug_url} (string). */
  public String debugUrl() {
    return read(12, Cells.STRING);
  }

  /** Field {@code usage} (Usage). */
  public Usage usage() {
    return read(13, READ_13);
  }

  /** The output was cut for size. Field {@code is_output_trimmed} (boolean). */
  public Boolean isOutputTrimmed() {
    return read(14, Cells.BOOLEAN);
  }

  /**
   * Output nodes' runs by node. Field {@code node_execute_status} (map of
   * WorkflowNodeExecuteStatus).
   */
  public Map<String, WorkflowNodeExecuteStatus> nodeExecuteStatus() {
    return read(15, READ_15);
  }

  /** Field {@code interrupt_data} (WorkflowInterruptData). */
  public WorkflowInterruptData interruptData() {
    return read(16, READ_16);
  }

  /** Builds a WorkflowRunHistory to send (read back through the core, as an answer would be). */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code execute_id}. */
    public Builder executeId(String executeId) {
      values.put("execute_id", executeId);
      return this;
    }

    /** Sets {@code execute_status}. */
    public Builder executeStatus(String executeStatus) {
      values.put("execute_status", executeStatus);
      return this;
    }

    /** Sets {@code bot_id}. */
    public Builder botId(String botId) {
      values.put("bot_id", botId);
      return this;
    }

    /** Sets {@code connector_id}. */
    public Builder connectorId(String connectorId) {
      values.put("connector_id", connectorId);
      return this;
    }

    /** Sets {@code connector_uid}. */
    public Builder connectorUid(String connectorUid) {
      values.put("connector_uid", connectorUid);
      return this;
    }

    /** Sets {@code run_mode}. */
    public Builder runMode(long runMode) {
      values.put("run_mode", runMode);
      return this;
    }

    /** Sets {@code logid}. */
    public Builder logid(String logid) {
      values.put("logid", logid);
      return this;
    }

    /** Sets {@code create_time}. */
    public Builder createTime(long createTime) {
      values.put("create_time", createTime);
      return this;
    }

    /** Sets {@code update_time}. */
    public Builder updateTime(long updateTime) {
      values.put("update_time", updateTime);
      return this;
    }

    /** Sets {@code output}. */
    public Builder output(String output) {
      values.put("output", output);
      return this;
    }

    /** Sets {@code error_code}. */
    public Builder errorCode(String errorCode) {
      values.put("error_code", errorCode);
      return this;
    }

    /** Sets {@code error_message}. */
    public Builder errorMessage(String errorMessage) {
      values.put("error_message", errorMessage);
      return this;
    }

    /** Sets {@code debug_url}. */
    public Builder debugUrl(String debugUrl) {
      values.put("debug_url", debugUrl);
      return this;
    }

    /** Sets {@code usage}. */
    public Builder usage(Usage usage) {
      values.put("usage", Wire.value(usage));
      return this;
    }

    /** Sets {@code is_output_trimmed}. */
    public Builder isOutputTrimmed(boolean isOutputTrimmed) {
      values.put("is_output_trimmed", isOutputTrimmed);
      return this;
    }

    /** Sets {@code node_execute_status}. */
    public Builder nodeExecuteStatus(Map<String, WorkflowNodeExecuteStatus> nodeExecuteStatus) {
      values.put("node_execute_status", Wire.value(nodeExecuteStatus));
      return this;
    }

    /** Sets {@code interrupt_data}. */
    public Builder interruptData(WorkflowInterruptData interruptData) {
      values.put("interrupt_data", Wire.value(interruptData));
      return this;
    }

    /** Any other key, sent as given (a plain JSON value or a view). */
    public Builder putExtra(String key, Object value) {
      values.put(key, Wire.value(value));
      return this;
    }

    public WorkflowRunHistory build() {
      return parse(Json.write(values));
    }
  }
}
