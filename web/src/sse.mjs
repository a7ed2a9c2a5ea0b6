// The core's incremental event-stream parser for callers with their own
// byte streams: feed chunks as they come, get complete events back.

import { requireCore, toBytes, WasmBuffer } from './runtime.mjs';

// Keeps a leading U+FEFF: it is part of the first field, not a BOM. Used in
// stream mode only (a batch is whole UTF-8): Node's converter is faster there.
const batchDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
const streamMode = { stream: true };

// Events from the core's batch text "type CR data CR id CR ..." (CR never
// occurs inside a field): one decode per feed, then slices.
function eventsOfBatch(core, length) {
  if (length === 0) return [];
  const ptr = core.sse_batch_ptr();
  const text = batchDecoder.decode(core.HEAPU8.subarray(ptr, ptr + length), streamMode);
  const events = [];
  for (let start = 0; start < text.length; ) {
    const a = text.indexOf('\r', start);
    const b = text.indexOf('\r', a + 1);
    const c = text.indexOf('\r', b + 1);
    events.push({ type: text.slice(start, a), data: text.slice(a + 1, b), id: text.slice(b + 1, c) });
    start = c + 1;
  }
  return events;
}

export class SseParser {
  #core;
  #parser;
  #buffer;

  // options.maxEventBytes: upper bound on one event's buffered bytes.
  constructor(options = {}) {
    const core = requireCore();
    this.#core = core;
    const max = options.maxEventBytes;
    this.#parser = max != null ? new core.SseParser(Number(max)) : new core.SseParser();
    this.#buffer = new WasmBuffer(core);
  }

  #live() {
    if (!this.#parser) throw new Error('SseParser is closed');
    return this.#parser;
  }

  // Feeds a chunk (string as UTF-8, or bytes in any chunking); returns the
  // events it completed, each {type, data, id}.
  feed(chunk) {
    const parser = this.#live();
    const bytes = toBytes(chunk);
    const ptr = bytes.length > 0 ? this.#buffer.copy(bytes) : 0;
    return eventsOfBatch(this.#core, parser.feed_batch(ptr, bytes.length));
  }

  // End of stream: an unterminated event is discarded. Returns any events
  // still queued.
  finish() {
    const parser = this.#live();
    parser.finish();
    return eventsOfBatch(this.#core, parser.take_batch());
  }

  // null while healthy, else the error name ("event_too_large").
  get error() {
    const e = this.#live().error();
    return e === '' ? null : e;
  }

  // The last valid `retry:` value, or null when none was seen.
  get retryMs() {
    const r = this.#live().retry_ms();
    return r < 0 ? null : r;
  }

  get lastEventId() {
    return this.#live().last_event_id();
  }

  // Frees the parser's wasm memory. Further use throws.
  close() {
    if (!this.#parser) return;
    this.#parser.delete();
    this.#buffer.free();
    this.#parser = null;
  }
}
