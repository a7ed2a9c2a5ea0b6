package io.cozecore;

import java.util.Collections;
import java.util.Map;

/** The output of a workflow node: the payload of a {@code Message} event. */
public final class WorkflowMessage {
  private final Map<String, Object> data;

  WorkflowMessage(Map<String, Object> data) {
    this.data = Collections.unmodifiableMap(data);
  }

  /** The text (structured content as its JSON text). */
  public String content() {
    return JsonValues.jsonText(data, "content");
  }

  public String contentType() {
    return JsonValues.text(data, "content_type");
  }

  public String nodeTitle() {
    return JsonValues.text(data, "node_title");
  }

  /** The message's index within its node. */
  public String nodeSeqId() {
    return JsonValues.text(data, "node_seq_id");
  }

  /** Whether this is the node's last message. */
  public boolean nodeIsFinish() {
    return JsonValues.bool(data, "node_is_finish");
  }

  public Map<String, Object> ext() {
    return JsonValues.object(data, "ext");
  }

  /** {@code {token_count, output_count, input_count}}, empty when absent. */
  public Map<String, Object> usage() {
    return JsonValues.object(data, "usage");
  }

  /** Every field as decoded JSON. */
  public Map<String, Object> data() {
    return data;
  }

  @Override
  public String toString() {
    return "WorkflowMessage{node=" + nodeTitle() + ", seq=" + nodeSeqId() + ", finish=" + nodeIsFinish() + "}";
  }
}
