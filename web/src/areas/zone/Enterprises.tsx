import { App, Button, Descriptions, Drawer, Form, Input, Modal, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useFormat } from '../../format';
import { orgName } from '../../session';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useAction, useApi } from '../../shared/hooks';
import type { FilingDetail, FilingView, OrgStatus, OrgView } from './types';
import { PageHeader, useEnumLabel } from './ui';

const STATUS_COLOUR: Record<string, string> = { pending: 'gold', active: 'green', suspended: 'red', submitted: 'gold', effective: 'green', rejected: 'red', cancelled: 'default', withdrawn: 'default', superseded: 'default' };
type ReviewAction = 'activate' | 'suspend' | 'reinstate';
const ACTION_FOR: Record<OrgStatus, ReviewAction> = { pending: 'activate', active: 'suspend', suspended: 'reinstate' };

function Roles({ roles }: { roles: string[] }) {
  const label = useEnumLabel();
  return (
    <Space size={[4, 4]} wrap>
      {roles.map((r) => (
        <Tag key={r}>{label('role', r)}</Tag>
      ))}
    </Space>
  );
}

function ReviewModal({ org, action, onClose, onDone }: { org: OrgView; action: ReviewAction; onClose: () => void; onDone: () => void }) {
  const { t, i18n } = useTranslation('zone');
  const [form] = Form.useForm<{ reason?: string }>();
  const { message } = App.useApp();
  const review = useAction((reason: string | undefined) => api(`/api/orgs/${org.id}/review`, { method: 'POST', body: { action, ...(reason ? { reason } : {}) } }));
  return (
    <Modal
      open
      title={t(`accounts.confirm.${action}`, { name: orgName(org, i18n.language) })}
      okText={t(`accounts.action.${action}`)}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: action === 'suspend', loading: review.pending }}
      onCancel={onClose}
      onOk={() => {
        void form.validateFields().then(async (v) => {
          const done = await review.run(v.reason?.trim() || undefined);
          if (done !== undefined) {
            void message.success(t(`accounts.done.${action}`));
            onDone();
          }
        });
      }}
    >
      <ErrorAlert error={review.error} />
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t('accounts.reason')} rules={action === 'suspend' ? [{ required: true, whitespace: true, message: t('accounts.reasonRequired') }] : []}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function Accounts() {
  const { t, i18n } = useTranslation('zone');
  const f = useFormat();
  const label = useEnumLabel();
  const [status, setStatus] = useState<OrgStatus | 'all'>('pending');
  const [search, setSearch] = useState('');
  const [detail, setDetail] = useState<OrgView | null>(null);
  const [reviewing, setReviewing] = useState<{ org: OrgView; action: ReviewAction } | null>(null);
  const { data, error, loading, reload } = useApi<{ items: OrgView[] }>('/api/orgs', { kind: 'enterprise', status: status === 'all' ? undefined : status });
  const rows = useMemo(() => {
    const q = search.trim().toLowerCase();
    const items = data?.items ?? [];
    return q ? items.filter((o) => [o.nameZh, ...Object.values(o.names), o.uscc, o.customsCode ?? ''].some((s) => s?.toLowerCase().includes(q))) : items;
  }, [data, search]);
  return (
    <>
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item label={t('accounts.status')} htmlFor="accounts-status">
          <Select
            id="accounts-status"
            style={{ minWidth: 160 }}
            value={status}
            onChange={setStatus}
            options={[{ value: 'all', label: t('common.all') }, ...(['pending', 'active', 'suspended'] as const).map((s) => ({ value: s, label: label('orgStatus', s) }))]}
          />
        </Form.Item>
        <Form.Item label={t('common.search')} htmlFor="accounts-search">
          <Input.Search id="accounts-search" allowClear placeholder={t('accounts.searchHint')} onSearch={setSearch} onChange={(e) => !e.target.value && setSearch('')} />
        </Form.Item>
      </Form>
      <ErrorAlert error={error} />
      <Table
        data-testid="accounts"
        rowKey="id"
        loading={loading}
        dataSource={rows}
        scroll={{ x: true }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: status === 'pending' ? t('accounts.noPending') : t('common.empty') }}
        columns={[
          {
            title: t('accounts.name'),
            key: 'name',
            render: (_: unknown, o) => (
              <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => setDetail(o)}>
                {orgName(o, i18n.language)}
              </Button>
            ),
          },
          { title: t('accounts.uscc'), dataIndex: 'uscc' },
          { title: t('accounts.roles'), dataIndex: 'roles', render: (r: string[]) => <Roles roles={r} /> },
          { title: t('accounts.status'), dataIndex: 'status', render: (s: string) => <Tag color={STATUS_COLOUR[s]}>{label('orgStatus', s)}</Tag> },
          { title: t('accounts.registeredAt'), dataIndex: 'createdAt', render: (v: string) => f.dateTime(v) },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, o) => {
              const action = ACTION_FOR[o.status];
              return (
                <Button size="small" type={action === 'activate' ? 'primary' : 'default'} danger={action === 'suspend'} onClick={() => setReviewing({ org: o, action })} aria-label={`${t(`accounts.action.${action}`)} ${orgName(o, i18n.language)}`}>
                  {t(`accounts.action.${action}`)}
                </Button>
              );
            },
          },
        ]}
      />
      <Drawer open={!!detail} onClose={() => setDetail(null)} title={detail ? orgName(detail, i18n.language) : ''} size={560}>
        {detail ? (
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('accounts.nameZh')}>{detail.nameZh}</Descriptions.Item>
            {(['ko', 'ja', 'ru', 'en'] as const).map((l) =>
              detail.names[l] ? (
                <Descriptions.Item key={l} label={t(`accounts.nameIn.${l}`)}>
                  {detail.names[l]}
                </Descriptions.Item>
              ) : null,
            )}
            <Descriptions.Item label={t('accounts.uscc')}>{detail.uscc}</Descriptions.Item>
            <Descriptions.Item label={t('accounts.customsCode')}>{detail.customsCode ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('accounts.roles')}>
              <Roles roles={detail.roles} />
            </Descriptions.Item>
            <Descriptions.Item label={t('accounts.status')}>{label('orgStatus', detail.status)}</Descriptions.Item>
            <Descriptions.Item label={t('accounts.country')}>{detail.countryCode ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('accounts.address')}>{detail.address ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('accounts.contact')}>{[detail.contactName, detail.contactPhone].filter(Boolean).join(' · ') || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('accounts.registeredAt')}>{f.dateTime(detail.createdAt)}</Descriptions.Item>
            <Descriptions.Item label={t('accounts.activatedAt')}>{f.dateTime(detail.activatedAt)}</Descriptions.Item>
          </Descriptions>
        ) : null}
      </Drawer>
      {reviewing ? (
        <ReviewModal
          org={reviewing.org}
          action={reviewing.action}
          onClose={() => setReviewing(null)}
          onDone={() => {
            setReviewing(null);
            setDetail(null);
            reload();
          }}
        />
      ) : null}
    </>
  );
}

