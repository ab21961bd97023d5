package dev.pacer.contextio.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The IMAP settings Context.IO knows for an email address.
 *
 * @param email the address asked about
 * @param found whether settings were found
 * @param type the source type, {@code imap}
 * @param imap the settings, when found
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Discovery(String email, Boolean found, String type, Imap imap) {

  /**
   * IMAP server settings.
   *
   * @param server the server's DNS name
   * @param username the user name to log in with
   * @param port the port
   * @param useSsl whether to use SSL
   * @param oauth whether the provider supports OAuth2
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Imap(String server, String username, Integer port, Boolean useSsl, Boolean oauth) {}
}
