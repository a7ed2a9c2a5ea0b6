package io.cozecore;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * Where a binary answer (audio speech, ...) goes as it arrives, chunk by chunk: nothing holds the
 * whole answer in memory. Called on the calling thread, in order; a chunk's buffer is read-only and
 * valid only during the call. What it throws ends the call: an {@link IOException} (or any
 * exception) fails it as an {@link InternalException} carrying it as its cause, and the request is
 * aborted.
 *
 * <pre>{@code
 * client.audio().speech().create(params, Path.of("hello.mp3"));          // to a file
 * client.audio().speech().create(params, outputStream);                  // to a stream (not closed)
 * client.audio().speech().create(params, chunk -> player.play(chunk));   // to a callback
 * }</pre>
 */
@FunctionalInterface
public interface ByteSink {
  /** Takes the next bytes of the answer. */
  void write(ByteBuffer chunk) throws IOException;

  /** A sink that writes to {@code out} (neither flushed nor closed by the call). */
  static ByteSink of(OutputStream out) {
    Objects.requireNonNull(out, "out");
    return chunk -> {
      if (chunk.hasArray()) {
        out.write(chunk.array(), chunk.arrayOffset() + chunk.position(), chunk.remaining());
      } else {
        byte[] copy = new byte[chunk.remaining()];
        chunk.get(copy);
        out.write(copy);
      }
    };
  }
}
