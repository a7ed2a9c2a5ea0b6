package io.cozecore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cozecore.model.File;
import io.cozecore.resources.AudioSpeechCreateParams;
import io.cozecore.resources.FilesUploadParams;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streamed uploads and downloads through the real driver against the fake server: the bytes the
 * server stored, progress, retries that read the file again, and speech written to sinks.
 */
class StreamingIoEndToEndTest {
  static final String SYSTEM_VOICE = "7300000000000000301";
  static final int MIB = 1024 * 1024;
  static final String RETRYABLE_503 =
      "{\"status\": 503, \"headers\": {\"Retry-After\": \"0\"}, \"body\": {\"code\": 5000,"
          + " \"msg\": \"busy\"}}";

  @RegisterExtension static final FakeCoze server = new FakeCoze();
  static CozeClient client;
  static final HttpClient raw =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @TempDir Path tmp;

  @BeforeAll
  static void start() {
    client =
        CozeClient.builder().token("pat_java_io").baseUrl(server.baseUrl).maxRetries(2).build();
  }

  @AfterAll
  static void stop() {
    client.close();
  }

  /** n bytes that do not repeat with any small period. */
  static byte[] content(int n, int seed) {
    byte[] out = new byte[n];
    long x = 0x9E3779B97F4A7C15L * (seed + 1);
    for (int i = 0; i < n; i++) {
      x ^= x << 13;
      x ^= x >>> 7;
      x ^= x << 17;
      out[i] = (byte) x;
    }
    return out;
  }

  static byte[] stored(String fileId) throws Exception {
    HttpResponse<byte[]> r =
        raw.send(
            HttpRequest.newBuilder(
                    URI.create(server.baseUrl + "/_fake/files/content?file_id=" + fileId))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, r.statusCode(), "content of " + fileId);
    return r.body();
  }

  static long uploadRequests() throws Exception {
    long n = 0;
    for (Object o : server.requests()) {
      if ("/v1/files/upload".equals(((Map<?, ?>) o).get("path"))) n++;
    }
    return n;
  }

  /** Records progress reports: every (sent, total). */
  static final class Progress implements UploadProgress {
    final List<long[]> reports = new ArrayList<>();

    @Override
    public synchronized void onProgress(long sent, long total) {
      reports.add(new long[] {sent, total});
    }

    synchronized long[] last() {
      return reports.get(reports.size() - 1);
    }

    /** How many times the count went back to 0 after having risen (a new attempt). */
    synchronized int restarts() {
      int n = 0;
      long prev = 0;
      for (long[] r : reports) {
        if (r[0] < prev) n++;
        prev = r[0];
      }
      return n;
    }
  }

  @Test
  void uploadFromPathSendsTheWholeFileWithProgress() throws Exception {
    byte[] data = content(5 * MIB + 123, 1);
    Path file = tmp.resolve("big.bin");
    Files.write(file, data);
    Progress progress = new Progress();
    File f =
        client
            .files()
            .upload(
                FilesUploadParams.builder().file(file).build(),
                RequestOptions.builder().uploadProgress(progress).build());
    assertEquals(data.length, f.bytes());
    assertEquals("big.bin", f.fileName());
    assertArrayEquals(data, stored(f.id()));
    long[] last = progress.last();
    assertTrue(last[1] > data.length, "the total counts the multipart framing too");
    assertEquals(last[1], last[0], "progress reaches the total");
    for (long[] r : progress.reports) assertEquals(last[1], r[1]);
  }

  @Test
  void uploadFromStreamOfUnknownSizeGoesChunked() throws Exception {
    byte[] data = content(3 * MIB + 7, 2);
    Progress progress = new Progress();
    File f =
        client
            .files()
            .upload(
                FilesUploadParams.builder()
                    .file(
                        UploadFile.of(new ByteArrayInputStream(data), -1)
                            .withFileName("stream.bin")
                            .withContentType("application/octet-stream"))
                    .build(),
                RequestOptions.builder().uploadProgress(progress).build());
    assertEquals(data.length, f.bytes());
    assertArrayEquals(data, stored(f.id()));
    assertEquals(-1, progress.last()[1], "no total when the size is unknown");
    assertTrue(progress.last()[0] > data.length);
    Map<?, ?> seen = (Map<?, ?>) server.requests().get(0);
    Map<?, ?> headers = (Map<?, ?>) seen.get("headers");
    assertEquals("chunked", String.valueOf(headers.get("transfer-encoding")).toLowerCase());
  }

