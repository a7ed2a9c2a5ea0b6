// Records: the core's decoded answers, read lazily (layout and value rules in
// core/api/README.md, "Records" and "Canonical values").
//
//   record = int32 W | int32 words[W] | UTF-8 text
//   cell   = 3 words: tag, a, b
// Every record this package asks for is made for JavaScript: a STRING cell's
// offset and length count UTF-16 code units of the text decoded once, so a
// string field is one String.slice. A view (a Model, a StreamEvent) is a
// record plus a word index; it converts a field only when it is touched.

import { errorFromCore, makeCozeError } from './errors.mjs';
import { requireCore } from './runtime.mjs';

const NULL = 0;
const FALSE = 1;
const TRUE = 2;
const INT = 3;
const FLOAT = 4;
const STRING = 5;
const OBJECT = 6;
const ARRAY = 7;

const TWO_32 = 4294967296;

// One decoded record: its words and its text.
export class DecodedRecord {
  constructor(words, text) {
    this.w = words;
    this.t = text;
  }
}

const recordDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

// The record held in `bytes` (a Uint8Array, possibly a view of wasm memory:
// the words and the text are copied out, so the record outlives it).
export function readRecord(bytes) {
  const n = bytes[0] | (bytes[1] << 8) | (bytes[2] << 16) | (bytes[3] << 24);
  const start = bytes.byteOffset + 4;
  const words =
    (start & 3) === 0
      ? new Int32Array(bytes.buffer, start, n).slice()
      : new Int32Array(bytes.slice(4, 4 + 4 * n).buffer);
  const textAt = 4 + 4 * n;
  const text = textAt < bytes.length ? recordDecoder.decode(bytes.subarray(textAt)) : '';
  return new DecodedRecord(words, text);
}

// ---- cells ----------------------------------------------------------------------

const f64 = new Float64Array(1);
const f64Words = new Int32Array(f64.buffer);

function intOf(w, at) {
  return w[at + 2] * TWO_32 + (w[at + 1] >>> 0);
}

function floatOf(w, at) {
  f64Words[0] = w[at + 1];
  f64Words[1] = w[at + 2];
  return f64[0];
}

function stringOf(rec, at) {
  const w = rec.w;
  const offset = w[at + 1];
  return rec.t.slice(offset, offset + w[at + 2]);
}

// Sets out[key] even for "__proto__" (an own property, never the prototype).
function put(out, key, value) {
  if (key === '__proto__') {
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    out[key] = value;
  }
}

// Model metadata, registered by the generated code (defineModel).
const MODEL_ID = Symbol('cozecore.modelId');
const modelFields = []; // by model id: [[field name, reader, secret?], ...] in record order
const modelNames = [];
const modelClassById = [];

// What a printed view shows in place of a secret field's value (x-coze-secret).
const HIDDEN = '***';

// The canonical view of the cell at `at` (core/api/README.md): plain JSON, a
// model as the object of its non-null fields plus "$extra". `masked`: the
// printed form, with the secret fields of models shown as ***.
function canonical(rec, at, masked = false) {
  const w = rec.w;
  switch (w[at]) {
    case FALSE:
      return false;
    case TRUE:
      return true;
    case INT:
      return intOf(w, at);
    case FLOAT:
      return floatOf(w, at);
    case STRING:
      return stringOf(rec, at);
    case OBJECT:
      return objectView(rec, w[at + 1], w[at + 2], masked);
    case ARRAY: {
      const node = w[at + 1];
      const out = new Array(w[at + 2]);
      for (let i = 0; i < out.length; i++) out[i] = canonical(rec, node + 3 * i, masked);
      return out;
    }
    default:
      return null;
  }
}

// The unknown keys of an object node as a plain object (undefined when none).
function extrasOf(rec, node) {
  const w = rec.w;
  const known = w[node];
  const extra = w[node + 1];
  if (extra === 0) return undefined;
  const out = {};
  let at = node + 2 + 3 * known;
  for (let i = 0; i < extra; i++, at += 6) put(out, stringOf(rec, at), canonical(rec, at + 3));
  return out;
}

