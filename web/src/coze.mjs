// The public client: new Coze({token, baseURL}) with resources named like
// the API (coze.chat.create, coze.chat.stream), over the fetch driver.

import { makeCozeError } from './errors.mjs';
import { CallRun, hookNames } from './driver.mjs';
import { loadedCore, randomBytes } from './runtime.mjs';
import { ChatEvent, StreamEvent, WorkflowEvent } from './events.mjs';

function parseJson(text) {
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const optionKeys = {
  baseURL: 'base_url',
  maxRetries: 'max_retries',
  idempotencyHeader: 'idempotency_header',
  connectTimeoutMs: 'connect_timeout_ms',
  firstByteTimeoutMs: 'first_byte_timeout_ms',
  idleTimeoutMs: 'idle_timeout_ms',
  timeoutMs: 'total_timeout_ms',
  userAgent: 'user_agent',
  hookBodies: 'hook_bodies',
};

// Nested options: {jsName: [coreName, {jsKey: coreKey}]}.
const groupKeys = {
  retryBudget: [
    'retry_budget',
    {
      capacity: 'capacity',
      retryCost: 'retry_cost',
      timeoutRetryCost: 'timeout_retry_cost',
      successRefund: 'success_refund',
    },
  ],
  rateLimit: ['rate_limit', { perSecond: 'per_second', burst: 'burst' }],
};

// Renames the keys of an options group; a value that is not a plain object
// goes to the core as is, which reports it (rateLimit: null turns it off).
function coreGroup(value, keys) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const out = {};
  for (const [jsKey, coreKey] of Object.entries(keys)) {
    if (value[jsKey] !== undefined) out[coreKey] = value[jsKey];
  }
  return out;
}

// The hooks object, checked: null when it names no hook (then the core
// records nothing).
function checkedHooks(hooks) {
  if (hooks === undefined || hooks === null) return null;
  if (typeof hooks !== 'object') throw makeCozeError('invalid_argument', 'hooks must be an object of functions');
  const known = new Set(Object.values(hookNames));
  let any = false;
  for (const [name, fn] of Object.entries(hooks)) {
    if (!known.has(name)) throw makeCozeError('invalid_argument', `unknown hook ${name}`);
    if (fn === undefined || fn === null) continue;
    if (typeof fn !== 'function') throw makeCozeError('invalid_argument', `hook ${name} must be a function`);
    any = true;
  }
  return any ? hooks : null;
}

class ChatResource {
  #coze;

  constructor(coze) {
    this.#coze = coze;
  }

  // Starts a chat and resolves to the Chat object the API returns.
  create(params, options) {
    return this.#coze.request('chat.create', params, options);
  }

  // Starts a chat and streams its events (ChatEvent). Leaving the loop early
  // cancels the call and aborts the HTTP request.
  stream(params, options) {
    return eventsOf(this.#coze, 'chat.stream', params, options, ChatEvent);
  }

  // Answers a requires_action chat: {conversation_id, chat_id, tool_outputs: [{tool_call_id, output}]}.
  submitToolOutputs(params, options) {
    return this.#coze.request('chat.submit_tool_outputs', params, options);
  }

  // submitToolOutputs with stream: true; the rest of the chat as ChatEvents.
  submitToolOutputsStream(params, options) {
    return eventsOf(this.#coze, 'chat.submit_tool_outputs.stream', params, options, ChatEvent);
  }
}

class WorkflowResource {
  #coze;

  constructor(coze) {
    this.#coze = coze;
  }

  // Runs a workflow and resolves to {data, debug_url, execute_id, usage}.
  create(params, options) {
    return this.#coze.request('workflows.runs.create', params, options);
  }

  // Runs a workflow and streams its events (WorkflowEvent).
  stream(params, options) {
    return eventsOf(this.#coze, 'workflows.runs.stream', params, options, WorkflowEvent);
  }

  // Resumes after an Interrupt: {workflow_id, event_id, resume_data, interrupt_type}.
  resume(params, options) {
    return eventsOf(this.#coze, 'workflows.runs.resume', params, options, WorkflowEvent);
  }

  // Chats with a chat-flow workflow: {workflow_id, additional_messages, ...}; ChatEvents.
  chat(params, options) {
    return eventsOf(this.#coze, 'workflows.chat.stream', params, options, ChatEvent);
  }
}

// A resource's stream: the client's events re-typed.
async function* eventsOf(coze, op, params, options, EventClass) {
  for await (const event of coze.stream(op, params, options)) yield new EventClass(event.type, event.data);
}

export class Coze {
  #config;
  #fetch;
  #hooks;
  #client = null;
  #core = null;
  #starting = null;
  #closed = false;

  // options: token (required), baseURL, maxRetries, idempotencyHeader
  // (null: none), connectTimeoutMs, firstByteTimeoutMs, idleTimeoutMs,
  // timeoutMs (whole call), userAgent, fetch (a fetch-compatible function),
  // retryBudget {capacity, retryCost, timeoutRetryCost, successRefund},
  // rateLimit {perSecond, burst} (null: off), hooks {onRequestSent,
  // onResponseHead, onRetryScheduled, onCallFinished}, hookBodies.
  constructor(options = {}) {
    if (!options || typeof options.token !== 'string' || options.token === '') {
      throw makeCozeError('invalid_argument', 'a token is required');
    }
    const config = { token: options.token };
    for (const [jsName, coreName] of Object.entries(optionKeys)) {
      if (options[jsName] !== undefined) config[coreName] = options[jsName];
    }
    for (const [jsName, [coreName, keys]] of Object.entries(groupKeys)) {
      if (options[jsName] !== undefined) config[coreName] = coreGroup(options[jsName], keys);
    }
    this.#hooks = checkedHooks(options.hooks);
    config.hooks = this.#hooks !== null; // no hooks: the core records nothing
    this.#config = config;
    const fetchImpl = options.fetch ?? globalThis.fetch;
    if (typeof fetchImpl !== 'function') throw makeCozeError('invalid_argument', 'no fetch implementation');
    this.#fetch = options.fetch ? fetchImpl : (url, init) => globalThis.fetch(url, init);
    this.chat = new ChatResource(this);
    this.workflows = new WorkflowResource(this);
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
    const run = new CallRun(this.#live(), this.#client, this.#fetch, op, params, options, this.#hooks);
    for (;;) {
      const step = await run.next();
      if (step.done) return parseJson(step.value.result);
    }
  }

  // Runs a streaming operation (e.g. "chat.stream"); an async iterable of
  // StreamEvent. Leaving the loop early cancels the call.
  async *stream(op, params, options) {
    await this.ready();
    const run = new CallRun(this.#live(), this.#client, this.#fetch, op, params, options, this.#hooks);
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
