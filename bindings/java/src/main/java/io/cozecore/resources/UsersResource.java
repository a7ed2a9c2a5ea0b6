// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.RequestOptions;
import io.cozecore.internal.Cells;
import io.cozecore.model.User;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The users operations: client.users(). */
public final class UsersResource {
  private final CozeApi api;

  UsersResource(CozeApi api) {
    this.api = api;
  }

  /**
   * Gets the caller's own user ({@code GET /v1/users/me}, operation users.me). Returns the result
   * (User).
   */
  public User me() {
    return me(null);
  }

  /** Like {@link #me()}, with per-call options (null: none). */
  public User me(RequestOptions options) {
    return api.invoke("users.me", Map.of(), options, Cells.model(User::new));
  }

  /**
   * {@link #me()} as a CompletableFuture, run on the client's executor: it completes with the
   * result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<User> meAsync() {
    return api.async(() -> me());
  }

  /**
   * {@link #me(RequestOptions)} as a CompletableFuture, run on the client's executor: it completes
   * with the result or the CozeException; cancelling it cancels the call.
   */
  public CompletableFuture<User> meAsync(RequestOptions options) {
    return api.async(() -> me(options));
  }
}
