import { Alert, Card, Skeleton, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api';
import { useFormat } from '../../format';
import { ErrorAlert } from '../../shared/ErrorAlert';
import type { DeclarationDetail, DeclarationSummary, Page } from './types';
import { DeclarationStateTag, NoData, PageTitle, useLabel } from './ui';

/** How many of the latest released declarations are looked into for a return in progress. */

interface Row {
  declaration: DeclarationSummary;
  kind: 'cancellation' | 'return';
  progress: string;
  at: string | null;
  amount: string | null;
  reason: string | null;
}

/**
 * Declarations with a return or a cancellation: cancelled ones (CEB623 takes effect at once), and those with a
 * return request (CEB625), whether the goods came back or are still awaited.
 */
function useAftercare() {
  const { i18n } = useTranslation();
  const [rows, setRows] = useState<Row[]>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    let live = true;
    (async () => {
      const list = (state: string, limit = 200) => api<Page<DeclarationSummary>>('/api/clearance/declarations', { query: { state, limit } });
      const [cancelled, withReturns] = await Promise.all([list('cancelled'), api<Page<DeclarationSummary>>('/api/clearance/declarations', { query: { withReturns: true, limit: 200 } })]);
      const out: Row[] = [];
      for (const d of cancelled.items) out.push({ declaration: d, kind: 'cancellation', progress: 'cancelled', at: d.updatedAt, amount: d.amount, reason: null });
      const details = await Promise.all(withReturns.items.map((d) => api<DeclarationDetail>(`/api/clearance/declarations/${d.id}`)));
      for (const d of details) {
        for (const r of d.returns) out.push({ declaration: d, kind: 'return', progress: r.state, at: r.requestedAt, amount: r.amount, reason: r.reason });
      }
      out.sort((a, b) => (b.at ?? '').localeCompare(a.at ?? ''));
      if (live) setRows(out);
    })().catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [i18n.language]);
  return { rows, error };
}

export function AftercarePage() {
  const { t } = useTranslation('enterprise');
  const label = useLabel();
  const { dateTime, money } = useFormat();
  const { rows, error } = useAftercare();
  const open = rows?.filter((r) => r.progress === 'requested').length ?? 0;
  return (
    <div data-testid="aftercare">
      <PageTitle>{t('aftercare.title')}</PageTitle>
      <Typography.Paragraph type="secondary">{t('aftercare.intro')}</Typography.Paragraph>
      <ErrorAlert error={error} />
      {!rows ? (
        error ? null : <Skeleton active />
      ) : (
        <>
          {open ? <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('aftercare.open', { n: open })} /> : null}
          <Card>
            <Table<Row>
              rowKey={(r) => `${r.declaration.id}-${r.kind}-${r.at}`}
              dataSource={rows}
              pagination={rows.length > 20 ? { pageSize: 20 } : false}
              scroll={{ x: true }}
              locale={{ emptyText: <NoData text={t('aftercare.none')} /> }}
              columns={[
                { title: t('field.orderNo'), key: 'orderNo', render: (_: unknown, r) => <Link to={`/enterprise/declarations/${r.declaration.id}`}>{r.declaration.orderNo}</Link> },
                { title: t('field.invtNo'), key: 'invtNo', render: (_: unknown, r) => r.declaration.invtNo ?? '—' },
                { title: t('aftercare.kind'), dataIndex: 'kind', render: (k: string) => <Tag color={k === 'return' ? 'purple' : 'default'}>{label('aftercareKind', k)}</Tag> },
                { title: t('aftercare.progress'), dataIndex: 'progress', render: (p: string, r) => (r.kind === 'return' ? <Tag color={p === 'requested' ? 'processing' : p === 'completed' ? 'success' : 'default'}>{label('returnState', p)}</Tag> : <DeclarationStateTag state={p} />) },
                { title: t('field.state'), key: 'state', render: (_: unknown, r) => <DeclarationStateTag state={r.declaration.state} /> },
                { title: t('field.amount'), dataIndex: 'amount', align: 'right', render: (v: string | null) => money(v) },
                { title: t('returns.reason'), dataIndex: 'reason', render: (v: string | null) => v ?? '—' },
                { title: t('aftercare.at'), dataIndex: 'at', render: (v: string | null) => dateTime(v) },
              ]}
            />
          </Card>
        </>
      )}
    </div>
  );
}
