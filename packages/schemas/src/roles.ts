/**
 * Party-role synonyms that clients send, mapped to the catalogue roles of docs/domain.md §1.1 (documented in the README):
 * trade-document terms (shipper, importer, notify, ship-to, sold-to), ERP terms (vendor, customer) and the catalogue's own
 * long forms (broker_agent, payer_bank, issuing_bank, beneficiary_bank). Keys are lower-case with `_` for spaces and hyphens.
 * Source: docs/domain.md §1.1 data model; ICC/UN-CEFACT trade document party names (shipper, consignee, notify party).
 */
export const ROLE_SYNONYMS: Readonly<Record<string, string>> = {
  shipper: 'exporter', exporter_of_record: 'exporter', consignor: 'exporter',
  vendor: 'seller', supplier: 'seller', manufacturer: 'seller', sold_by: 'seller',
  importer: 'buyer', importer_of_record: 'buyer', customer: 'buyer', purchaser: 'buyer', sold_to: 'buyer', client: 'buyer',
  ship_to: 'consignee', deliver_to: 'consignee', delivery_party: 'consignee',
  final_consignee: 'ultimate_consignee', ultimate: 'ultimate_consignee',
  intermediate: 'intermediate_consignee', intermediary_consignee: 'intermediate_consignee',
  enduser: 'end_user', user: 'end_user',
  forwarder: 'freight_forwarder', freight: 'freight_forwarder', forwarding_agent: 'freight_forwarder', shipping_agent: 'freight_forwarder', logistics_provider: 'freight_forwarder',
  shipping_line: 'carrier', airline: 'carrier', haulier: 'carrier', trucker: 'carrier',
  agent: 'broker', broker_agent: 'broker', intermediary: 'broker', sales_agent: 'broker',
  notify: 'notify_party', notify_address: 'notify_party',
  paying_party: 'payer', remitter: 'payer', ordering_customer: 'payer',
  payer_bank: 'bank', issuing_bank: 'bank', beneficiary_bank: 'bank', correspondent_bank: 'bank', advising_bank: 'bank',
};

/** A role as a client wrote it, as the catalogue role (unknown words are returned normalised, for the enum to reject). */
export function normalizeRole(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const k = v.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return ROLE_SYNONYMS[k] ?? k;
}
