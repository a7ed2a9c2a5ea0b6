// Stream events and the objects they carry. The core hands each event over
// as its name and validated JSON text; these classes decode the JSON and
// offer typed views. Reading is lenient (a field of the wrong type reads as
// empty); an event nobody knows is still delivered with its raw payload.

import { makeCozeError } from './errors.mjs';

function isObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

// The core's rules: strings as they are, numbers and booleans as their JSON text.
function text(o, key) {
  const v = o[key];
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return JSON.stringify(v);
  return '';
}

function int(o, key) {
  const v = o[key];
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^[0-9]{1,18}$/.test(v)) return Number(v);
  return 0;
}

function object(o, key) {
  return isObject(o[key]) ? o[key] : {};
}

// Strings as they are; objects and arrays as their JSON text.
function jsonText(o, key) {
  const v = o[key];
  return v !== null && typeof v === 'object' ? JSON.stringify(v) : text(o, key);
}

function usageOf(u) {
  return { token_count: int(u, 'token_count'), output_count: int(u, 'output_count'), input_count: int(u, 'input_count') };
}

function messageOf(o) {
  return {
    id: text(o, 'id'),
    conversation_id: text(o, 'conversation_id'),
    bot_id: text(o, 'bot_id'),
    chat_id: text(o, 'chat_id'),
    section_id: text(o, 'section_id'),
    role: text(o, 'role'),
    type: text(o, 'type'),
    content: text(o, 'content'),
    content_type: text(o, 'content_type'),
    reasoning_content: text(o, 'reasoning_content'),
    meta_data: object(o, 'meta_data'),
    created_at: int(o, 'created_at'),
    updated_at: int(o, 'updated_at'),
  };
}

function toolCallsOf(action) {
  const list = object(action, 'submit_tool_outputs').tool_calls;
  if (!Array.isArray(list)) return [];
  return list.filter(isObject).map((c) => {
    const fn = object(c, 'function');
    return { id: text(c, 'id'), type: text(c, 'type'), function: { name: text(fn, 'name'), arguments: jsonText(fn, 'arguments') } };
  });
}

function chatOf(o) {
  const chat = {
    ...o,
    id: text(o, 'id'),
    conversation_id: text(o, 'conversation_id'),
    bot_id: text(o, 'bot_id'),
    section_id: text(o, 'section_id'),
    status: text(o, 'status'),
    created_at: int(o, 'created_at'),
    completed_at: int(o, 'completed_at'),
    failed_at: int(o, 'failed_at'),
  };
  if (isObject(o.usage)) chat.usage = usageOf(o.usage);
  if (isObject(o.last_error)) chat.last_error = { code: int(o.last_error, 'code'), msg: text(o.last_error, 'msg') };
  if (isObject(o.required_action)) {
    chat.required_action = { type: text(o.required_action, 'type'), tool_calls: toolCallsOf(o.required_action) };
  }
  return chat;
}

const base64Digits = new Int16Array(128).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach((c, i) => {
  base64Digits[c.charCodeAt(0)] = i;
});

