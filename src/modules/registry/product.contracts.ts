import { z } from 'zod';
import { NamesSchema } from '../identity';
import { ReviewView, TransitionView } from './enterprise-filing.contracts';
import { FILING_STATUSES } from './filing.states';

// ---------------------------------------------------------------- pure field rules

/**
 * GTIN check (GS1 General Specifications §7.9): GTIN-8, -12 (UPC-A), -13 (EAN) or -14, whose last digit
 * is the mod-10 check digit over the others weighted 3, 1, 3, … from the right.
 */
export function checkGtin(code: string): { ok: true } | { ok: false; reason: 'format' } | { ok: false; reason: 'check'; expected: string } {
  if (!/^(?:[0-9]{8}|[0-9]{12,14})$/.test(code)) return { ok: false, reason: 'format' };
  const expected = gtinCheckDigit(code.slice(0, -1));
  return code.endsWith(expected) ? { ok: true } : { ok: false, reason: 'check', expected };
}

/** The GS1 check digit for a GTIN body (all digits but the last). */
export function gtinCheckDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return String((10 - (sum % 10)) % 10);
}

/** A reference price: > 0, at most 14 integer digits and 4 decimals (numeric(18, 4)), as text. */
export function isReferencePrice(value: string): boolean {
  return /^(?:0|[1-9][0-9]{0,13})(?:\.[0-9]{1,4})?$/.test(value) && /[1-9]/.test(value);
}

// ---------------------------------------------------------------- input

const Text = (max: number) => z.string().trim().min(1).max(max);

export const ItemNoSchema = z
  .string()
  .trim()
  .refine((v) => /^[A-Za-z0-9][A-Za-z0-9._/-]{0,49}$/.test(v), { message: 'registry.item_no_format' })
  .meta({ description: "The enterprise's own item number (货号), stable across versions", example: 'CJ-SERUM-50ML' });

export const HsCodeSchema = z
  .string()
  .trim()
  .refine((v) => /^[0-9]{10}$/.test(v), { message: 'registry.hs_code_format' })
  .meta({ description: 'HS code (10 digits), present in the tariff table', example: '3304990099' });

export const BarcodeSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const r = checkGtin(value);
    if (r.ok) return;
    if (r.reason === 'check') ctx.addIssue({ code: 'custom', message: 'registry.barcode_check', params: { expected: r.expected } });
    else ctx.addIssue({ code: 'custom', message: 'registry.barcode_format' });
  })
  .meta({ description: 'GTIN-8, -12, -13 or -14 with its check digit', example: '8801234567893' });

const UnitSchema = z
  .string()
  .trim()
  .refine((v) => /^[0-9]{3}$/.test(v), { message: 'registry.unit_format' })
  .meta({ description: 'Customs unit code (3 digits), e.g. 035 kilogram, 011 piece', example: '011' });

const Alpha3 = z
  .string()
  .trim()
  .toUpperCase()
  .refine((v) => /^[A-Z]{3}$/.test(v), { message: 'registry.alpha3_format' });

export const PriceSchema = z
  .string()
  .trim()
  .refine(isReferencePrice, { message: 'registry.price_format' })
  .meta({ description: 'Decimal text, > 0, at most 4 decimals', example: '128.50' });

const ImageUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((v) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(v) && URL.canParse(v), { message: 'registry.image_url' });

/** A product filing version, as the enterprise submits it. */
export const ProductFilingInput = z.strictObject({
  itemNo: ItemNoSchema,
  hsCode: HsCodeSchema,
  nameZh: Text(200),
  names: NamesSchema.default({}),
  specification: Text(500).optional(),
  declaredElements: Text(2000).optional().meta({ description: '申报要素: the declared elements customs asks for this heading, e.g. "1:品牌类型|2:出口享惠情况|…"' }),
  brand: Text(200).optional(),
  barcode: BarcodeSchema.optional(),
  originCountry: Alpha3.meta({ description: 'ISO 3166 alpha-3 country of origin', example: 'KOR' }),
  manufacturer: Text(300).optional(),
  legalUnit: UnitSchema,
  secondUnit: UnitSchema.optional(),
  referencePrice: PriceSchema,
  currency: Alpha3.meta({ description: 'ISO 4217 currency of the reference price', example: 'CNY' }),
  imageUrls: z.array(ImageUrl).max(20).default([]),
});
export type ProductFilingInput = z.infer<typeof ProductFilingInput>;

