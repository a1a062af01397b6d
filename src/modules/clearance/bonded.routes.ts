import { z } from 'zod';
import type { AppContext } from '../../app/context';
import { errorResponses, type TypedApp } from '../../http/routes';
import { callerOf } from '../../http/server';
import { CustomsCodeSchema } from '../identity';
import * as svc from './bonded';

const tags = ['clearance: bonded account books'];

// ---------------------------------------------------------------- contracts

const EmsNo = z
  .string()
  .trim()
  .toUpperCase()
  .refine((v) => /^[A-Z0-9]{1,30}$/.test(v), { message: 'bonded.ems_no_format' })
  .meta({ description: 'Account book number (账册编号) as customs assigned it; the `emsNo` of bonded inventories', example: 'T1510W000001' });

const ItemRecordNo = z
  .string()
  .trim()
  .refine((v) => /^[A-Za-z0-9][A-Za-z0-9._/-]{0,29}$/.test(v), { message: 'bonded.item_record_no_format' })
  .meta({ description: 'Item record number (料号): the item number of an effective product filing of the book’s enterprise', example: 'CJ-CREAM-50' });

const Quantity = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    if (!svc.isQuantity(v)) ctx.addIssue({ code: 'custom', message: 'bonded.qty_format', params: { qty: v } });
  })
  .meta({ description: 'Decimal text in the legal unit of the filing, > 0, at most 5 decimals', example: '120' });

const Decimal = z.string().meta({ description: 'Decimal text' });

const OpenBookInput = z.strictObject({
  emsNo: EmsNo,
  ebcCustomsCode: CustomsCodeSchema.meta({ description: 'Customs code of the e-commerce enterprise whose goods the book keeps' }),
  customsCode: z
    .string()
    .trim()
    .refine((v) => /^[0-9]{4}$/.test(v), { message: 'bonded.customs_code_format' })
    .optional()
    .meta({ description: 'Supervising customs office (关区代码)', example: '1510' }),
});

const InboundInput = z.strictObject({
  reference: z.string().trim().min(1).max(64).meta({ description: 'The entry document (e.g. the bonded-area entry list number); recorded once per book', example: 'QD2026112800001' }),
  lines: z
    .array(z.strictObject({ itemRecordNo: ItemRecordNo, qty: Quantity }))
    .min(1)
    .max(500),
});

const EmsParams = z.strictObject({ emsNo: EmsNo });

const Page = {
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
  lang: z.string().optional(),
};

const BookView = z.object({
  id: z.uuid(),
  environment: z.enum(['sandbox', 'production']),
  emsNo: z.string(),
  operatorOrgId: z.uuid(),
  ebcOrgId: z.uuid(),
  customsCode: z.string().nullable(),
  createdAt: z.iso.datetime(),
});

const StockView = z.object({
  itemRecordNo: z.string(),
  gcode: z.string().meta({ description: 'HS code the goods are booked under (from the product filing)' }),
  gname: z.string(),
  unit: z.string().meta({ description: 'Legal unit (customs unit code)' }),
  onHand: Decimal.meta({ description: 'In the centre' }),
  reserved: Decimal.meta({ description: 'Of which held by audited bonded inventories' }),
  available: Decimal.meta({ description: 'onHand − reserved' }),
  updatedAt: z.iso.datetime(),
});

const MoveView = z.object({
  id: z.uuid(),
  itemRecordNo: z.string(),
  kind: z.enum(['inbound', 'reserve', 'unreserve', 'outbound', 'return']),
  qty: Decimal.meta({ description: 'Always positive; the kind gives the direction' }),
  declarationId: z.uuid().nullable(),
  reference: z.string().nullable(),
  at: z.iso.datetime(),
});

// ---------------------------------------------------------------- routes

export async function bondedRoutes(app: TypedApp, ctx: AppContext): Promise<void> {
  app.post(
    '/bonded/books',
    {
      schema: {
        tags,
        summary: 'The bonded centre’s operator opens an account book for an e-commerce enterprise (in the API key’s environment)',
        body: OpenBookInput,
        response: { 201: BookView, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.openBook(ctx, callerOf(req), req.body)),
  );

  app.get(
    '/bonded/books',
    {
      schema: {
        tags,
        summary: 'Account books the caller reads: those it keeps (operator) or owns the goods of (e-commerce enterprise); all of them for customs',
        querystring: z.strictObject(Page),
        response: { 200: z.object({ items: z.array(BookView), nextOffset: z.number().int().nullable() }), ...errorResponses },
      },
    },
    async (req) => {
      const { lang: _lang, ...q } = req.query;
      return svc.listBooks(ctx, callerOf(req), q);
    },
  );

  app.post(
    '/bonded/books/:emsNo/entries',
    {
      schema: {
        tags,
        summary: 'The operator records a first-line entry into the centre: each item an effective product filing of the book’s enterprise; raises the stock',
        params: EmsParams,
        body: InboundInput,
        response: { 201: z.object({ book: BookView, reference: z.string(), items: z.array(StockView) }), ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await svc.recordInbound(ctx, callerOf(req), req.params.emsNo, req.body)),
  );

  app.get(
    '/bonded/books/:emsNo/stock',
    {
      schema: {
        tags,
        summary: 'The goods of a book: on hand, reserved by audited inventories, available',
        params: EmsParams,
        querystring: z.strictObject({ lang: z.string().optional() }),
        response: { 200: z.object({ book: BookView, items: z.array(StockView) }), ...errorResponses },
      },
    },
    async (req) => svc.getStock(ctx, callerOf(req), req.params.emsNo),
  );

  app.get(
    '/bonded/books/:emsNo/moves',
    {
      schema: {
        tags,
        summary: 'The ledger of a book, newest first: inbound, reserve, unreserve, outbound and return moves; `item` for one item',
        params: EmsParams,
        querystring: z.strictObject({ item: ItemRecordNo.optional(), ...Page }),
        response: { 200: z.object({ book: BookView, items: z.array(MoveView), nextOffset: z.number().int().nullable() }), ...errorResponses },
      },
    },
    async (req) => {
      const { lang: _lang, ...q } = req.query;
      return svc.listMoves(ctx, callerOf(req), req.params.emsNo, q);
    },
  );
}
