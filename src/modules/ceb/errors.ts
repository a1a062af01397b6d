/**
 * The catalogue of every rejection the standard data interface can answer: the platform's code, the official
 * code it maps to where the specification has one (DXP transport codes, SPEC-NOTES §6.4; negative business
 * codes, §6.3), where it appears, and its message, cause and fix in the five languages.
 */
import { LOCALES, t, type Locale } from '../../kernel/i18n';
import type { MessageKey } from '../../kernel/messages';

export type ErrorCategory = 'format' | 'transport' | 'security' | 'business' | 'keyless';

export interface CatalogueEntry {
  code: string;
  category: ErrorCategory;
  /** HTTP status of the answer that carries it. */
  httpStatus: number;
  /** Where it is answered: the format receipt CEB900, or the message's own receipt (CEB312 …). */
  receipt: 'CEB900' | 'own' | 'http';
  /** Official codes it is reported with (returnStatus `-0002`, `-621004` …). */
  official: string[];
}

const FORMAT = ['ceb.xml_malformed', 'ceb.xml_encoding', 'ceb.xml_doctype'] as const;
const SCHEMA = [
  'ceb.unknown_message',
  'ceb.namespace',
  'ceb.element_unexpected',
  'ceb.element_order',
  'ceb.element_missing',
  'ceb.element_too_few',
  'ceb.element_too_many',
  'ceb.text_unexpected',
  'ceb.attribute_unexpected',
  'ceb.field_required',
  'ceb.field_length',
  'ceb.field_too_short',
  'ceb.field_too_long',
  'ceb.field_decimal',
  'ceb.field_total_digits',
  'ceb.field_fraction_digits',
  'ceb.field_int',
  'ceb.field_char',
  'ceb.field_not_simple',
  'ceb.field_fixed',
] as const;

/** Import clearance rejections (arrival checks, three-document matching, limits, tax, cancellation, returns): in the message's own receipt. */
const CLEARANCE: readonly (readonly [string, string[]])[] = [
  ['clr.party_unknown', ['100']],
  ['clr.party_not_filed', ['100']],
  ['clr.party_role', ['100']],
  ['clr.sender_not_party', ['100']],
  ['clr.agent_not_registered', ['100']],
  ['clr.id_type', ['100']],
  ['clr.id_number_invalid', ['100']],
  ['clr.paid_identity', ['100']],
  ['clr.goods_value', ['100']],
  ['clr.line_total', ['100']],
  ['clr.gnum_duplicate', ['-301002', '-621027']],
  ['clr.product_not_filed', ['100']],
  ['clr.amount_positive', ['100']],
  ['clr.ie_flag', ['100']],
  ['clr.trade_mode', ['100']],
  ['clr.mode_field_required', ['100']],
  ['clr.bonded_country', ['100']],
  ['clr.pack_no', ['100']],
  ['clr.hs_mismatch', ['100']],
  ['clr.tariff_unknown', ['100']],
  ['clr.positive_list', ['100']],
  ['clr.single_limit', ['-621005']],
  ['clr.annual_limit', ['-621018']],
  ['clr.mismatch', ['100']],
  ['clr.line_missing', ['100']],
  ['clr.identity_mismatch', ['100']],
  ['clr.tax_not_computable', ['100']],
  ['clr.guarantee_none', ['100']],
  ['clr.guarantee_exhausted', ['100']],
  ['clr.guarantee_expired', ['100']],
  ['clr.inventory_not_found', ['-623003', '100']],
  ['clr.cancel_state', ['-623005']],
  ['clr.return_line_unknown', ['-625209']],
  ['clr.return_qty', ['100']],
  ['clr.return_state', ['100']],
  ['clr.return_window', ['100']],
  ['clr.return_late', ['100']],
  ['clr.return_not_open', ['100']],
  ['clr.partners_missing', ['100']],
  ['clr.review_rejected', ['100']],
  ['clr.seized', ['100']],
  ['clr.shipped_back', ['100']],
  ['clr.state_conflict', ['100']],
  ['clr.guarantor_role', ['100']],
  ['clr.risk_rejected', ['100']],
];

/** Export rejections (orders, lists, overseas warehouses, cancellation, returns, summary declaration): in the message's own receipt. */
const EXPORT: readonly (readonly [string, string[]])[] = [
  ['exp.order_type', ['100']],
  ['exp.warehouse_missing', ['100']],
  ['exp.warehouse_unknown', ['100']],
  ['exp.risk_rejected', ['100']],
  ['exp.ie_flag', ['100']],
  ['exp.trade_mode', ['100']],
  ['exp.statistics_flag', ['100']],
  ['exp.gcode_format', ['100']],
  ['exp.order_type_mode', ['100']],
  ['exp.list_unknown', ['100']],
  ['exp.cancel_too_late', ['100']],
  ['exp.return_not_released', ['100']],
  ['exp.return_too_late', ['100']],
  ['exp.return_qty', ['100']],
  ['exp.return_unknown', ['100']],
  ['exp.summary_not_listable', ['100']],
  ['exp.summary_already', ['100']],
  ['exp.summary_mixed', ['100']],
  ['exp.summary_empty', ['100']],
  ['exp.summary_period', ['100']],
  ['exp.inspection_rejected', ['100']],
];

