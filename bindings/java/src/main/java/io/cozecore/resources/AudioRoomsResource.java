// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.RequestOptions;
import io.cozecore.internal.Cells;
import io.cozecore.model.Room;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The audio.rooms operations: client.audio().rooms(). */
public final class AudioRoomsResource {
  private final CozeApi api;

  AudioRoomsResource(CozeApi api) {
    this.api = api;
  }

  /**
   * Creates an RTC room with a bot ({@code POST /v1/audio/rooms}, operation audio.rooms.create).
   * Returns the result (Room).
   */
  public Room create(AudioRoomsCreateParams params) {
    return create(params, null);
  }

  /** Like {@link #create(AudioRoomsCreateParams)}, with per-call options (null: none). */
  public Room create(AudioRoomsCreateParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    return api.invoke("audio.rooms.create", params.toParams(), options, Cells.model(Room::new));
  }

  /**
   * {@link #create(AudioRoomsCreateParams)} as a CompletableFuture, run on the client's executor:
   * it completes with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<Room> createAsync(AudioRoomsCreateParams params) {
    return api.async(() -> create(params, null));
  }

  /**
   * {@link #create(AudioRoomsCreateParams, RequestOptions)} as a CompletableFuture, run on the
   * client's executor: it completes with the result or the CozeException; cancelling it cancels the
   * call.
   */
  public CompletableFuture<Room> createAsync(
      AudioRoomsCreateParams params, RequestOptions options) {
    return api.async(() -> create(params, options));
  }
}
