// Streams a workflow run that stops at a question (an Interrupt event), then
// resumes it with an answer and streams the rest.
//   COZE_BASE_URL=... COZE_API_TOKEN=... coze_example_workflow_resume [WORKFLOW_ID] [ANSWER]
#include <iostream>
#include <optional>

#include "env.h"

int main(int argc, char** argv) {
  coze::CozeClient client = client_from_env();
  std::string workflow_id = argc > 1 ? argv[1] : env_or("COZE_WORKFLOW_ID", "7300000000000000202");
  std::string answer = argc > 2 ? argv[2] : "Paris";
  std::optional<coze::model::WorkflowInterruptData> interrupt;
  auto print = [&](const coze::WorkflowEvent& ev) {
    if (auto m = ev.workflow_message_event(); m && ev.is(coze::WorkflowEventKind::message)) {
      if (m->node_title().value_or("") != "End") std::cout << m->content().value_or("") << std::flush;  // End: the output as JSON
    } else if (auto i = ev.workflow_interrupt_event(); i && ev.is(coze::WorkflowEventKind::interrupt)) {
      interrupt = i->interrupt_data();
      std::cout << "\n[interrupted at " << i->node_title().value_or("?") << ": "
                << (interrupt ? interrupt->data().value_or("") : "") << "]\n";
    } else if (ev.is(coze::WorkflowEventKind::done)) {
      std::cout << "\n[done]\n";
    }
  };
  try {
    coze::params::WorkflowsRunsStream run;
    run.workflow_id = workflow_id;
    run.parameters = coze::Json::object().set("input", "hello");
    client.workflows().runs().stream(run, print);
    if (!interrupt) {
      std::cout << "the run finished without asking anything\n";
      return 0;
    }
    coze::params::WorkflowsRunsResume resume;
    resume.workflow_id = workflow_id;
    resume.event_id = interrupt->event_id().value_or("");
    resume.interrupt_type = interrupt->type().value_or(0);
    resume.resume_data = answer;
    interrupt.reset();
    std::cout << "[resuming with " << answer << "]\n";
    client.workflows().runs().resume(resume, print);
  } catch (const coze::CozeError& e) {
    std::cerr << "\nfailed: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
