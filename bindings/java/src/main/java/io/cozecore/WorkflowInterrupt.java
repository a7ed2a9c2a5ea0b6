package io.cozecore;

/**
 * A workflow node waiting for input: the payload of an {@code Interrupt}
 * event. Resume with {@code interruptData().eventId()} and
 * {@code interruptData().type()} ({@link WorkflowResource#resume}).
 */
public final class WorkflowInterrupt {
  /** What identifies the interrupt. */
  public static final class Data {
    private final String eventId;
    private final long type;
    private final String data;

    Data(String eventId, long type, String data) {
      this.eventId = eventId;
      this.type = type;
      this.data = data;
    }

    public String eventId() {
      return eventId;
    }

    /** The interrupt type, sent back as {@code interrupt_type}. */
    public long type() {
      return type;
    }

    /** What the node asks, as text (often JSON). */
    public String data() {
      return data;
    }
  }

  private final Data interruptData;
  private final String nodeTitle;

  WorkflowInterrupt(Data interruptData, String nodeTitle) {
    this.interruptData = interruptData;
    this.nodeTitle = nodeTitle;
  }

  public Data interruptData() {
    return interruptData;
  }

  public String nodeTitle() {
    return nodeTitle;
  }

  @Override
  public String toString() {
    return "WorkflowInterrupt{node=" + nodeTitle + ", eventId=" + interruptData.eventId + ", type=" + interruptData.type + "}";
  }
}
