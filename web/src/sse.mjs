// The core's incremental event-stream parser for callers with their own
// byte streams: feed chunks as they come, get complete events back.

import { requireCore, toBytes, WasmBuffer } from './runtime.mjs';

export class SseParser {
  #parser;
  #buffer;

  // options.maxEventBytes: upper bound on one event's buffered bytes.
  constructor(options = {}) {
    const core = requireCore();
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
    if (bytes.length > 0) parser.feed_ptr(this.#buffer.copy(bytes), bytes.length);
    return parser.take_events();
  }

  // End of stream: an unterminated event is discarded. Returns any events
  // still queued.
  finish() {
    const parser = this.#live();
    parser.finish();
    return parser.take_events();
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
