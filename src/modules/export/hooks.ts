/**
 * Plugs export clearance into the CEB interface, as the import side does: per message type the arrival check
 * (before the record is stored) and the follow-up (after it is stored and answered, in the same transaction).
 */
import type { AppContext } from '../../app/context';
import type { Db } from '../../db/database';
import { t } from '../../kernel/i18n';
import { issueReceipt, registerRecordHook as registerCebHook, REQUEST_TYPES, type RecordHookInput } from '../ceb';
import type { Rec } from '../clearance';
import { checkExportCancellation, checkExportReturn, checkReturnTally, exportCancellationArrived, exportReturnArrived, returnTallyArrived } from './aftercare';
import { checkArrival, checkCollection, checkDeparture, checkExportList, checkExportOrder, checkExportWaybill, type ExportListFacts } from './checks';
import { arrivalArrived, collectionArrived, departureArrived, exportListArrived, exportOrderArrived, exportWaybillArrived } from './flow';
import { checkSummaryApplicationRecord, summaryApplicationArrived } from './summaries';

let registered = false;

/** Logic check passed (120) for a declared (appStatus 2) order, collection, waybill, arrival or departure. */
async function accepted120(tx: Db, ctx: AppContext, input: RecordHookInput & { documentId: string; appType: string; appStatus: string }): Promise<void> {
  if (input.appStatus !== '2' || input.appType === '3') return;
  const rt = REQUEST_TYPES.get(input.type)!;
  await issueReceipt(tx, ctx, { orgId: input.senderOrgId, environment: input.environment, rt, head: input.head, status: '120', info: t(input.locale, 'ceb.status.120'), documentId: input.documentId, assigned: input.assigned });
}

type Hooked = Parameters<typeof registerCebHook>[1];

function when(hook: Hooked): Hooked {
  return {
    check: hook.check && (async (tx, ctx, i) => (ctx.config.TUMEN_CLEARANCE_RULES === 'off' ? [] : hook.check!(tx, ctx, i))),
    accepted: hook.accepted && (async (tx, ctx, i) => (ctx.config.TUMEN_CLEARANCE_RULES === 'off' ? undefined : hook.accepted!(tx, ctx, i))),
  };
}

export function registerExportHooks(): void {
  if (registered) return;
  registered = true;
  const hook = (type: Parameters<typeof registerCebHook>[0], h: Hooked) => registerCebHook(type, when(h));
  const arrived = (i: RecordHookInput & { documentId: string; appType: string }) => ({ environment: i.environment, senderOrgId: i.senderOrgId, documentId: i.documentId, record: i.record, appType: i.appType });
  hook('CEB303Message', {
    check: (tx, _ctx, i) => checkExportOrder(tx, i.senderOrgId, i.record, i.path),
    accepted: async (tx, ctx, i) => {
      await accepted120(tx, ctx, i);
      await exportOrderArrived(tx, ctx, arrived(i));
    },
  });
  hook('CEB403Message', {
    check: (tx, _ctx, i) => checkCollection(tx, i.senderOrgId, i.record, i.path),
    accepted: async (tx, ctx, i) => {
      await accepted120(tx, ctx, i);
      await collectionArrived(tx, ctx, arrived(i));
    },
  });
  hook('CEB505Message', {
    check: (tx, _ctx, i) => checkExportWaybill(tx, i.senderOrgId, i.record, i.path),
    accepted: async (tx, ctx, i) => {
      await accepted120(tx, ctx, i);
      await exportWaybillArrived(tx, ctx, arrived(i));
    },
  });
  hook('CEB507Message', {
    check: (tx, _ctx, i) => checkArrival(tx, i.senderOrgId, i.record, i.path),
    accepted: async (tx, ctx, i) => {
      await accepted120(tx, ctx, i);
      if (i.appStatus === '2' && i.appType !== '3') await arrivalArrived(tx, ctx, arrived(i));
    },
  });
  hook('CEB509Message', {
    check: (tx, _ctx, i) => checkDeparture(tx, i.senderOrgId, i.record, i.path),
    accepted: async (tx, ctx, i) => {
      await accepted120(tx, ctx, i);
      if (i.appStatus === '2' && i.appType !== '3') await departureArrived(tx, ctx, arrived(i));
    },
  });
  const facts = new WeakMap<Rec, ExportListFacts>();
  hook('CEB603Message', {
    check: async (tx, ctx, i) => {
      const r = await checkExportList(tx, i.senderOrgId, i.record, i.path, ctx.clock.now());
      facts.set(i.record, r.facts);
      return r.problems;
    },
    accepted: async (tx, ctx, i) => {
      const f = facts.get(i.record);
      await exportListArrived(tx, ctx, { ...arrived(i), appStatus: i.appStatus, locale: i.locale, preNo: i.assigned.preNo, ebcOrgId: f?.ebcOrgId ?? null });
    },
  });
  hook('CEB605Message', {
    check: (tx, _ctx, i) => checkExportCancellation(tx, i.environment, i.senderOrgId, i.record, i.path, i.locale),
    accepted: (tx, ctx, i) => exportCancellationArrived(tx, ctx, { environment: i.environment, senderOrgId: i.senderOrgId, record: i.record, documentId: i.documentId, locale: i.locale, assigned: i.assigned }),
  });
  hook('CEB701Message', {
    check: (tx, ctx, i) => checkSummaryApplicationRecord(tx, ctx, i.environment, i.senderOrgId, i.record, i.path, i.locale),
    accepted: (tx, ctx, i) => summaryApplicationArrived(tx, ctx, { environment: i.environment, senderOrgId: i.senderOrgId, record: i.record, documentId: i.documentId, locale: i.locale, assigned: i.assigned }),
  });
  hook('CEB213Message', {
    check: (tx, ctx, i) => checkExportReturn(tx, ctx, i.environment, i.senderOrgId, i.record, i.path, i.locale),
    accepted: (tx, ctx, i) => exportReturnArrived(tx, ctx, { environment: i.environment, senderOrgId: i.senderOrgId, record: i.record, documentId: i.documentId, locale: i.locale, assigned: i.assigned }),
  });
  hook('CEB215Message', {
    check: (tx, _ctx, i) => checkReturnTally(tx, i.environment, i.record, i.path),
    accepted: (tx, ctx, i) => returnTallyArrived(tx, ctx, { environment: i.environment, senderOrgId: i.senderOrgId, record: i.record, documentId: i.documentId, locale: i.locale, assigned: i.assigned }),
  });
}
