import { Empty, Result, Spin, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../session';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { canUse, type Screen } from './scope';

import { useEnumLabel } from '../../shared/ui';

export { isoCurrency, PageHeader, Pager } from '../../shared/ui';


/** A screen outside the caller's department scope: said plainly instead of a broken page. */
export function ScreenGuard({ screen, children }: { screen: Screen; children: ReactNode }) {
  const { t } = useTranslation('regulator');
  const { me } = useSession();
  if (!canUse(me, screen))
    return <Result status="403" title={t('scope.title')} subTitle={t('scope.text')} extra={<Link to="/regulator">{t('scope.back')}</Link>} />;
  return <>{children}</>;
}

const TONE: Record<string, string> = {
  review: 'orange',
  inspection: 'purple',
  audited: 'blue',
  released: 'green',
  cleared: 'green',
  rejected: 'red',
  seized: 'red',
  shipped_back: 'volcano',
  open: 'orange',
  disposed: 'blue',
  reviewed: 'green',
  high: 'red',
  medium: 'orange',
  low: 'default',
  submitted: 'orange',
  effective: 'green',
  suspended: 'volcano',
  cancelled: 'default',
  active: 'green',
  scheduled: 'blue',
  retired: 'default',
  listed: 'red',
  repaired: 'green',
  expired: 'default',
  applied: 'orange',
  approved: 'green',
  refused: 'red',
  confirmed: 'red',
  false_positive: 'green',
  hold: 'volcano',
  reject: 'red',
  inspect: 'purple',
  release: 'green',
  report: 'blue',
  score: 'default',
};

/** A server enum value shown through its translation key (`<prefix>.<value>`), coloured by meaning. */
export function EnumTag({ prefix, value, code }: { prefix: string; value: string | null | undefined; code?: string | null }) {
  const label = useEnumLabel('regulator');
  if (!value) return <>—</>;
  return (
    <Tag color={TONE[value] ?? 'default'}>
      {label(prefix, value)}
      {code ? ` (${code})` : ''}
    </Tag>
  );
}

/** Loading, failure (the server's message) or nothing found, around a section's content. */
export function Loadable({ loading, error, empty, children }: { loading: boolean; error: unknown; empty?: boolean; children: ReactNode }) {
  const { t } = useTranslation('regulator');
  if (error) return <ErrorAlert error={error} />;
  if (loading && empty) return <Spin aria-label={t('ui.loading')} />;
  if (empty) return <Empty description={t('ui.empty')} />;
  return <>{children}</>;
}


/** Import state codes as CEB receipts carry them. */
export const STATE_CODE: Record<string, string> = {
  accepted: '120',
  review: '300',
  audited: '399',
  inspection: '500',
  released: '800',
  cleared: '899',
  rejected: '100',
  seized: '599',
  shipped_back: '700',
};

export interface DeclarationSummary {
  id: string;
  ebpCode: string;
  orderNo: string;
  invtNo: string | null;
  tradeMode: string | null;
  state: string;
  amount: string | null;
  taxTotal: string | null;
  firstSeenAt: string;
  updatedAt: string;
}

export interface ExportSummary {
  id: string;
  ebpCode: string;
  orderNo: string;
  invtNo: string | null;
  tradeMode: string | null;
  state: string;
  country: string | null;
  currency: string | null;
  value: string | null;
  releasedAt: string | null;
  updatedAt: string;
}

export interface Paged<T> {
  items: T[];
  nextOffset: number | null;
}


