"""Uploads a file with a progress line; the file is streamed, never read whole.

    COZE_BASE_URL=http://127.0.0.1:PORT COZE_API_TOKEN=pat_x PYTHONPATH=build/native/python \
        python3 examples/python/upload_progress.py [path]

Without a path, a 4 MiB file is made in a temporary directory first.
"""

import os
import sys
import tempfile

from cozecore import Coze, CozeError


def progress(sent: int, total: int) -> None:
    if total > 0:
        print(f"\r{sent * 100 // total:3d}% {sent}/{total} bytes", end="", flush=True)
    else:
        print(f"\r{sent} bytes", end="", flush=True)


def main() -> int:
    coze = Coze(token=os.environ["COZE_API_TOKEN"], base_url=os.environ.get("COZE_BASE_URL", "https://api.coze.com"))
    with tempfile.TemporaryDirectory() as tmp:
        path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(tmp, "example.bin")
        if len(sys.argv) <= 1:
            with open(path, "wb") as out:
                for _ in range(4):
                    out.write(os.urandom(1024 * 1024))
        try:
            uploaded = coze.files.upload(file=path, upload_progress=progress)
        except CozeError as err:
            print(f"\nupload failed ({err.kind}): {err}", file=sys.stderr)
            return 1
    print(f"\nuploaded {uploaded.file_name}: id {uploaded.id}, {uploaded.bytes} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