const FILING_STATUSES = ['submitted', 'effective', 'rejected', 'suspended', 'cancelled', 'withdrawn', 'superseded'];
const PAGE = 20;

function Filings() {
  const { t, i18n } = useTranslation('zone');
  const f = useFormat();
  const label = useEnumLabel();
  const [status, setStatus] = useState<string>('all');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<string | null>(null);
  const { data, error, loading } = useApi<{ items: FilingView[] }>('/api/registry/enterprise-filings', { status: status === 'all' ? undefined : status, q: q || undefined, limit: PAGE + 1, offset: (page - 1) * PAGE });
  const detail = useApi<FilingDetail>(open ? `/api/registry/enterprise-filings/${open}` : null);
  const items = data?.items ?? [];
  const more = items.length > PAGE;
  return (
    <>
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item label={t('filings.status')} htmlFor="filings-status">
          <Select
            id="filings-status"
            style={{ minWidth: 160 }}
            value={status}
            onChange={(v) => {
              setStatus(v);
              setPage(1);
            }}
            options={[{ value: 'all', label: t('common.all') }, ...FILING_STATUSES.map((s) => ({ value: s, label: label('filingStatus', s) }))]}
          />
        </Form.Item>
        <Form.Item label={t('common.search')} htmlFor="filings-search">
          <Input.Search
            id="filings-search"
            allowClear
            placeholder={t('filings.searchHint')}
            onSearch={(v) => {
              setQ(v.trim());
              setPage(1);
            }}
          />
        </Form.Item>
      </Form>
      <ErrorAlert error={error} />
      <Table
        data-testid="filings"
        rowKey="id"
        loading={loading}
        dataSource={items.slice(0, PAGE)}
        scroll={{ x: true }}
        locale={{ emptyText: t('common.empty') }}
        pagination={{ current: page, pageSize: PAGE, total: (page - 1) * PAGE + items.length, onChange: setPage, showSizeChanger: false, hideOnSinglePage: !more && page === 1 }}
        columns={[
          {
            title: t('accounts.name'),
            key: 'name',
            render: (_: unknown, r) => (
              <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => setOpen(r.id)}>
                {orgName(r, i18n.language)}
              </Button>
            ),
          },
          { title: t('accounts.uscc'), dataIndex: 'uscc' },
          { title: t('filings.version'), dataIndex: 'version', align: 'right' },
          { title: t('accounts.roles'), dataIndex: 'roles', render: (r: string[]) => <Roles roles={r} /> },
          { title: t('filings.status'), dataIndex: 'status', render: (s: string) => <Tag color={STATUS_COLOUR[s]}>{label('filingStatus', s)}</Tag> },
          { title: t('filings.submittedAt'), dataIndex: 'submittedAt', render: (v: string) => f.dateTime(v) },
          { title: t('filings.effectiveAt'), dataIndex: 'effectiveAt', render: (v: string | null) => f.dateTime(v) },
        ]}
      />
      <Drawer open={!!open} onClose={() => setOpen(null)} title={detail.data ? orgName(detail.data, i18n.language) : t('filings.detail')} size={560}>
        <ErrorAlert error={detail.error} />
        {detail.data && detail.data.id === open ? (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={t('accounts.uscc')}>{detail.data.uscc}</Descriptions.Item>
              <Descriptions.Item label={t('accounts.customsCode')}>{detail.data.customsCode ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('filings.version')}>{detail.data.version}</Descriptions.Item>
              <Descriptions.Item label={t('filings.status')}>{label('filingStatus', detail.data.status)}</Descriptions.Item>
              <Descriptions.Item label={t('filings.legalRepresentative')}>{detail.data.legalRepresentative}</Descriptions.Item>
              <Descriptions.Item label={t('accounts.address')}>{detail.data.address}</Descriptions.Item>
              <Descriptions.Item label={t('accounts.roles')}>
                <Roles roles={detail.data.roles} />
              </Descriptions.Item>
              <Descriptions.Item label={t('accounts.contact')}>{detail.data.contacts.map((c) => [c.name, c.phone, c.email].filter(Boolean).join(' · ')).join('; ') || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('filings.submittedAt')}>{f.dateTime(detail.data.submittedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('filings.effectiveAt')}>{f.dateTime(detail.data.effectiveAt)}</Descriptions.Item>
            </Descriptions>
            <Typography.Title level={2} style={{ fontSize: 16 }}>
              {t('filings.reviews')}
            </Typography.Title>
            <Table
              size="small"
              rowKey="reviewer"
              pagination={false}
              dataSource={detail.data.reviews}
              locale={{ emptyText: t('common.empty') }}
              columns={[
                { title: t('filings.reviewer'), dataIndex: 'reviewer', render: (v: string) => label('department', v) },
                { title: t('filings.decision'), dataIndex: 'decision', render: (v: string | null) => (v ? label('decision', v) : t('filings.waiting')) },
                { title: t('accounts.reason'), dataIndex: 'reason', render: (v: string | null) => v ?? '—' },
                { title: t('filings.decidedAt'), dataIndex: 'decidedAt', render: (v: string | null) => f.dateTime(v) },
              ]}
            />
          </Space>
        ) : null}
      </Drawer>
    </>
  );
}

export function Enterprises() {
  const { t } = useTranslation('zone');
  return (
    <>
      <PageHeader title={t('enterprises.title')} intro={t('enterprises.intro')} />
      <Tabs
        items={[
          { key: 'accounts', label: t('enterprises.accounts'), children: <Accounts /> },
          { key: 'filings', label: t('enterprises.filings'), children: <Filings /> },
        ]}
      />
    </>
  );
}
