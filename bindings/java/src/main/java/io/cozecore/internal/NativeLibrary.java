package io.cozecore.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Loads libcozecore_jni once. The jar carries it as the resource {@code
 * native/<os>-<arch>/libcozecore_jni.so}; it is copied to a temporary file and loaded from there.
 * The system property {@code cozecore.library.path} (a file) overrides the resource, for
 * development builds.
 */
public final class NativeLibrary {
  public static final String PATH_PROPERTY = "cozecore.library.path";
  private static final String NAME = "cozecore_jni";
  private static boolean loaded;

  private NativeLibrary() {}

  public static synchronized void load() {
    if (loaded) return;
    String override = System.getProperty(PATH_PROPERTY);
    if (override != null && !override.isEmpty()) {
      System.load(Path.of(override).toAbsolutePath().toString());
      loaded = true;
      return;
    }
    String file = System.mapLibraryName(NAME);
    String resource = "/native/" + platform() + "/" + file;
    try (InputStream in = NativeLibrary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UnsatisfiedLinkError(
            "cozecore: no native library for "
                + platform()
                + " in the jar ("
                + resource
                + "); set -D"
                + PATH_PROPERTY
                + "=/path/to/"
                + file);
      }
      Path dir = Files.createTempDirectory("cozecore-");
      Path target = dir.resolve(file);
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      target.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      System.load(target.toAbsolutePath().toString());
      loaded = true;
    } catch (IOException e) {
      UnsatisfiedLinkError err =
          new UnsatisfiedLinkError("cozecore: cannot extract " + resource + ": " + e);
      err.initCause(e);
      throw err;
    }
  }

  /** The resource folder name for this JVM, e.g. {@code linux-x86_64}. */
  public static String platform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    if (os.startsWith("linux")) {
      os = "linux";
    } else if (os.startsWith("mac") || os.startsWith("darwin")) {
      os = "macos";
    } else if (os.startsWith("windows")) {
      os = "windows";
    }
    if (arch.equals("amd64") || arch.equals("x86_64")) {
      arch = "x86_64";
    } else if (arch.equals("arm64") || arch.equals("aarch64")) {
      arch = "aarch64";
    }
    return os + "-" + arch;
  }
}
