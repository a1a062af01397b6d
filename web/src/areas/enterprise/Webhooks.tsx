import { App, Button, Drawer, Flex, Form, Input, Modal, Popconfirm, Radio, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useFormat } from '../../format';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useAction, useApi } from '../../shared/hooks';
import { SecretModal } from './ApiKeys';
import type { Delivery, Webhook } from './types';
import { NoData, PageTitle, useLabel } from './ui';

const EVENTS = ['ceb.receipt'];

interface HookForm {
  url: string;
  events: string[];
  environment?: 'sandbox' | 'production';
  description?: string;
}

/** Endpoints that receive the organisation's events: registered, edited, paused, tested, their secrets rotated and their deliveries logged. */
export function WebhooksPage() {
  const { t } = useTranslation('enterprise');
  const { message } = App.useApp();
  const label = useLabel();
  const { dateTime } = useFormat();
  const list = useApi<{ items: Webhook[] }>('/api/webhooks');
  const [editing, setEditing] = useState<Webhook | 'new' | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [deliveriesOf, setDeliveriesOf] = useState<Webhook | null>(null);
  const [form] = Form.useForm<HookForm>();
  const save = useAction(
    useCallback(
      async (v: HookForm) => {
        const body = { url: v.url.trim(), events: v.events, description: v.description?.trim() || undefined };
        if (editing && editing !== 'new') return api<Webhook>(`/api/webhooks/${editing.id}`, { method: 'PATCH', body: { ...body, description: body.description ?? null } });
        return api<Webhook>('/api/webhooks', { method: 'POST', body: { ...body, environment: v.environment } });
      },
      [editing],
    ),
  );
  const act = useAction(
    useCallback(async (w: Webhook, what: 'rotate' | 'test' | 'delete' | 'toggle') => {
      if (what === 'rotate') return api<Webhook>(`/api/webhooks/${w.id}/rotate-secret`, { method: 'POST' });
      if (what === 'test') return api<{ deliveryId: string }>(`/api/webhooks/${w.id}/test`, { method: 'POST' });
      if (what === 'delete') return api(`/api/webhooks/${w.id}`, { method: 'DELETE' });
      return api<Webhook>(`/api/webhooks/${w.id}`, { method: 'PATCH', body: { active: !w.active } });
    }, []),
  );
  const run = (w: Webhook, what: 'rotate' | 'test' | 'delete' | 'toggle') =>
    void act.run(w, what).then((r) => {
      if (what === 'rotate' && r && typeof r === 'object' && 'secret' in r) setSecret(String(r.secret));
      if (what === 'test' && r) void message.success(t('webhooks.pinged'));
      if (what === 'delete') void message.success(t('webhooks.deleted'));
      list.reload();
    });
  const openForm = (w: Webhook | 'new') => {
    save.clearError();
    form.resetFields();
    form.setFieldsValue(w === 'new' ? { events: EVENTS, environment: 'production' } : { url: w.url, events: w.events, description: w.description ?? undefined });
    setEditing(w);
  };
  return (
    <div data-testid="webhooks">
      <PageTitle
        extra={
          <Button type="primary" onClick={() => openForm('new')}>
            {t('webhooks.create')}
          </Button>
        }
      >
        {t('webhooks.title')}
      </PageTitle>
      <Typography.Paragraph type="secondary">{t('webhooks.intro')}</Typography.Paragraph>
      <ErrorAlert error={list.error ?? act.error} />
      <Table<Webhook>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: <NoData text={t('webhooks.none')} /> }}
        columns={[
          {
            title: t('webhooks.url'),
            dataIndex: 'url',
            render: (v: string, w) => (
              <>
                <code>{v}</code>
                {w.description ? <div>{w.description}</div> : null}
              </>
            ),
          },
          { title: t('webhooks.events'), dataIndex: 'events', render: (e: string[]) => e.map((x) => <Tag key={x}>{label('webhookEvent', x)}</Tag>) },
          { title: t('field.environment'), dataIndex: 'environment', render: (v: string) => label('environment', v) },
          { title: t('webhooks.active'), dataIndex: 'active', render: (a: boolean, w) => <Switch checked={a} aria-label={t('webhooks.active')} onChange={() => run(w, 'toggle')} /> },
          { title: t('webhooks.secretRotatedAt'), dataIndex: 'secretRotatedAt', render: (v: string | null, w) => dateTime(v ?? w.createdAt) },
          {
            title: t('action.actions'),
            key: 'actions',
            render: (_: unknown, w) => (
              <Space wrap size="small">
                <Button size="small" onClick={() => setDeliveriesOf(w)}>
                  {t('webhooks.deliveries')}
                </Button>
                <Button size="small" onClick={() => run(w, 'test')}>
                  {t('webhooks.test')}
                </Button>
                <Button size="small" onClick={() => openForm(w)}>
                  {t('action.edit')}
                </Button>
                <Popconfirm title={t('webhooks.rotateConfirm')} okText={t('action.confirm')} cancelText={t('action.cancel')} onConfirm={() => run(w, 'rotate')}>
                  <Button size="small">{t('webhooks.rotate')}</Button>
                </Popconfirm>
                <Popconfirm title={t('webhooks.deleteConfirm')} okText={t('action.confirm')} cancelText={t('action.cancel')} onConfirm={() => run(w, 'delete')}>
                  <Button size="small" danger>
                    {t('action.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('webhooks.create') : t('webhooks.edit')}
        onCancel={() => setEditing(null)}
        okText={t('action.save')}
        cancelText={t('action.cancel')}
        confirmLoading={save.pending}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <ErrorAlert error={save.error} />
        <Form<HookForm>
          form={form}
          layout="vertical"
          onFinish={(v) =>
            void save.run(v).then((r) => {
              if (!r) return;
              setEditing(null);
              if (r.secret) setSecret(r.secret);
              else void message.success(t('webhooks.saved'));
              list.reload();
            })
          }
        >
          <Form.Item name="url" label={t('webhooks.url')} rules={[{ required: true, message: t('common:form.required') }, { type: 'url', message: t('form.url') }]}>
            <Input placeholder="https://" inputMode="url" />
          </Form.Item>
          <Form.Item name="events" label={t('webhooks.events')} rules={[{ required: true, type: 'array', min: 1, message: t('common:form.required') }]}>
            <Select mode="multiple" options={EVENTS.map((e) => ({ value: e, label: label('webhookEvent', e) }))} />
          </Form.Item>
          {editing === 'new' ? (
            <Form.Item name="environment" label={t('field.environment')}>
              <Radio.Group
                options={[
                  { value: 'production', label: label('environment', 'production') },
                  { value: 'sandbox', label: label('environment', 'sandbox') },
                ]}
              />
            </Form.Item>
          ) : null}
          <Form.Item name="description" label={t('webhooks.description')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
      <SecretModal title={t('webhooks.secretTitle')} secret={secret} onClose={() => setSecret(null)} />
      <DeliveriesDrawer webhook={deliveriesOf} onClose={() => setDeliveriesOf(null)} />
    </div>
  );
}

function DeliveriesDrawer({ webhook, onClose }: { webhook: Webhook | null; onClose(): void }) {
  const { t } = useTranslation('enterprise');
  const label = useLabel();
  const { dateTime } = useFormat();
  const [status, setStatus] = useState<string>();
  const [cursors, setCursors] = useState<string[]>([]);
  const log = useApi<{ items: Delivery[]; nextCursor: string | null }>(webhook ? `/api/webhooks/${webhook.id}/deliveries` : null, { status, after: cursors.at(-1), limit: 50 });
  return (
    <Drawer open={Boolean(webhook)} onClose={onClose} size={820} title={t('webhooks.deliveriesOf', { url: webhook?.url ?? '' })}>
      <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
        <label htmlFor="delivery-status">{t('field.status')}</label>
        <Select
          id="delivery-status"
          allowClear
          style={{ width: 180 }}
          value={status}
          onChange={(v?: string) => {
            setStatus(v);
            setCursors([]);
          }}
          options={['pending', 'delivered', 'failed'].map((s) => ({ value: s, label: label('deliveryStatus', s) }))}
        />
        <Button onClick={log.reload}>{t('action.refresh')}</Button>
      </Flex>
      <ErrorAlert error={log.error} />
      <Table<Delivery>
        size="small"
        rowKey="id"
        loading={log.loading}
        dataSource={log.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: <NoData text={t('webhooks.noDeliveries')} /> }}
        columns={[
          { title: t('webhooks.createdAt'), dataIndex: 'createdAt', render: (v: string) => dateTime(v) },
          { title: t('webhooks.event'), dataIndex: 'event', render: (v: string) => label('webhookEvent', v) },
          { title: t('field.status'), dataIndex: 'status', render: (s: string) => <Tag color={s === 'delivered' ? 'success' : s === 'failed' ? 'error' : 'processing'}>{label('deliveryStatus', s)}</Tag> },
          { title: t('webhooks.attempts'), dataIndex: 'attempts' },
          {
            title: t('webhooks.lastAnswer'),
            key: 'last',
            render: (_: unknown, d) => (d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : d.lastError ? d.lastError : '—'),
          },
          { title: t('webhooks.nextAttempt'), dataIndex: 'nextAttemptAt', render: (v: string | null) => dateTime(v) },
          { title: t('webhooks.deliveredAt'), dataIndex: 'deliveredAt', render: (v: string | null) => dateTime(v) },
        ]}
      />
      <Flex justify="flex-end" gap={8} style={{ marginTop: 12 }}>
        <Button disabled={!cursors.length} onClick={() => setCursors((c) => c.slice(0, -1))}>
          {t('pager.previous')}
        </Button>
        <Button disabled={!log.data?.nextCursor} onClick={() => log.data?.nextCursor && setCursors((c) => [...c, log.data!.nextCursor!])}>
          {t('pager.next')}
        </Button>
      </Flex>
    </Drawer>
  );
}
