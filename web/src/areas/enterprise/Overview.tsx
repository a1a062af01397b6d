import { Card, Col, Descriptions, Flex, Row, Skeleton, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../format';
import { orgName, useSession } from '../../session';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useApi } from '../../shared/hooks';
import type { Credit, EnterpriseFiling } from './types';
import { DeclarationStateTag, FilingStatusTag, H2, NoData, PageTitle, useLabel } from './ui';


/** The organisation at a glance: its filing, its declarations by state, its credit, and where to go next. */
export function Overview() {
  const { t, i18n } = useTranslation('enterprise');
  const { me } = useSession();
  const label = useLabel();
  const { percent } = useFormat();
  const filings = useApi<{ items: EnterpriseFiling[] }>('/api/registry/enterprise-filings');
  const declarations = useApi<{ total: number; byState: Record<string, number> }>('/api/clearance/declarations/counts');
  const credit = useApi<Credit>('/api/credit/me');
  const org = me?.organisation;
  const current = filings.data?.items.slice().sort((a, b) => b.version - a.version);
  const inForce = current?.find((f) => f.status === 'effective' || f.status === 'suspended');
  const pending = current?.find((f) => f.status === 'submitted');
  const counts = new Map(Object.entries(declarations.data?.byState ?? {}));
  const waiting = counts.get('waiting') ?? 0;

  return (
    <div data-testid="enterprise-overview">
      <PageTitle>{t('overview.title')}</PageTitle>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={<H2>{t('overview.organisation')}</H2>}>
            {org ? (
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('field.name')}>{orgName(org, i18n.language)}</Descriptions.Item>
                <Descriptions.Item label={t('field.uscc')}>{org.uscc}</Descriptions.Item>
                <Descriptions.Item label={t('field.customsCode')}>{org.customsCode ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('field.roles')}>
                  <Flex wrap gap={4}>
                    {org.roles.map((r) => (
                      <Tag key={r}>{label('role', r)}</Tag>
                    ))}
                  </Flex>
                </Descriptions.Item>
                <Descriptions.Item label={t('field.accountStatus')}>{label('accountStatus', org.status)}</Descriptions.Item>
              </Descriptions>
            ) : null}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={<H2>{t('overview.filing')}</H2>} extra={<Link to="/enterprise/filing">{t('overview.open')}</Link>}>
            <ErrorAlert error={filings.error} />
            {filings.loading && !filings.data ? (
              <Skeleton active />
            ) : inForce || pending ? (
              <Descriptions column={1} size="small">
                {inForce ? (
                  <Descriptions.Item label={t('filing.inForce')}>
                    <FilingStatusTag status={inForce.status} /> {t('filing.versionN', { version: inForce.version })}
                  </Descriptions.Item>
                ) : null}
                {pending ? (
                  <Descriptions.Item label={t('filing.underReview')}>
                    <FilingStatusTag status={pending.status} /> {t('filing.versionN', { version: pending.version })}
                  </Descriptions.Item>
                ) : null}
              </Descriptions>
            ) : (
              <NoData text={t('filing.none')} />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={<H2>{t('overview.declarations')}</H2>} extra={<Link to="/enterprise/declarations">{t('overview.open')}</Link>}>
            <ErrorAlert error={declarations.error} />
            {declarations.loading && !declarations.data ? (
              <Skeleton active />
            ) : counts.size ? (
              <>
                <Flex wrap gap={8} data-testid="declaration-counts">
                  {[...counts.entries()].map(([state, n]) => (
                    <Link key={state} to={`/enterprise/declarations?state=${state}`}>
                      <DeclarationStateTag state={state} /> <strong>{n}</strong>
                    </Link>
                  ))}
                </Flex>
                <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
                  {t('overview.total', { n: declarations.data?.total ?? 0 })}
                  {waiting ? ` · ${t('overview.waiting', { n: waiting })}` : ''}
                </Typography.Paragraph>
              </>
            ) : (
              <NoData text={t('declarations.none')} />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={<H2>{t('overview.credit')}</H2>} extra={<Link to="/enterprise/credit">{t('overview.open')}</Link>}>
            <ErrorAlert error={credit.error} />
            {credit.loading && !credit.data ? (
              <Skeleton active />
            ) : credit.data ? (
              <Row gutter={16}>
                <Col span={8}>
                  <Statistic title={t('credit.grade')} value={label('grade', credit.data.grade)} />
                </Col>
                <Col span={8}>
                  <Statistic title={t('credit.score')} value={credit.data.score} precision={2} />
                </Col>
                <Col span={8}>
                  <Statistic title={t('credit.inspectionRate')} value={percent(credit.data.supervision.inspectionRate)} />
                </Col>
                {credit.data.negativeList.some((e) => e.state === 'listed') ? (
                  <Col span={24}>
                    <Tag color="error">{t('credit.listed')}</Tag>
                  </Col>
                ) : null}
              </Row>
            ) : null}
          </Card>
        </Col>
        <Col span={24}>
          <Card title={<H2>{t('overview.quickLinks')}</H2>}>
            <Flex wrap gap={16}>
              <Link to="/enterprise/products/new">{t('products.new')}</Link>
              <Link to="/enterprise/products/import">{t('import.title')}</Link>
              <Link to="/enterprise/declarations">{t('nav.declarations')}</Link>
              <Link to="/enterprise/aftercare">{t('nav.aftercare')}</Link>
              <Link to="/enterprise/api-keys">{t('nav.apiKeys')}</Link>
              <Link to="/enterprise/webhooks">{t('nav.webhooks')}</Link>
            </Flex>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