  @Test
  void uploadFromBytesAndFromAStreamWithItsSize() throws Exception {
    byte[] data = content(2 * MIB, 3);
    File a = client.files().upload(FilesUploadParams.builder().file(data, "a.bin", null).build());
    assertArrayEquals(data, stored(a.id()));
    try (InputStream in = new NonRewindable(new ByteArrayInputStream(data))) {
      File b =
          client
              .files()
              .upload(
                  FilesUploadParams.builder()
                      .file(UploadFile.of(in, data.length).withFileName("b.bin"))
                      .build());
      assertArrayEquals(data, stored(b.id()));
    }
  }

  /** A stream that yields its bytes slowly: at most 8 KiB per read, each after a pause. */
  static final class SlowStream extends InputStream {
    private final byte[] data;
    private final long pauseMs;
    private int at;

    SlowStream(byte[] data, long pauseMs) {
      this.data = data;
      this.pauseMs = pauseMs;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) return 0;
      if (at == data.length) return -1;
      try {
        Thread.sleep(pauseMs);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      int n = Math.min(Math.min(len, 8192), data.length - at);
      System.arraycopy(data, at, b, off, n);
      at += n;
      return n;
    }
  }

  /**
   * An upload that takes longer than the first-byte timeout is not cut short: the driver reports
   * the body's progress to the core (on_body_sent), and the timeout runs from the last progress,
   * not from the request's start.
   */
  @Test
  void aSlowUploadOutlastsTheFirstByteTimeout() throws Exception {
    Duration firstByte = Duration.ofMillis(400);
    byte[] data = content(128 * 8192, 9); // 128 pieces, 8 ms apart: about 1 s
    try (CozeClient slow =
        CozeClient.builder()
            .token("pat_java_io")
            .baseUrl(server.baseUrl)
            .firstByteTimeout(firstByte)
            .maxRetries(0)
            .build()) {
      long t0 = System.nanoTime();
      File f =
          slow.files()
              .upload(
                  FilesUploadParams.builder()
                      .file(
                          UploadFile.of(new SlowStream(data, 8), data.length)
                              .withFileName("slow.bin"))
                      .build());
      long tookMs = (System.nanoTime() - t0) / 1_000_000;
      assertTrue(tookMs > firstByte.toMillis(), "the upload took " + tookMs + " ms");
      assertArrayEquals(data, stored(f.id()));
    }
  }

  @Test
  void aRetriedUploadFromAPathSendsTheWholeFileAgain() throws Exception {
    byte[] data = content(4 * MIB, 4);
    Path file = tmp.resolve("retry.bin");
    Files.write(file, data);
    server.faults(RETRYABLE_503);
    Progress progress = new Progress();
    File f =
        client
            .files()
            .upload(
                FilesUploadParams.builder().file(file).build(),
                RequestOptions.builder().uploadProgress(progress).build());
    assertEquals(2, uploadRequests());
    assertArrayEquals(data, stored(f.id()));
    assertEquals(progress.last()[1], progress.last()[0]);
  }

  @Test
  void aRetryRewindsAFileInputStreamAndReopensASupplier() throws Exception {
    byte[] data = content(3 * MIB, 5);
    Path file = tmp.resolve("seek.bin");
    Files.write(file, data);
    try (FileInputStream in = new FileInputStream(file.toFile())) {
      server.faults(RETRYABLE_503);
      File f =
          client
              .files()
              .upload(FilesUploadParams.builder().file(UploadFile.of(in, data.length)).build());
      assertEquals(2, uploadRequests());
      assertArrayEquals(data, stored(f.id()));
    }
    server.reset();
    AtomicInteger opened = new AtomicInteger();
    server.faults(RETRYABLE_503);
    File g =
        client
            .files()
            .upload(
                FilesUploadParams.builder()
                    .file(
                        UploadFile.of(
                            () -> {
                              opened.incrementAndGet();
                              return Files.newInputStream(file);
                            },
                            -1))
                    .build());
    assertEquals(2, opened.get());
    assertArrayEquals(data, stored(g.id()));
  }

  @Test
  void aStreamThatCannotBeReadAgainFailsTheRetryAsInvalidArgument() throws Exception {
    byte[] data = content(MIB, 6);
    server.faults(RETRYABLE_503);
    InvalidArgumentException e =
        assertThrows(
            InvalidArgumentException.class,
            () ->
                client
                    .files()
                    .upload(
                        FilesUploadParams.builder()
                            .file(
                                UploadFile.of(
                                    new NonRewindable(new ByteArrayInputStream(data)), data.length))
                            .build()));
    assertTrue(e.getMessage().contains("cannot be read again"), e.getMessage());
    assertEquals(1, uploadRequests(), "no second attempt with a truncated file");
  }

