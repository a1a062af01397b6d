/**
 * Plugs import clearance into the CEB interface: per message type the arrival check (before the record is
 * stored) and the follow-up (after it is stored and answered, in the same transaction).
 */
import type { AppContext } from '../../app/context';
import type { Db } from '../../db/database';
import { t } from '../../kernel/i18n';
import { issueReceipt, registerRecordHook as registerCebHook, REQUEST_TYPES, type RecordHookInput } from '../ceb';
import { cancellationArrived, checkCancellation, checkReturn, returnArrived } from './aftercare';
import { checkInventory, checkOrder, checkPayment, checkWaybill, type InventoryFacts, type Rec } from './checks';
import { inventoryArrived, orderArrived, paymentArrived, waybillArrived, waybillStatusArrived } from './declaration.service';

let registered = false;

/** Logic check passed (120) for an order, payment or waybill declared (appStatus 2) rather than staged. */
async function accepted120(tx: Db, ctx: AppContext, input: RecordHookInput & { documentId: string; appType: string; appStatus: string }): Promise<void> {
  if (input.appStatus !== '2' || input.appType === '3') return;
  const rt = REQUEST_TYPES.get(input.type)!;
  await issueReceipt(tx, ctx, { orgId: input.senderOrgId, environment: input.environment, rt, head: input.head, status: '120', info: t(input.locale, 'ceb.status.120'), documentId: input.documentId, assigned: input.assigned });
}

type Hooked = Parameters<typeof registerCebHook>[1];

/** The hook, unless this deployment's configuration switched the clearance rules off (tests of the message layer). */
function when(hook: Hooked): Hooked {
  return {
    check: hook.check && (async (tx, ctx, i) => (ctx.config.TUMEN_CLEARANCE_RULES === 'off' ? [] : hook.check!(tx, ctx, i))),
    accepted: hook.accepted && (async (tx, ctx, i) => (ctx.config.TUMEN_CLEARANCE_RULES === 'off' ? undefined : hook.accepted!(tx, ctx, i))),
  };
}

export function registerClearanceHooks(): void {
  if (registered) return;
  registered = true;
  const registerRecordHook = (type: Parameters<typeof registerCebHook>[0], hook: Hooked) => registerCebHook(type, when(hook));
  registerRecordHook('CEB311Message', {
    check: (tx, ctx, i) => checkOrder(tx, i.senderOrgId, i.record, i.path, ctx.clock.now()),
    accepted: async (tx, ctx, i) => {
      await accepted120(tx, ctx, i);
      await orderArrived(tx, ctx, { environment: i.environment, senderOrgId: i.senderOrgId, documentId: i.documentId, record: i.record, appType: i.appType });
    },
  });
  registerRecordHook('CEB411Message', {
    check: (tx, _ctx, i) => checkPayment(tx, i.senderOrgId, i.record, i.path),
    accepted: async (tx, ctx, i) => {
      await accepted120(tx, ctx, i);
      await paymentArrived(tx, ctx, { environment: i.environment, senderOrgId: i.senderOrgId, documentId: i.documentId, record: i.record, appType: i.appType });
    },
  });
  registerRecordHook('CEB511Message', {
    check: (tx, _ctx, i) => checkWaybill(tx, i.senderOrgId, i.record, i.path),
    accepted: async (tx, ctx, i) => {
      await accepted120(tx, ctx, i);
      await waybillArrived(tx, ctx, { environment: i.environment, senderOrgId: i.senderOrgId, documentId: i.documentId, record: i.record, appType: i.appType });
    },
  });
  registerRecordHook('CEB513Message', {
    accepted: (tx, ctx, i) => waybillStatusArrived(tx, ctx, { environment: i.environment, record: i.record }),
  });
  // The inventory's facts from its check travel to its follow-up in the same call of the pipeline.
  const facts = new WeakMap<Rec, InventoryFacts>();
  registerRecordHook('CEB621Message', {
    check: async (tx, ctx, i) => {
      const r = await checkInventory(ctx, tx, i.senderOrgId, i.record, i.path);
      facts.set(i.record, r.facts);
      return r.problems;
    },
    accepted: async (tx, ctx, i) => {
      const f = facts.get(i.record);
      if (!f) throw new Error('inventory accepted without its check');
      await inventoryArrived(tx, ctx, { environment: i.environment, senderOrgId: i.senderOrgId, documentId: i.documentId, record: i.record, appType: i.appType, appStatus: i.appStatus, locale: i.locale, preNo: i.assigned.preNo, facts: f });
    },
  });
  registerRecordHook('CEB623Message', {
    check: (tx, _ctx, i) => checkCancellation(tx, i.environment, i.senderOrgId, i.record, i.path),
    accepted: (tx, ctx, i) => cancellationArrived(tx, ctx, { environment: i.environment, senderOrgId: i.senderOrgId, record: i.record, documentId: i.documentId, locale: i.locale, assigned: i.assigned }),
  });
  registerRecordHook('CEB625Message', {
    check: (tx, ctx, i) => checkReturn(ctx, tx, i.environment, i.senderOrgId, i.record, i.path),
    accepted: (tx, ctx, i) => returnArrived(tx, ctx, { environment: i.environment, senderOrgId: i.senderOrgId, record: i.record, documentId: i.documentId, locale: i.locale, assigned: i.assigned }),
  });
}
