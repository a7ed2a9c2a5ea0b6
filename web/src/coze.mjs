// The public client: new Coze({token, baseURL}) with resources named like
// the API (coze.chat.create, coze.chat.stream), over the fetch driver.

import { makeCozeError } from './errors.mjs';
import { runCall } from './driver.mjs';
import { loadedCore, randomBytes } from './runtime.mjs';

function parseJson(text) {
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
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

export const ChatEvent = StreamEvent;

const optionKeys = {
  baseURL: 'base_url',
  maxRetries: 'max_retries',
  idempotencyHeader: 'idempotency_header',
  connectTimeoutMs: 'connect_timeout_ms',
  firstByteTimeoutMs: 'first_byte_timeout_ms',
  idleTimeoutMs: 'idle_timeout_ms',
  timeoutMs: 'total_timeout_ms',
  userAgent: 'user_agent',
};

class ChatResource {
  #coze;

  constructor(coze) {
    this.#coze = coze;
  }

  // Starts a chat and resolves to the Chat object the API returns.
  create(params, options) {
    return this.#coze.request('chat.create', params, options);
  }

  // Starts a chat and streams its events. Leaving the loop early cancels
  // the call and aborts the HTTP request.
  stream(params, options) {
    return this.#coze.stream('chat.stream', params, options);
  }
}

export class Coze {
  #config;
  #fetch;
  #client = null;
  #core = null;
  #starting = null;
  #closed = false;

  // options: token (required), baseURL, maxRetries, idempotencyHeader
  // (null: none), connectTimeoutMs, firstByteTimeoutMs, idleTimeoutMs,
  // timeoutMs (whole call), userAgent, fetch (a fetch-compatible function).
  constructor(options = {}) {
    if (!options || typeof options.token !== 'string' || options.token === '') {
      throw makeCozeError('invalid_argument', 'a token is required');
    }
    const config = { token: options.token };
    for (const [jsName, coreName] of Object.entries(optionKeys)) {
      if (options[jsName] !== undefined) config[coreName] = options[jsName];
    }
    this.#config = config;
    const fetchImpl = options.fetch ?? globalThis.fetch;
    if (typeof fetchImpl !== 'function') throw makeCozeError('invalid_argument', 'no fetch implementation');
    this.#fetch = options.fetch ? fetchImpl : (url, init) => globalThis.fetch(url, init);
    this.chat = new ChatResource(this);
  }

  // Creates a client whose WebAssembly core is loaded.
  static async create(options) {
    const coze = new Coze(options);
    await coze.ready();
    return coze;
  }

  // Loads the core and builds the client (done lazily by the first call).
  ready() {
    if (!this.#starting) {
      this.#starting = loadedCore().then((core) => {
        if (this.#closed) throw makeCozeError('invalid_argument', 'the client is closed');
        const config = new core.ClientConfig();
        try {
          const problem = config.apply_json(JSON.stringify(this.#config));
          if (problem) throw makeCozeError('invalid_argument', problem);
          const seed = new Uint32Array(randomBytes(8).buffer);
          config.set_seed(seed[0], seed[1]);
          this.#client = new core.Client(config);
          this.#core = core;
        } finally {
          config.delete();
        }
      });
      this.#starting.catch(() => {});
    }
    return this.#starting;
  }

  // Runs any operation the core knows (e.g. "chat.create") and resolves to
  // its decoded result.
  async request(op, params, options) {
    await this.ready();
    const run = runCall(this.#live(), this.#client, this.#fetch, op, params, options);
    for (;;) {
      const step = await run.next();
      if (step.done) return parseJson(step.value.result);
    }
  }

  // Runs a streaming operation (e.g. "chat.stream"); an async iterable of
  // StreamEvent. Leaving the loop early cancels the call.
  async *stream(op, params, options) {
    await this.ready();
    const run = runCall(this.#live(), this.#client, this.#fetch, op, params, options);
    for await (const event of run) {
      yield new StreamEvent(event.type, parseJson(event.data));
    }
  }

  #live() {
    if (this.#closed || !this.#client) throw makeCozeError('invalid_argument', 'the client is closed');
    return this.#core;
  }

  // Frees the client's core state; calls in progress keep working.
  close() {
    this.#closed = true;
    if (this.#client) this.#client.delete();
    this.#client = null;
  }
}
