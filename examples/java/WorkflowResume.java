// Streams a workflow that stops to ask a question (Interrupt), then resumes it with an answer.
//   java -cp build/native/bindings/java/maven/cozecore-0.1.0.jar examples/java/WorkflowResume.java [workflow_id] [answer]
// Reads COZE_API_TOKEN and COZE_BASE_URL. Against tests/fake_coze/server.py the seed workflow
// 7300000000000000202 (ask_city) asks "Which city?".
import io.cozecore.CozeClient;
import io.cozecore.CozeException;
import io.cozecore.model.WorkflowEvent;
import io.cozecore.model.WorkflowInterruptEvent;
import io.cozecore.model.WorkflowStream;
import io.cozecore.resources.WorkflowsRunsResumeParams;
import io.cozecore.resources.WorkflowsRunsStreamParams;
import java.util.Map;

public final class WorkflowResume {
  /** Prints a run's events; returns its Interrupt, or null when it ended. */
  static WorkflowInterruptEvent run(WorkflowStream events) {
    WorkflowInterruptEvent interrupt = null;
    try (events) {
      for (WorkflowEvent e : events) {
        switch (e.type()) {
          case WorkflowEvent.MESSAGE:
            System.out.println(
                "["
                    + e.workflowMessageEvent().nodeTitle()
                    + "] "
                    + e.workflowMessageEvent().content());
            break;
          case WorkflowEvent.INTERRUPT:
            interrupt = e.workflowInterruptEvent();
            break;
          case WorkflowEvent.ERROR:
            System.err.println(
                "workflow error "
                    + e.workflowErrorEvent().errorCode()
                    + ": "
                    + e.workflowErrorEvent().errorMessage());
            break;
          default:
            break;
        }
      }
    }
    return interrupt;
  }

  public static void main(String[] args) {
    String workflowId = args.length > 0 ? args[0] : "7300000000000000202";
    String answer = args.length > 1 ? args[1] : "Paris";
    try (CozeClient client = client()) {
      WorkflowInterruptEvent interrupt =
          run(
              client.workflows().runs().stream(
                  WorkflowsRunsStreamParams.builder()
                      .workflowId(workflowId)
                      .parameters(Map.of("input", "hello"))
                      .build()));
      while (interrupt != null) {
        System.out.println(
            "interrupted at "
                + interrupt.nodeTitle()
                + ": "
                + interrupt.interruptData().data()
                + "; answering "
                + answer);
        interrupt =
            run(
                client
                    .workflows()
                    .runs()
                    .resume(
                        WorkflowsRunsResumeParams.builder()
                            .workflowId(workflowId)
                            .eventId(interrupt.interruptData().eventId())
                            .resumeData(answer)
                            .interruptType(interrupt.interruptData().type())
                            .build()));
      }
    } catch (CozeException e) {
      System.err.println("workflow failed (" + e.kind() + "): " + e.getMessage());
      System.exit(1);
    }
  }

  /** The client from the environment. */
  static CozeClient client() {
    String token = System.getenv("COZE_API_TOKEN");
    if (token == null || token.isEmpty()) {
      System.err.println("set COZE_API_TOKEN (and COZE_BASE_URL for the fake server)");
      System.exit(2);
    }
    String base = System.getenv("COZE_BASE_URL");
    return CozeClient.builder()
        .token(token)
        .baseUrl(base == null || base.isEmpty() ? CozeClient.COZE_COM_BASE_URL : base)
        .build();
  }
}
