# Run (from the repo root, after `scripts/targets/python build`):
#   PYTHONPATH=${COZE_BUILD_DIR:-build/native}/python python3 tests/bench/memory/python/memory.py BASE_URL UPLOAD_BYTES DOWNLOAD_BYTES TMPDIR
"""Memory benchmark of the Python target: a large upload and download stay streamed.

Makes a client and one small call (warm-up), writes a file of UPLOAD_BYTES
into TMPDIR in 1 MiB chunks, reads VmRSS (idle), resets VmHWM
(/proc/self/clear_refs), uploads the file with files.upload from its path,
downloads speech of DOWNLOAD_BYTES (the fake server's
X-Fake-Speech-Bytes header) into a file in TMPDIR, checks both sizes, reads
VmHWM (peak) and prints one JSON line.
"""

from __future__ import annotations

import json
import os
import sys
import time

from cozecore import Coze

MIB = 1024 * 1024
SYSTEM_VOICE = "7300000000000000301"


def _status_kib(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise SystemExit(f"memory: no {field} in /proc/self/status")


def main(argv) -> int:
    if len(argv) != 5:
        print("usage: memory.py BASE_URL UPLOAD_BYTES DOWNLOAD_BYTES TMPDIR", file=sys.stderr)
        return 2
    base_url, upload_bytes, download_bytes, tmpdir = argv[1], int(argv[2]), int(argv[3]), argv[4]
    coze = Coze(token=os.environ.get("COZE_API_TOKEN", "pat_memory_bench"), base_url=base_url, max_retries=0)
    coze.users.me()  # warm-up: connection code, the core, the generated views

    upload_path = os.path.join(tmpdir, f"cozecore-python-upload-{os.getpid()}.bin")
    download_path = os.path.join(tmpdir, f"cozecore-python-speech-{os.getpid()}.bin")
    chunk = bytes(i % 256 for i in range(MIB))
    with open(upload_path, "wb") as out:
        left = upload_bytes
        while left > 0:
            n = min(left, MIB)
            out.write(chunk[:n])
            left -= n
    del chunk
    try:
        idle = _status_kib("VmRSS")
        with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
            refs.write("5")  # VmHWM := VmRSS

        started = time.monotonic()
        uploaded = coze.files.upload(file=upload_path)
        upload_s = time.monotonic() - started
        if uploaded.bytes != upload_bytes:
            raise SystemExit(f"memory: the server got {uploaded.bytes} bytes, not {upload_bytes}")

        started = time.monotonic()
        speech = coze.audio.speech.create(
            input="memory",
            voice_id=SYSTEM_VOICE,
            extra_headers={"X-Fake-Speech-Bytes": str(download_bytes)},
            output=download_path,
        )
        download_s = time.monotonic() - started
        size = os.path.getsize(download_path)
        if size != download_bytes or speech.size != download_bytes:
            raise SystemExit(f"memory: downloaded {size} bytes, not {download_bytes}")

        peak = _status_kib("VmHWM")
    finally:
        for path in (upload_path, download_path):
            try:
                os.unlink(path)
            except OSError:
                pass
    print(
        json.dumps(
            {
                "target": "python",
                "idle_rss_kib": idle,
                "peak_rss_kib": peak,
                "upload_bytes": upload_bytes,
                "download_bytes": download_bytes,
                "upload_s": round(upload_s, 3),
                "download_s": round(download_s, 3),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
