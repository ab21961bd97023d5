/**
 * What every Pacer vendor module shares: the typed-client builder, error parsing, paging, JSON
 * settings, signing and the redirect guard. Exports only {@code dev.pacer.vendor.support};
 * {@code dev.pacer.vendor.support.internal} is not API.
 */
module dev.pacer.vendor.support {
  requires transitive dev.pacer.core;
  requires transitive retrofit2;
  requires transitive com.fasterxml.jackson.databind;
  requires retrofit2.converter.jackson;
  requires com.fasterxml.jackson.datatype.jsr310;

  exports dev.pacer.vendor.support;
  opens dev.pacer.vendor.support to com.fasterxml.jackson.databind;
}
