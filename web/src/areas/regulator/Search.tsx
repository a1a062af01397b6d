import { Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, type Query } from '../../api';
import { useSession } from '../../session';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useAction } from '../../shared/hooks';
import { DeclarationTable, ExportTable } from './Declarations';
import { canUse } from './scope';
import { PageHeader, type DeclarationSummary, type ExportSummary, type Paged } from './ui';

/** Each filter a number may be: order number, inventory number, buyer's ID number, logistics (waybill) number. */
const IMPORT_FILTERS = ['orderNo', 'invtNo', 'buyerIdNumber', 'logisticsNo'] as const;
const EXPORT_FILTERS = ['orderNo', 'invtNo', 'logisticsNo'] as const;
/** The longest value each list accepts per filter. */
const IMPORT_MAX: Record<string, number> = { orderNo: 60, invtNo: 18, buyerIdNumber: 18, logisticsNo: 60 };
const EXPORT_MAX: Record<string, number> = { orderNo: 60, invtNo: 20, logisticsNo: 60 };

async function findAll<T extends { id: string }>(path: string, filters: readonly string[], max: Record<string, number>, q: string): Promise<T[]> {
  const found = new Map<string, T>();
  const pages = await Promise.all(filters.filter((k) => q.length <= (max[k] ?? 60)).map((k) => api<Paged<T>>(path, { query: { [k]: q, limit: 50 } as Query })));
  for (const p of pages) for (const d of p.items) found.set(d.id, d);
  return [...found.values()];
}

/** One search box over the documents in the department's scope: imports and export lists by any of their numbers. */
export function Search() {
  const { t } = useTranslation('regulator');
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  const [result, setResult] = useState<{ q: string; imports: DeclarationSummary[]; exports: ExportSummary[] }>();
  const imports = canUse(me, 'searchImports');
  const exports = canUse(me, 'searchExports');
  const run = useAction(async (q: string) => {
    setParams({ q }, { replace: true });
    const [i, e] = await Promise.all([
      imports ? findAll<DeclarationSummary>('/api/clearance/declarations', IMPORT_FILTERS, IMPORT_MAX, q) : Promise.resolve([]),
      exports ? findAll<ExportSummary>('/api/export/declarations', EXPORT_FILTERS, EXPORT_MAX, q) : Promise.resolve([]),
    ]);
    setResult({ q, imports: i, exports: e });
  });
  return (
    <>
      <PageHeader title={t('search.title')} intro={imports ? t('search.intro') : t('search.introExports')} />
      <Form layout="vertical" onFinish={(v: { q: string }) => void run.run(v.q.trim())} initialValues={{ q: params.get('q') ?? '' }}>
        <Form.Item label={t('search.label')} name="q" rules={[{ required: true, whitespace: true, message: t('ui.required') }]} style={{ maxWidth: 560, marginBottom: 12 }}>
          <Input allowClear />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={run.pending} style={{ marginBottom: 16 }}>
          {t('search.button')}
        </Button>
      </Form>
      <ErrorAlert error={run.error} />
      {result ? (
        <div data-testid="search-results">
          <Typography.Paragraph role="status">{t('search.found', { n: result.imports.length + result.exports.length, q: result.q })}</Typography.Paragraph>
          {imports ? (
            <Card title={t('search.imports')} style={{ marginBottom: 16 }}>
              <DeclarationTable items={result.imports} />
            </Card>
          ) : null}
          {exports ? (
            <Card title={t('search.exports')}>
              <ExportTable items={result.exports} />
            </Card>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
