package dev.pacer.contextio.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * The address fields of a message. A field the server sends as one object where a list is
 * declared reads as a one-element list.
 *
 * @param from the author
 * @param to the primary recipients
 * @param cc the copied recipients
 * @param bcc the blind-copied recipients
 * @param replyTo where replies go
 * @param sender the sender, when it differs from the author
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Addresses(Address from, List<Address> to, List<Address> cc, List<Address> bcc, List<Address> replyTo,
    List<Address> sender) {

  /** Copies the lists, so the value is immutable. */
  public Addresses {
    to = Copies.listOrNull(to);
    cc = Copies.listOrNull(cc);
    bcc = Copies.listOrNull(bcc);
    replyTo = Copies.listOrNull(replyTo);
    sender = Copies.listOrNull(sender);
  }
}
