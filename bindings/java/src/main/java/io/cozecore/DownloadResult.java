package io.cozecore;

/**
 * What a binary answer written to a {@link ByteSink} (a file, a stream, a callback) was: its length
 * in bytes, its media type ({@code Content-Type}) and the answer's log id.
 */
public record DownloadResult(long bytes, String contentType, String logid) {}
