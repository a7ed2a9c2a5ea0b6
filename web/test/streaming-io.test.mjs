// Streamed uploads and downloads end to end: the package's real fetch driver
// against tests/fake_coze/server.py on loopback. Uploads from a path, a Blob,
// a ReadableStream and an async iterable are compared byte for byte with
// what the server kept (/_fake/files/content); speech (X-Fake-Speech-Bytes)
// goes to a file, a callback, a WritableStream and back as bytes.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Coze, InvalidArgumentError } from 'cozecore';
import { startFakeServer } from './helpers.mjs';

const TOKEN = 'pat_io_token';
const MiB = 1024 * 1024;
let server;
let dir;

before(async () => {
  server = await startFakeServer();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cozecore-io-'));
});

after(async () => {
  if (server) await server.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const coze = (options = {}) => new Coze({ token: TOKEN, baseURL: server.baseURL, maxRetries: 0, ...options });

// Deterministic pseudo-random content: `size` bytes from a seed.
function content(size, seed) {
  const out = new Uint8Array(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

function writeFile(name, bytes) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

async function stored(fileId) {
  const res = await fetch(`${server.baseURL}/_fake/files/content?file_id=${encodeURIComponent(fileId)}`);
  assert.equal(res.status, 200);
  return new Uint8Array(await res.arrayBuffer());
}

function sha(bytes) {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

function chunked(bytes, size) {
  const out = [];
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.subarray(at, at + size));
  return out;
}

function streamOf(chunks) {
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(chunks[i++]);
      else controller.close();
    },
  });
}

async function uploads() {
  const log = await server.control('GET', '/_fake/requests');
  return log.filter((r) => r.path === '/v1/files/upload');
}

function checkPattern(bytes, size) {
  assert.equal(bytes.length, size);
  for (let i = 0; i < size; i++) {
    if (bytes[i] !== i % 251) assert.fail(`byte ${i} is ${bytes[i]}, not ${i % 251}`);
  }
}

async function failure(promise) {
  return promise.then(
    () => assert.fail('expected a failure'),
    (err) => err,
  );
}

describe('streamed uploads', () => {
  test('a multi-MiB file from a path arrives whole, with progress up to the total', async () => {
    const bytes = content(5 * MiB + 123, 1);
    const file = writeFile('five.bin', bytes);
    const seen = [];
    const answer = await coze().files.upload(
      { file: { path: file } },
      { on_upload_progress: (sent, total) => seen.push([sent, total]) },
    );
    assert.equal(answer.bytes, bytes.length);
    assert.equal(answer.file_name, 'five.bin');
    assert.equal(sha(await stored(answer.id)), sha(bytes));
    const total = seen[0][1];
    assert.ok(total > bytes.length, `total ${total} includes the multipart framing`);
    assert.deepEqual(seen[0], [0, total]);
    assert.deepEqual(seen.at(-1), [total, total]);
    for (let i = 1; i < seen.length; i++) assert.ok(seen[i][0] >= seen[i - 1][0], 'progress never goes back');
    assert.ok(seen.length > 10, 'progress is reported as the body is read');
  });

  test('a ReadableStream of known size goes with its Content-Length', async () => {
    const bytes = content(3 * MiB + 7, 2);
    const answer = await coze().files.upload({
      file: { data: streamOf(chunked(bytes, 100 * 1024)), filename: 'stream.bin', size: bytes.length },
    });
    assert.equal(answer.bytes, bytes.length);
    assert.equal(sha(await stored(answer.id)), sha(bytes));
    const last = (await uploads()).at(-1);
    const headers = Object.fromEntries(Object.entries(last.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    assert.ok(headers['content-length'], `content-length sent: ${JSON.stringify(headers)}`);
  });

  test('a slow upload outlasts the first-byte timeout, which runs from the last progress', async () => {
    // 128 pieces of 8 KiB, 8 ms apart: about 1 s, longer than the 400 ms first-byte timeout.
    const bytes = content(128 * 8192, 9);
    const pieces = chunked(bytes, 8192);
    let i = 0;
    const slow = new ReadableStream({
      async pull(controller) {
        await new Promise((resolve) => setTimeout(resolve, 8));
        if (i < pieces.length) controller.enqueue(pieces[i++]);
        else controller.close();
      },
    });
    const t0 = performance.now();
    const answer = await coze({ firstByteTimeoutMs: 400, maxRetries: 0 }).files.upload({
      file: { data: slow, filename: 'slow.bin', size: bytes.length },
    });
    const took = performance.now() - t0;
    assert.ok(took > 400, `the upload took ${took} ms`);
    assert.equal(answer.bytes, bytes.length);
    assert.equal(sha(await stored(answer.id)), sha(bytes));
  });

  test('an async iterable of unknown size goes chunked; progress total is -1', async () => {
    const bytes = content(2 * MiB + 11, 3);
    async function* gen() {
      for (const c of chunked(bytes, 65536)) yield c;
    }
    const seen = [];
    const answer = await coze().files.upload(
      { file: { data: gen(), filename: 'gen.bin' } },
      { onUploadProgress: (sent, total) => seen.push([sent, total]) },
    );
    assert.equal(answer.bytes, bytes.length);
    assert.equal(sha(await stored(answer.id)), sha(bytes));
    assert.ok(seen.every(([, total]) => total === -1));
    assert.ok(seen.at(-1)[0] > bytes.length);
  });

  test('a Blob and plain bytes upload the same', async () => {
    const bytes = content(MiB, 4);
    const a = await coze().files.upload({ file: new File([bytes], 'blob.bin', { type: 'application/x-test' }) });
    const b = await coze().files.upload({ file: { data: bytes, filename: 'bytes.bin' } });
    assert.equal(a.file_name, 'blob.bin');
    assert.equal(b.file_name, 'bytes.bin');
    assert.equal(sha(await stored(a.id)), sha(bytes));
    assert.equal(sha(await stored(b.id)), sha(bytes));
  });

  test('a retried upload from a path sends the whole file again', async () => {
    await server.control('POST', '/_fake/reset');
    const bytes = content(4 * MiB + 5, 5);
    const file = writeFile('retry.bin', bytes);
    await server.control('POST', '/_fake/faults', [{ status: 503, body: { code: 5000, msg: 'busy' } }]);
    const starts = [];
    const answer = await coze({ maxRetries: 2 }).files.upload(
      { file: { path: file } },
      {
        on_upload_progress: (sent) => {
          if (sent === 0) starts.push(sent);
        },
      },
    );
    assert.equal(sha(await stored(answer.id)), sha(bytes));
    assert.equal((await uploads()).length, 2, 'two attempts');
    assert.equal(starts.length, 2, 'progress starts again for the retry');
  });

  test('a stream cannot be sent again: its retry fails with InvalidArgumentError', async () => {
    await server.control('POST', '/_fake/reset');
    const bytes = content(MiB, 6);
    await server.control('POST', '/_fake/faults', [{ status: 503, body: { code: 5000, msg: 'busy' } }]);
    const err = await failure(
      coze({ maxRetries: 2 }).files.upload({
        file: { data: streamOf(chunked(bytes, 65536)), filename: 's.bin', size: bytes.length },
      }),
    );
    assert.ok(err instanceof InvalidArgumentError, `${err}`);
    assert.equal(err.kind, 'invalid_argument');
    assert.match(err.message, /only once/);
    assert.equal((await uploads()).length, 1, 'no second request');
  });

  test('a stream that gives fewer bytes than its size fails with InvalidArgumentError', async () => {
    const err = await failure(
      coze({ maxRetries: 2 }).files.upload({
        file: { data: streamOf([new Uint8Array(10)]), filename: 'short.bin', size: 20 },
      }),
    );
    assert.ok(err instanceof InvalidArgumentError, `${err}`);
    assert.match(err.message, /10 bytes, not the 20/);
  });

  test('bad file parameters are InvalidArgumentErrors before anything is sent', async () => {
    const c = coze();
    for (const [file, pattern] of [
      [42, /expected bytes/],
      [{ path: path.join(dir, 'missing.bin') }, /cannot read/],
      [{ path: dir }, /not a file/],
      [{ data: new Uint8Array(3), size: 4 }, /does not match/],
      [{ data: new Uint8Array(3), bogus: 1 }, /unknown key bogus/],
      [{ data: new Uint8Array(3), path: 'x' }, /data or path/],
    ]) {
      const err = await failure(c.files.upload({ file }));
      assert.ok(err instanceof InvalidArgumentError, `${err}`);
      assert.match(err.message, pattern);
    }
    const err = await failure(c.files.upload({ file: new Uint8Array(1) }, { on_upload_progress: 'no' }));
    assert.ok(err instanceof InvalidArgumentError);
  });
});

describe('streamed downloads', () => {
  const speech = { input: 'Hello', voice_id: '7300000000000000301', response_format: 'mp3' };
  const sized = (n) => ({ extra_headers: { 'X-Fake-Speech-Bytes': String(n) } });

  test('speech saved to a file matches the pattern', async () => {
    const size = 3 * MiB + 17;
    const file = path.join(dir, 'speech.mp3');
    const answer = await coze().audio.speech.create(speech, { ...sized(size), sink: file });
    assert.equal(answer.data, null);
    assert.equal(answer.size, size);
    assert.equal(answer.contentType, 'audio/mpeg');
    checkPattern(new Uint8Array(fs.readFileSync(file)), size);
  });

  test('speech to a callback arrives in chunks, in order', async () => {
    const size = 2 * MiB + 3;
    const chunks = [];
    const answer = await coze().audio.speech.create(speech, {
      ...sized(size),
      sink: async (chunk) => {
        chunks.push(chunk);
      },
    });
    assert.equal(answer.size, size);
    assert.ok(chunks.length > 1, 'more than one chunk');
    const all = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      all.set(c, at);
      at += c.length;
    }
    checkPattern(all, size);
  });

  test('speech to a WritableStream, which is closed at the end', async () => {
    const size = MiB + 1;
    let received = 0;
    let closed = false;
    const sink = new WritableStream({
      write(chunk) {
        for (let i = 0; i < chunk.length; i++) {
          if (chunk[i] !== (received + i) % 251) throw new Error(`byte ${received + i} wrong`);
        }
        received += chunk.length;
      },
      close() {
        closed = true;
      },
    });
    await coze().audio.speech.create(speech, { ...sized(size), sink });
    assert.equal(received, size);
    assert.ok(closed);
  });

  test('speech to a Node Writable', async () => {
    const size = MiB + 5;
    const file = path.join(dir, 'writable.mp3');
    const out = fs.createWriteStream(file);
    await coze().audio.speech.create(speech, { ...sized(size), sink: out });
    checkPattern(new Uint8Array(fs.readFileSync(file)), size);
  });

  test('speech without a sink comes back as bytes', async () => {
    const answer = await coze().audio.speech.create(speech, sized(300000));
    assert.equal(answer.size, 300000);
    checkPattern(answer.data, 300000);
  });

  test('a sink that throws cancels the call with its error; a failed call removes a partial file', async () => {
    const boom = new Error('disk full');
    const err = await failure(
      coze().audio.speech.create(speech, {
        ...sized(MiB),
        sink: () => {
          throw boom;
        },
      }),
    );
    assert.equal(err, boom);
    const file = path.join(dir, 'cut.mp3');
    await server.control('POST', '/_fake/faults', [{ reset_after_bytes: 200000 }]);
    const cut = await failure(coze().audio.speech.create(speech, { ...sized(MiB), sink: file }));
    assert.equal(cut.kind, 'connection');
    assert.equal(fs.existsSync(file), false);
  });

  test('a sink on an operation that does not answer with bytes is an InvalidArgumentError', async () => {
    const err = await failure(coze().files.retrieve({ file_id: '1' }, { sink: () => {} }));
    assert.ok(err instanceof InvalidArgumentError);
    const bad = await failure(coze().audio.speech.create(speech, { sink: 42 }));
    assert.ok(bad instanceof InvalidArgumentError);
  });
});
