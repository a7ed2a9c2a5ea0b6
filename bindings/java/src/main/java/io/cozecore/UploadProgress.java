package io.cozecore;

/**
 * Reports how much of a request body was sent ({@link RequestOptions.Builder#uploadProgress}): the
 * bytes handed to the connection so far and the total ({@code -1} when a file's size is unknown).
 * Called on the HTTP client's threads as the body goes out, at least once per attempt with {@code
 * sent == total} when the body was sent whole; a retry starts again from 0. It must return quickly;
 * what it throws is ignored.
 */
@FunctionalInterface
public interface UploadProgress {
  void onProgress(long sent, long total);
}
