// The core's incremental event-stream parser for callers with their own
// byte streams: feed chunks as they come, get complete events back.
//
// It runs on wasm/sse_fast.cpp's plain exports (no embind on this path): a
// chunk is copied into the parser's input buffer in wasm memory and fed
// with one call; the events come back as int32 records plus two texts, one
// ASCII, one UTF-8, each decoded once per feed and sliced per field (see
// sse_fast.cpp for the layout).

import { InternalError } from './errors.mjs';
import { requireCore, toBytes } from './runtime.mjs';

// Both keep a leading U+FEFF: it is part of a field, not a BOM. The ASCII
// text is decoded without stream mode (Node then takes its fast path, which
// makes one-byte strings); the UTF-8 text in stream mode (faster on
// non-ASCII in Node). Every text is whole UTF-8: nothing carries over.
const asciiDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
const wideDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
const streamMode = { stream: true };

// A short UTF-8 text costs less to decode here than a TextDecoder call.
// The core only hands over well-formed UTF-8.
const SHORT_TEXT = 48;
function decodeShort(heap, at, end) {
  let out = '';
  while (at < end) {
    let c = heap[at++];
    if (c >= 0x80) {
      if (c < 0xe0) {
        c = ((c & 0x1f) << 6) | (heap[at++] & 0x3f);
      } else if (c < 0xf0) {
        c = ((c & 0x0f) << 12) | ((heap[at++] & 0x3f) << 6) | (heap[at++] & 0x3f);
      } else {
        c = ((c & 0x07) << 18) | ((heap[at++] & 0x3f) << 12) | ((heap[at++] & 0x3f) << 6) | (heap[at++] & 0x3f);
        c -= 0x10000;
        out += String.fromCharCode(0xd800 | (c >> 10), 0xdc00 | (c & 0x3ff));
        continue;
      }
    }
    out += String.fromCharCode(c);
  }
  return out;
}

function decodeWide(heap, at, length) {
  if (length === 0) return '';
  if (length <= SHORT_TEXT) return decodeShort(heap, at, at + length);
  return wideDecoder.decode(heap.subarray(at, at + length), streamMode);
}

// The batch words, as int32 offsets from the batch's address, and the
// record layout (see sse_fast.cpp). The hot loops below spell the record
// flags as literals: module constants there are context loads.
const B_RECORDS = 0;
const B_ASCII = 2;
const B_ASCII_LEN = 3;
const B_WIDE = 4;
const B_WIDE_LEN = 5;
const B_PIECES = 6;
const B_INPUT = 7;
const B_INPUT_CAP = 8;
const B_TEXT = 9;
const B_TEXT_LEN = 10;
// Records: 8 words; flags: 1 data in pieces, 2 new type, 4 type in the wide
// text, 8 new id, 16 id in the wide text; the type's slot in flags >>> 8.
const MAX_INPUT = 64 * 1024;

// The core's SseParser exports and heap views, kept per core: the
// Emscripten module object is a dictionary, slow to look names up in on
// every chunk.
class FastCore {
  constructor(core) {
    this.core = core;
    // One throwaway parser runs every export once: Emscripten's first call
    // through a lazy stub replaces it with the export itself, which is then
    // what gets kept here.
    const handle = core._coze_sse_new(0);
    if (handle) {
      core._coze_sse_batch(handle);
      core._coze_sse_reserve(handle, 0);
      core._coze_sse_feed(handle, 0);
      core._coze_sse_finish(handle);
      core._coze_sse_error(handle);
      core._coze_sse_last_event_id(handle);
      core._coze_sse_retry_ms(handle);
      core._coze_sse_delete(handle);
    }
    this.create = core._coze_sse_new;
    this.destroy = core._coze_sse_delete;
    this.batch = core._coze_sse_batch;
    this.reserve = core._coze_sse_reserve;
    this.feed = core._coze_sse_feed;
    this.finish = core._coze_sse_finish;
    this.error = core._coze_sse_error;
    this.lastEventId = core._coze_sse_last_event_id;
    this.retryMs = core._coze_sse_retry_ms;
    this.heap8 = core.HEAPU8;
    this.heap32 = core.HEAP32;
  }

  // After any call into wasm: memory growth detaches the old views.
  refresh() {
    if (this.heap32.length === 0) {
      this.heap8 = this.core.HEAPU8;
      this.heap32 = this.core.HEAP32;
    }
  }
}

let fastCore = null;

function fastCoreOf(core) {
  if (fastCore === null || fastCore.core !== core) fastCore = new FastCore(core);
  return fastCore;
}

// One parser's state. The hot paths are plain functions of it (no private
// members there): they run just as fast before the JIT has inlined them.
class ParserState {
  constructor(fast, handle) {
    this.fast = fast;
    this.handle = handle; // 0 once closed
    // Indexes in HEAP32 of the batch words.
    const words = fast.batch(handle) >> 2;
    this.records = words + B_RECORDS;
    this.ascii = words + B_ASCII;
    this.asciiLen = words + B_ASCII_LEN;
    this.wide = words + B_WIDE;
    this.wideLen = words + B_WIDE_LEN;
    this.pieces = words + B_PIECES;
    this.input = words + B_INPUT;
    this.inputCap = words + B_INPUT_CAP;
    this.text = words + B_TEXT;
    this.textLen = words + B_TEXT_LEN;
    this.types = new Array(8).fill(''); // interned event types, by slot
    this.id = ''; // the id of the last event returned
  }
}

