package io.cozecore.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Loads libcozecore_jni once. The jar carries it as the resource {@code
 * native/<os>-<arch>/libcozecore_jni.so}; it is copied to a temporary file and loaded from there.
 * The system property {@code cozecore.library.path} (a file) overrides the resource, for
 * development builds. A jar without a library for this JVM's platform fails the first call with an
 * {@link UnsatisfiedLinkError} that names the platform and the ones the jar carries.
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
    String resource = resource(platform());
    String file = resource.substring(resource.lastIndexOf('/') + 1);
    try (InputStream in = NativeLibrary.class.getResourceAsStream(resource)) {
      if (in == null) throw missing(platform()); // listed, then gone: a broken class path
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

  /** The platforms a jar may carry a library for (those the error lists when one is missing). */
  static final List<String> KNOWN_PLATFORMS =
      List.of(
          "linux-x86_64",
          "linux-aarch64",
          "macos-x86_64",
          "macos-aarch64",
          "windows-x86_64",
          "windows-aarch64");

  /**
   * The jar's resource holding the library for {@code platform} ({@code
   * /native/linux-x86_64/libcozecore_jni.so}); an {@link UnsatisfiedLinkError} naming the platform,
   * the platforms the jar does carry and the way out when it has none for it.
   */
  public static String resource(String platform) {
    String resource = "/native/" + platform + "/" + fileName(platform);
    if (NativeLibrary.class.getResource(resource) == null) throw missing(platform);
    return resource;
  }

  private static UnsatisfiedLinkError missing(String platform) {
    List<String> carried = new ArrayList<>();
    for (String p : KNOWN_PLATFORMS) {
      if (NativeLibrary.class.getResource("/native/" + p + "/" + fileName(p)) != null) {
        carried.add(p);
      }
    }
    return new UnsatisfiedLinkError(
        "cozecore: this jar has no native library for "
            + platform
            + " (os.name \""
            + System.getProperty("os.name", "")
            + "\", os.arch \""
            + System.getProperty("os.arch", "")
            + "\"); it carries "
            + (carried.isEmpty() ? "none" : String.join(", ", carried))
            + ". Build the jar on "
            + platform
            + " (scripts/targets/java build), or point -D"
            + PATH_PROPERTY
            + " at a "
            + fileName(platform)
            + " built for it");
  }

  /** The library's file name on {@code platform}'s OS. */
  static String fileName(String platform) {
    if (platform.startsWith("macos-")) return "lib" + NAME + ".dylib";
    if (platform.startsWith("windows-")) return NAME + ".dll";
    return "lib" + NAME + ".so";
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
