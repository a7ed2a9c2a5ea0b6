// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.BinaryResponse;
import io.cozecore.ByteSink;
import io.cozecore.DownloadResult;
import io.cozecore.RequestOptions;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The audio.speech operations: client.audio().speech(). */
public final class AudioSpeechResource {
  private final CozeApi api;

  AudioSpeechResource(CozeApi api) {
    this.api = api;
  }

  /**
   * Turns text into speech ({@code POST /v1/audio/speech}, operation audio.speech.create). Returns
   * the bytes received with their media type, held in memory; the overloads with a Path, an
   * OutputStream or a ByteSink stream them there instead.
   */
  public BinaryResponse create(AudioSpeechCreateParams params) {
    return create(params, (RequestOptions) null);
  }

  /** Like {@link #create(AudioSpeechCreateParams)}, with per-call options (null: none). */
  public BinaryResponse create(AudioSpeechCreateParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invokeBinary("audio.speech.create", params.toParams(), options);
  }

  /**
   * Like {@link #create(AudioSpeechCreateParams)}, streaming the answer into the file at {@code
   * path} (created or truncated at the first bytes; removed again when the call fails after that)
   * as it arrives instead of holding it in memory; returns its length and media type.
   */
  public DownloadResult create(AudioSpeechCreateParams params, Path path) {
    return create(params, path, null);
  }

  /** Like {@link #create(AudioSpeechCreateParams, Path)}, with per-call options (null: none). */
  public DownloadResult create(AudioSpeechCreateParams params, Path path, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(path, "path");
    return api.invokeDownload("audio.speech.create", params.toParams(), options, path);
  }

  /**
   * Like {@link #create(AudioSpeechCreateParams)}, streaming the answer to {@code out} (neither
   * flushed nor closed) as it arrives instead of holding it in memory; returns its length and media
   * type.
   */
  public DownloadResult create(AudioSpeechCreateParams params, OutputStream out) {
    return create(params, out, null);
  }

  /**
   * Like {@link #create(AudioSpeechCreateParams, OutputStream)}, with per-call options (null:
   * none).
   */
  public DownloadResult create(
      AudioSpeechCreateParams params, OutputStream out, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(out, "out");
    return api.invokeDownload("audio.speech.create", params.toParams(), options, ByteSink.of(out));
  }

  /**
   * Like {@link #create(AudioSpeechCreateParams)}, streaming the answer to {@code sink}, chunk by
   * chunk as it arrives instead of holding it in memory; returns its length and media type.
   */
  public DownloadResult create(AudioSpeechCreateParams params, ByteSink sink) {
    return create(params, sink, null);
  }

  /**
   * Like {@link #create(AudioSpeechCreateParams, ByteSink)}, with per-call options (null: none).
   */
  public DownloadResult create(
      AudioSpeechCreateParams params, ByteSink sink, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(sink, "sink");
    return api.invokeDownload("audio.speech.create", params.toParams(), options, sink);
  }

  /**
   * {@link #create(AudioSpeechCreateParams)} as a CompletableFuture, run on the client's executor:
   * it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<BinaryResponse> createAsync(AudioSpeechCreateParams params) {
    return api.async(() -> create(params, (RequestOptions) null));
  }

  /**
   * {@link #create(AudioSpeechCreateParams, RequestOptions)} as a CompletableFuture, run on the
   * client's executor: it completes with the result or the CozeException; cancelling it cancels the
   * call.
   */
  public CompletableFuture<BinaryResponse> createAsync(
      AudioSpeechCreateParams params, RequestOptions options) {
    return api.async(() -> create(params, options));
  }

  /**
   * {@link #create(AudioSpeechCreateParams, Path)} as a CompletableFuture, run on the client's
   * executor: it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<DownloadResult> createAsync(AudioSpeechCreateParams params, Path path) {
    return api.async(() -> create(params, path));
  }

  /**
   * {@link #create(AudioSpeechCreateParams, Path, RequestOptions)} as a CompletableFuture, run on
   * the client's executor: it completes with the result or the CozeException; cancelling it cancels
   * the call.
   */
  public CompletableFuture<DownloadResult> createAsync(
      AudioSpeechCreateParams params, Path path, RequestOptions options) {
    return api.async(() -> create(params, path, options));
  }

  /**
   * {@link #create(AudioSpeechCreateParams, OutputStream)} as a CompletableFuture, run on the
   * client's executor: it completes with the result or the CozeException; cancelling it cancels the
   * call.
   */
  public CompletableFuture<DownloadResult> createAsync(
      AudioSpeechCreateParams params, OutputStream out) {
    return api.async(() -> create(params, out));
  }

  /**
   * {@link #create(AudioSpeechCreateParams, OutputStream, RequestOptions)} as a CompletableFuture,
   * run on the client's executor: it completes with the result or the CozeException; cancelling it
   * cancels the call.
   */
  public CompletableFuture<DownloadResult> createAsync(
      AudioSpeechCreateParams params, OutputStream out, RequestOptions options) {
    return api.async(() -> create(params, out, options));
  }

  /**
   * {@link #create(AudioSpeechCreateParams, ByteSink)} as a CompletableFuture, run on the client's
   * executor: it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<DownloadResult> createAsync(
      AudioSpeechCreateParams params, ByteSink sink) {
    return api.async(() -> create(params, sink));
  }

  /**
   * {@link #create(AudioSpeechCreateParams, ByteSink, RequestOptions)} as a CompletableFuture, run
   * on the client's executor: it completes with the result or the CozeException; cancelling it
   * cancels the call.
   */
  public CompletableFuture<DownloadResult> createAsync(
      AudioSpeechCreateParams params, ByteSink sink, RequestOptions options) {
    return api.async(() -> create(params, sink, options));
  }
}
