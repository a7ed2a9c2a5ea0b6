#!/usr/bin/env node
// Joins the native (Google Benchmark JSON) and Node results into one
// markdown table with the ratios the goals are stated in, and a JSON file.
//
// Usage: node report.mjs --native native.json --node node.json --stream stream.json [--json OUT.json]
import fs from 'node:fs';

function arg(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const native = JSON.parse(fs.readFileSync(arg('native'), 'utf8'));
const node = JSON.parse(fs.readFileSync(arg('node'), 'utf8'));
const stream = JSON.parse(fs.readFileSync(arg('stream'), 'utf8'));
const chunks = [65536, 4096, 1024, 64];

// Google Benchmark rows: with repetitions, take the median aggregate.
function nativeRow(name) {
  const rows = native.benchmarks.filter((b) => b.run_name === name);
  if (rows.length === 0) return null;
  const pick = rows.find((b) => b.aggregate_name === 'median') ?? rows.find((b) => b.run_type !== 'aggregate');
  if (pick.error_occurred) throw new Error(`${name}: ${pick.error_message}`);
  return { mb_per_s: pick.bytes_per_second / 1e6, events_per_s: pick.events_per_second ?? pick.items_per_second };
}

function nodeRow(name, chunk) {
  const r = node.results.find((x) => x.name === name && x.chunk === chunk);
  return r ? { mb_per_s: r.mb_per_s, events_per_s: r.events_per_s } : null;
}

const paths = [
  { key: 'a', label: '(a) native `SseParser`', get: (c) => nativeRow(`BM_SseParse/${c}`) },
  { key: 'b', label: '(b) native parse + typed decoding (`event_json`)', get: (c) => nativeRow(`BM_SseParseTyped/${c}`) },
  { key: 'c', label: '(c) WASM `SseParser` in Node', get: (c) => nodeRow('wasm', c) },
  { key: 'c+', label: '(c) WASM `SseParser` + `JSON.parse`', get: (c) => nodeRow('wasm+json', c) },
  { key: 'd', label: `(d) eventsource-parser ${node.eventsource_parser}`, get: (c) => nodeRow('esp', c) },
  { key: 'd+', label: '(d) eventsource-parser + `JSON.parse`', get: (c) => nodeRow('esp+json', c) },
];
const value = Object.fromEntries(paths.map((p) => [p.key, Object.fromEntries(chunks.map((c) => [c, p.get(c)]))]));

const chunkName = (c) => (c >= 1024 ? `${c / 1024} KiB` : `${c} B`);
const fmtRate = (r) =>
  r ? `${r.mb_per_s >= 100 ? r.mb_per_s.toFixed(0) : r.mb_per_s.toFixed(1)} MB/s · ${(r.events_per_s / 1e6).toFixed(2)} M ev/s` : 'n/a';

const lines = [];
lines.push(`| path (MB/s · events/s) | ${chunks.map(chunkName).join(' | ')} |`);
lines.push(`|---|${chunks.map(() => '---:').join('|')}|`);
for (const p of paths) lines.push(`| ${p.label} | ${chunks.map((c) => fmtRate(value[p.key][c])).join(' | ')} |`);
lines.push('');

const ratios = [
  { label: '(a) native parser / eventsource-parser', num: 'a', den: 'd', goal: 2 },
  { label: '(b) native typed / eventsource-parser + `JSON.parse`', num: 'b', den: 'd+', goal: 2 },
  { label: '(c) WASM / eventsource-parser', num: 'c', den: 'd', goal: 1 },
  { label: '(c) WASM + `JSON.parse` / eventsource-parser + `JSON.parse`', num: 'c+', den: 'd+', goal: null },
];
const ratioTable = {};
lines.push(`| ratio | goal | ${chunks.map(chunkName).join(' | ')} |`);
lines.push(`|---|---|${chunks.map(() => '---:').join('|')}|`);
let allMet = true;
for (const r of ratios) {
  const cells = chunks.map((c) => {
    const n = value[r.num][c];
    const d = value[r.den][c];
    if (!n || !d) return 'n/a';
    const x = n.mb_per_s / d.mb_per_s;
    ratioTable[`${r.num}/${r.den}@${c}`] = x;
    const met = r.goal === null || x >= r.goal;
    if (!met) allMet = false;
    return `${x.toFixed(2)}x${r.goal === null ? '' : met ? ' ✓' : ' ✗'}`;
  });
  lines.push(`| ${r.label} | ${r.goal === null ? '–' : `≥ ${r.goal}x`} | ${cells.join(' | ')} |`);
}
lines.push('');

const details = [
  ['native parse + typed decoding with nlohmann DOM (64 KiB)', 'BM_SseParseTypedNlohmann/65536'],
  ['native parse + `validate_json` per event (64 KiB)', 'BM_SseParseValidate/65536/0'],
  ['native parse + `nlohmann::json::accept` per event (64 KiB)', 'BM_SseParseValidate/65536/1'],
  ['native executor `Call` on chat.stream, all actions (64 KiB)', 'BM_CallChatStream/65536'],
  ['native executor `Call` on chat.stream, all actions (64 B)', 'BM_CallChatStream/64'],
  ['delta payloads alone: `decode_message_fields`', 'BM_DeltaDecode'],
  ['delta payloads alone: nlohmann DOM, then `content`', 'BM_DeltaDecodeNlohmannDom'],
  ['all payloads alone: `validate_json`', 'BM_PayloadValidate'],
  ['all payloads alone: `nlohmann::json::accept`', 'BM_PayloadValidateNlohmann'],
];
const detailRows = details.map(([label, name]) => [label, nativeRow(name)]).filter(([, r]) => r);
if (detailRows.length) {
  lines.push('| reference (native) | MB/s · events (or payloads)/s |');
  lines.push('|---|---:|');
  for (const [label, r] of detailRows) lines.push(`| ${label} | ${fmtRate(r)} |`);
  lines.push('');
}

const ctx = native.context ?? {};
lines.push(
  `Stream: ${(stream.bytes / 1e6).toFixed(1)} MB, ${stream.events} events (${stream.deltas} deltas). ` +
    `MB = 10^6 bytes; rates from CPU time, median of runs. ` +
    `${ctx.num_cpus ?? '?'} × ${ctx.mhz_per_cpu ?? '?'} MHz, Node ${node.node}.`,
);
const markdown = `${lines.join('\n')}\n`;
process.stdout.write(markdown);
if (arg('json')) {
  fs.writeFileSync(arg('json'), `${JSON.stringify({ stream, rates: value, ratios: ratioTable, all_goals_met: allMet }, null, 2)}\n`);
}
