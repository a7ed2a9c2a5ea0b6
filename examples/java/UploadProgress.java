// Uploads a file, streamed from its path, with a progress line.
//   java -cp build/native/bindings/java/maven/cozecore-0.1.0.jar examples/java/UploadProgress.java [path]
// Reads COZE_API_TOKEN and COZE_BASE_URL. Without a path, a 4 MiB file is written to a temp dir
// first.
import io.cozecore.CozeClient;
import io.cozecore.CozeException;
import io.cozecore.RequestOptions;
import io.cozecore.model.File;
import io.cozecore.resources.FilesUploadParams;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

public final class UploadProgress {
  public static void main(String[] args) throws Exception {
    Path path;
    if (args.length > 0) {
      path = Path.of(args[0]);
    } else {
      Path dir = Files.createTempDirectory("cozecore-example");
      dir.toFile().deleteOnExit();
      path = dir.resolve("example.bin");
      path.toFile().deleteOnExit();
      byte[] piece = new byte[1024 * 1024];
      try (OutputStream out = Files.newOutputStream(path)) {
        for (int i = 0; i < 4; i++) out.write(piece);
      }
    }
    try (CozeClient client = client()) {
      long[] shown = {-1};
      RequestOptions opts =
          RequestOptions.builder()
              .uploadProgress(
                  (sent, total) -> {
                    long pct = total > 0 ? sent * 100 / total : -1;
                    synchronized (shown) {
                      if (pct == shown[0]) return;
                      shown[0] = pct;
                    }
                    System.out.printf(
                        "\r%d / %s bytes%s",
                        sent,
                        total < 0 ? "?" : Long.toString(total),
                        pct < 0 ? "" : " (" + pct + "%)");
                  })
              .build();
      File f = client.files().upload(FilesUploadParams.builder().file(path).build(), opts);
      System.out.println();
      System.out.println(
          "uploaded " + f.fileName() + ": id " + f.id() + ", " + f.bytes() + " bytes");
    } catch (CozeException e) {
      System.err.println("upload failed (" + e.kind() + "): " + e.getMessage());
      System.exit(1);
    }
  }

  /** The client from the environment. */
  static CozeClient client() {
    String token = System.getenv("COZE_API_TOKEN");
    if (token == null || token.isEmpty()) {
      System.err.println("set COZE_API_TOKEN (and COZE_BASE_URL for the fake server)");
      System.exit(2);
    }
    String base = System.getenv("COZE_BASE_URL");
    return CozeClient.builder()
        .token(token)
        .baseUrl(base == null || base.isEmpty() ? CozeClient.COZE_COM_BASE_URL : base)
        .build();
  }
}
