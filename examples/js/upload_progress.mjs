// Uploads a file from its path, streamed (never read whole), with progress.
//   COZE_BASE_URL=... COZE_API_TOKEN=... node examples/js/upload_progress.mjs [FILE]
// Without FILE a 4 MiB file is made in the temp directory first.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { client } from './common.mjs';

let file = process.argv[2];
let made = false;
if (!file) {
  file = path.join(os.tmpdir(), `cozecore-example-${process.pid}.bin`);
  const piece = new Uint8Array(1 << 20).fill(42);
  const fd = fs.openSync(file, 'w');
  for (let i = 0; i < 4; i++) fs.writeSync(fd, piece);
  fs.closeSync(fd);
  made = true;
}
const coze = client();
try {
  let shown = -1;
  const uploaded = await coze.files.upload(
    { file: { path: file } },
    {
      onUploadProgress: (sent, total) => {
        const pct = total > 0 ? Math.floor((sent * 100) / total) : -1;
        if (pct !== shown && pct % 10 === 0)
          console.log(total > 0 ? `${pct}% (${sent} / ${total} bytes)` : `${sent} bytes`);
        shown = pct;
      },
    },
  );
  console.log(`uploaded ${uploaded.file_name}: id ${uploaded.id}, ${uploaded.bytes} bytes`);
} finally {
  coze.close();
  if (made) fs.rmSync(file, { force: true });
}