export const ERROR_CATALOGUE: readonly CatalogueEntry[] = [
  ...FORMAT.map((code) => ({ code, category: 'format' as const, httpStatus: 400, receipt: 'CEB900' as const, official: ['-0001'] })),
  ...SCHEMA.map((code) => ({ code, category: 'format' as const, httpStatus: 400, receipt: 'CEB900' as const, official: ['-0002'] })),
  { code: 'ceb.type_not_accepted', category: 'transport', httpStatus: 400, receipt: 'CEB900', official: ['-2999'] },
  { code: 'ceb.sender_mismatch', category: 'transport', httpStatus: 403, receipt: 'CEB900', official: ['-2002'] },
  { code: 'ceb.sender_no_code', category: 'transport', httpStatus: 403, receipt: 'CEB900', official: ['-2002'] },
  { code: 'ceb.guid_reused', category: 'transport', httpStatus: 409, receipt: 'CEB900', official: ['-2999'] },
  { code: 'ceb.signature_missing', category: 'security', httpStatus: 422, receipt: 'CEB900', official: ['-1001'] },
  { code: 'ceb.signature_digest', category: 'security', httpStatus: 422, receipt: 'CEB900', official: ['-1004', '-621028', '-623029'] },
  { code: 'ceb.signature_invalid', category: 'security', httpStatus: 422, receipt: 'CEB900', official: ['-1001', '-621029', '-623029'] },
  { code: 'ceb.signature_expired', category: 'security', httpStatus: 422, receipt: 'CEB900', official: ['-1002', '-621029', '-623029'] },
  { code: 'ceb.signature_untrusted', category: 'security', httpStatus: 422, receipt: 'CEB900', official: ['-1001', '-621029', '-623029'] },
  { code: 'ceb.signature_unsupported', category: 'security', httpStatus: 422, receipt: 'CEB900', official: ['-1999', '-621029', '-623029'] },
  { code: 'ceb.signature_malformed', category: 'security', httpStatus: 422, receipt: 'CEB900', official: ['-1999', '-621029', '-623029'] },
  { code: 'ceb.code_unknown', category: 'business', httpStatus: 422, receipt: 'own', official: ['100'] },
  { code: 'ceb.document_exists', category: 'business', httpStatus: 422, receipt: 'own', official: ['-301010', '-401007', '-504012', '-505012', '-621004', '-800003', '100'] },
  { code: 'ceb.document_not_found', category: 'business', httpStatus: 422, receipt: 'own', official: ['-301009', '-623003', '100'] },
  { code: 'ceb.document_locked', category: 'business', httpStatus: 422, receipt: 'own', official: ['-301011', '-401008', '-621004', '-623005', '100'] },
  { code: 'ceb.app_type_invalid', category: 'business', httpStatus: 422, receipt: 'own', official: ['100'] },
  { code: 'ceb.app_status_invalid', category: 'business', httpStatus: 422, receipt: 'own', official: ['100'] },
  { code: 'ceb.batch_too_large', category: 'transport', httpStatus: 413, receipt: 'http', official: [] },
  { code: 'ceb.keyless_not_enabled', category: 'keyless', httpStatus: 409, receipt: 'http', official: [] },
  { code: 'ceb.keyless_unavailable', category: 'keyless', httpStatus: 503, receipt: 'http', official: [] },
  { code: 'ceb.certificate_invalid', category: 'keyless', httpStatus: 400, receipt: 'http', official: [] },
  { code: 'ceb.certificate_exists', category: 'keyless', httpStatus: 409, receipt: 'http', official: [] },
  { code: 'ceb.certificate_expired', category: 'keyless', httpStatus: 400, receipt: 'http', official: [] },
  ...CLEARANCE.map(([code, official]) => ({ code, category: 'business' as const, httpStatus: 422, receipt: 'own' as const, official: [...official] })),
  ...EXPORT.map(([code, official]) => ({ code, category: 'business' as const, httpStatus: 422, receipt: 'own' as const, official: [...official] })),
];

export interface CatalogueView extends CatalogueEntry {
  message: Record<string, string>;
  cause: Record<string, string>;
  fix: Record<string, string>;
}

/** The catalogue in the given languages (messages keep their `{placeholders}`). */
export function catalogue(locales: readonly Locale[] = LOCALES): CatalogueView[] {
  const texts = (key: string) => Object.fromEntries(locales.map((l) => [l, t(l, key as MessageKey)]));
  return ERROR_CATALOGUE.map((e) => ({ ...e, message: texts(e.code), cause: texts(`${e.code}.cause`), fix: texts(`${e.code}.fix`) }));
}
