#!/usr/bin/env node
// Assembles web/dist/ from the WebAssembly build and src/:
//   cozecore_node.cjs          the CommonJS core (wasm inlined), for Node
//   cozecore_web.mjs + .wasm   the ES module core, for browsers and workers
//   index.cjs                  require() entry (Node)
//   index.node.mjs             import entry under Node
//   index.mjs                  import entry for browsers (no Node APIs)
//   index.d.cts                the types, for require(): index.d.ts with the
//                              generated src/generated/api.d.ts inlined
// The entries are src/*.mjs and src/generated/*.mjs (written by
// scripts/generate) concatenated in dependency order with their relative
// imports removed: src/ follows the conventions checked below, so no bundler
// is needed.
//
// Usage: node scripts/build.mjs [--wasm-dir DIR]   (DIR holds cozecore_node.js;
// default $COZE_WASM_BUILD_DIR/wasm, else ../build/wasm/wasm)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = path.join(webDir, 'src');
const distDir = path.join(webDir, 'dist');

// Dependency order: a module's top level only uses what comes before it.
const modules = [
  'errors.mjs',
  'runtime.mjs',
  'records.mjs',
  'io.mjs',
  'generated/models.mjs',
  'signer.mjs',
  'tools.mjs',
  'driver.mjs',
  'pages.mjs',
  'sse.mjs',
  'ulid.mjs',
  'generated/resources.mjs',
  'coze.mjs',
  'auth.mjs',
];
const generatedTypes = path.join(srcDir, 'generated', 'api.d.ts');

function fail(message) {
  console.error(`build: ${message}`);
  process.exit(1);
}

function wasmDirFromArgs() {
  const i = process.argv.indexOf('--wasm-dir');
  if (i >= 0) return path.resolve(process.argv[i + 1] ?? fail('--wasm-dir needs a value'));
  const buildDir = process.env.COZE_WASM_BUILD_DIR || path.join(webDir, '..', 'build', 'wasm');
  return path.join(buildDir, 'wasm');
}

function sourcesPresent() {
  const top = fs.readdirSync(srcDir).filter((f) => f.endsWith('.mjs') && f !== 'index.mjs');
  const generatedDir = path.join(srcDir, 'generated');
  const generated = fs.existsSync(generatedDir)
    ? fs
        .readdirSync(generatedDir)
        .filter((f) => f.endsWith('.mjs'))
        .map((f) => `generated/${f}`)
    : [];
  return [...top, ...generated];
}

function readModule(file) {
  const at = path.join(srcDir, file);
  if (!fs.existsSync(at)) fail(`missing src/${file}: run scripts/generate`);
  return fs.readFileSync(at, 'utf8');
}

// A module's relative import lines (one statement may span lines), removed.
function withoutImports(text, file) {
  return text.replace(/^import \{[^}]*\} from '(\.{1,2}\/[\w./]+\.mjs)';$/gm, (_, from) => {
    if (!/^\.{1,2}\/(generated\/)?[\w.]+\.mjs$/.test(from)) fail(`src/${file}: unsupported import from ${from}`);
    return '';
  });
}

function bundleBody() {
  for (const f of sourcesPresent()) if (!modules.includes(f)) fail(`src/${f} is not in the module list`);
  const parts = [];
  for (const file of modules) {
    const lines = withoutImports(readModule(file), file).split('\n');
    const out = [];
    for (const line of lines) {
      const exported = line.match(/^export ((?:async )?(?:function\*?|class|const|let) .*)$/);
      if (exported) {
        out.push(exported[1]);
        continue;
      }
      if (/^\s*(import|export)\b/.test(line)) fail(`src/${file}: unsupported module syntax: ${line}`);
      out.push(line);
    }
    parts.push(`// ---- src/${file}\n${out.join('\n')}`);
  }
  return parts.join('\n');
}

// The names src/index.mjs exports: `export {a, b} from './x.mjs'`, and
// `export * from './x.mjs'` for every name that module exports.
function publicNames(body) {
  const index = fs.readFileSync(path.join(srcDir, 'index.mjs'), 'utf8');
  const names = [];
  for (const m of index.matchAll(/export\s*\{([^}]*)\}\s*from\s*'\.\/[\w./]+\.mjs';/g)) {
    for (const n of m[1].split(',')) if (n.trim()) names.push(n.trim());
  }
  for (const m of index.matchAll(/export \* from '\.\/([\w./]+\.mjs)';/g)) {
    for (const d of readModule(m[1]).matchAll(/^export (?:async )?(?:function\*?|class|const|let) ([\w$]+)/gm))
      names.push(d[1]);
  }
  for (const n of names) {
    const declared = new RegExp(`^(?:async )?(?:function\\*?|class|const|let) ${n}\\b`, 'm');
    if (!declared.test(body)) fail(`src/index.mjs exports ${n}, which no module declares`);
  }
  return names;
}

