import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { orgName, useSession } from '../../session';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useApi } from '../../shared/hooks';
import { canUse, departmentOf, type Screen } from './scope';
import { PageHeader } from './ui';

const LIMIT = 200;

/** How many items a queue holds; "200+" when the first page is full. */
function useCount(path: string | null, query: Record<string, string | number>) {
  const r = useApi<{ items: unknown[]; nextOffset?: number | null }>(path, { ...query, limit: LIMIT });
  const count = r.data ? r.data.items.length : undefined;
  return { count, more: !!r.data?.nextOffset, loading: r.loading, error: r.error };
}

function QueueCard({ title, hint, to, q }: { title: string; hint: string; to: string; q: ReturnType<typeof useCount> }) {
  const { t } = useTranslation('regulator');
  return (
    <Card>
      <Statistic title={title} value={q.count === undefined ? '—' : `${q.count}${q.more ? '+' : ''}`} loading={q.loading && q.count === undefined} />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 8 }}>
        {hint}
      </Typography.Paragraph>
      {q.error ? <ErrorAlert error={q.error} /> : null}
      <Link to={to}>{t('overview.open')}</Link>
    </Card>
  );
}

/** The department's queues at a glance, each only when the department works it. */
export function Overview() {
  const { t, i18n } = useTranslation('regulator');
  const { me } = useSession();
  const dept = departmentOf(me);
  const on = (s: Screen, path: string) => (canUse(me, s) ? path : null);
  const review = useCount(on('review', '/api/clearance/declarations'), { state: 'review' });
  const inspImports = useCount(on('inspections', '/api/clearance/declarations'), { state: 'inspection' });
  const inspExports = useCount(on('inspections', '/api/export/declarations'), { state: 'inspection' });
  const alerts = useCount(on('alerts', '/api/risk/alerts'), { state: 'open' });
  const entFilings = useCount(on('enterpriseFilings', '/api/registry/enterprise-filings'), { queue: 'mine' });
  const prodFilings = useCount(on('productFilings', '/api/registry/products'), { queue: 'mine' });
  const repairs = useCount(on('creditManage', '/api/credit/repairs'), { state: 'applied' });
  const inspections = {
    count: inspImports.count === undefined && inspExports.count === undefined ? undefined : (inspImports.count ?? 0) + (inspExports.count ?? 0),
    more: inspImports.more || inspExports.more,
    loading: inspImports.loading || inspExports.loading,
    error: inspImports.error ?? inspExports.error,
  };
  const filings = {
    count: entFilings.count === undefined && prodFilings.count === undefined ? undefined : (entFilings.count ?? 0) + (prodFilings.count ?? 0),
    more: entFilings.more || prodFilings.more,
    loading: entFilings.loading || prodFilings.loading,
    error: entFilings.error ?? prodFilings.error,
  };
  const cards = [
    canUse(me, 'review') && <QueueCard key="review" title={t('overview.review')} hint={t('overview.reviewHint')} to="/regulator/review" q={review} />,
    canUse(me, 'inspections') && <QueueCard key="insp" title={t('overview.inspections')} hint={t('overview.inspectionsHint')} to="/regulator/inspections" q={inspections} />,
    canUse(me, 'alerts') && <QueueCard key="alerts" title={t('overview.alerts')} hint={t('overview.alertsHint')} to="/regulator/alerts" q={alerts} />,
    canUse(me, 'filings') && <QueueCard key="filings" title={t('overview.filings')} hint={t('overview.filingsHint')} to="/regulator/filings" q={filings} />,
    canUse(me, 'creditManage') && <QueueCard key="repairs" title={t('overview.repairs')} hint={t('overview.repairsHint')} to="/regulator/credit?tab=repairs" q={repairs} />,
  ].filter(Boolean);
  return (
    <div data-testid="regulator-overview">
      <PageHeader title={t('home.title')} intro={me ? t('overview.intro', { org: orgName(me.organisation, i18n.language), dept: dept ? t(`dept.${dept}`) : '—' }) : undefined} />
      <Row gutter={[16, 16]}>
        {cards.map((c, i) => (
          <Col key={i} xs={24} sm={12} xl={8}>
            {c}
          </Col>
        ))}
      </Row>
    </div>
  );
}

