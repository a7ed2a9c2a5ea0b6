package io.cozecore;

import io.cozecore.bridge.cozecore_bridge;
import io.cozecore.internal.Utf8;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * OAuth helpers that need no network: PKCE pairs and the OAuth app config loader (use {@code
 * OAuthApp.builder().config(json)} to add client settings such as the HTTP client or hooks). The
 * flows themselves (authorize URL, code exchange, refresh, device flow, JWT token) are methods of
 * {@link OAuthApp}; everything about them is decided by the cozecore core.
 *
 * <pre>{@code
 * OAuthApp app = OAuth.loadOAuthApp(Path.of("coze_oauth_config.json"));
 * PkcePair pkce = OAuth.pkcePair();
 * String url = app.authorizeUrl("https://example.com/callback", state, pkce);
 * // ... the user approves; the redirect brings ?code=...&state=...
 * OAuthToken token = app.exchangeCode(code, "https://example.com/callback", pkce.verifier());
 * }</pre>
 */
public final class OAuth {
  private static final SecureRandom RANDOM = new SecureRandom();

  private OAuth() {}

  /**
   * A fresh PKCE pair: the verifier from 32 bytes of the JDK's {@link SecureRandom} (made into text
   * by the core's {@code pkce_verifier}), the S256 challenge by the core's {@code pkce_challenge}.
   */
  public static PkcePair pkcePair() {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String verifier = Utf8.decode(cozecore_bridge.pkce_verifier(random));
    if (verifier.isEmpty()) {
      throw CozeException.of("internal", "the core made no PKCE verifier");
    }
    return new PkcePair(verifier, pkceChallenge(verifier));
  }

  /**
   * The S256 challenge of a verifier (base64url of its SHA-256, no padding); an {@link
   * InvalidArgumentException} when the verifier is not 43..128 unreserved characters.
   */
  public static String pkceChallenge(String verifier) {
    String c = Utf8.decode(cozecore_bridge.pkce_challenge(Utf8.encode(verifier)));
    if (c.isEmpty()) {
      throw CozeException.invalidArgument(
          "a PKCE verifier is 43..128 characters of A-Z a-z 0-9 - . _ ~");
    }
    return c;
  }

  /**
   * The host a service app's JWT names as its audience ({@code aud}) for an API base URL: {@code
   * api.coze.com} for {@code https://api.coze.com}.
   */
  public static String jwtAudience(String baseUrl) {
    return Utf8.decode(cozecore_bridge.oauth_jwt_audience(Utf8.encode(baseUrl)));
  }

  /**
   * Reads an OAuth app's JSON config as the Coze console writes it ({@code client_type} pkce, jwt,
   * device or web; {@code client_id}, {@code coze_api_base}, {@code coze_www_base}, {@code
   * private_key}, {@code public_key_id}, {@code client_secret}), checked by the core. A jwt app's
   * key is read now. An {@link InvalidArgumentException} names a missing or wrong field (never a
   * secret's value).
   */
  public static OAuthApp loadOAuthApp(String json) {
    return OAuthApp.builder().config(json).build();
  }

  /** Like {@link #loadOAuthApp(String)}, from a file (UTF-8). */
  public static OAuthApp loadOAuthApp(Path path) {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw CozeException.invalidArgument(
          "cannot read the OAuth app config " + path + " (" + e.getClass().getSimpleName() + ")");
    }
    return loadOAuthApp(text);
  }
}