// index.d.ts for require(): one file, the generated declarations inlined in
// place of the lines that import or re-export them.
function requireTypes() {
  const own = fs.readFileSync(path.join(webDir, 'index.d.ts'), 'utf8');
  if (!fs.existsSync(generatedTypes)) fail('missing src/generated/api.d.ts: run scripts/generate');
  const generated = fs
    .readFileSync(generatedTypes, 'utf8')
    .replace(/^import type \{[^}]*\} from '\.\.\/\.\.\/index\.js';\n/m, '');
  const marker = /^export \* from '\.\/src\/generated\/api\.js';\n/m;
  if (!marker.test(own)) fail("index.d.ts must re-export './src/generated/api.js'");
  return own
    .replace(/^import type \{[^}]*\} from '\.\/src\/generated\/api\.js';\n/m, '')
    .replace(marker, () => `// ---- generated (src/generated/api.d.ts)\n${generated}\n// ---- end of generated\n`);
}

function copy(from, to) {
  if (!fs.existsSync(from)) fail(`missing ${from}: build the wasm target first (scripts/targets/wasm build)`);
  fs.copyFileSync(from, to);
}

const wasmDir = wasmDirFromArgs();
fs.mkdirSync(distDir, { recursive: true });
copy(path.join(wasmDir, 'cozecore_node.js'), path.join(distDir, 'cozecore_node.cjs'));
copy(path.join(wasmDir, 'cozecore_web.mjs'), path.join(distDir, 'cozecore_web.mjs'));
copy(path.join(wasmDir, 'cozecore_web.wasm'), path.join(distDir, 'cozecore_web.wasm'));
fs.writeFileSync(path.join(distDir, 'index.d.cts'), requireTypes());

const body = bundleBody();
const names = publicNames(body);
const banner = '// cozecore: generated by scripts/build.mjs from src/; do not edit.\n';
const loader = 'function loadCoreModule() {\n  return createCozeCore();\n}\n';
// The OS release for the client's identity headers (src/runtime.mjs
// hostIdentity): Node's os.release() in the Node entries, '' in browsers.
const nodeRelease = 'function hostOsRelease() {\n  return osRelease();\n}\n';
const noRelease = "function hostOsRelease() {\n  return '';\n}\n";
// node:fs for file paths as upload sources and download sinks (src/io.mjs
// hostFs): the module in the Node entries, null in browsers.
const nodeFsHost =
  'function hostFs() {\n  return nodeFsModule;\n}\n' +
  'function hostNodeModules() {\n  return { http: nodeHttp, https: nodeHttps, stream: nodeStream };\n}\n';
const noFs = 'function hostFs() {\n  return null;\n}\nfunction hostNodeModules() {\n  return null;\n}\n';
const exportList = `{\n  ${names.join(',\n  ')},\n}`;

const entries = {
  'index.cjs': `${banner}'use strict';\nconst createCozeCore = require('./cozecore_node.cjs');\nconst { release: osRelease } = require('node:os');\nconst nodeFsModule = require('node:fs');\nconst nodeHttp = require('node:http');\nconst nodeHttps = require('node:https');\nconst nodeStream = require('node:stream');\n${loader}${nodeRelease}${nodeFsHost}${body}\nmodule.exports = ${exportList};\n`,
  'index.node.mjs': `${banner}import createCozeCore from './cozecore_node.cjs';\nimport { release as osRelease } from 'node:os';\nimport * as nodeFsModule from 'node:fs';\nimport * as nodeHttp from 'node:http';\nimport * as nodeHttps from 'node:https';\nimport * as nodeStream from 'node:stream';\n${loader}${nodeRelease}${nodeFsHost}${body}\nexport ${exportList};\n`,
  'index.mjs': `${banner}import createCozeCore from './cozecore_web.mjs';\n${loader}${noRelease}${noFs}${body}\nexport ${exportList};\n`,
};
for (const [name, text] of Object.entries(entries)) fs.writeFileSync(path.join(distDir, name), text);
console.log(
  `build: wrote ${Object.keys(entries).length} entry points and the wasm core to ${path.relative(process.cwd(), distDir) || '.'}`,
);