// Feeds `bytes` in pieces that fit the input buffer; returns the events.
function feedBytes(state, bytes) {
  const fast = state.fast;
  const handle = state.handle;
  const total = bytes.length;
  let events = null;
  for (let offset = 0; offset < total;) {
    const left = total - offset;
    let capacity = fast.heap32[state.inputCap];
    if (left > capacity && capacity < MAX_INPUT) {
      fast.reserve(handle, left);
      fast.refresh();
      capacity = fast.heap32[state.inputCap];
    }
    const n = left < capacity ? left : capacity;
    fast.heap8.set(n === total ? bytes : bytes.subarray(offset, offset + n), fast.heap32[state.input]);
    const count = fast.feed(handle, n);
    fast.refresh();
    if (count > 0) events = collect(state, count, events);
    offset += n;
  }
  return events === null ? [] : events;
}

// The batch's `count` events, appended to `out` (or a new array).
function collect(state, count, out) {
  const fast = state.fast;
  const heap32 = fast.heap32;
  const heap8 = fast.heap8;
  const asciiAt = heap32[state.ascii];
  const asciiLen = heap32[state.asciiLen];
  const ascii = asciiLen > 0 ? asciiDecoder.decode(heap8.subarray(asciiAt, asciiAt + asciiLen)) : '';
  const wideLen = heap32[state.wideLen];
  const wide = wideLen > 0 ? decodeWide(heap8, heap32[state.wide], wideLen) : '';
  const pieces = heap32[state.pieces] >> 2;
  const types = state.types;
  let id = state.id;
  const events = out === null ? new Array(count) : out;
  let e = out === null ? 0 : out.length;
  let r = heap32[state.records] >> 2;
  for (let i = 0; i < count; i++, r += 8) {
    const flags = heap32[r];
    const slot = flags >>> 8;
    if (flags & 2) {
      const at = heap32[r + 3];
      types[slot] = (flags & 4 ? wide : ascii).slice(at, at + heap32[r + 4]);
    }
    if (flags & 8) {
      const at = heap32[r + 5];
      id = (flags & 16 ? wide : ascii).slice(at, at + heap32[r + 6]);
    }
    let data;
    if (flags & 1) {
      // ascii piece, then (wide piece, ascii piece) per non-ASCII run
      let p = pieces + heap32[r + 1];
      data = ascii.slice(heap32[p], heap32[p] + heap32[p + 1]);
      for (let k = heap32[r + 2]; k > 0; k--, p += 4) {
        data += wide.slice(heap32[p + 2], heap32[p + 2] + heap32[p + 3]);
        data += ascii.slice(heap32[p + 4], heap32[p + 4] + heap32[p + 5]);
      }
    } else {
      const at = heap32[r + 1];
      data = ascii.slice(at, at + heap32[r + 2]);
    }
    events[e++] = { type: types[slot], data, id };
  }
  state.id = id;
  return events;
}

// The text left in the batch by fast.error / fast.lastEventId.
function batchText(state) {
  const fast = state.fast;
  fast.refresh();
  return decodeWide(fast.heap8, fast.heap32[state.text], fast.heap32[state.textLen]);
}

export class SseParser {
  #state;

  // options.maxEventBytes: upper bound on one event's buffered bytes.
  constructor(options = {}) {
    const fast = fastCoreOf(requireCore());
    const max = options.maxEventBytes;
    const handle = fast.create(max != null ? Number(max) : 0);
    fast.refresh();
    if (!handle) throw new InternalError('internal', 'cannot allocate an SseParser in wasm memory');
    this.#state = new ParserState(fast, handle);
  }

  #live() {
    const state = this.#state;
    if (state.handle === 0) throw new Error('SseParser is closed');
    return state;
  }

  // Feeds a chunk (string as UTF-8, or bytes in any chunking); returns the
  // events it completed, each {type, data, id}.
  feed(chunk) {
    const state = this.#live();
    return feedBytes(state, toBytes(chunk));
  }

  // End of stream: an unterminated event is discarded. Returns any events
  // still queued.
  finish() {
    const state = this.#live();
    const count = state.fast.finish(state.handle);
    state.fast.refresh();
    return count > 0 ? collect(state, count, null) : [];
  }

  // null while healthy, else the error name ("event_too_large").
  get error() {
    const state = this.#live();
    state.fast.error(state.handle);
    const e = batchText(state);
    return e === '' ? null : e;
  }

  // The last valid `retry:` value, or null when none was seen.
  get retryMs() {
    const state = this.#live();
    const r = state.fast.retryMs(state.handle);
    return r < 0 ? null : r;
  }

  get lastEventId() {
    const state = this.#live();
    state.fast.lastEventId(state.handle);
    return batchText(state);
  }

  // Frees the parser's wasm memory. Further use throws.
  close() {
    const state = this.#state;
    if (state.handle === 0) return;
    state.fast.destroy(state.handle);
    state.handle = 0;
  }
}
