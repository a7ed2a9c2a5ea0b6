// Run (from the repository root, after `scripts/targets/wasm build`):
//   node tests/bench/memory/node/memory.mjs BASE_URL UPLOAD_BYTES DOWNLOAD_BYTES TMPDIR
//
// Memory of a streamed upload and download through the npm package (the
// WebAssembly core and the fetch driver) against the fake Coze server:
// one small call (warm-up), a file of UPLOAD_BYTES written into TMPDIR in
// 1 MiB pieces, VmRSS read as idle, VmHWM reset (clear_refs 5), the file
// uploaded with files.upload from its path, speech of DOWNLOAD_BYTES
// (X-Fake-Speech-Bytes) saved to a file in TMPDIR, both sizes checked, then
// VmHWM read as the peak. Prints one JSON line:
// {"target", "idle_rss_kib", "peak_rss_kib", "upload_bytes", "download_bytes", "upload_s", "download_s"}.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const { Coze } = await import(
  pathToFileURL(path.join(here, '..', '..', '..', '..', 'web', 'dist', 'index.node.mjs')).href
);

function usage(why) {
  console.error(`memory.mjs: ${why}\nusage: node memory.mjs BASE_URL UPLOAD_BYTES DOWNLOAD_BYTES TMPDIR`);
  process.exit(2);
}

function count(text, name) {
  if (!/^\d+$/.test(text ?? '')) usage(`${name} must be a number of bytes`);
  return Number(text);
}

function status(field) {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(fs.readFileSync('/proc/self/status', 'utf8'));
  if (!m) throw new Error(`no ${field} in /proc/self/status`);
  return Number(m[1]);
}

const [baseURL, uploadArg, downloadArg, tmpDir] = process.argv.slice(2);
if (!baseURL || !tmpDir) usage('missing arguments');
const uploadBytes = count(uploadArg, 'UPLOAD_BYTES');
const downloadBytes = count(downloadArg, 'DOWNLOAD_BYTES');

const coze = new Coze({
  token: process.env.COZE_API_TOKEN || 'pat_memory_bench',
  baseURL,
  maxRetries: 0,
});
await coze.users.me(); // warm-up: the core loaded, one call made

// The upload's file, 1 MiB at a time.
const uploadPath = path.join(tmpDir, `cozecore-node-upload-${process.pid}.bin`);
const downloadPath = path.join(tmpDir, `cozecore-node-speech-${process.pid}.bin`);
const piece = new Uint8Array(1 << 20);
for (let i = 0; i < piece.length; i++) piece[i] = (i * 7) & 0xff;
const fd = fs.openSync(uploadPath, 'w');
try {
  for (let left = uploadBytes; left > 0; left -= piece.length) {
    fs.writeSync(fd, piece, 0, Math.min(piece.length, left));
  }
} finally {
  fs.closeSync(fd);
}

try {
  if (globalThis.gc) globalThis.gc();
  const idle = status('VmRSS');
  fs.writeFileSync('/proc/self/clear_refs', '5');

  let t = performance.now();
  const file = await coze.files.upload({ file: { path: uploadPath } });
  const uploadS = (performance.now() - t) / 1000;
  if (file.bytes !== uploadBytes) throw new Error(`the server kept ${file.bytes} bytes, not ${uploadBytes}`);

  t = performance.now();
  const speech = await coze.audio.speech.create(
    { input: 'memory', voice_id: '7300000000000000301', response_format: 'mp3' },
    {
      extra_headers: { 'X-Fake-Speech-Bytes': String(downloadBytes) },
      sink: downloadPath,
    },
  );
  const downloadS = (performance.now() - t) / 1000;
  const saved = fs.statSync(downloadPath).size;
  if (saved !== downloadBytes || speech.size !== downloadBytes) {
    throw new Error(`saved ${saved} bytes (answer ${speech.size}), not ${downloadBytes}`);
  }

  const peak = status('VmHWM');
  console.log(
    JSON.stringify({
      target: 'wasm',
      idle_rss_kib: idle,
      peak_rss_kib: peak,
      upload_bytes: uploadBytes,
      download_bytes: downloadBytes,
      upload_s: Number(uploadS.toFixed(3)),
      download_s: Number(downloadS.toFixed(3)),
    }),
  );
} finally {
  fs.rmSync(uploadPath, { force: true });
  fs.rmSync(downloadPath, { force: true });
  coze.close();
}