// A model's canonical view: each field as its getter reads it (so the view
// and the getters always agree), made plain, when it is not null; `masked`
// shows secret fields as ***.
function objectView(rec, node, modelId, masked = false) {
  const w = rec.w;
  const fields = modelId >= 0 ? modelFields[modelId] : undefined;
  if (fields === undefined) return extrasOf(rec, node) ?? {};
  const out = {};
  const known = Math.min(w[node], fields.length);
  for (let i = 0; i < known; i++) {
    const at = node + 2 + 3 * i;
    if (w[at] === NULL) continue;
    const [name, reader, secret] = fields[i];
    if (masked && secret === true) {
      put(out, name, HIDDEN);
      continue;
    }
    const value = reader(rec, at);
    if (value !== undefined && value !== null) put(out, name, plain(value, masked));
  }
  const extra = extrasOf(rec, node);
  if (extra !== undefined) out.$extra = extra;
  return out;
}

// A value a reader gave, as plain JSON: views by their canonical view.
function plain(value, masked) {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Model) return objectView(value[REC], value[NODE], value[MODEL_ID], masked);
  if (Array.isArray(value)) return value.map((v) => plain(v, masked));
  const out = {};
  for (const key of Object.keys(value)) put(out, key, plain(value[key], masked));
  return out;
}

// ---- readers: (record, cell index) -> value, undefined for NULL ------------------

export function readString(rec, at) {
  const tag = rec.w[at];
  if (tag === STRING) return stringOf(rec, at);
  return tag === NULL ? undefined : canonical(rec, at);
}

export function readInteger(rec, at) {
  const w = rec.w;
  const tag = w[at];
  if (tag === INT) return intOf(w, at);
  return tag === NULL ? undefined : canonical(rec, at);
}

export function readNumber(rec, at) {
  const w = rec.w;
  const tag = w[at];
  if (tag === FLOAT) return floatOf(w, at);
  if (tag === INT) return intOf(w, at);
  return tag === NULL ? undefined : canonical(rec, at);
}

export function readBoolean(rec, at) {
  const tag = rec.w[at];
  if (tag === TRUE) return true;
  if (tag === FALSE) return false;
  return tag === NULL ? undefined : canonical(rec, at);
}

export function readAny(rec, at) {
  return rec.w[at] === NULL ? undefined : canonical(rec, at);
}

export function modelReader(Class) {
  return (rec, at) => {
    const w = rec.w;
    return w[at] === OBJECT ? new Class(rec, w[at + 1]) : undefined;
  };
}

// Items the core could not read as the item type are null in their place.
export function arrayReader(item) {
  return (rec, at) => {
    const w = rec.w;
    if (w[at] !== ARRAY) return w[at] === NULL ? undefined : canonical(rec, at);
    const node = w[at + 1];
    const out = new Array(w[at + 2]);
    for (let i = 0; i < out.length; i++) out[i] = item(rec, node + 3 * i) ?? null;
    return out;
  };
}

export function mapReader(value) {
  return (rec, at) => {
    const w = rec.w;
    if (w[at] !== OBJECT) return w[at] === NULL ? undefined : canonical(rec, at);
    const node = w[at + 1];
    const out = {};
    let cell = node + 2 + 3 * w[node];
    for (let i = w[node + 1]; i > 0; i--, cell += 6) put(out, stringOf(rec, cell), value(rec, cell + 3) ?? null);
    return out;
  };
}

// A value read generically: a model object as its view (by the model id the
// core put in the cell), anything else as plain JSON.
function readTyped(rec, at) {
  const w = rec.w;
  if (w[at] === OBJECT) {
    const Class = modelClassById[w[at + 2]];
    if (Class !== undefined) return new Class(rec, w[at + 1]);
  }
  if (w[at] === ARRAY) {
    const node = w[at + 1];
    const out = new Array(w[at + 2]);
    for (let i = 0; i < out.length; i++) out[i] = readTyped(rec, node + 3 * i);
    return out;
  }
  return canonical(rec, at);
}

// ---- models ---------------------------------------------------------------------------

const REC = Symbol('cozecore.record');
const NODE = Symbol('cozecore.node');
const inspect = Symbol.for('nodejs.util.inspect.custom');

// The base of every generated model view. Views never fail: a field the core
// could not read as its type is undefined (and its value is in $extra).
export class Model {
  constructor(rec, node) {
    this[REC] = rec;
    this[NODE] = node;
  }

  // The keys the model does not know, as received (plain JSON), or undefined.
  get $extra() {
    return extrasOf(this[REC], this[NODE]);
  }

  // The canonical view: the non-null known fields plus "$extra".
  toJSON() {
    return objectView(this[REC], this[NODE], this[MODEL_ID]);
  }

