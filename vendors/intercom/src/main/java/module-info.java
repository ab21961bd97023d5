/**
 * Typed Intercom client on Pacer: the documented endpoints with their rate limits declared. Model packages are open to Jackson for binding; {@code dev.pacer.intercom.internal} is not API.
 */
module dev.pacer.intercom {
  requires transitive dev.pacer.vendor.support;

  exports dev.pacer.intercom;
  exports dev.pacer.intercom.model;
  exports dev.pacer.intercom.webhook;
  opens dev.pacer.intercom.model to com.fasterxml.jackson.databind;
  opens dev.pacer.intercom.webhook to com.fasterxml.jackson.databind;
  opens dev.pacer.intercom to com.fasterxml.jackson.databind;
  opens dev.pacer.intercom.internal to com.fasterxml.jackson.databind;
}
