// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.model;

import io.cozecore.StreamEvent;
import io.cozecore.internal.CoreRecord;

/**
 * An event of a workflow stream: its name, SSE id and payload (see StreamEvent), with one typed
 * accessor per payload model and the names of the workflow events.
 */
public final class WorkflowEvent extends StreamEvent {

  /** {@code Message}: payload {@link WorkflowMessageEvent}. */
  public static final String MESSAGE = "Message";

  /** {@code Interrupt}: payload {@link WorkflowInterruptEvent}. */
  public static final String INTERRUPT = "Interrupt";

  /** {@code Error}: payload {@link WorkflowErrorEvent}. */
  public static final String ERROR = "Error";

  /** {@code Done}: payload {@link DoneEventData}. */
  public static final String DONE = "Done";

  /** {@code PING}: no typed payload. */
  public static final String PING = "PING";

  /** The event at array node {@code node} of a batch record (made by the runtime). */
  public WorkflowEvent(CoreRecord record, int node) {
    super(record, node);
  }

  /** The payload of {@code Message} as a {@link WorkflowMessageEvent}; null for other events. */
  public WorkflowMessageEvent workflowMessageEvent() {
    return dataAs(WorkflowMessageEvent.class);
  }

  /**
   * The payload of {@code Interrupt} as a {@link WorkflowInterruptEvent}; null for other events.
   */
  public WorkflowInterruptEvent workflowInterruptEvent() {
    return dataAs(WorkflowInterruptEvent.class);
  }

  /** The payload of {@code Error} as a {@link WorkflowErrorEvent}; null for other events. */
  public WorkflowErrorEvent workflowErrorEvent() {
    return dataAs(WorkflowErrorEvent.class);
  }

  /** The payload of {@code Done} as a {@link DoneEventData}; null for other events. */
  public DoneEventData doneEventData() {
    return dataAs(DoneEventData.class);
  }
}
