package io.cozecore;

/**
 * The token a client that manages its own holds now ({@link CozeClient#currentToken()}): store the
 * refresh token after each refresh, since the old one stops working. {@link #toString()} shows no
 * token.
 *
 * @param accessToken the access token the client sends now ("" before the first one arrives)
 * @param refreshToken the refresh token that renews it ("" for a JWT app, which signs anew)
 * @param expiresIn when the access token expires, in Unix seconds; -1 when unknown
 * @param refreshes how many refreshes the client has made
 */
public record TokenInfo(String accessToken, String refreshToken, long expiresIn, int refreshes) {
  @Override
  public String toString() {
    return "TokenInfo[accessToken=[redacted], refreshToken=[redacted], expiresIn="
        + expiresIn
        + ", refreshes="
        + refreshes
        + "]";
  }
}
