#!/usr/bin/env node
// The JS side of the streaming benchmark, in one Node process:
//   wasm            cozecore's SseParser (the WASM core, bytes in, events out)
//   wasm+json       the same, JSON.parse of each event's data
//   esp             eventsource-parser fed the same bytes through TextDecoder (stream mode)
//   esp+json        the same, JSON.parse of each event's data
// Each runs over the whole stream at each chunk size; rates come from the
// process's CPU time (user + system), median of the runs; wall time is kept too.
//
// Usage: node bench.mjs --stream FILE --package DIR [--out FILE] [--min-time S] [--min-runs N]
//                       [--chunks 65536,4096,1024,64] [--expect FILE.json]
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { createParser } from 'eventsource-parser';

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = process.argv[i + 1];
  if (v === undefined) throw new Error(`--${name} needs a value`);
  return v;
}

const streamFile = arg('stream');
const packageDir = arg('package');
if (!streamFile || !packageDir) {
  console.error('usage: node bench.mjs --stream FILE --package DIR [--out FILE]');
  process.exit(2);
}
const outFile = arg('out');
const minTime = Number(arg('min-time', '1'));
const minRuns = Number(arg('min-runs', '3'));
const chunkSizes = arg('chunks', '65536,4096,1024,64').split(',').map(Number);
const expect = arg('expect') ? JSON.parse(fs.readFileSync(arg('expect'), 'utf8')) : null;

const cozecore = await import(pathToFileURL(path.join(path.resolve(packageDir), 'dist', 'index.node.mjs')).href);
await cozecore.init();
const espVersion = createRequire(import.meta.url)('eventsource-parser/package.json').version;

const bytes = new Uint8Array(fs.readFileSync(streamFile));

function chunksOf(size) {
  const out = [];
  for (let off = 0; off < bytes.length; off += size) out.push(bytes.subarray(off, Math.min(off + size, bytes.length)));
  return out;
}

const isMessage = (type) => type.startsWith('conversation.message.') || type.startsWith('conversation.audio.');

// Each runner returns {events, touched}: the events seen and a sum that
// depends on every event's payload (so nothing can be skipped).
const runners = {
  wasm(chunks) {
    const parser = new cozecore.SseParser();
    let events = 0;
    let touched = 0;
    const take = (list) => {
      events += list.length;
      for (const ev of list) touched += ev.data.length;
    };
    for (const chunk of chunks) take(parser.feed(chunk));
    take(parser.finish());
    parser.close();
    return { events, touched };
  },
  'wasm+json'(chunks) {
    const parser = new cozecore.SseParser();
    let events = 0;
    let touched = 0;
    const take = (list) => {
      events += list.length;
      for (const ev of list) {
        const value = JSON.parse(ev.data);
        if (isMessage(ev.type)) touched += value.content.length;
      }
    };
    for (const chunk of chunks) take(parser.feed(chunk));
    take(parser.finish());
    parser.close();
    return { events, touched };
  },
  esp(chunks) {
    let events = 0;
    let touched = 0;
    const decoder = new TextDecoder();
    const parser = createParser({
      onEvent(ev) {
        events += 1;
        touched += ev.data.length;
      },
    });
    for (const chunk of chunks) parser.feed(decoder.decode(chunk, { stream: true }));
    parser.feed(decoder.decode());
    return { events, touched };
  },
  'esp+json'(chunks) {
    let events = 0;
    let touched = 0;
    const decoder = new TextDecoder();
    const parser = createParser({
      onEvent(ev) {
        events += 1;
        const value = JSON.parse(ev.data);
        if (isMessage(ev.event ?? 'message')) touched += value.content.length;
      },
    });
    for (const chunk of chunks) parser.feed(decoder.decode(chunk, { stream: true }));
    parser.feed(decoder.decode());
    return { events, touched };
  },
};

function cpuMs() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const results = [];
for (const size of chunkSizes) {
  const chunks = chunksOf(size);
  for (const [name, run] of Object.entries(runners)) {
    const first = run(chunks); // warm-up, and the result every run must repeat
    if (expect && first.events !== expect.events) {
      throw new Error(`${name} at ${size} B saw ${first.events} events, the stream has ${expect.events}`);
    }
    const runs = [];
    const started = performance.now();
    while (runs.length < minRuns || performance.now() - started < minTime * 1000) {
      const c0 = cpuMs();
      const w0 = performance.now();
      const r = run(chunks);
      const w1 = performance.now();
      const c1 = cpuMs();
      if (r.events !== first.events || r.touched !== first.touched) throw new Error(`${name}: runs disagree`);
      runs.push({ cpu_ms: c1 - c0, wall_ms: w1 - w0 });
    }
    const cpu = median(runs.map((r) => r.cpu_ms));
    const wall = median(runs.map((r) => r.wall_ms));
    const row = {
      name,
      chunk: size,
      events: first.events,
      runs: runs.length,
      median_cpu_ms: cpu,
      median_wall_ms: wall,
      mb_per_s: bytes.length / 1e6 / (cpu / 1000),
      events_per_s: first.events / (cpu / 1000),
    };
    results.push(row);
    console.error(
      `${name.padEnd(10)} ${String(size).padStart(6)} B: ${row.mb_per_s.toFixed(1).padStart(8)} MB/s ` +
        `${(row.events_per_s / 1e3).toFixed(0).padStart(6)} k events/s (cpu ${cpu.toFixed(1)} ms, wall ${wall.toFixed(1)} ms, ${runs.length} runs)`,
    );
  }
}

const report = {
  node: process.version,
  eventsource_parser: espVersion,
  cozecore: cozecore.version(),
  stream_bytes: bytes.length,
  clock: 'process cpu time (user+system), median',
  results,
};
const text = `${JSON.stringify(report, null, 2)}\n`;
if (outFile) fs.writeFileSync(outFile, text);
else process.stdout.write(text);
