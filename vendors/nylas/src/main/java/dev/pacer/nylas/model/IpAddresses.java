package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
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
@JsonIgnoreProperties(ignoreUnknown = true)
public record IpAddresses(
    @JsonProperty("ip_addresses") List<String> ipAddresses,
    @JsonProperty("updated_at") Instant updatedAt) {

  public IpAddresses {
    ipAddresses = Copies.listOrEmpty(ipAddresses);
  }
}
