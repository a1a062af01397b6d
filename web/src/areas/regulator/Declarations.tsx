import { Button, Card, Descriptions, Form, Input, Radio, Space, Table, Timeline, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api';
import { useFormat } from '../../format';
import { useSession } from '../../session';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useAction, useApi } from '../../shared/hooks';
import { canUse } from './scope';
import { EnumTag, Loadable, PageHeader, Pager, STATE_CODE, isoCurrency, type DeclarationSummary, type ExportSummary, type Paged } from './ui';

const LIMIT = 20;

/** Import declarations as a table, each linking to its detail. */
export function DeclarationTable({ items, loading, action }: { items: DeclarationSummary[]; loading?: boolean; action?: (d: DeclarationSummary) => ReactNode }) {
  const { t } = useTranslation('regulator');
  const f = useFormat();
  return (
    <Table<DeclarationSummary>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={items}
      pagination={false}
      scroll={{ x: true }}
      locale={{ emptyText: t('ui.empty') }}
      columns={[
        { title: t('decl.orderNo'), dataIndex: 'orderNo', render: (v: string, r) => <Link to={`/regulator/declarations/${r.id}`}>{v}</Link> },
        { title: t('decl.invtNo'), dataIndex: 'invtNo', render: (v: string | null) => v ?? '—' },
        { title: t('decl.platform'), dataIndex: 'ebpCode' },
        { title: t('decl.tradeMode'), dataIndex: 'tradeMode', render: (v: string | null) => v ?? '—' },
        { title: t('decl.state'), dataIndex: 'state', render: (v: string) => <EnumTag prefix="state" value={v} code={STATE_CODE[v]} /> },
        { title: t('decl.amount'), dataIndex: 'amount', align: 'right', render: (v: string | null) => f.money(v, 'CNY') },
        { title: t('decl.tax'), dataIndex: 'taxTotal', align: 'right', render: (v: string | null) => f.money(v, 'CNY') },
        { title: t('decl.updated'), dataIndex: 'updatedAt', render: (v: string) => f.dateTime(v) },
        ...(action ? [{ title: t('ui.actions'), key: 'action', render: (_: unknown, r: DeclarationSummary) => action(r) }] : []),
      ]}
    />
  );
}

/** Export lists as a table, each linking to its detail. */
export function ExportTable({ items, loading, action }: { items: ExportSummary[]; loading?: boolean; action?: (e: ExportSummary) => ReactNode }) {
  const { t } = useTranslation('regulator');
  const f = useFormat();
  return (
    <Table<ExportSummary>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={items}
      pagination={false}
      scroll={{ x: true }}
      locale={{ emptyText: t('ui.empty') }}
      columns={[
        { title: t('decl.orderNo'), dataIndex: 'orderNo', render: (v: string, r) => <Link to={`/regulator/exports/${r.id}`}>{v}</Link> },
        { title: t('decl.invtNo'), dataIndex: 'invtNo', render: (v: string | null) => v ?? '—' },
        { title: t('decl.platform'), dataIndex: 'ebpCode' },
        { title: t('decl.tradeMode'), dataIndex: 'tradeMode', render: (v: string | null) => v ?? '—' },
        { title: t('decl.state'), dataIndex: 'state', render: (v: string) => <EnumTag prefix="state" value={v} code={STATE_CODE[v]} /> },
        { title: t('decl.destination'), dataIndex: 'country', render: (v: string | null) => v ?? '—' },
        { title: t('decl.value'), dataIndex: 'value', align: 'right', render: (v: string | null, r) => f.money(v, isoCurrency(r.currency)) },
        { title: t('decl.updated'), dataIndex: 'updatedAt', render: (v: string) => f.dateTime(v) },
        ...(action ? [{ title: t('ui.actions'), key: 'action', render: (_: unknown, r: ExportSummary) => action(r) }] : []),
      ]}
    />
  );
}

/** Customs' manual review queue: import declarations held in state 300. */
export function ReviewQueue() {
  const { t } = useTranslation('regulator');
  const [offset, setOffset] = useState(0);
  const list = useApi<Paged<DeclarationSummary>>('/api/clearance/declarations', { state: 'review', limit: LIMIT, offset });
  return (
    <>
      <PageHeader title={t('review.title')} intro={t('review.intro')} extra={<Button onClick={list.reload}>{t('ui.reload')}</Button>} />
      <ErrorAlert error={list.error} />
      <DeclarationTable items={list.data?.items ?? []} loading={list.loading} />
      <Pager offset={offset} limit={LIMIT} nextOffset={list.data?.nextOffset} onChange={setOffset} />
    </>
  );
}

