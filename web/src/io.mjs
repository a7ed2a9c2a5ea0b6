// Upload sources and download sinks: what a caller gives for a file
// parameter, or for where a binary answer goes, and how the driver reads or
// writes it chunk by chunk (nothing is read whole into memory).
//
// Uploads: the core frames the multipart body and names each file part's
// bytes by a source id (HttpRequest.sources: [{offset, id, size}]); on every
// SEND the driver opens each source again from its start and splices it into
// the body. Blobs, Files, bytes and Node paths (fs.openAsBlob) can be opened
// any number of times; a ReadableStream or async iterable only once, so a
// retry of such an upload fails with InvalidArgumentError (the core's
// on_source_error). Downloads: each BYTES action's chunk goes to the sink.
//
// hostFs() comes from the entry point: node:fs in the Node entries, null in
// the browser entry.

import { makeCozeError } from './errors.mjs';
import { toBytes } from './runtime.mjs';

function invalidArg(message) {
  return makeCozeError('invalid_argument', message);
}

function isBlob(value) {
  return typeof globalThis.Blob === 'function' && value instanceof globalThis.Blob;
}

function isReadableStream(value) {
  return typeof globalThis.ReadableStream === 'function' && value instanceof globalThis.ReadableStream;
}

function isBinary(value) {
  return value instanceof ArrayBuffer || ArrayBuffer.isView(value);
}

function isAsyncIterable(value) {
  return value !== null && typeof value === 'object' && typeof value[Symbol.asyncIterator] === 'function';
}

function nodeFs(what) {
  const fs = hostFs();
  if (!fs) throw invalidArg(`${what}: a file path works only in Node (give a Blob, bytes or a stream)`);
  return fs;
}

function describe(err) {
  if (err && typeof err.message === 'string' && err.message) return err.message;
  return String(err);
}

// A source that could not be read: the driver reports it to the core
// (on_source_error), which fails the call with invalid_argument.
export class SourceError extends Error {
  constructor(id, message) {
    super(message);
    this.sourceId = id;
  }
}

// One file parameter's content, opened once per attempt.
//   kind 'blob': a Blob or File (bytes and strings become one)
//   kind 'path': a file in Node, opened again for each attempt
//   kind 'stream': a ReadableStream or async iterable, readable once
class UploadSource {
  constructor(id, kind, value, size) {
    this.id = id;
    this.kind = kind;
    this.value = value;
    this.size = size; // -1: unknown
    this.used = false;
  }

  // A Blob (known size, can be read by fetch itself) or a ReadableStream of
  // the content from its start. Throws SourceError when it cannot.
  async open() {
    if (this.kind === 'blob') return this.value;
    if (this.kind === 'path') {
      const fs = hostFs();
      let blob;
      try {
        if (typeof fs.openAsBlob === 'function') blob = await fs.openAsBlob(this.value);
      } catch (err) {
        throw new SourceError(this.id, `cannot open ${this.value}: ${describe(err)}`);
      }
      if (blob !== undefined) {
        if (blob.size !== this.size) {
          throw new SourceError(this.id, `${this.value} changed size (${this.size} -> ${blob.size} bytes)`);
        }
        return blob;
      }
      return fileStream(fs, this.value, this.id); // Node before 19.8: no openAsBlob
    }
    if (this.used) {
      throw new SourceError(
        this.id,
        'a stream can be sent only once, and this request is sent again (a retry); ' +
          'give a Blob, bytes or a path to allow retries, or max_retries: 0',
      );
    }
    this.used = true;
    return isReadableStream(this.value) ? this.value : iterableStream(this.value);
  }
}