  @Test
  void aStreamShorterThanItsSizeOrAFailingReadIsNotRetried() throws Exception {
    byte[] data = content(100_000, 7);
    InvalidArgumentException shorter =
        assertThrows(
            InvalidArgumentException.class,
            () ->
                client
                    .files()
                    .upload(
                        FilesUploadParams.builder()
                            .file(UploadFile.of(new ByteArrayInputStream(data), data.length + 10))
                            .build()));
    assertTrue(shorter.getMessage().contains("ended after"), shorter.getMessage());
    InputStream broken =
        new InputStream() {
          int left = 70_000;

          @Override
          public int read() throws IOException {
            if (left-- <= 0) throw new IOException("disk on fire");
            return 1;
          }
        };
    InvalidArgumentException failed =
        assertThrows(
            InvalidArgumentException.class,
            () ->
                client
                    .files()
                    .upload(FilesUploadParams.builder().file(UploadFile.of(broken, -1)).build()));
    assertTrue(failed.getMessage().contains("disk on fire"), failed.getMessage());
    Path gone = tmp.resolve("gone.bin");
    Files.write(gone, data);
    UploadFile later = UploadFile.of(gone);
    Files.delete(gone);
    assertThrows(
        InvalidArgumentException.class,
        () -> client.files().upload(FilesUploadParams.builder().file(later).build()));
    assertThrows(InvalidArgumentException.class, () -> UploadFile.of(tmp.resolve("nope.bin")));
  }

  static AudioSpeechCreateParams speech() {
    return AudioSpeechCreateParams.builder().input("hello").voiceId(SYSTEM_VOICE).build();
  }

  static RequestOptions speechBytes(long n) {
    return RequestOptions.builder().header("X-Fake-Speech-Bytes", Long.toString(n)).build();
  }

  static void assertPattern(byte[] got, long from) {
    for (int i = 0; i < got.length; i++) {
      if ((got[i] & 0xff) != (int) ((from + i) % 251)) {
        throw new AssertionError("byte " + (from + i) + " is " + (got[i] & 0xff));
      }
    }
  }

  @Test
  void speechToAFileMatchesThePattern() throws Exception {
    int n = 3 * MIB + 5;
    Path out = tmp.resolve("speech.mp3");
    DownloadResult r = client.audio().speech().create(speech(), out, speechBytes(n));
    assertEquals(n, r.bytes());
    assertEquals("audio/mpeg", r.contentType());
    assertFalse(r.logid().isEmpty());
    byte[] got = Files.readAllBytes(out);
    assertEquals(n, got.length);
    assertPattern(got, 0);
  }

  @Test
  void speechToACallbackAndToAStreamAndAsBytes() throws Exception {
    int n = 2 * MIB + 1;
    AtomicLong seen = new AtomicLong();
    AtomicInteger chunks = new AtomicInteger();
    DownloadResult r =
        client
            .audio()
            .speech()
            .create(
                speech(),
                chunk -> {
                  byte[] b = new byte[chunk.remaining()];
                  chunk.get(b);
                  assertPattern(b, seen.getAndAdd(b.length));
                  chunks.incrementAndGet();
                },
                speechBytes(n));
    assertEquals(n, r.bytes());
    assertEquals(n, seen.get());
    assertTrue(chunks.get() > 1, "the answer arrives in pieces");

    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    assertEquals(n, client.audio().speech().create(speech(), sink, speechBytes(n)).bytes());
    assertPattern(sink.toByteArray(), 0);
    assertEquals(n, sink.size());

    BinaryResponse bytes = client.audio().speech().create(speech(), speechBytes(70_000));
    assertEquals(70_000, bytes.data().length);
    assertPattern(bytes.data(), 0);
  }

  @Test
  void aFailingSinkEndsTheCallAndAFailedCallLeavesNoFile() throws Exception {
    IOException full = new IOException("disk full");
    InternalException e =
        assertThrows(
            InternalException.class,
            () ->
                client
                    .audio()
                    .speech()
                    .create(
                        speech(),
                        (ByteSink)
                            chunk -> {
                              throw full;
                            },
                        speechBytes(MIB)));
    assertInstanceOf(IOException.class, e.getCause());

    Path out = tmp.resolve("never.mp3");
    server.faults("{\"status\": 404, \"body\": {\"code\": 4200, \"msg\": \"no voice\"}}");
    assertThrows(
        NotFoundException.class,
        () -> client.audio().speech().create(speech(), out, speechBytes(10)));
    assertFalse(Files.exists(out), "no file for a call that failed before any byte");
  }

  /** A stream without mark/reset or a channel: it can be read once. */
  static final class NonRewindable extends FilterInputStream {
    NonRewindable(InputStream in) {
      super(in);
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }
}