interface Line {
  gnum?: number;
  itemNo?: string;
  gname?: string;
  gcode?: string;
  qty?: string;
  unit?: string;
  price?: string;
  totalPrice?: string;
  country?: string;
}
interface TaxLine {
  gnum: number;
  taxPrice: string;
  total: string;
  tariff?: { payable: string };
  vat?: { payable: string };
  consumptionTax?: { payable: string };
}
interface DeclarationDetailData extends DeclarationSummary {
  buyerName: string | null;
  buyerIdNumber: string | null;
  fullTax: boolean;
  tax: { lines?: TaxLine[]; totals?: Record<string, string> } | null;
  risk: { decision?: string; score?: number } | null;
  inspection: Record<string, unknown> | null;
  problems: { code: string; path: string; message: string }[];
  documents: { inventory?: { InventoryHead?: Record<string, unknown>; InventoryList?: Line[] } | null; waybill?: { LogisticsHead?: Record<string, unknown> } | null };
  acceptedAt: string | null;
  auditedAt: string | null;
  releasedAt: string | null;
  clearedAt: string | null;
  closedAt: string | null;
}
interface Fired {
  explanation: string;
  rule?: string;
  version?: number;
  detector?: string;
  action?: string;
  score?: number;
  severity?: string;
}
interface Decisions {
  items: { id: string; at: string; flow: string; score: number; action: string; fired: Fired[] }[];
}

/** The risk decisions on a declaration: what fired (rule versions and detectors), with their explanations. */
export function RiskDecisions({ declarationId }: { declarationId: string }) {
  const { t } = useTranslation('regulator');
  const f = useFormat();
  const r = useApi<Decisions>(`/api/risk/declarations/${declarationId}/decisions`);
  return (
    <Card title={t('decl.riskTitle')} style={{ marginBottom: 16 }} data-testid="risk-decisions">
      <Loadable loading={r.loading} error={r.error} empty={!r.data?.items.length}>
        {r.data?.items.map((d) => (
          <div key={d.id} style={{ marginBottom: 12 }}>
            <Space wrap>
              <Typography.Text>{f.dateTime(d.at)}</Typography.Text>
              <EnumTag prefix="riskAction" value={d.action} />
              <Typography.Text type="secondary">{t('decl.riskScore', { score: f.number(d.score) })}</Typography.Text>
            </Space>
            {d.fired.length ? (
              <ul style={{ marginTop: 8 }}>
                {d.fired.map((x, i) => (
                  <li key={i}>
                    <Space wrap size="small">
                      {x.rule ? <code>{`${x.rule} v${x.version ?? 1}`}</code> : null}
                      {x.detector ? <Typography.Text strong>{t(`detector.${x.detector}`)}</Typography.Text> : null}
                      {x.action ? <EnumTag prefix="riskAction" value={x.action} /> : null}
                      {x.score ? <Typography.Text type="secondary">{t('decl.riskScore', { score: f.number(x.score) })}</Typography.Text> : null}
                    </Space>
                    <div>{x.explanation}</div>
                  </li>
                ))}
              </ul>
            ) : (
              <Typography.Paragraph type="secondary">{t('decl.nothingFired')}</Typography.Paragraph>
            )}
          </div>
        ))}
      </Loadable>
    </Card>
  );
}