/** A change: a new version of the item the path names. */
export const ProductChangeInput = ProductFilingInput.omit({ itemNo: true });
export type ProductChangeInput = z.infer<typeof ProductChangeInput>;

// ---------------------------------------------------------------- output

const Status = z.enum(FILING_STATUSES as [string, ...string[]]);
const PositiveList = z.enum(['listed', 'not_listed', 'unconfirmed']);

export const ProductFilingView = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  itemNo: z.string(),
  version: z.number().int(),
  status: Status,
  hsCode: z.string(),
  nameZh: z.string(),
  names: NamesSchema,
  specification: z.string().nullable(),
  declaredElements: z.string().nullable(),
  brand: z.string().nullable(),
  barcode: z.string().nullable(),
  originCountry: z.string(),
  manufacturer: z.string().nullable(),
  legalUnit: z.string(),
  secondUnit: z.string().nullable(),
  referencePrice: z.string(),
  currency: z.string(),
  imageUrls: z.array(z.string()),
  positiveList: PositiveList,
  tariffEffectiveFrom: z.iso.date(),
  submittedAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
  effectiveAt: z.iso.datetime().nullable(),
});
export type ProductFilingView = z.infer<typeof ProductFilingView>;

export const ProductVersionSummary = z.object({
  id: z.uuid(),
  version: z.number().int(),
  status: Status,
  submittedAt: z.iso.datetime(),
  effectiveAt: z.iso.datetime().nullable(),
});

/** One version with the item's other versions; reviews and history for the owner and the departments only. */
export const ProductFilingDetail = ProductFilingView.extend({
  versions: z.array(ProductVersionSummary),
  reviews: z.array(ReviewView),
  history: z.array(TransitionView),
});
export type ProductFilingDetail = z.infer<typeof ProductFilingDetail>;

export const ProductFilingQuery = z.strictObject({
  q: z.string().trim().min(1).max(100).optional().meta({ description: 'Part of a name (any language), item number, brand or barcode' }),
  hsCode: z
    .string()
    .regex(/^[0-9]{2,10}$/)
    .optional()
    .meta({ description: 'HS code or its prefix (chapter, heading, subheading)' }),
  status: Status.optional(),
  orgId: z.uuid().optional(),
  itemNo: z.string().trim().min(1).max(50).optional(),
  positiveList: PositiveList.optional(),
  /** `mine`: versions waiting for the caller's department to review. */
  queue: z.literal('mine').optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
  lang: z.string().optional(),
});
export type ProductFilingQuery = z.infer<typeof ProductFilingQuery>;

export const ProductFilingList = z.object({
  items: z.array(ProductFilingView),
  /** The offset of the next page, or null on the last one. */
  nextOffset: z.number().int().nullable(),
});

export const ImportRowResult = z.object({
  /** The row in the file as a spreadsheet numbers it (the header is row 1). */
  row: z.number().int(),
  ok: z.boolean(),
  code: z.string(),
  message: z.string(),
  itemNo: z.string().nullable(),
  id: z.uuid().optional(),
  version: z.number().int().optional(),
});
export type ImportRowResult = z.infer<typeof ImportRowResult>;

export const ImportResult = z.object({
  total: z.number().int(),
  ok: z.number().int(),
  failed: z.number().int(),
  rows: z.array(ImportRowResult),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const ImportQuery = z.strictObject({
  lang: z.string().optional(),
});

export const TemplateQuery = z.strictObject({
  format: z.enum(['csv', 'xlsx']).default('xlsx'),
  lang: z.string().optional(),
});
