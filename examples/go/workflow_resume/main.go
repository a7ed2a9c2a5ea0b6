// Command workflow_resume runs a workflow as a stream; when it stops at an
// Interrupt (a question for the user), it resumes it with an answer and
// streams the rest.
//
//	COZE_BASE_URL=http://127.0.0.1:PORT COZE_API_TOKEN=pat_x go run ./workflow_resume [WORKFLOW_ID] [ANSWER]
package main

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/cozecore/cozecore/bindings/go/cozecore"
)

func main() {
	workflow, answer := "7300000000000000202", "Paris"
	if len(os.Args) > 1 {
		workflow = os.Args[1]
	}
	if len(os.Args) > 2 {
		answer = os.Args[2]
	}
	base := os.Getenv("COZE_BASE_URL")
	if base == "" {
		base = cozecore.DefaultBaseURL
	}
	c := cozecore.NewClient(cozecore.WithToken(os.Getenv("COZE_API_TOKEN")), cozecore.WithBaseURL(base))
	defer c.Close()
	ctx := context.Background()
	s, err := c.Workflows.Runs.Stream(ctx, cozecore.WorkflowsRunsStreamParams{WorkflowID: workflow,
		Parameters: map[string]any{"input": "hello"}})
	for err == nil {
		next := drain(s)
		if next == nil {
			return // the run ended with Done
		}
		data := next.InterruptData()
		fmt.Printf("interrupted at %q: %s -> answering %q\n", next.NodeTitle(), data.Data(), answer)
		s, err = c.Workflows.Runs.Resume(ctx, cozecore.WorkflowsRunsResumeParams{WorkflowID: workflow,
			EventID: data.EventID(), ResumeData: answer, InterruptType: data.Type()})
	}
	if err != nil {
		log.Fatal(err)
	}
}

// drain prints a stream's messages; it gives the Interrupt it ended at, if any.
func drain(s *cozecore.Stream) *cozecore.WorkflowInterruptEvent {
	defer s.Close()
	var interrupt *cozecore.WorkflowInterruptEvent
	for s.Next() {
		ev := s.Event()
		switch ev.Type {
		case cozecore.EventWorkflowMessage:
			m := ev.WorkflowMessageEvent()
			fmt.Printf("[%s] %s\n", m.NodeTitle(), m.Content())
		case cozecore.EventWorkflowInterrupt:
			i := ev.WorkflowInterruptEvent()
			interrupt = &i
		case cozecore.EventWorkflowDone:
			fmt.Println("done")
		}
	}
	if err := s.Err(); err != nil {
		log.Fatal(err)
	}
	return interrupt
}
