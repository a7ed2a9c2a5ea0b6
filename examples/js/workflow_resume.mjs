// Runs a workflow that stops to ask a question (an Interrupt), then resumes
// it with an answer and streams the rest.
//   COZE_BASE_URL=... COZE_API_TOKEN=... node examples/js/workflow_resume.mjs [WORKFLOW_ID] [ANSWER]
import { client } from './common.mjs';

const [workflowId = '7300000000000000202', answer = 'Paris'] = process.argv.slice(2);
const coze = client();

// Prints a run's messages; resolves to its Interrupt's data, or null when it ended.
async function follow(stream) {
  let interrupt = null;
  for await (const ev of stream) {
    if (ev.type === 'Message') process.stdout.write(ev.content ?? '');
    else if (ev.type === 'Interrupt') interrupt = ev.data.interrupt_data;
    else if (ev.type === 'Done') console.log('\n[done]');
  }
  return interrupt;
}

try {
  let interrupt = await follow(
    coze.workflows.runs.stream({
      workflow_id: workflowId,
      parameters: { input: 'hello' },
    }),
  );
  while (interrupt) {
    console.log(`\n[interrupted: ${interrupt.data}; answering ${JSON.stringify(answer)}]`);
    interrupt = await follow(
      coze.workflows.runs.resume({
        workflow_id: workflowId,
        event_id: interrupt.event_id,
        resume_data: answer,
        interrupt_type: interrupt.type,
      }),
    );
  }
} finally {
  coze.close();
}
