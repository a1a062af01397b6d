import { Empty, Flex, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { useEnumLabel } from '../../shared/ui';

export { isoCurrency, Pager } from '../../shared/ui';

/** The page's one h1, with its actions beside it. */
export function PageTitle({ children, extra }: { children: ReactNode; extra?: ReactNode }) {
  return (
    <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
      <Typography.Title level={1} style={{ margin: 0, fontSize: 26 }}>
        {children}
      </Typography.Title>
      {extra ? <Space wrap>{extra}</Space> : null}
    </Flex>
  );
}

/** The label of a server code from the enterprise translations (see `useEnumLabel`). */
export function useLabel() {
  return useEnumLabel('enterprise');
}

const FILING_COLOURS: Record<string, string> = {
  submitted: 'processing',
  effective: 'success',
  rejected: 'error',
  superseded: 'default',
  suspended: 'warning',
  cancelled: 'default',
  withdrawn: 'default',
};

export function FilingStatusTag({ status }: { status: string }) {
  const label = useLabel();
  return (
    <Tag color={FILING_COLOURS[status] ?? 'default'} data-status={status}>
      {label('filingStatus', status)}
    </Tag>
  );
}

export const DECLARATION_COLOURS: Record<string, string> = {
  waiting: 'gold',
  accepted: 'processing',
  review: 'orange',
  audited: 'cyan',
  inspection: 'orange',
  released: 'success',
  cleared: 'success',
  rejected: 'error',
  seized: 'error',
  shipped_back: 'volcano',
  cancelled: 'default',
  returned: 'purple',
  expired: 'default',
};

export function DeclarationStateTag({ state }: { state: string }) {
  const label = useLabel();
  return (
    <Tag color={DECLARATION_COLOURS[state] ?? 'default'} data-state={state}>
      {label('declState', state)}
    </Tag>
  );
}


export function NoData({ text }: { text?: string }) {
  const { t } = useTranslation('enterprise');
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text ?? t('empty')} />;
}

/** Customs numeric country codes (CEB) and ISO alpha-3 codes the zone trades with most. */
const NUMERIC_COUNTRY: Record<string, string> = { '133': 'KOR', '116': 'JPN', '344': 'RUS', '142': 'CHN', '502': 'USA', '110': 'HKG' };

export function useCountry() {
  const label = useLabel();
  return (code: string | null | undefined): string => {
    if (!code) return '—';
    const alpha = NUMERIC_COUNTRY[code] ?? code;
    const name = label('country', alpha);
    return name === alpha ? code : `${name} (${code})`;
  };
}


/** A value of a record as text (documents are parsed CEB records: strings, numbers, nested records). */
export function field(rec: unknown, key: string): string {
  if (!rec || typeof rec !== 'object') return '';
  const v = (rec as Record<string, unknown>)[key];
  return v === null || v === undefined ? '' : typeof v === 'object' ? '' : String(v);
}

/** A card's heading, second level under the page's h1. */
export function H2({ children }: { children: ReactNode }) {
  return (
    <Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>
      {children}
    </Typography.Title>
  );
}
