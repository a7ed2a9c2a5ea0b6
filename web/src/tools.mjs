// Local tools for coze.chat.runTools (the core's chat.run_tools flow).
//
// A tool is an object {name, description?, parameters?, run}: `parameters`
// is the JSON Schema of its arguments, `run(args, context)` a function
// (async or not) that gets the arguments the core validated, with defaults
// filled in. defineTool() checks a tool at once, its schema with the core's
// tool_schema_check (an InvalidArgumentError naming the keyword), when the
// core has loaded; otherwise, and for tools given as plain objects, the
// check happens when the run starts, before anything is sent.
//
// One round of calls (ToolRound): every function is started at once, so
// they run concurrently; each one's outcome goes into a queue that the
// driver (src/driver.mjs) drains on its own loop, feeding the core
// (Call::on_tool_output / on_tool_error). A function's promise never
// touches the core itself.

import { makeCozeError } from './errors.mjs';
import { coreIfLoaded } from './runtime.mjs';

const toolKeys = new Set(['name', 'description', 'parameters', 'run']);
// Tools made by toolOf (frozen, schema copied), and those of them whose schema the core accepted.
const madeTools = new WeakSet();
const acceptedTools = new WeakSet();

function toolInvalid(message) {
  return makeCozeError('invalid_argument', message);
}

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function deepFreeze(value) {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

// A tool as the package keeps it: frozen, its schema a frozen JSON copy
// (null: no parameters, which the core reads as {"type": "object"}).
function toolOf(spec, where) {
  if (madeTools.has(spec)) return spec;
  if (!isPlainObject(spec)) throw toolInvalid(`${where} must be an object {name, description?, parameters?, run}`);
  for (const key of Object.keys(spec)) {
    if (!toolKeys.has(key)) throw toolInvalid(`${where}: unknown key ${key} (a tool has name, parameters, run)`);
  }
  const { name, description, parameters, run } = spec;
  if (typeof name !== 'string' || name === '') throw toolInvalid(`${where} needs a non-empty string name`);
  const label = `tool '${name}'`;
  if (typeof run !== 'function') throw toolInvalid(`${label}: run must be a function (args, context) => output`);
  if (description !== undefined && description !== null && typeof description !== 'string') {
    throw toolInvalid(`${label}: description must be a string`);
  }
  let schema = null;
  if (parameters !== undefined && parameters !== null) {
    if (!isPlainObject(parameters)) throw toolInvalid(`${label}: parameters must be a JSON Schema object`);
    try {
      schema = JSON.parse(JSON.stringify(parameters));
    } catch (err) {
      throw toolInvalid(`${label}: parameters cannot be encoded as JSON: ${err.message}`);
    }
  }
  const tool = Object.freeze({ name, description: description ?? '', parameters: deepFreeze(schema), run });
  madeTools.add(tool);
  return tool;
}

// The core's verdict on a tool's schema; an InvalidArgumentError naming the keyword.
function checkSchema(core, tool) {
  if (acceptedTools.has(tool)) return;
  const problem = core.tool_schema_check(JSON.stringify(tool.parameters ?? { type: 'object' }));
  if (problem) throw toolInvalid(`tool '${tool.name}': ${problem}`);
  acceptedTools.add(tool);
}

// Registers a tool: {name, description?, parameters?, run}. Returns it
// frozen, checked by the core when it has loaded (init(), coze.ready() or
// any call), else checked when a run starts.
export function defineTool(spec) {
  const tool = toolOf(spec, 'a tool');
  const core = coreIfLoaded();
  if (core !== null) checkSchema(core, tool);
  return tool;
}

// The parameters of chat.run_tools as the core takes them (each tool as
// {name, parameters, description}; tool_timeout_ms in whole milliseconds,
// a fraction rounded up) and the tools by name. Needs the core (the schemas
// are checked here, before anything is sent).
export function runToolsParams(core, op, params) {
  const list = params.tools;
  if (!Array.isArray(list) || list.length === 0) {
    throw toolInvalid(`${op}: tools must be a non-empty array of tools {name, parameters, run}`);
  }
  const byName = new Map();
  const definitions = list.map((spec, i) => {
    const tool = toolOf(spec, `${op}: tools[${i}]`);
    if (byName.has(tool.name)) throw toolInvalid(`${op}: two tools are named '${tool.name}'`);
    checkSchema(core, tool);
    byName.set(tool.name, tool);
    const definition = { name: tool.name };
    if (tool.parameters !== null) definition.parameters = tool.parameters;
    if (tool.description) definition.description = tool.description;
    return definition;
  });
  const out = { ...params, tools: definitions };
  const ms = params.tool_timeout_ms;
  if (typeof ms === 'number' && !Number.isInteger(ms)) {
    // NaN and Infinity go as text, which the core refuses (JSON would send null: the default).
    out.tool_timeout_ms = Number.isFinite(ms) ? Math.ceil(ms) : String(ms);
  }
  return { params: out, tools: byName };
}

// What a tool's result is submitted as: a string as it is, anything else as
// compact JSON (undefined as null). Throws when the value has no JSON form.
export function toolOutputText(value) {
  if (typeof value === 'string') return value;
  if (value === undefined) return 'null';
  const text = JSON.stringify(value);
  if (typeof text !== 'string') throw new TypeError(`a ${typeof value} has no JSON form`);
  return text;
}

// Why a tool failed, as the core is told (it submits {"error": "tool 'x' failed: <this>"}).
export function toolErrorMessage(err) {
  if (err instanceof Error) return err.message || err.name || 'Error';
  if (typeof err === 'string') return err;
  try {
    return String(err);
  } catch {
    return 'the tool failed';
  }
}

// One round of tool calls ([{id, name, arguments}] from the core's TOOLS),
// every function started at once. Outcomes queue up as {id, output} or
// {id, error} until the driver take()s them. close() ends the round: what
// settles later is dropped, and a function still running sees its
// context.signal abort.
export class ToolRound {
  constructor(calls, tools) {
    this.controller = new AbortController();
    this.done = [];
    this.running = 0;
    this.closed = false;
    this.arrival = null; // the promise the driver waits on, resolved by the next outcome
    this.wake = null;
    for (const call of calls) this.#start(call, tools);
  }

  #start(call, tools) {
    const id = String(call.id);
    const tool = tools ? tools.get(call.name) : undefined;
    const context = Object.freeze({ id, name: call.name, signal: this.controller.signal });
    this.running++;
    let result;
    try {
      if (tool === undefined) throw new Error(`no function is registered for tool '${call.name}'`);
      result = tool.run(call.arguments, context);
    } catch (err) {
      result = Promise.reject(err);
    }
    Promise.resolve(result).then(
      (value) => {
        let output;
        try {
          output = toolOutputText(value);
        } catch (err) {
          this.#settle({ id, error: `its result cannot be sent as JSON: ${toolErrorMessage(err)}` });
          return;
        }
        this.#settle({ id, output });
      },
      (err) => this.#settle({ id, error: toolErrorMessage(err) }),
    );
  }

  #settle(item) {
    if (this.closed) return;
    this.running--;
    this.done.push(item);
    const wake = this.wake;
    this.wake = null;
    this.arrival = null;
    if (wake) wake({ type: 'tools' });
  }

  // A promise that resolves ({type: 'tools'}) when an outcome is in, the
  // same one until then; null when nothing more can come.
  arrived() {
    if (this.done.length > 0) return Promise.resolve({ type: 'tools' });
    if (this.closed || this.running === 0) return null;
    if (this.arrival === null) {
      this.arrival = new Promise((resolve) => {
        this.wake = resolve;
      });
    }
    return this.arrival;
  }

  // The outcomes in so far, oldest first; the queue is emptied.
  take() {
    const out = this.done;
    this.done = [];
    return out;
  }

  close(reason) {
    if (this.closed) return;
    this.closed = true;
    this.done = [];
    if (this.running > 0) this.controller.abort(reason);
  }
}
