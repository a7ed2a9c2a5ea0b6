package io.cozecore;

import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file to upload (a multipart file part such as {@code files.upload}'s {@code file}): its bytes
 * come from a path, a byte array or a stream, and are streamed into the request as it is sent,
 * never read whole into memory. Every attempt (a retry too) reads them again from their start:
 *
 * <ul>
 *   <li>{@link #of(Path)}: the file is opened again on every attempt; its size is taken now.
 *   <li>{@link #of(byte[])}: the array itself (not copied; do not change it during the call).
 *   <li>{@link #of(InputStreamSupplier, long)}: a new stream from the supplier on every attempt.
 *   <li>{@link #of(InputStream, long)}: the stream as given, read once; a retry rewinds it only
 *       when it can be rewound (a {@link FileInputStream} through its channel, a {@link
 *       ByteArrayInputStream} through its mark); else the call fails with an {@link
 *       InvalidArgumentException} instead of sending a truncated file.
 * </ul>
 *
 * A size of -1 means unknown: the request is then sent chunked ({@code Transfer-Encoding:
 * chunked}); with a known size it carries a {@code Content-Length}, and a source that gives more or
 * fewer bytes fails the call ({@link InvalidArgumentException}, not retried). The file name
 * defaults to the path's last element ({@code "file"} otherwise); the media type to none (the
 * server guesses). Instances are immutable; {@code withFileName} and {@code withContentType} return
 * copies.
 *
 * <pre>{@code
 * File f = client.files().upload(FilesUploadParams.builder()
 *     .file(UploadFile.of(Path.of("report.pdf")).withContentType("application/pdf")).build());
 * }</pre>
 */
public final class UploadFile {
  /** Opens a new stream of the file's bytes, from their start; called once per attempt. */
  @FunctionalInterface
  public interface InputStreamSupplier {
    InputStream open() throws IOException;
  }

  private final Path path;
  private final byte[] data;
  private final InputStreamSupplier supplier;
  private final InputStream stream;
  private final long size;
  private final String fileName;
  private final String contentType;
  private final long start; // a FileInputStream's position when given; -1 otherwise

  private UploadFile(
      Path path,
      byte[] data,
      InputStreamSupplier supplier,
      InputStream stream,
      long size,
      String fileName,
      String contentType,
      long start) {
    this.start = start;
    this.path = path;
    this.data = data;
    this.supplier = supplier;
    this.stream = stream;
    this.size = size;
    this.fileName = fileName;
    this.contentType = contentType;
  }

  /**
   * The file at {@code path}, named after its last element.
   *
   * @throws InvalidArgumentException when it is not a readable regular file
   */
  public static UploadFile of(Path path) {
    Objects.requireNonNull(path, "path");
    long size;
    try {
      if (!Files.isRegularFile(path)) {
        throw CozeException.invalidArgument("upload: not a regular file: " + path);
      }
      size = Files.size(path);
    } catch (NoSuchFileException e) {
      throw CozeException.invalidArgument("upload: no such file: " + path);
    } catch (IOException e) {
      throw CozeException.invalidArgument("upload: cannot read " + path + ": " + e.getMessage());
    }
    Path name = path.getFileName();
    return new UploadFile(
        path, null, null, null, size, name == null ? null : name.toString(), null, -1);
  }

  /** The bytes of {@code data} (not copied), without a file name. */
  public static UploadFile of(byte[] data) {
    Objects.requireNonNull(data, "data");
    return new UploadFile(null, data, null, null, data.length, null, null, -1);
  }

  /**
   * The bytes of a stream opened anew on every attempt; {@code size}: their length, or -1 when
   * unknown (the body then goes chunked).
   */
  public static UploadFile of(InputStreamSupplier supplier, long size) {
    Objects.requireNonNull(supplier, "supplier");
    return new UploadFile(null, null, supplier, null, checkSize(size), null, null, -1);
  }

  /**
   * The bytes of {@code stream}, read from its current position; {@code size}: their length, or -1
   * when unknown (the body then goes chunked). The stream is not closed by the call. A retry needs
   * it rewound: see the class comment.
   */
  public static UploadFile of(InputStream stream, long size) {
    Objects.requireNonNull(stream, "stream");
    long start = -1;
    if (stream instanceof ByteArrayInputStream) {
      stream.mark(0); // (its mark costs nothing; another stream's mark may buffer all it reads)
    } else if (stream instanceof FileInputStream) {
      try {
        start = ((FileInputStream) stream).getChannel().position();
      } catch (IOException e) {
        start = -1; // not seekable: read once
      }
    }
    return new UploadFile(null, null, null, stream, checkSize(size), null, null, start);
  }

  private static long checkSize(long size) {
    if (size < -1) throw CozeException.invalidArgument("upload: size must be -1 (unknown) or >= 0");
    return size;
  }

  /** A copy with the file name sent in the part's {@code Content-Disposition} (null: none). */
  public UploadFile withFileName(String fileName) {
    return new UploadFile(path, data, supplier, stream, size, fileName, contentType, start);
  }

  /** A copy with the part's media type ({@code Content-Type}; null: none). */
  public UploadFile withContentType(String contentType) {
    return new UploadFile(path, data, supplier, stream, size, fileName, contentType, start);
  }

  /** The length in bytes, or -1 when unknown. */
  public long size() {
    return size;
  }

  /** The file name sent, or null. */
  public String fileName() {
    return fileName;
  }

  /** The media type sent, or null. */
  public String contentType() {
    return contentType;
  }

  /** The path this file is read from, or null when it is not a path. */
  public Path path() {
    return path;
  }

  /**
   * Opens the bytes from their start for attempt {@code attempt} (0 for the first): a new stream,
   * or the given stream rewound (closing the result never closes a stream the caller gave). The
   * client calls this on every attempt.
   *
   * @throws IOException when they cannot be read (again)
   */
  public InputStream openForAttempt(int attempt) throws IOException {
    if (path != null) return Files.newInputStream(path);
    if (data != null) return new ByteArrayInputStream(data);
    if (supplier != null) {
      InputStream in = supplier.open();
      if (in == null) throw new IOException("the supplier gave no stream");
      return new KeepOpen(in, true);
    }
    if (attempt > 0) rewind();
    return new KeepOpen(stream, false);
  }

  private void rewind() throws IOException {
    if (stream instanceof FileInputStream && start >= 0) {
      // (a FileInputStream of a regular file: its channel's position is the stream's)
      ((FileInputStream) stream).getChannel().position(start);
      return;
    }
    if (stream instanceof ByteArrayInputStream) {
      stream.reset();
      return;
    }
    throw new IOException(
        "the stream cannot be read again for a retry (give a Path, a byte[] or an"
            + " InputStreamSupplier to allow retries)");
  }

  @Override
  public String toString() {
    String from = path != null ? "path=" + path : data != null ? "bytes" : "stream";
    return "UploadFile[" + from + ", size=" + size + ", fileName=" + fileName + "]";
  }

  /** A stream whose close() closes the underlying stream only when the call opened it. */
  private static final class KeepOpen extends java.io.FilterInputStream {
    private final boolean owned;

    KeepOpen(InputStream in, boolean owned) {
      super(in);
      this.owned = owned;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return in.read(b, off, len);
    }

    @Override
    public void close() throws IOException {
      if (owned) in.close();
    }
  }
}
