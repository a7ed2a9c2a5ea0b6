// Shared by the examples: a client for COZE_BASE_URL / COZE_API_TOKEN.
// The package is imported from the repository's build (web/dist, made by
// `scripts/targets/wasm build`); an application imports 'cozecore'.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const cozecore = await import(pathToFileURL(path.join(here, '..', '..', 'web', 'dist', 'index.node.mjs')).href);

export function client() {
  const token = process.env.COZE_API_TOKEN;
  if (!token) {
    console.error('set COZE_API_TOKEN (and COZE_BASE_URL for another server than api.coze.com)');
    process.exit(2);
  }
  return new cozecore.Coze({
    token,
    baseURL: process.env.COZE_BASE_URL || 'https://api.coze.com',
  });
}
