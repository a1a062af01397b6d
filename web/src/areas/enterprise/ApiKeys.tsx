import { App, Alert, Button, Flex, Form, Input, Modal, Popconfirm, Radio, Select, Table, Tag, Typography } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useFormat } from '../../format';
import { useSession } from '../../session';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useAction, useApi } from '../../shared/hooks';
import type { ApiKey } from './types';
import { NoData, PageTitle, useLabel } from './ui';

export const API_KEY_SCOPES = [
  'ceb.submit',
  'ceb.receipts.read',
  'ceb.documents.read',
  'clearance.read',
  'clearance.guarantees.read',
  'clearance.returns.arrive',
  'export.read',
  'export.reports.read',
  'export.stock.sell',
  'export.warehouses.manage',
  'registry.enterprise.read',
  'registry.enterprise.file',
  'registry.products.read',
  'registry.products.file',
  'bonded.read',
  'bonded.manage',
  'webhooks.read',
  'webhooks.manage',
  'orgs.read',
  'audit.read',
  'verification.checks.read',
];

/** A secret shown this once: in a dialog, with a copy button, and the warning that it will not be shown again. */
export function SecretModal({ title, secret, onClose }: { title: string; secret: string | null; onClose(): void }) {
  const { t } = useTranslation('enterprise');
  const { message } = App.useApp();
  return (
    <Modal open={Boolean(secret)} title={title} onCancel={onClose} onOk={onClose} okText={t('secret.done')} cancelButtonProps={{ style: { display: 'none' } }} maskClosable={false} destroyOnHidden>
      <Alert type="warning" showIcon title={t('secret.once')} style={{ marginBottom: 12 }} />
      <Flex gap={8} align="center">
        <Input readOnly value={secret ?? ''} aria-label={t('secret.label')} data-testid="secret" style={{ fontFamily: 'monospace' }} />
        <Button
          icon={<CopyOutlined />}
          onClick={() =>
            void navigator.clipboard
              .writeText(secret ?? '')
              .then(() => message.success(t('secret.copied')))
              .catch(() => message.error(t('secret.copyFailed')))
          }
        >
          {t('secret.copy')}
        </Button>
      </Flex>
    </Modal>
  );
}

interface KeyForm {
  name: string;
  scopes: string[];
  environment: 'sandbox' | 'production';
  unsignedMessages?: 'accept' | 'refuse' | '';
}

/** The organisation's API keys for system-to-system calls: listed without secrets, created (secret shown once), revoked. */
export function ApiKeysPage() {
  const { t } = useTranslation('enterprise');
  const { message } = App.useApp();
  const label = useLabel();
  const { dateTime } = useFormat();
  const { me } = useSession();
  const orgId = me?.organisation.id;
  const list = useApi<{ items: ApiKey[] }>(orgId ? `/api/orgs/${orgId}/api-keys` : null);
  const [open, setOpen] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [form] = Form.useForm<KeyForm>();
  const create = useAction(
    useCallback(
      async (v: KeyForm) =>
        api<ApiKey & { key: string }>(`/api/orgs/${orgId}/api-keys`, {
          method: 'POST',
          body: { name: v.name.trim(), scopes: v.scopes, environment: v.environment, ...(v.unsignedMessages ? { unsignedMessages: v.unsignedMessages } : {}) },
        }),
      [orgId],
    ),
  );
  const revoke = useAction(useCallback(async (id: string) => api(`/api/orgs/${orgId}/api-keys/${id}`, { method: 'DELETE' }), [orgId]));
  return (
    <div data-testid="api-keys">
      <PageTitle
        extra={
          <Button
            type="primary"
            onClick={() => {
              create.clearError();
              form.resetFields();
              setOpen(true);
            }}
          >
            {t('apiKeys.create')}
          </Button>
        }
      >
        {t('apiKeys.title')}
      </PageTitle>
      <Typography.Paragraph type="secondary">{t('apiKeys.intro')}</Typography.Paragraph>
      <ErrorAlert error={list.error ?? revoke.error} />
      <Table<ApiKey>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: <NoData text={t('apiKeys.none')} /> }}
        columns={[
          { title: t('apiKeys.name'), dataIndex: 'name' },
          { title: t('apiKeys.prefix'), dataIndex: 'prefix', render: (v: string) => <code>{v}…</code> },
          { title: t('field.environment'), dataIndex: 'environment', render: (v: string) => <Tag color={v === 'production' ? 'blue' : 'default'}>{label('environment', v)}</Tag> },
          {
            title: t('apiKeys.scopes'),
            dataIndex: 'scopes',
            render: (s: string[]) => (
              <Flex wrap gap={4}>
                {s.map((x) => (
                  <Tag key={x} title={x}>
                    {label('scope', x)}
                  </Tag>
                ))}
              </Flex>
            ),
          },
          { title: t('apiKeys.createdAt'), dataIndex: 'createdAt', render: (v: string) => dateTime(v) },
          { title: t('field.status'), dataIndex: 'revokedAt', render: (v: string | null) => (v ? <Tag>{t('apiKeys.revokedAt', { at: dateTime(v) })}</Tag> : <Tag color="success">{t('apiKeys.active')}</Tag>) },
          {
            title: t('action.actions'),
            key: 'actions',
            render: (_: unknown, k) =>
              k.revokedAt ? null : (
                <Popconfirm title={t('apiKeys.revokeConfirm', { name: k.name })} okText={t('action.confirm')} cancelText={t('action.cancel')} onConfirm={() => void revoke.run(k.id).then(() => (message.success(t('apiKeys.revoked')), list.reload()))}>
                  <Button danger size="small">
                    {t('apiKeys.revoke')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <Modal open={open} title={t('apiKeys.create')} onCancel={() => setOpen(false)} okText={t('action.create')} cancelText={t('action.cancel')} confirmLoading={create.pending} onOk={() => form.submit()} destroyOnHidden>
        <ErrorAlert error={create.error} />
        <Form<KeyForm>
          form={form}
          layout="vertical"
          initialValues={{ environment: 'sandbox', scopes: ['ceb.submit', 'ceb.receipts.read', 'ceb.documents.read'], unsignedMessages: '' }}
          onFinish={(v) =>
            void create.run(v).then((r) => {
              if (!r) return;
              setOpen(false);
              setSecret(r.key);
              list.reload();
            })
          }
        >
          <Form.Item name="name" label={t('apiKeys.name')} rules={[{ required: true, whitespace: true, message: t('common:form.required') }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="environment" label={t('field.environment')}>
            <Radio.Group
              options={[
                { value: 'sandbox', label: label('environment', 'sandbox') },
                { value: 'production', label: label('environment', 'production') },
              ]}
            />
          </Form.Item>
          <Form.Item name="scopes" label={t('apiKeys.scopes')} rules={[{ required: true, type: 'array', min: 1, message: t('common:form.required') }]}>
            <Select mode="multiple" options={API_KEY_SCOPES.map((s) => ({ value: s, label: label('scope', s) }))} />
          </Form.Item>
          <Form.Item name="unsignedMessages" label={t('apiKeys.unsigned')}>
            <Select
              options={[
                { value: '', label: t('apiKeys.unsignedDefault') },
                { value: 'accept', label: t('apiKeys.unsignedAccept') },
                { value: 'refuse', label: t('apiKeys.unsignedRefuse') },
              ]}
            />
          </Form.Item>
        </Form>
      </Modal>
      <SecretModal title={t('apiKeys.createdTitle')} secret={secret} onClose={() => setSecret(null)} />
    </div>
  );
}
