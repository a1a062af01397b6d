import { SearchOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Flex, Form, Input, Skeleton, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useFormat } from '../../format';
import { orgName } from '../../session';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useApi } from '../../shared/hooks';
import { ENTERPRISE_ROLES, FILING_STATUS_COLOR, known, type FilingStatus } from './labels';
import { PublicPage } from './PublicPage';

interface PublicEnterprise {
  uscc: string;
  nameZh: string;
  names: Record<string, string | undefined>;
  roles: string[];
  status: FilingStatus;
  filedSince: string | null;
  version: number;
}

/** Qualification query: is an enterprise filed with the zone, for which roles, and in which status. */
export function EnterprisesPage() {
  const { t, i18n } = useTranslation('public');
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const [form] = Form.useForm<{ q: string }>();
  useEffect(() => {
    form.setFieldsValue({ q });
    // An address with a query too short to search says why nothing is shown.
    if (q && q.length < 2) void form.validateFields().catch(() => undefined);
  }, [form, q]);
  const found = useApi<{ items: PublicEnterprise[] }>(q.length >= 2 ? '/api/public/enterprises' : null, { q });

  return (
    <PublicPage title={t('enterprises.title')} lead={t('enterprises.lead')}>
      <Card style={{ marginBottom: 24 }}>
        <Form
          form={form}
          name="enterprise-query"
          layout="vertical"
          requiredMark={false}
          initialValues={{ q }}
          onFinish={(v) => setParams(v.q.trim() ? { q: v.q.trim() } : {})}
        >
          <Form.Item
            label={t('enterprises.query')}
            name="q"
            extra={t('enterprises.queryHint')}
            rules={[
              { required: true, whitespace: true, message: t('enterprises.queryRequired') },
              { min: 2, message: t('enterprises.queryShort') },
            ]}
          >
            <Input maxLength={100} allowClear autoComplete="organization" data-testid="enterprise-query" />
          </Form.Item>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} loading={found.loading && Boolean(q)}>
            {t('enterprises.search')}
          </Button>
        </Form>
      </Card>

      <section aria-live="polite" aria-busy={found.loading} data-testid="enterprise-results">
        {!q ? null : found.loading && !found.data ? (
          <Skeleton active />
        ) : found.error ? (
          <ErrorAlert error={found.error} />
        ) : found.data && found.data.items.length === 0 ? (
          <Empty description={t('enterprises.none', { q })} />
        ) : found.data ? (
          <>
            <Typography.Title level={2} style={{ fontSize: 20 }}>
              {t('enterprises.count', { count: found.data.items.length })}
            </Typography.Title>
            <Flex vertical>
              {found.data.items.map((e) => {
                const name = orgName(e, i18n.language);
                return (
                  <Card
                    key={e.uscc}
                    className="result-card"
                    data-testid="enterprise-result"
                    title={
                      <Typography.Title level={3} style={{ margin: 0, fontSize: 17 }}>
                        {name}
                      </Typography.Title>
                    }
                    extra={<Tag color={FILING_STATUS_COLOR[e.status]}>{t(`filingStatus.${e.status}`)}</Tag>}
                  >
                    <Descriptions column={{ xs: 1, sm: 1, md: 2 }} size="small">
                      {name !== e.nameZh ? (
                        <Descriptions.Item label={t('enterprises.nameZh')}>
                          <span lang="zh-CN">{e.nameZh}</span>
                        </Descriptions.Item>
                      ) : null}
                      <Descriptions.Item label={t('enterprises.uscc')}>
                        <span className="mono">{e.uscc}</span>
                      </Descriptions.Item>
                      <Descriptions.Item label={t('enterprises.status')}>{t(`filingStatus.${e.status}`)}</Descriptions.Item>
                      <Descriptions.Item label={t('enterprises.filedSince')}>{f.date(e.filedSince)}</Descriptions.Item>
                      <Descriptions.Item label={t('enterprises.version')}>{f.number(e.version)}</Descriptions.Item>
                      <Descriptions.Item label={t('enterprises.roles')} span={{ xs: 1, sm: 1, md: 2 }}>
                        <Flex wrap gap={4}>
                          {e.roles.map((r) => (
                            <Tag key={r} color="blue">
                              {known(ENTERPRISE_ROLES, r) ? t(`role.${r}`) : r}
                            </Tag>
                          ))}
                        </Flex>
                      </Descriptions.Item>
                    </Descriptions>
                  </Card>
                );
              })}
            </Flex>
            <Typography.Paragraph type="secondary">{t('enterprises.note')}</Typography.Paragraph>
          </>
        ) : null}
      </section>
    </PublicPage>
  );
}
