package io.cozecore.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The JNI library the jar carries, and the error when it carries none for a platform. */
class NativeLibraryTest {
  @Test
  void theJarCarriesTheLibraryForThisPlatform() {
    String platform = NativeLibrary.platform();
    String resource = NativeLibrary.resource(platform);
    assertEquals("/native/" + platform + "/" + NativeLibrary.fileName(platform), resource);
    assertNotNull(NativeLibrary.class.getResource(resource));
  }

  @Test
  void aMissingPlatformIsAClearError() {
    UnsatisfiedLinkError e =
        assertThrows(UnsatisfiedLinkError.class, () -> NativeLibrary.resource("plan9-mips"));
    String msg = e.getMessage();
    assertTrue(msg.contains("no native library for plan9-mips"), msg);
    assertTrue(msg.contains("it carries " + NativeLibrary.platform()), msg);
    assertTrue(msg.contains("-Dcozecore.library.path"), msg);
    assertTrue(msg.contains("os.arch"), msg);
  }

  @Test
  void libraryFileNamesFollowTheOs() {
    assertEquals("libcozecore_jni.so", NativeLibrary.fileName("linux-aarch64"));
    assertEquals("libcozecore_jni.dylib", NativeLibrary.fileName("macos-aarch64"));
    assertEquals("cozecore_jni.dll", NativeLibrary.fileName("windows-x86_64"));
  }
}
