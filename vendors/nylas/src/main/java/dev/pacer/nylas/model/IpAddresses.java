package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import java.time.Instant;
import java.util.List;

/**
 * The addresses Nylas connects to mail servers from ({@code GET /a/{client_id}/ip_addresses};
 * paid applications only; limited to 10 calls per hour).
 *
 * @param ipAddresses the addresses; never null
 * @param updatedAt when the list last changed (Unix seconds on the wire)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record IpAddresses(List<String> ipAddresses, Instant updatedAt) {

  public IpAddresses {
    ipAddresses = Copies.listOrEmpty(ipAddresses);
  }
}
