import { Button, Card, Descriptions, Drawer, Form, Input, Radio, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api';
import { useFormat } from '../../format';
import { useSession } from '../../session';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useAction, useApi } from '../../shared/hooks';
import { canUse, departmentOf, DEPARTMENTS } from './scope';
import { EnumTag, PageHeader, Pager, type Paged } from './ui';

const LIMIT = 20;
const STATES = ['open', 'disposed', 'reviewed'] as const;

export interface Alert {
  id: string;
  at: string;
  department: string;
  rule: { code: string; version: number } | null;
  detector: string | null;
  severity: string;
  declarationId: string | null;
  orgId: string | null;
  subject: Record<string, unknown>;
  explanation: string;
  state: string;
  disposal: { action?: string; reason?: string; to?: string | null; at?: string } | null;
  disposedBy: string | null;
  disposedAt: string | null;
  review: { outcome?: string; reason?: string; at?: string } | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
}

/** Where an alert comes from: a rule version, or a detector (named through its translation). */
function Source({ a }: { a: Alert }) {
  const { t } = useTranslation('regulator');
  return (
    <Space size="small" wrap>
      {a.rule ? <code>{`${a.rule.code} v${a.rule.version}`}</code> : null}
      {a.detector ? <span>{t(`detector.${a.detector}`)}</span> : null}
      {!a.rule && !a.detector ? '—' : null}
    </Space>
  );
}

/** The subject's identifying numbers, labelled. */
const SUBJECT_KEYS = ['orderNo', 'invtNo', 'ebpCode', 'ebcCode', 'buyerId', 'payerId', 'phone', 'logisticsNo', 'reportedFrom'] as const;

