// Run (from the repo root, after `scripts/targets/java build`):
//   java -Xms16m -Xmx64m -XX:+UseSerialGC -cp ${COZE_BUILD_DIR:-build/native}/bindings/java/maven/cozecore-0.1.0.jar tests/bench/memory/java/MemoryBench.java BASE_URL UPLOAD_BYTES DOWNLOAD_BYTES TMPDIR
//
// Memory benchmark of the Java target: a large upload and download stay streamed.
// Makes a client and one small call (warm-up), writes a file of UPLOAD_BYTES into TMPDIR in 1 MiB
// chunks, reads VmRSS (idle), resets VmHWM (/proc/self/clear_refs), uploads the file from its path
// (files.upload), saves DOWNLOAD_BYTES of speech (the fake's X-Fake-Speech-Bytes header) into a
// file in TMPDIR, checks both sizes, reads VmHWM (peak) and prints one JSON line. The heap is
// capped (-Xmx64m) so that the JVM's own heap growth does not hide what the transfer costs.
import io.cozecore.CozeClient;
import io.cozecore.DownloadResult;
import io.cozecore.RequestOptions;
import io.cozecore.model.File;
import io.cozecore.resources.AudioSpeechCreateParams;
import io.cozecore.resources.FilesUploadParams;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

public final class MemoryBench {
  private MemoryBench() {}

  /** A field of /proc/self/status in KiB (VmRSS, VmHWM). */
  static long status(String field) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
      if (line.startsWith(field + ":")) {
        return Long.parseLong(line.substring(field.length() + 1).trim().split("\\s+")[0]);
      }
    }
    throw new IOException(field + " not in /proc/self/status");
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: MemoryBench BASE_URL UPLOAD_BYTES DOWNLOAD_BYTES TMPDIR");
      System.exit(2);
    }
    String baseUrl = args[0];
    long uploadBytes = Long.parseLong(args[1]);
    long downloadBytes = Long.parseLong(args[2]);
    Path dir = Path.of(args[3]);
    Files.createDirectories(dir);

    try (CozeClient client =
        CozeClient.builder().token("pat_memory_bench").baseUrl(baseUrl).build()) {
      client
          .files()
          .upload(FilesUploadParams.builder().file(new byte[] {'w'}, "warm.txt", null).build());

      Path upload = dir.resolve("java-upload.bin");
      byte[] piece = new byte[1024 * 1024];
      for (int i = 0; i < piece.length; i++) piece[i] = (byte) (i * 31 + 7);
      try (OutputStream out = Files.newOutputStream(upload)) {
        for (long left = uploadBytes; left > 0; left -= piece.length) {
          out.write(piece, 0, (int) Math.min(left, piece.length));
        }
      }
      piece = null;
      System.gc();

      long idle = status("VmRSS");
      Files.writeString(Path.of("/proc/self/clear_refs"), "5");

      long t0 = System.nanoTime();
      File f = client.files().upload(FilesUploadParams.builder().file(upload).build());
      double uploadS = (System.nanoTime() - t0) / 1e9;

      Path download = dir.resolve("java-speech.bin");
      long t1 = System.nanoTime();
      DownloadResult r =
          client
              .audio()
              .speech()
              .create(
                  AudioSpeechCreateParams.builder()
                      .input("memory")
                      .voiceId("7300000000000000301")
                      .build(),
                  download,
                  RequestOptions.builder()
                      .header("X-Fake-Speech-Bytes", Long.toString(downloadBytes))
                      .build());
      double downloadS = (System.nanoTime() - t1) / 1e9;

      if (f.bytes() == null || f.bytes() != uploadBytes) {
        throw new IllegalStateException(
            "uploaded " + f.bytes() + " bytes, expected " + uploadBytes);
      }
      if (r.bytes() != downloadBytes || Files.size(download) != downloadBytes) {
        throw new IllegalStateException(
            "downloaded " + Files.size(download) + " bytes, expected " + downloadBytes);
      }
      long peak = status("VmHWM");
      Files.deleteIfExists(upload);
      Files.deleteIfExists(download);
      System.out.println(
          String.format(
              Locale.ROOT,
              "{\"target\": \"java\", \"idle_rss_kib\": %d, \"peak_rss_kib\": %d,"
                  + " \"upload_bytes\": %d, \"download_bytes\": %d, \"upload_s\": %.3f,"
                  + " \"download_s\": %.3f}",
              idle,
              peak,
              uploadBytes,
              downloadBytes,
              uploadS,
              downloadS));
    }
  }
}
