/**
 * Typed Nylas v2 client on Pacer: the documented endpoints with their rate and stream limits declared. Model packages are open to Jackson for binding; {@code dev.pacer.nylas.internal} is not API.
 */
module dev.pacer.nylas {
  requires transitive dev.pacer.vendor.support;

  exports dev.pacer.nylas;
  exports dev.pacer.nylas.model;
  exports dev.pacer.nylas.webhook;
  opens dev.pacer.nylas.model to com.fasterxml.jackson.databind;
  opens dev.pacer.nylas.webhook to com.fasterxml.jackson.databind;
  opens dev.pacer.nylas to com.fasterxml.jackson.databind;
  opens dev.pacer.nylas.internal to com.fasterxml.jackson.databind;
}