function DisposeForm({ alert, onDone }: { alert: Alert; onDone(a: Alert): void }) {
  const { t } = useTranslation('regulator');
  const [form] = Form.useForm<{ action: string; to?: string; reason: string }>();
  const action = Form.useWatch('action', form);
  const act = useAction(async (v: { action: string; to?: string; reason: string }) => {
    onDone(await api<Alert>(`/api/risk/alerts/${alert.id}/disposal`, { body: { action: v.action, reason: v.reason.trim(), ...(v.action === 'report' ? { to: v.to } : {}) } }));
  });
  return (
    <Card size="small" title={t('alerts.disposeTitle')} style={{ marginTop: 16 }} data-testid="dispose-form">
      <ErrorAlert error={act.error} />
      <Form form={form} layout="vertical" onFinish={(v) => void act.run(v)} initialValues={{ action: 'inspect' }}>
        <Form.Item label={t('alerts.disposal')} name="action" rules={[{ required: true, message: t('ui.required') }]}>
          <Radio.Group options={(['release', 'inspect', 'hold', 'report'] as const).map((d) => ({ value: d, label: t(`disposal.${d}`) }))} optionType="button" buttonStyle="solid" />
        </Form.Item>
        {action === 'report' ? (
          <Form.Item label={t('alerts.reportTo')} name="to" rules={[{ required: true, message: t('ui.required') }]}>
            <Select options={DEPARTMENTS.filter((d) => d !== alert.department).map((d) => ({ value: d, label: t(`dept.${d}`) }))} />
          </Form.Item>
        ) : null}
        <Form.Item label={t('alerts.why')} name="reason" rules={[{ required: true, whitespace: true, message: t('review.reasonRequired') }, { max: 2000, message: t('ui.tooLong', { max: 2000 }) }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={act.pending}>
          {t('alerts.dispose')}
        </Button>
      </Form>
    </Card>
  );
}

function ReviewAlertForm({ alert, onDone }: { alert: Alert; onDone(a: Alert): void }) {
  const { t } = useTranslation('regulator');
  const act = useAction(async (v: { outcome: string; reason: string }) => {
    onDone(await api<Alert>(`/api/risk/alerts/${alert.id}/review`, { body: { outcome: v.outcome, reason: v.reason.trim() } }));
  });
  return (
    <Card size="small" title={t('alerts.reviewTitle')} style={{ marginTop: 16 }} data-testid="alert-review-form">
      <ErrorAlert error={act.error} />
      <Form layout="vertical" onFinish={(v: { outcome: string; reason: string }) => void act.run(v)} initialValues={{ outcome: 'confirmed' }}>
        <Form.Item label={t('alerts.outcome')} name="outcome" rules={[{ required: true, message: t('ui.required') }]}>
          <Radio.Group options={(['confirmed', 'false_positive'] as const).map((d) => ({ value: d, label: t(`outcome.${d}`) }))} optionType="button" buttonStyle="solid" />
        </Form.Item>
        <Form.Item label={t('alerts.why')} name="reason" rules={[{ required: true, whitespace: true, message: t('review.reasonRequired') }, { max: 2000, message: t('ui.tooLong', { max: 2000 }) }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={act.pending}>
          {t('alerts.review')}
        </Button>
      </Form>
    </Card>
  );
}

/** One alert: what fired and on what, its disposal and review, and the form for the step due. */
function AlertDetail({ id, onChanged }: { id: string; onChanged(): void }) {
  const { t } = useTranslation('regulator');
  const f = useFormat();
  const { me } = useSession();
  const r = useApi<Alert>(`/api/risk/alerts/${id}`);
  const [fresh, setFresh] = useState<Alert>();
  const a = fresh ?? r.data;
  const own = a && departmentOf(me) === a.department;
  const done = (x: Alert) => {
    setFresh(x);
    onChanged();
  };
  if (r.error) return <ErrorAlert error={r.error} />;
  if (!a) return null;
  return (
    <div data-testid="alert-detail">
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('alerts.state')}>
          <span data-testid="alert-state">
            <EnumTag prefix="alertState" value={a.state} />
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('alerts.at')}>{f.dateTime(a.at)}</Descriptions.Item>
        <Descriptions.Item label={t('alerts.department')}>{t(`dept.${a.department}`)}</Descriptions.Item>
        <Descriptions.Item label={t('alerts.severity')}>
          <EnumTag prefix="severity" value={a.severity} />
        </Descriptions.Item>
        <Descriptions.Item label={t('alerts.source')}>
          <Source a={a} />
        </Descriptions.Item>
        <Descriptions.Item label={t('alerts.explanation')}>{a.explanation || '—'}</Descriptions.Item>
        {SUBJECT_KEYS.filter((k) => a.subject[k] !== undefined && a.subject[k] !== null).map((k) => (
          <Descriptions.Item key={k} label={t(`subject.${k}`)}>
            {String(a.subject[k])}
          </Descriptions.Item>
        ))}
        {a.declarationId && canUse(me, 'searchImports') && a.subject.flow !== 'export' ? (
          <Descriptions.Item label={t('alerts.declaration')}>
            <Link to={`/regulator/declarations/${a.declarationId}`}>{t('ui.openDetail')}</Link>
          </Descriptions.Item>
        ) : null}
        {a.declarationId && canUse(me, 'searchExports') && a.subject.flow === 'export' ? (
          <Descriptions.Item label={t('alerts.declaration')}>
            <Link to={`/regulator/exports/${a.declarationId}`}>{t('ui.openDetail')}</Link>
          </Descriptions.Item>
        ) : null}
        {a.disposal ? (
          <Descriptions.Item label={t('alerts.disposal')}>
            <Space orientation="vertical" size={2}>
              <Space wrap>
                <EnumTag prefix="disposal" value={a.disposal.action} />
                {a.disposal.to ? <span>{t('alerts.reportedTo', { dept: t(`dept.${a.disposal.to}`) })}</span> : null}
              </Space>
              <span>{a.disposal.reason}</span>
              <Typography.Text type="secondary">{`${a.disposedBy ?? ''} · ${f.dateTime(a.disposedAt)}`}</Typography.Text>
            </Space>
          </Descriptions.Item>
        ) : null}
        {a.review ? (
          <Descriptions.Item label={t('alerts.reviewResult')}>
            <Space orientation="vertical" size={2}>
              <EnumTag prefix="outcome" value={a.review.outcome} />
              <span>{a.review.reason}</span>
              <Typography.Text type="secondary">{`${a.reviewedBy ?? ''} · ${f.dateTime(a.reviewedAt)}`}</Typography.Text>
            </Space>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {own && a.state === 'open' ? <DisposeForm alert={a} onDone={done} /> : null}
      {own && a.state === 'disposed' ? <ReviewAlertForm alert={a} onDone={done} /> : null}
    </div>
  );
}

/** The department's alert queue: what rules and detectors raised, disposed of and reviewed here. */
export function Alerts() {
  const { t } = useTranslation('regulator');
  const f = useFormat();
  const [state, setState] = useState<string | undefined>('open');
  const [offset, setOffset] = useState(0);
  const [open, setOpen] = useState<string>();
  const list = useApi<Paged<Alert>>('/api/risk/alerts', { state, limit: LIMIT, offset });
  return (
    <>
      <PageHeader title={t('alerts.title')} intro={t('alerts.intro')} extra={<Button onClick={list.reload}>{t('ui.reload')}</Button>} />
      <Space wrap style={{ marginBottom: 12 }}>
        <label>
          <span className="visually-hidden">{t('alerts.state')}</span>
          <Select
            aria-label={t('alerts.state')}
            style={{ minWidth: 180 }}
            value={state ?? 'all'}
            onChange={(v) => {
              setState(v === 'all' ? undefined : v);
              setOffset(0);
            }}
            options={[{ value: 'all', label: t('alerts.allStates') }, ...STATES.map((s) => ({ value: s, label: t(`alertState.${s}`) }))]}
          />
        </label>
      </Space>
      <ErrorAlert error={list.error} />
      <Table<Alert>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('ui.empty') }}
        columns={[
          { title: t('alerts.at'), dataIndex: 'at', render: (v: string) => f.dateTime(v) },
          { title: t('alerts.severity'), dataIndex: 'severity', render: (v: string) => <EnumTag prefix="severity" value={v} /> },
          { title: t('alerts.source'), key: 'source', render: (_: unknown, a) => <Source a={a} /> },
          { title: t('alerts.explanation'), dataIndex: 'explanation', render: (v: string) => v || '—' },
          { title: t('subject.orderNo'), key: 'orderNo', render: (_: unknown, a) => (a.subject.orderNo ? String(a.subject.orderNo) : '—') },
          { title: t('alerts.state'), dataIndex: 'state', render: (v: string) => <EnumTag prefix="alertState" value={v} /> },
          {
            title: t('ui.actions'),
            key: 'open',
            render: (_: unknown, a) => (
              <Button size="small" onClick={() => setOpen(a.id)} aria-label={t('alerts.openAria', { at: f.dateTime(a.at) })}>
                {t('alerts.open')}
              </Button>
            ),
          },
        ]}
      />
      <Pager offset={offset} limit={LIMIT} nextOffset={list.data?.nextOffset} onChange={setOffset} />
      <Drawer open={!!open} onClose={() => setOpen(undefined)} title={t('alerts.detailTitle')} size={560} destroyOnHidden>
        {open ? <AlertDetail id={open} onChanged={list.reload} /> : null}
      </Drawer>
    </>
  );
}
