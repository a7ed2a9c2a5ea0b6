package core

import "github.com/cozecore/cozecore/bindings/go/internal/bridge"

// Decoded is a decoded answer: Record on success, else Error (Kind set).
type Decoded struct {
	Record string
	Error  Error
}

func readDecoded(d bridge.Decoded) Decoded {
	defer bridge.DeleteDecoded(d)
	e := readError(d.GetError())
	if e.Kind != "" {
		return Decoded{Error: e}
	}
	return Decoded{Record: d.GetRecord()}
}

// DecodeModel reads jsonText as the model named model (record.h decode_model).
func DecodeModel(model, jsonText string) Decoded {
	return readDecoded(bridge.Decode_model(model, jsonText, false))
}

// DecodeResponse decodes a whole non-stream answer of op as the executor does.
func DecodeResponse(op string, status int, body string) Decoded {
	return readDecoded(bridge.Decode_response(op, status, body, false))
}

// DecodeEvent decodes one stream event of op as a one-event batch record.
func DecodeEvent(op, eventType, data string) Decoded {
	return readDecoded(bridge.Decode_event(op, eventType, data, false))
}

// RecordJSON is the canonical view of a record as JSON text ("" when the
// bytes are not a record).
func RecordJSON(record string) string { return bridge.Record_json(record) }

func stringList(v bridge.StringVector) []string {
	defer bridge.DeleteStringVector(v)
	n := int(v.Size())
	out := make([]string, n)
	for i := 0; i < n; i++ {
		out[i] = v.Get(i)
	}
	return out
}

// ModelNames lists the models the core knows, by model id.
func ModelNames() []string { return stringList(bridge.Model_names()) }

// EventNames lists the event names the core knows, by event type code.
func EventNames() []string { return stringList(bridge.Event_names()) }

// ModelFields lists a model's field names in record order.
func ModelFields(model string) []string { return stringList(bridge.Model_fields(model)) }