  // What console.log and util.inspect show: the canonical view with secret
  // fields (tokens, device codes) as ***.
  [inspect]() {
    return objectView(this[REC], this[NODE], this[MODEL_ID], true);
  }
}

// Field `i` of a view, read by `reader`; undefined when null or absent.
export function readField(view, i, reader) {
  const rec = view[REC];
  const node = view[NODE];
  return i < rec.w[node] ? reader(rec, node + 2 + 3 * i) : undefined;
}

// Registers a generated model: its id in records, its name, its fields
// ([name, reader] in record order, [name, reader, true] for a secret one).
export function defineModel(Class, id, name, fields) {
  Object.defineProperty(Class.prototype, MODEL_ID, { value: id });
  modelFields[id] = fields;
  modelNames[id] = name;
  modelClassById[id] = Class;
}

// The core's Decoded {record} | {error} as a record, or the thrown CozeError.
export function recordOrThrow(decoded) {
  if (decoded.error) throw errorFromCore({ ...decoded.error, kind: decoded.error.kind || 'decode' });
  return readRecord(decoded.record);
}

// `text` read as the model `Class` (the core fails text that is not JSON,
// or not an object, as decode).
export function parseModel(Class, text) {
  const id = Class.prototype[MODEL_ID];
  const rec = recordOrThrow(requireCore().decode_model_js(modelNames[id], String(text)));
  if (rec.w[0] !== OBJECT) throw makeCozeError('decode', `a ${modelNames[id]} must be a JSON object`);
  return new Class(rec, rec.w[1]);
}

// The result of a call, from its record: a model view, an array, plain JSON,
// or null (operations without a payload).
export function resultOf(rec) {
  return rec.w[0] === NULL ? null : readTyped(rec, 0);
}

// ---- stream events ------------------------------------------------------------------------

// An event of a stream, a view of its batch record: `type` (the event name,
// as the API spells it), `id` (the SSE id, '' when none), `code` (the type
// code, -1 for events the description does not name) and `data`, the
// payload: a model view for events with a typed payload, else plain JSON.
export class StreamEvent {
  #rec;
  #at;
  #type;
  #data;

  constructor(rec, at) {
    this.#rec = rec;
    this.#at = at;
  }

  get type() {
    if (this.#type === undefined) this.#type = stringOf(this.#rec, this.#at + 3);
    return this.#type;
  }

  get code() {
    return intOf(this.#rec.w, this.#at);
  }

  get id() {
    return readString(this.#rec, this.#at + 9) ?? '';
  }

  // The payload read by the model the core put in it (the generic path).
  get data() {
    if (this.#data === undefined) this.#data = readTyped(this.#rec, this.#at + 6);
    return this.#data;
  }

  // The payload read by a stream kind's table (type code -> model class or
  // null): a view of the model for a typed event (undefined when the payload
  // is no object), plain JSON for events without a model and unknown ones.
  payload(models) {
    if (this.#data === undefined) {
      const rec = this.#rec;
      const at = this.#at + 6;
      const code = intOf(rec.w, this.#at);
      const Class = code >= 0 ? models[code] : undefined;
      if (Class) this.#data = rec.w[at] === OBJECT ? new Class(rec, rec.w[at + 1]) : null;
      else this.#data = canonical(rec, at);
    }
    return this.#data ?? undefined;
  }

  // The text of a message event's payload (`data.content`), else undefined.
  get content() {
    const d = this.data;
    if (d === null || typeof d !== 'object') return undefined;
    const c = d.content;
    return typeof c === 'string' ? c : undefined;
  }

  // {type, data} with the payload's canonical view, plus id when it has one.
  toJSON() {
    return this.#view(false);
  }

  // Printed: the same with secret fields as *** (a device_code event's code).
  [inspect]() {
    return this.#view(true);
  }

  #view(masked) {
    const out = { type: this.type, data: canonical(this.#rec, this.#at + 6, masked) };
    const id = this.id;
    if (id !== '') out.id = id;
    return out;
  }
}

// The events of a batch record (root: an ARRAY of 4-cell ARRAYs), as `EventClass`.
export function eventsOf(rec, EventClass) {
  const w = rec.w;
  if (w[0] !== ARRAY) return [];
  const node = w[1];
  const out = new Array(w[2]);
  for (let i = 0; i < out.length; i++) out[i] = new EventClass(rec, w[node + 3 * i + 1]);
  return out;
}