// A ReadableStream over an async iterable (a Node Readable, a generator).
function iterableStream(iterable) {
  let iterator = null;
  return new ReadableStream({
    async pull(controller) {
      iterator ??= iterable[Symbol.asyncIterator]();
      const { done, value } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    async cancel(reason) {
      if (iterator && typeof iterator.return === 'function') await iterator.return(reason);
    },
  });
}

// A file read in 1 MiB pieces (Node without fs.openAsBlob).
function fileStream(fs, path, id) {
  let handle = null;
  let position = 0;
  return new ReadableStream({
    async pull(controller) {
      try {
        handle ??= await fs.promises.open(path, 'r');
        const buffer = new Uint8Array(1 << 20);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
        position += bytesRead;
        if (bytesRead === 0) {
          await handle.close();
          handle = null;
          controller.close();
        } else {
          controller.enqueue(buffer.subarray(0, bytesRead));
        }
      } catch (err) {
        if (handle) await handle.close().catch(() => {});
        handle = null;
        throw new SourceError(id, `cannot read ${path}: ${describe(err)}`);
      }
    },
    async cancel() {
      if (handle) await handle.close().catch(() => {});
      handle = null;
    },
  });
}

function checkedSize(name, size) {
  if (size === undefined || size === null) return -1;
  if (!Number.isSafeInteger(size) || size < -1) {
    throw invalidArg(`parameter ${name}: size must be a whole number of bytes (-1: unknown)`);
  }
  return size;
}

function checkedText(name, key, value) {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalidArg(`parameter ${name}: ${key} must be a string`);
  return value;
}

const fileKeys = new Set(['data', 'path', 'filename', 'contentType', 'content_type', 'size']);

// A file parameter as the core takes it ({filename, content_type, source,
// size}) and the source the driver reads for it. Accepted: bytes
// (Uint8Array, ArrayBuffer, a typed array), a string (its UTF-8), a Blob or
// File, a ReadableStream or async iterable of byte chunks, or an object
// {data | path, filename, contentType, size}; `path` (Node) names a file.
export async function uploadSource(name, value) {
  let data = value;
  let path;
  let filename;
  let contentType;
  let size;
  if (value !== null && typeof value === 'object' && !isBlob(value) && !isBinary(value) && !isReadableStream(value)) {
    if (!isAsyncIterable(value)) {
      for (const key of Object.keys(value)) {
        if (!fileKeys.has(key)) throw invalidArg(`parameter ${name}: unknown key ${key}`);
      }
      if (value.contentType !== undefined && value.content_type !== undefined) {
        throw invalidArg(`parameter ${name}: contentType given twice (as content_type)`);
      }
      ({ data, path, filename } = value);
      contentType = value.contentType ?? value.content_type;
      size = value.size;
      if (path !== undefined && data !== undefined) throw invalidArg(`parameter ${name}: give data or path, not both`);
    }
  }
  filename = checkedText(name, 'filename', filename);
  contentType = checkedText(name, 'contentType', contentType);
  size = checkedSize(name, size);
  let source;
  if (path !== undefined) {
    if (typeof path !== 'string' || path === '') throw invalidArg(`parameter ${name}: path must be a file name`);
    const fs = nodeFs(`parameter ${name}`);
    let stat;
    try {
      stat = await fs.promises.stat(path);
    } catch (err) {
      throw invalidArg(`parameter ${name}: cannot read ${path}: ${describe(err)}`);
    }
    if (!stat.isFile()) throw invalidArg(`parameter ${name}: ${path} is not a file`);
    filename ??= path.split(/[\\/]/).pop();
    source = new UploadSource(name, 'path', path, stat.size);
  } else if (isBlob(data)) {
    if (filename === undefined && typeof data.name === 'string' && data.name !== '') filename = data.name;
    contentType ??= data.type || undefined;
    source = new UploadSource(name, 'blob', data, data.size);
  } else if (typeof data === 'string' || isBinary(data)) {
    const blob = new Blob([toBytes(data)]);
    source = new UploadSource(name, 'blob', blob, blob.size);
  } else if (isReadableStream(data) || isAsyncIterable(data)) {
    source = new UploadSource(name, 'stream', data, size);
  } else {
    throw invalidArg(
      `parameter ${name}: expected bytes, a string, a Blob, a ReadableStream, an async iterable, ` +
        'or {data | path, filename, contentType, size}',
    );
  }
  if (source.kind !== 'stream' && size !== -1 && size !== source.size) {
    throw invalidArg(`parameter ${name}: size ${size} does not match the content's ${source.size} bytes`);
  }
  return {
    part: {
      filename: filename ?? name,
      content_type: contentType ?? 'application/octet-stream',
      source: source.id,
      size: source.size,
    },
    source,
  };
}

// ---- the body of one attempt --------------------------------------------------------

// A ReadableStream of `pieces` one after the other: Uint8Arrays (the core's
// framing), Blobs and ReadableStreams (the sources). `onBytes(n)` counts what
// fetch reads; a source that fails, or gives more or fewer bytes than its
// size, errors the stream with a SourceError (also kept in `failure.error`).
function concatStream(pieces, onBytes, failure) {
  let i = 0;
  let reader = null;
  let read = 0;
  const fail = (piece, message) => {
    const err = new SourceError(piece.id, message);
    failure.error ??= err;
    throw err;
  };
  return new ReadableStream(
    {
      async pull(controller) {
        for (;;) {
          if (i >= pieces.length) {
            controller.close();
            return;
          }
          const piece = pieces[i];
          if (piece.bytes) {
            i++;
            if (piece.bytes.length === 0) continue;
            controller.enqueue(piece.bytes);
            onBytes(piece.bytes.length);
            return;
          }
          if (reader === null) {
            reader = (isBlob(piece.body) ? piece.body.stream() : piece.body).getReader();
            read = 0;
          }
          let next;
          try {
            next = await reader.read();
          } catch (err) {
            reader = null;
            if (err instanceof SourceError) failure.error ??= err;
            fail(piece, err instanceof SourceError ? err.message : `cannot read it: ${describe(err)}`);
          }
          if (next.done) {
            reader = null;
            i++;
            if (piece.size >= 0 && read !== piece.size)
              fail(piece, `it gave ${read} bytes, not the ${piece.size} announced`);
            continue;
          }
          let chunk;
          try {
            chunk = toBytes(next.value);
          } catch {
            fail(piece, 'a chunk is not bytes (Uint8Array, ArrayBuffer or string)');
          }
          if (chunk.length === 0) continue;
          read += chunk.length;
          if (piece.size >= 0 && read > piece.size) fail(piece, `it gave more than the ${piece.size} bytes announced`);
          controller.enqueue(chunk);
          onBytes(chunk.length);
          return;
        }
      },
      cancel(reason) {
        if (reader) reader.cancel(reason).catch(() => {});
        reader = null;
      },
    },
    { highWaterMark: 0 },
  ); // nothing is read before fetch asks for it
}

// The body of one attempt of a request with sources: {body, length, stream,
// failure}. `body` is a Blob when every source is one and nothing needs
// counting (fetch then sends it with its Content-Length and streams it from
// disk), else a ReadableStream (with `stream` true: fetch needs duplex
// 'half'; `length` is the Content-Length, -1 for chunked). `progress(n)`,
// when given, is told each piece fetch reads. Throws SourceError when a
// source cannot be opened again.
export async function requestBody(request, sources, progress, canStream) {
  const body = request.body;
  const pieces = [];
  let at = 0;
  let allBlobs = true;
  for (const s of request.sources) {
    const source = sources ? sources.get(s.id) : undefined;
    if (!source) throw new SourceError(s.id, 'the call has no content for this source');
    pieces.push({ bytes: body.subarray(at, s.offset) });
    at = s.offset;
    const opened = await source.open();
    if (!isBlob(opened)) allBlobs = false;
    pieces.push({ id: s.id, body: opened, size: s.size });
  }
  pieces.push({ bytes: body.subarray(at) });
  const failure = { error: null };
  if (allBlobs && (!progress || !canStream)) {
    return { body: new Blob(pieces.map((p) => p.bytes ?? p.body)), length: request.body_size, stream: false, failure };
  }
  const stream = concatStream(pieces, progress ?? (() => {}), failure);
  return { body: stream, length: request.body_size, stream: true, failure };
}

// ---- sinks ---------------------------------------------------------------------------

// Where a binary answer's bytes go, chunk by chunk: {write(chunk) ->
// promise, close() -> promise, abort() -> promise}. Accepted: a function
// (chunk => void | Promise), a WritableStream (closed at the end), an object
// with write() (a Node Writable: its back-pressure is honoured; ended at
// the end), or in Node a file path (a string, or {path}), written from the
// start and removed when the call fails.
export function openSink(value) {
  if (typeof value === 'function') {
    return {
      write: async (chunk) => {
        await value(chunk);
      },
      close: async () => {},
      abort: async () => {},
    };
  }
  if (typeof globalThis.WritableStream === 'function' && value instanceof globalThis.WritableStream) {
    const writer = value.getWriter();
    return {
      write: async (chunk) => {
        await writer.ready;
        await writer.write(chunk);
      },
      close: async () => {
        await writer.close();
      },
      abort: async (err) => {
        await writer.abort(err).catch(() => {});
      },
    };
  }
  if (typeof value === 'string' || (value !== null && typeof value === 'object' && typeof value.path === 'string')) {
    const path = typeof value === 'string' ? value : value.path;
    if (path === '') throw invalidArg('sink: the path is empty');
    const fs = nodeFs('sink');
    let handle = null;
    const opened = () => (handle ??= fs.promises.open(path, 'w'));
    return {
      write: async (chunk) => {
        const h = await opened();
        let done = 0;
        while (done < chunk.length) {
          const { bytesWritten } = await h.write(chunk, done, chunk.length - done);
          done += bytesWritten;
        }
      },
      close: async () => {
        await (await opened()).close();
      },
      abort: async () => {
        if (handle === null) return;
        await (await handle).close().catch(() => {});
        await fs.promises.unlink(path).catch(() => {});
      },
    };
  }
  if (value !== null && typeof value === 'object' && typeof value.write === 'function') {
    const drained = () =>
      new Promise((resolve, reject) => {
        const cleanup = () => {
          value.off?.('drain', onDrain);
          value.off?.('error', onError);
        };
        const onDrain = () => {
          cleanup();
          resolve();
        };
        const onError = (err) => {
          cleanup();
          reject(err);
        };
        value.once('drain', onDrain);
        value.once('error', onError);
      });
    return {
      write: async (chunk) => {
        if (value.write(chunk) === false && typeof value.once === 'function') await drained();
      },
      close: async () => {
        if (typeof value.end === 'function') {
          await new Promise((resolve) => value.end(resolve));
        }
      },
      abort: async (err) => {
        if (typeof value.destroy === 'function') value.destroy(err);
      },
    };
  }
  throw invalidArg('sink must be a function, a WritableStream, a writer with write(), or (Node) a file path');
}

// ---- uploads in Node -------------------------------------------------------------------

// Node's fetch reads a request body far ahead of the socket (a 256 MiB upload
// held ~256 MiB), so in Node an upload goes through node:http(s) instead,
// which writes the body only as fast as the socket drains. Same contract as
// fetch: resolves to a Response once the head arrives, rejects with a
// TypeError whose `cause` is the socket's error, or an AbortError.
// node:http never follows redirects: a 3xx answer resolves as it is, and the
// core fails the call naming its Location (README "Security"), like fetch
// with redirect: 'manual' in src/driver.mjs.
export function nodeUploadFetch() {
  const modules = hostNodeModules();
  if (!modules) return null;
  return (url, init) =>
    new Promise((resolve, reject) => {
      const target = new URL(url);
      const lib = target.protocol === 'https:' ? modules.https : modules.http;
      const headers = {};
      for (const [name, value] of init.headers) headers[name] = value;
      const body = init.body;
      if (isBlob(body)) headers['content-length'] = String(body.size);
      const signal = init.signal;
      let settled = false;
      const failed = (err) => {
        if (settled) return;
        settled = true;
        if (signal && signal.aborted) reject(new DOMException('The operation was aborted.', 'AbortError'));
        else reject(new TypeError('fetch failed', { cause: err }));
      };
      const req = lib.request(target, { method: init.method, headers });
      const onAbort = () => req.destroy(new DOMException('The operation was aborted.', 'AbortError'));
      if (signal) {
        if (signal.aborted) return failed(new Error('aborted'));
        signal.addEventListener('abort', onAbort, { once: true });
      }
      req.on('error', failed);
      req.on('response', (res) => {
        settled = true;
        const pairs = [];
        for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) pairs.push([res.rawHeaders[i], res.rawHeaders[i + 1]]);
        const stream = modules.stream.Readable.toWeb(res);
        res.on('close', () => signal && signal.removeEventListener('abort', onAbort));
        const nullBody = res.statusCode === 204 || res.statusCode === 304;
        resolve(new Response(nullBody ? null : stream, { status: res.statusCode, headers: pairs }));
      });
      (async () => {
        const reader = (isBlob(body) ? body.stream() : body).getReader();
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            if (!req.write(value)) {
              await new Promise((ok) => {
                const go = () => {
                  req.off('drain', go);
                  req.off('close', go);
                  ok();
                };
                req.on('drain', go);
                req.on('close', go);
              });
            }
            if (req.destroyed) return;
          }
          req.end();
        } catch (err) {
          req.destroy(err);
        }
      })();
    });
}