/** Customs' decision on a declaration held for review: approve, inspect or reject, with the reason. */
function ReviewForm({ id, onDone }: { id: string; onDone(state: string): void }) {
  const { t } = useTranslation('regulator');
  const [form] = Form.useForm<{ decision: 'approve' | 'inspect' | 'reject'; reason?: string }>();
  const decision = Form.useWatch('decision', form);
  const act = useAction(async (v: { decision: string; reason?: string }) => {
    const res = await api<{ state: string }>(`/api/clearance/declarations/${id}/review`, { body: { decision: v.decision, ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}) } });
    onDone(res.state);
  });
  return (
    <Card title={t('review.decideTitle')} style={{ marginBottom: 16 }} data-testid="review-form">
      <ErrorAlert error={act.error} />
      <Form form={form} layout="vertical" onFinish={(v) => void act.run(v)} initialValues={{ decision: 'approve' }}>
        <Form.Item label={t('review.decision')} name="decision" rules={[{ required: true, message: t('ui.required') }]}>
          <Radio.Group
            options={(['approve', 'inspect', 'reject'] as const).map((d) => ({ value: d, label: t(`reviewDecision.${d}`) }))}
            optionType="button"
            buttonStyle="solid"
          />
        </Form.Item>
        <Form.Item
          label={t('review.reason')}
          name="reason"
          rules={[{ required: decision === 'reject', whitespace: true, message: t('review.reasonRequired') }, { max: 1000, message: t('ui.tooLong', { max: 1000 }) }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={act.pending}>
          {t('review.submit')}
        </Button>
      </Form>
    </Card>
  );
}

/** Customs records the result of an inspection (500): pass, seize or return; export lists: pass or reject. */
export function InspectionForm({ path, results, onDone }: { path: string; results: readonly string[]; onDone(state: string): void }) {
  const { t } = useTranslation('regulator');
  const act = useAction(async (v: { result: string; note?: string }) => {
    const res = await api<{ state: string }>(path, { body: { result: v.result, ...(v.note?.trim() ? { note: v.note.trim() } : {}) } });
    onDone(res.state);
  });
  return (
    <div data-testid="inspection-form">
      <ErrorAlert error={act.error} />
      <Form layout="vertical" onFinish={(v: { result: string; note?: string }) => void act.run(v)} initialValues={{ result: results[0] }}>
        <Form.Item label={t('inspection.result')} name="result" rules={[{ required: true, message: t('ui.required') }]}>
          <Radio.Group options={results.map((r) => ({ value: r, label: t(`inspectionResult.${r}`) }))} optionType="button" buttonStyle="solid" />
        </Form.Item>
        <Form.Item label={t('inspection.note')} name="note" rules={[{ max: 1000, message: t('ui.tooLong', { max: 1000 }) }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={act.pending}>
          {t('inspection.submit')}
        </Button>
      </Form>
    </div>
  );
}

/** One import declaration as customs (or tax) sees it: documents, lines, tax, risk, and the decision due. */
export function DeclarationDetail() {
  const { t } = useTranslation('regulator');
  const f = useFormat();
  const { id = '' } = useParams();
  const { me } = useSession();
  const d = useApi<DeclarationDetailData>(`/api/clearance/declarations/${id}`);
  const [done, setDone] = useState<string>();
  const data = d.data;
  const head = data?.documents.inventory?.InventoryHead ?? {};
  const lines = data?.documents.inventory?.InventoryList ?? [];
  const taxByLine = new Map((data?.tax?.lines ?? []).map((l) => [l.gnum, l]));
  const customs = canUse(me, 'review');
  const after = (state: string) => {
    setDone(state);
    d.reload();
  };
  return (
    <>
      <PageHeader title={t('decl.title', { orderNo: data?.orderNo ?? '…' })} extra={<Link to="/regulator/search">{t('decl.backToSearch')}</Link>} />
      <ErrorAlert error={d.error} />
      {done ? (
        <Typography.Paragraph role="status" data-testid="decision-done">
          {t('decl.nowState', { state: t(`state.${done}`) })}
          {STATE_CODE[done] ? ` (${STATE_CODE[done]})` : ''}
        </Typography.Paragraph>
      ) : null}
      {data ? (
        <>
          <Card style={{ marginBottom: 16 }}>
            <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
              <Descriptions.Item label={t('decl.state')}>
                <span data-testid="declaration-state">
                  <EnumTag prefix="state" value={data.state} code={STATE_CODE[data.state]} />
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={t('decl.orderNo')}>{data.orderNo}</Descriptions.Item>
              <Descriptions.Item label={t('decl.invtNo')}>{data.invtNo ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('decl.platform')}>{data.ebpCode}</Descriptions.Item>
              <Descriptions.Item label={t('decl.seller')}>{String(head.ebcName ?? head.ebcCode ?? '—')}</Descriptions.Item>
              <Descriptions.Item label={t('decl.tradeMode')}>{data.tradeMode ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('decl.buyer')}>{data.buyerName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('decl.buyerId')}>{data.buyerIdNumber ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('decl.logistics')}>{String(head.logisticsNo ?? '—')}</Descriptions.Item>
              <Descriptions.Item label={t('decl.amount')}>{f.money(data.amount, 'CNY')}</Descriptions.Item>
              <Descriptions.Item label={t('decl.tax')}>{f.money(data.taxTotal, 'CNY')}</Descriptions.Item>
              <Descriptions.Item label={t('decl.fullTax')}>{data.fullTax ? t('ui.yes') : t('ui.no')}</Descriptions.Item>
            </Descriptions>
          </Card>
          {data.problems.length ? (
            <Card title={t('decl.problems')} style={{ marginBottom: 16 }}>
              <ul>
                {data.problems.map((p, i) => (
                  <li key={i}>
                    {p.path ? <code>{p.path}</code> : null} {p.message}
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
          {customs && data.state === 'review' && !done ? <ReviewForm id={data.id} onDone={after} /> : null}
          {customs && data.state === 'inspection' && !done ? (
            <Card title={t('inspection.recordTitle')} style={{ marginBottom: 16 }}>
              <InspectionForm path={`/api/clearance/declarations/${data.id}/inspection`} results={['pass', 'seize', 'return']} onDone={after} />
            </Card>
          ) : null}
          {canUse(me, 'rules') ? <RiskDecisions declarationId={data.id} /> : null}
          <Card title={t('decl.lines')} style={{ marginBottom: 16 }}>
            <Table<Line>
              rowKey={(l) => String(l.gnum)}
              size="small"
              pagination={false}
              scroll={{ x: true }}
              dataSource={lines}
              locale={{ emptyText: t('ui.empty') }}
              columns={[
                { title: t('decl.gnum'), dataIndex: 'gnum' },
                { title: t('decl.itemNo'), dataIndex: 'itemNo' },
                { title: t('decl.goods'), dataIndex: 'gname' },
                { title: t('decl.hsCode'), dataIndex: 'gcode' },
                { title: t('decl.qty'), dataIndex: 'qty', align: 'right', render: (v: string) => f.number(v) },
                { title: t('decl.price'), dataIndex: 'price', align: 'right', render: (v: string) => f.money(v, 'CNY') },
                { title: t('decl.lineTotal'), dataIndex: 'totalPrice', align: 'right', render: (v: string) => f.money(v, 'CNY') },
                { title: t('decl.lineTax'), key: 'tax', align: 'right', render: (_: unknown, l) => f.money(taxByLine.get(l.gnum ?? -1)?.total ?? null, 'CNY') },
              ]}
            />
          </Card>
          <Card title={t('decl.timeline')}>
            <Timeline
              items={(
                [
                  ['firstSeen', data.firstSeenAt],
                  ['accepted', data.acceptedAt],
                  ['audited', data.auditedAt],
                  ['released', data.releasedAt],
                  ['cleared', data.clearedAt],
                  ['closed', data.closedAt],
                ] as const
              )
                .filter(([, at]) => at)
                .map(([k, at]) => ({ children: `${t(`decl.when.${k}`)} · ${f.dateTime(at)}` }))}
            />
          </Card>
        </>
      ) : null}
    </>
  );
}

interface ExportDetailData extends ExportSummary {
  statisticsFlag: string | null;
  waitingFor: string[];
}

/** One export list: its summary and, when drawn for inspection, customs' result. */
export function ExportDetail() {
  const { t } = useTranslation('regulator');
  const f = useFormat();
  const { id = '' } = useParams();
  const { me } = useSession();
  const d = useApi<ExportDetailData>(`/api/export/declarations/${id}`);
  const [done, setDone] = useState<string>();
  const data = d.data;
  return (
    <>
      <PageHeader title={t('decl.exportTitle', { orderNo: data?.orderNo ?? '…' })} extra={<Link to="/regulator/search">{t('decl.backToSearch')}</Link>} />
      <ErrorAlert error={d.error} />
      {done ? (
        <Typography.Paragraph role="status">
          {t('decl.nowState', { state: t(`state.${done}`) })}
          {STATE_CODE[done] ? ` (${STATE_CODE[done]})` : ''}
        </Typography.Paragraph>
      ) : null}
      {data ? (
        <>
          <Card style={{ marginBottom: 16 }}>
            <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
              <Descriptions.Item label={t('decl.state')}>
                <EnumTag prefix="state" value={data.state} code={STATE_CODE[data.state]} />
              </Descriptions.Item>
              <Descriptions.Item label={t('decl.orderNo')}>{data.orderNo}</Descriptions.Item>
              <Descriptions.Item label={t('decl.invtNo')}>{data.invtNo ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('decl.platform')}>{data.ebpCode}</Descriptions.Item>
              <Descriptions.Item label={t('decl.tradeMode')}>{data.tradeMode ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('decl.destination')}>{data.country ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('decl.value')}>{f.money(data.value, isoCurrency(data.currency))}</Descriptions.Item>
              <Descriptions.Item label={t('decl.releasedAt')}>{f.dateTime(data.releasedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('decl.updated')}>{f.dateTime(data.updatedAt)}</Descriptions.Item>
            </Descriptions>
          </Card>
          {canUse(me, 'inspections') && data.state === 'inspection' && !done ? (
            <Card title={t('inspection.recordTitle')}>
              <InspectionForm
                path={`/api/export/declarations/${data.id}/inspection`}
                results={['pass', 'reject']}
                onDone={(s) => {
                  setDone(s);
                  d.reload();
                }}
              />
            </Card>
          ) : null}
        </>
      ) : null}
    </>
  );
}
