// Generated from core/api/coze.openapi.yaml by scripts/gen; do not edit (see core/api/README.md).
package io.cozecore.resources;

import io.cozecore.BinaryResponse;
import io.cozecore.ByteSink;
import io.cozecore.ChatPollResult;
import io.cozecore.DownloadResult;
import io.cozecore.Pager;
import io.cozecore.RequestOptions;
import io.cozecore.Tool;
import io.cozecore.ToolErrors;
import io.cozecore.internal.CallDriver;
import io.cozecore.internal.CellReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The API's resources, generated from the description; CozeClient extends it and runs the
 * operations.
 */
public abstract class CozeApi {
  private final AudioResource audio;
  private final BotsResource bots;
  private final ChatResource chat;
  private final ConversationsResource conversations;
  private final DatasetsResource datasets;
  private final FilesResource files;
  private final OauthResource oauth;
  private final TemplatesResource templates;
  private final UsersResource users;
  private final VariablesResource variables;
  private final WorkflowsResource workflows;
  private final WorkspacesResource workspaces;

  protected CozeApi() {
    this.audio = new AudioResource(this);
    this.bots = new BotsResource(this);
    this.chat = new ChatResource(this);
    this.conversations = new ConversationsResource(this);
    this.datasets = new DatasetsResource(this);
    this.files = new FilesResource(this);
    this.oauth = new OauthResource(this);
    this.templates = new TemplatesResource(this);
    this.users = new UsersResource(this);
    this.variables = new VariablesResource(this);
    this.workflows = new WorkflowsResource(this);
    this.workspaces = new WorkspacesResource(this);
  }

  /** The audio operations. */
  public final AudioResource audio() {
    return audio;
  }

  /** The bots operations. */
  public final BotsResource bots() {
    return bots;
  }

  /** The chat operations. */
  public final ChatResource chat() {
    return chat;
  }

  /** The conversations operations. */
  public final ConversationsResource conversations() {
    return conversations;
  }

  /** The datasets operations. */
  public final DatasetsResource datasets() {
    return datasets;
  }

  /** The files operations. */
  public final FilesResource files() {
    return files;
  }

  /** The oauth operations. */
  public final OauthResource oauth() {
    return oauth;
  }

  /** The templates operations. */
  public final TemplatesResource templates() {
    return templates;
  }

  /** The users operations. */
  public final UsersResource users() {
    return users;
  }

  /** The variables operations. */
  public final VariablesResource variables() {
    return variables;
  }

  /** The workflows operations. */
  public final WorkflowsResource workflows() {
    return workflows;
  }

  /** The workspaces operations. */
  public final WorkspacesResource workspaces() {
    return workspaces;
  }

  /**
   * Runs a non-streaming operation to its end and reads its result with {@code result} (null: the
   * operation has no result; null is returned).
   */
  protected abstract <T> T invoke(
      String op, Map<String, Object> params, RequestOptions options, CellReader<T> result);

  /**
   * Runs a blocking method of the resources as a CompletableFuture on the client's executor (the
   * generated {@code xxxAsync} twins); cancelling the future cancels the call.
   */
  protected abstract <T> CompletableFuture<T> async(Supplier<T> call);

  /** Starts a streaming operation; the stream drives the call. */
  protected abstract CallDriver open(String op, Map<String, Object> params, RequestOptions options);

  /** Runs a binary operation to its end. */
  protected abstract BinaryResponse invokeBinary(
      String op, Map<String, Object> params, RequestOptions options);

  /** Runs a binary operation to its end, its answer streamed to {@code sink}. */
  protected abstract DownloadResult invokeDownload(
      String op, Map<String, Object> params, RequestOptions options, ByteSink sink);

  /** Runs a binary operation to its end, its answer streamed into the file at {@code path}. */
  protected abstract DownloadResult invokeDownload(
      String op, Map<String, Object> params, RequestOptions options, Path path);

  /**
   * The pages of a list operation ({@code op} is {@code <list op>.pages}), read as {@code shape}
   * says; each iteration of the pager runs its own call.
   */
  protected abstract <R, T> Pager<R, T> pages(
      String op, Map<String, Object> params, RequestOptions options, Pager.Shape<R, T> shape);

  /**
   * Runs the core's poll flow {@code flow} ({@code chat.create_and_poll}) with an operation's
   * parameters (pollInterval null: the core's default).
   */
  protected abstract ChatPollResult poll(
      String flow, Map<String, Object> params, Duration pollInterval, RequestOptions options);

  /**
   * Starts the core's tool flow {@code flow} ({@code chat.run_tools}) with an operation's
   * parameters and the tools whose functions run on TOOLS (null limits: the core's defaults); the
   * stream drives the call.
   */
  protected abstract CallDriver runTools(
      String flow,
      Map<String, Object> params,
      List<Tool> tools,
      Integer maxRounds,
      Duration toolTimeout,
      ToolErrors toolErrors,
      RequestOptions options);
}
