// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.model;

import io.cozecore.EventStream;
import io.cozecore.internal.CallDriver;

/**
 * The events of a workflow stream as WorkflowEvents; iterate once, close to cancel (see
 * EventStream).
 */
public final class WorkflowStream extends EventStream<WorkflowEvent> {
  /** A stream over a started call (made by the resources). */
  public WorkflowStream(CallDriver driver) {
    super(driver, WorkflowEvent::new);
  }
}
