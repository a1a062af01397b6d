import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, List, Select, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useFormat } from '../../format';
import { orgName } from '../../session';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useAction, useApi } from '../../shared/hooks';
import type { AuditRow, AuditVerification, OrgView } from './types';
import { PageHeader, useEnumLabel } from './ui';

/** An audit action through its translation key; an unknown one as its module's name and its code. */
function useActionLabel() {
  const { t, i18n } = useTranslation('zone');
  return (action: string) => {
    const key = `audit.action.${action.replace(/\./g, '_')}`;
    if (i18n.exists(key, { ns: 'zone' })) return <>{t(key)}</>;
    const module = `audit.module.${action.split('.')[0]}`;
    return (
      <>
        {i18n.exists(module, { ns: 'zone' }) ? `${t(module)} · ` : null}
        <Typography.Text code>{action}</Typography.Text>
      </>
    );
  };
}

export function Audit() {
  const { t, i18n } = useTranslation('zone');
  const f = useFormat();
  const label = useEnumLabel();
  const actionLabel = useActionLabel();
  const [filter, setFilter] = useState<{ resourceType?: string; resourceId?: string; limit: number }>({ limit: 100 });
  const [pages, setPages] = useState<string[]>([]);
  const before = pages[pages.length - 1];
  const { data, error, loading } = useApi<{ items: AuditRow[] }>('/api/audit', { ...filter, before });
  const orgs = useApi<{ items: OrgView[] }>('/api/orgs');
  const names = useMemo(() => new Map((orgs.data?.items ?? []).map((o) => [o.id, orgName(o, i18n.language)])), [orgs.data, i18n.language]);
  const verify = useAction(() => api<AuditVerification>('/api/audit/verify', { method: 'POST' }));
  const [result, setResult] = useState<AuditVerification | null>(null);
  const items = data?.items ?? [];

  const chainName = (chain: string) => {
    if (chain === 'system') return t('audit.systemChain');
    const id = chain.startsWith('org:') ? chain.slice(4) : chain;
    return names.get(id) ?? chain;
  };

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        intro={t('audit.intro')}
        extra={
          <Button
            type="primary"
            icon={<SafetyCertificateOutlined />}
            loading={verify.pending}
            data-testid="verify"
            onClick={() => {
              setResult(null);
              void verify.run().then((r) => r && setResult(r));
            }}
          >
            {t('audit.verify')}
          </Button>
        }
      />
      <ErrorAlert error={verify.error} onClose={verify.clearError} />
      {result ? (
        <Alert
          data-testid="verify-result"
          style={{ marginBottom: 16 }}
          type={result.ok ? 'success' : 'error'}
          showIcon
          closable={{ onClose: () => setResult(null) }}
          title={result.ok ? t('audit.verifiedOk', { chains: f.number(result.chains), rows: f.number(result.rows) }) : t('audit.verifiedBad', { count: f.number(result.problems.length), chains: f.number(result.chains), rows: f.number(result.rows) })}
          description={
            result.problems.length ? (
              <List
                size="small"
                dataSource={result.problems}
                renderItem={(p) => (
                  <List.Item>
                    {t('audit.problem', { chain: chainName(p.chain), seq: p.seq, kind: label('audit.problemKind', p.kind) })}
                  </List.Item>
                )}
              />
            ) : undefined
          }
        />
      ) : null}
      <Form
        layout="inline"
        style={{ marginBottom: 16, rowGap: 8 }}
        initialValues={{ limit: 100 }}
        onFinish={(v: { resourceType?: string; resourceId?: string; limit: number }) => {
          setPages([]);
          setFilter({ resourceType: v.resourceType?.trim() || undefined, resourceId: v.resourceId?.trim() || undefined, limit: v.limit });
        }}
      >
        <Form.Item name="resourceType" label={t('audit.resourceType')}>
          <Input allowClear placeholder={t('audit.resourceTypeHint')} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="resourceId" label={t('audit.resourceId')}>
          <Input allowClear style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="limit" label={t('audit.limit')}>
          <Select style={{ width: 100 }} options={[50, 100, 200, 500].map((n) => ({ value: n, label: f.number(n) }))} />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit">{t('common.apply')}</Button>
        </Form.Item>
      </Form>
      <ErrorAlert error={error} />
      <Table
        data-testid="audit-rows"
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={items}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('common.empty') }}
        expandable={{
          expandedRowRender: (r) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              <Typography.Text type="secondary">
                {t('audit.hash')}: <Typography.Text code>{r.hash}</Typography.Text>
              </Typography.Text>
              <pre style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', margin: 0 }}>{JSON.stringify(r.details, null, 2)}</pre>
            </Space>
          ),
        }}
        columns={[
          { title: t('audit.at'), dataIndex: 'at', render: (v: string) => f.dateTime(v) },
          { title: t('audit.chain'), dataIndex: 'chain', render: (v: string, r) => `${chainName(v)} #${r.seq}` },
          { title: t('audit.actor'), dataIndex: 'actorOrgId', render: (v: string | null, r) => (v ? (names.get(v) ?? v) : t('audit.system')) + (r.actorKeyId ? ` · ${t('audit.viaKey')}` : '') },
          { title: t('audit.actionColumn'), dataIndex: 'action', render: (v: string) => actionLabel(v) },
          {
            title: t('audit.resource'),
            key: 'resource',
            render: (_: unknown, r) => (
              <>
                {label('audit.resourceKind', r.resourceType)}
                {r.resourceId ? (
                  <>
                    {' '}
                    <Typography.Text code>{r.resourceId}</Typography.Text>
                  </>
                ) : null}
              </>
            ),
          },
        ]}
      />
      <Space style={{ marginTop: 16 }}>
        <Button disabled={!pages.length} onClick={() => setPages((p) => p.slice(0, -1))}>
          {t('audit.newer')}
        </Button>
        <Button disabled={items.length < filter.limit} onClick={() => setPages((p) => [...p, items[items.length - 1]!.at])}>
          {t('audit.older')}
        </Button>
      </Space>
    </>
  );
}