// Standard base64; the padding may be left out. null when the text is not base64.
function decodeBase64(s) {
  let end = s.length;
  let pad = 0;
  while (end > 0 && s[end - 1] === '=' && pad < 2) {
    end--;
    pad++;
  }
  if (end % 4 === 1 || (pad > 0 && (end + pad) % 4 !== 0)) return null;
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let acc = 0;
  let bits = 0;
  let n = 0;
  for (let i = 0; i < end; i++) {
    const code = s.charCodeAt(i);
    const v = code < 128 ? base64Digits[code] : -1;
    if (v < 0) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  if ((acc & ((1 << bits) - 1)) !== 0) return null; // stray bits an encoder never writes
  return out.subarray(0, n);
}

// One event of a stream: `type` as the API names it
// ("conversation.message.delta", "done", ...), `data` its decoded payload.
export class StreamEvent {
  constructor(type, data) {
    this.type = type;
    this.data = data;
  }

  // The message text of message events (undefined for others).
  get content() {
    const d = this.data;
    return d && typeof d === 'object' && typeof d.content === 'string' ? d.content : undefined;
  }
}

// A chat stream event, with typed views of its payload.
export class ChatEvent extends StreamEvent {
  get isMessage() {
    return this.type.startsWith('conversation.message.');
  }

  get isDone() {
    return this.type === 'done';
  }

  // The Message of a conversation.message.* or conversation.audio.* event.
  get message() {
    const t = this.type;
    if (!(t.startsWith('conversation.message.') || t.startsWith('conversation.audio.')) || !isObject(this.data)) {
      return undefined;
    }
    return messageOf(this.data);
  }

  // The Chat of a conversation.chat.* event.
  get chat() {
    return this.type.startsWith('conversation.chat.') && isObject(this.data) ? chatOf(this.data) : undefined;
  }

  // The calls a conversation.chat.requires_action event asks for ([] otherwise).
  get toolCalls() {
    return this.chat?.required_action?.tool_calls ?? [];
  }

  // The debug URL a done event may carry ({debug_url}).
  get debugUrl() {
    if (!this.isDone || !isObject(this.data)) return undefined;
    return typeof this.data.debug_url === 'string' ? this.data.debug_url : undefined;
  }

  // conversation.audio.delta, or a message whose content_type is audio.
  get isAudio() {
    if (this.type === 'conversation.audio.delta') return true;
    return this.isMessage && isObject(this.data) && this.data.content_type === 'audio';
  }

  // The audio bytes of an audio event (its content is base64); throws
  // DecodeError when the content is not base64.
  get audio() {
    if (!this.isAudio) return undefined;
    const content = isObject(this.data) ? (this.data.content ?? '') : '';
    const bytes = typeof content === 'string' ? decodeBase64(content) : null;
    if (bytes === null) throw makeCozeError('decode', `the audio of a '${this.type}' event is not base64`);
    return bytes;
  }
}

const workflowTypes = { message: 'message', error: 'error', interrupt: 'interrupt', done: 'done', ping: 'ping' };

// A workflow stream event. `type` is normalised ("message", "error",
// "interrupt", "done", "ping", or "unknown"; the server's names match
// case-insensitively), `event` is the name as received, `data` the decoded
// payload, so an unknown event arrives whole.
export class WorkflowEvent {
  constructor(event, data) {
    this.type = Object.hasOwn(workflowTypes, event.toLowerCase()) ? workflowTypes[event.toLowerCase()] : 'unknown';
    this.event = event;
    this.data = data;
  }

  get #object() {
    return isObject(this.data) ? this.data : {};
  }

  // {content, content_type, node_title, node_seq_id, node_is_finish, ext, usage} of a Message event.
  get message() {
    if (this.type !== 'message') return undefined;
    const o = this.#object;
    const m = {
      content: jsonText(o, 'content'),
      content_type: text(o, 'content_type'),
      node_title: text(o, 'node_title'),
      node_seq_id: text(o, 'node_seq_id'),
      node_is_finish: o.node_is_finish === true || o.node_is_finish === 'true',
      ext: object(o, 'ext'),
    };
    if (isObject(o.usage)) m.usage = usageOf(o.usage);
    return m;
  }

  // The text of a Message event.
  get content() {
    return this.message?.content;
  }

  // {error_code, error_message} of an Error event.
  get error() {
    if (this.type !== 'error') return undefined;
    const o = this.#object;
    return { error_code: int(o, 'error_code'), error_message: text(o, 'error_message') };
  }

  // {interrupt_data: {event_id, type, data}, node_title} of an Interrupt event:
  // resume with event_id and type.
  get interrupt() {
    if (this.type !== 'interrupt') return undefined;
    const o = this.#object;
    const d = object(o, 'interrupt_data');
    return {
      interrupt_data: { event_id: text(d, 'event_id'), type: int(d, 'type'), data: jsonText(d, 'data') },
      node_title: text(o, 'node_title'),
    };
  }

  get isDone() {
    return this.type === 'done';
  }

  // The debug URL a Done event may carry.
  get debugUrl() {
    if (!this.isDone) return undefined;
    const url = this.#object.debug_url;
    return typeof url === 'string' ? url : undefined;
  }
}
