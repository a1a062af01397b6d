import { Alert, Button, Card, Col, Descriptions, Flex, Form, Input, Row, Select, Skeleton, Space, Table, Tag, Timeline, Typography } from 'antd';
import { CheckCircleFilled, ClockCircleOutlined, CloseCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useFormat } from '../../format';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useApi } from '../../shared/hooks';
import type { DeclarationDetail, DeclarationReturn, DeclarationSummary, Page, Rec, TaxLine } from './types';
import { DeclarationStateTag, field, H2, NoData, Pager, PageTitle, useLabel } from './ui';

const LIMIT = 20;
export const DECLARATION_STATES = ['waiting', 'accepted', 'review', 'audited', 'inspection', 'released', 'cleared', 'rejected', 'seized', 'shipped_back', 'cancelled', 'returned', 'expired'];

/** What a waiting declaration still lacks, each translated. */
export function WaitingFor({ items }: { items: string[] }) {
  const label = useLabel();
  if (!items.length) return <>—</>;
  return (
    <Flex wrap gap={4}>
      {items.map((w) => (
        <Tag key={w} color="gold" data-waiting={w}>
          {label('waiting', w)}
        </Tag>
      ))}
    </Flex>
  );
}

/** Import declarations the organisation is party to, with filters by state, order number and inventory number. */
export function DeclarationsPage() {
  const { t } = useTranslation('enterprise');
  const label = useLabel();
  const { dateTime, money } = useFormat();
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm();
  const offset = Number(params.get('offset') ?? 0) || 0;
  const query = { state: params.get('state') ?? undefined, orderNo: params.get('orderNo') ?? undefined, invtNo: params.get('invtNo') ?? undefined, limit: LIMIT, offset };
  const list = useApi<Page<DeclarationSummary>>('/api/clearance/declarations', query);
  const apply = (v: Record<string, string | undefined>) => {
    const next = new URLSearchParams();
    for (const k of ['state', 'orderNo', 'invtNo']) {
      const value = v[k]?.trim();
      if (value) next.set(k, value);
    }
    setParams(next);
  };
  return (
    <div data-testid="declarations">
      <PageTitle extra={<Link to="/enterprise/ceb">{t('nav.ceb')}</Link>}>{t('declarations.title')}</PageTitle>
      <Card style={{ marginBottom: 16 }}>
        <Form form={form} layout="inline" initialValues={query} onFinish={apply} style={{ rowGap: 8 }}>
          <Form.Item name="state" label={t('field.state')}>
            <Select allowClear style={{ width: 160 }} options={DECLARATION_STATES.map((s) => ({ value: s, label: label('declState', s) }))} />
          </Form.Item>
          <Form.Item name="orderNo" label={t('field.orderNo')}>
            <Input allowClear style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="invtNo" label={t('field.invtNo')}>
            <Input allowClear style={{ width: 200 }} />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit">
                {t('action.search')}
              </Button>
              <Button
                onClick={() => {
                  form.setFieldsValue({ state: undefined, orderNo: undefined, invtNo: undefined });
                  setParams(new URLSearchParams());
                }}
              >
                {t('action.reset')}
              </Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>
      <ErrorAlert error={list.error} />
      <Table<DeclarationSummary>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: <NoData text={t('declarations.none')} /> }}
        columns={[
          { title: t('field.orderNo'), dataIndex: 'orderNo', render: (v: string, r) => <Link to={`/enterprise/declarations/${r.id}`}>{v}</Link> },
          { title: t('field.invtNo'), dataIndex: 'invtNo', render: (v: string | null) => v ?? '—' },
          { title: t('field.tradeMode'), dataIndex: 'tradeMode', render: (v: string | null) => v ?? '—' },
          { title: t('field.state'), dataIndex: 'state', render: (s: string) => <DeclarationStateTag state={s} /> },
          { title: t('declarations.waitingFor'), dataIndex: 'waitingFor', render: (w: string[]) => <WaitingFor items={w} /> },
          { title: t('field.amount'), dataIndex: 'amount', align: 'right', render: (v: string | null) => money(v) },
          { title: t('tax.total'), dataIndex: 'taxTotal', align: 'right', render: (v: string | null) => money(v) },
          { title: t('field.updatedAt'), dataIndex: 'updatedAt', render: (v: string) => dateTime(v) },
        ]}
      />
      <Pager offset={offset} limit={LIMIT} nextOffset={list.data?.nextOffset} onChange={(o) => setParams((p) => (p.set('offset', String(o)), p))} />
    </div>
  );
}

interface Step {
  code: string;
  key: string;
  at: string | null | undefined;
  tone: 'ok' | 'bad' | 'wait';
  note?: string | null;
}

/**
 * When no receipt was addressed to this enterprise: the steps of the inventory in order, from the declaration's own record: accepted 120, manual
 * review 300, audited 399, inspection 500, released 800, cleared 899; or the end it came to (100 rejected,
 * 599 seized, 700 shipped back, cancelled, returned).
 */
export function receiptSteps(d: DeclarationDetail): Step[] {
  const steps: Step[] = [];
  if (d.acceptedAt) steps.push({ code: '120', key: 'accepted', at: d.acceptedAt, tone: 'ok' });
  const reviewer = d.risk?.reviewer;
  if (reviewer || d.state === 'review') steps.push({ code: '300', key: 'review', at: reviewer?.at ?? (d.state === 'review' ? d.updatedAt : null), tone: d.state === 'review' ? 'wait' : 'ok', note: reviewer?.reason });
  if (d.auditedAt) steps.push({ code: '399', key: 'audited', at: d.auditedAt, tone: 'ok' });
  if (d.inspection || d.state === 'inspection') steps.push({ code: '500', key: 'inspection', at: d.inspection?.at ?? (d.state === 'inspection' ? d.updatedAt : null), tone: d.state === 'inspection' ? 'wait' : 'ok', note: d.inspection?.note });
  if (d.releasedAt) steps.push({ code: '800', key: 'released', at: d.releasedAt, tone: 'ok' });
  if (d.clearedAt) steps.push({ code: '899', key: 'cleared', at: d.clearedAt, tone: 'ok' });
  const endings: Record<string, string> = { rejected: '100', seized: '599', shipped_back: '700', cancelled: '399', returned: '899', expired: '' };
  if (d.state in endings) steps.push({ code: endings[d.state]!, key: d.state, at: d.closedAt ?? d.updatedAt, tone: d.state === 'returned' ? 'ok' : 'bad' });
  return steps;
}

function ReceiptsTimeline({ d }: { d: DeclarationDetail }) {
  const { t } = useTranslation('enterprise');
  const label = useLabel();
  const { dateTime } = useFormat();
  // The receipts customs issued for the declaration's documents (those addressed to this enterprise).
  if (d.receipts?.length)
    return (
      <Timeline
        data-testid="receipts-timeline"
        items={d.receipts.map((r, n) => {
          const bad = ['100', '599', '700'].includes(r.returnStatus) || r.returnStatus.startsWith('-');
          return {
            key: n,
            color: bad ? 'red' : 'green',
            icon: bad ? <CloseCircleFilled /> : <CheckCircleFilled />,
            content: (
              <div data-receipt={r.returnStatus} data-receipt-doc={r.document}>
                <Typography.Text strong>
                  <code>{r.returnStatus}</code> {label('receiptStatus', r.returnStatus)}
                </Typography.Text>
                <br />
                <Typography.Text type="secondary">
                  {dateTime(r.returnTime)} · {label('docType', r.document)} · <code>{r.messageType}</code>
                </Typography.Text>
                {r.returnInfo ? <div className="receipt-info">{r.returnInfo}</div> : null}
              </div>
            ),
          };
        })}
      />
    );
  const steps = receiptSteps(d);
  if (!steps.length) return <NoData text={t('receipts.none')} />;
  return (
    <Timeline
      data-testid="receipts-timeline"
      items={steps.map((s) => ({
        key: s.key,
        color: s.tone === 'ok' ? 'green' : s.tone === 'bad' ? 'red' : 'blue',
        icon: s.tone === 'ok' ? <CheckCircleFilled /> : s.tone === 'bad' ? <CloseCircleFilled /> : <ClockCircleOutlined />,
        content: (
          <div data-receipt={s.code || s.key}>
            <Typography.Text strong>
              {s.code ? <code>{s.code}</code> : null} {label('receipt', s.key)}
            </Typography.Text>
            <br />
            <Typography.Text type="secondary">{dateTime(s.at)}</Typography.Text>
            {s.note ? <div>{s.note}</div> : null}
          </div>
        ),
      }))}
    />
  );
}

const DOC_KEYS = ['order', 'payment', 'waybill', 'inventory'] as const;
const DOC_TYPE: Record<(typeof DOC_KEYS)[number], string> = { order: 'CEB311', payment: 'CEB411', waybill: 'CEB511', inventory: 'CEB621' };

function docFacts(kind: (typeof DOC_KEYS)[number], doc: Rec | null): [string, string][] {
  if (!doc) return [];
  const head = (doc.OrderHead ?? doc.PaymentHead ?? doc.LogisticsHead ?? doc.InventoryHead ?? doc) as Rec;
  const pick: Record<(typeof DOC_KEYS)[number], string[]> = {
    order: ['orderNo', 'ebpName', 'goodsValue', 'acturalPaid'],
    payment: ['payTransactionId', 'payName', 'amountPaid'],
    waybill: ['logisticsNo', 'logisticsName', 'billNo', 'weight'],
    inventory: ['copNo', 'agentName', 'customsCode', 'portCode'],
  };
  return pick[kind].map((k) => [k, field(head, k)] as [string, string]).filter(([, v]) => v !== '');
}

/** The four documents of the declaration and whether each has arrived. */
const MONEY_FIELDS = new Set(['goodsValue', 'acturalPaid', 'amountPaid']);

function Documents({ d }: { d: DeclarationDetail }) {
  const { t } = useTranslation('enterprise');
  const label = useLabel();
  const { money } = useFormat();
  return (
    <Row gutter={[12, 12]} data-testid="documents">
      {DOC_KEYS.map((k) => {
        const doc = d.documents[k];
        const missing = !doc || (k === 'inventory' && d.waitingFor.includes('inventory_declaration'));
        return (
          <Col xs={24} md={12} xxl={6} key={k}>
            <Card size="small" title={`${label('docType', k)} · ${DOC_TYPE[k]}`} extra={<Tag color={doc ? (missing ? 'gold' : 'success') : 'error'}>{doc ? (missing ? t('documents.staged') : t('documents.present')) : t('documents.missing')}</Tag>} data-doc={k} data-present={doc ? 'yes' : 'no'}>
              {doc ? (
                <Descriptions column={1} size="small">
                  {docFacts(k, doc).map(([key, v]) => (
                    <Descriptions.Item key={key} label={label('docField', key)}>
                      {MONEY_FIELDS.has(key) ? money(v) : v}
                    </Descriptions.Item>
                  ))}
                  {k === 'waybill' && d.waybillStatus ? <Descriptions.Item label={t('documents.waybillStatus')}>{label('waybillStatus', d.waybillStatus)}</Descriptions.Item> : null}
                </Descriptions>
              ) : (
                <Typography.Text type="secondary">{t('documents.notYet')}</Typography.Text>
              )}
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}

function TaxTable({ d }: { d: DeclarationDetail }) {
  const { t } = useTranslation('enterprise');
  const { money, percent } = useFormat();
  const lines = d.tax?.lines ?? [];
  const goods = new Map<number, string>();
  const list = ((d.documents.inventory?.InventoryList ?? []) as Rec[]) || [];
  for (const l of list) goods.set(Number(l.gnum), field(l, 'gname') || field(l, 'itemName'));
  if (!lines.length) return <NoData text={t('tax.none')} />;
  const totals = d.tax?.totals;
  return (
    <Table<TaxLine>
      data-testid="tax-lines"
      size="small"
      rowKey="gnum"
      pagination={false}
      dataSource={lines}
      scroll={{ x: true }}
      columns={[
        { title: t('tax.gnum'), dataIndex: 'gnum', width: 60 },
        { title: t('field.hsCode'), dataIndex: 'gcode' },
        { title: t('tax.goods'), key: 'goods', render: (_: unknown, l) => goods.get(l.gnum) ?? '—' },
        { title: t('tax.customsValue'), dataIndex: 'taxPrice', align: 'right', render: (v: string) => money(v) },
        { title: t('tax.duty'), key: 'duty', align: 'right', render: (_: unknown, l) => money(l.tariff?.payable ?? '0') },
        { title: t('tax.vat'), key: 'vat', align: 'right', render: (_: unknown, l) => <span title={l.vat?.rate ? percent(l.vat.rate, 0) : undefined}>{money(l.vat?.payable ?? '0')}</span> },
        { title: t('tax.consumption'), key: 'ct', align: 'right', render: (_: unknown, l) => money(l.consumptionTax?.payable ?? '0') },
        { title: t('tax.total'), dataIndex: 'total', align: 'right', render: (v: string) => <strong>{money(v)}</strong> },
      ]}
      summary={() =>
        totals ? (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={4}>
              <strong>{t('tax.sum')}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right">
              {money(totals.customsTax)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5} align="right">
              {money(totals.valueAddedTax)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={6} align="right">
              {money(totals.consumptionTax)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={7} align="right">
              <strong data-testid="tax-total">{money(totals.total)}</strong>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        ) : null
      }
    />
  );
}

export function ReturnsTable({ returns }: { returns: DeclarationReturn[] }) {
  const { t } = useTranslation('enterprise');
  const label = useLabel();
  const { money, dateTime } = useFormat();
  return (
    <Table<DeclarationReturn>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={returns}
      scroll={{ x: true }}
      locale={{ emptyText: <NoData text={t('returns.none')} /> }}
      columns={[
        { title: t('field.state'), dataIndex: 'state', render: (s: string) => <Tag color={s === 'completed' ? 'success' : s === 'lapsed' ? 'default' : 'processing'}>{label('returnState', s)}</Tag> },
        { title: t('returns.lines'), dataIndex: 'lines', render: (ls: DeclarationReturn['lines']) => ls.map((l) => t('returns.line', { gnum: l.gnum, qty: l.qty })).join('; ') },
        { title: t('field.amount'), dataIndex: 'amount', align: 'right', render: (v: string) => money(v) },
        { title: t('returns.tax'), dataIndex: 'tax', align: 'right', render: (v: string) => money(v) },
        { title: t('returns.reason'), dataIndex: 'reason' },
        { title: t('returns.requestedAt'), dataIndex: 'requestedAt', render: (v: string) => dateTime(v) },
        { title: t('returns.arrivedAt'), dataIndex: 'arrivedAt', render: (v: string | null) => dateTime(v) },
      ]}
    />
  );
}

/** One import declaration: documents and matching, receipts, tax per line, quota, risk and inspection, returns. */
export function DeclarationDetailPage() {
  const { id } = useParams();
  const { t } = useTranslation('enterprise');
  const label = useLabel();
  const { money, dateTime, percent } = useFormat();
  const detail = useApi<DeclarationDetail>(`/api/clearance/declarations/${id}`);
  const d = detail.data;
  if (!d) return detail.error ? <ErrorAlert error={detail.error} /> : <Skeleton active />;
  const sample = d.risk?.sample as { sampled?: boolean; rate?: number } | undefined;
  return (
    <div data-testid="declaration-detail">
      <PageTitle extra={<Link to="/enterprise/declarations">{t('declarations.backToList')}</Link>}>{t('declarations.detailTitle', { orderNo: d.orderNo })}</PageTitle>
      <ErrorAlert error={detail.error} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
          <Descriptions.Item label={t('field.state')}>
            <DeclarationStateTag state={d.state} />
          </Descriptions.Item>
          <Descriptions.Item label={t('field.orderNo')}>{d.orderNo}</Descriptions.Item>
          <Descriptions.Item label={t('field.invtNo')}>{d.invtNo ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('field.tradeMode')}>{d.tradeMode ? `${d.tradeMode} · ${label('tradeMode', d.tradeMode)}` : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('field.amount')}>{money(d.amount)}</Descriptions.Item>
          <Descriptions.Item label={t('tax.total')}>{money(d.taxTotal)}</Descriptions.Item>
          <Descriptions.Item label={t('field.buyer')}>{d.buyerName ? `${d.buyerName} · ${d.buyerIdNumber ?? ''}` : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('field.environment')}>{label('environment', d.environment)}</Descriptions.Item>
          <Descriptions.Item label={t('field.updatedAt')}>{dateTime(d.updatedAt)}</Descriptions.Item>
        </Descriptions>
      </Card>

      <Card title={<H2>{t('matching.title')}</H2>} style={{ marginBottom: 16 }}>
        {d.state === 'waiting' ? (
          <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('matching.waiting')} description={<WaitingFor items={d.waitingFor} />} data-testid="waiting-for" />
        ) : (
          <Alert type={['rejected', 'seized', 'expired'].includes(d.state) ? 'error' : 'success'} showIcon style={{ marginBottom: 12 }} title={['rejected', 'expired'].includes(d.state) ? t('matching.failed') : t('matching.complete')} />
        )}
        {d.problems.length ? (
          <Alert
            type="error"
            style={{ marginBottom: 12 }}
            title={t('matching.problems')}
            data-testid="problems"
            description={
              <ul className="issues">
                {d.problems.map((p, i) => (
                  <li key={i}>{p.message}</li>
                ))}
              </ul>
            }
          />
        ) : null}
        <Documents d={d} />
      </Card>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <Card title={<H2>{t('receipts.title')}</H2>} style={{ height: '100%' }}>
            <ReceiptsTimeline d={d} />
          </Card>
        </Col>
        <Col xs={24} xl={16}>
          <Card title={<H2>{t('tax.title')}</H2>} style={{ marginBottom: 16 }}>
            {d.tax?.classification ? (
              <Typography.Paragraph>
                {label('taxClass', d.tax.classification)}
                {d.fullTax ? ` · ${t('tax.fullTax')}` : ''}
              </Typography.Paragraph>
            ) : null}
            <TaxTable d={d} />
            {d.taxBills.length ? (
              <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
                {d.taxBills.map((b) => t('tax.bill', { taxNo: b.taxNo, status: label('taxBillStatus', b.status), total: money(b.total) })).join(' · ')}
              </Typography.Paragraph>
            ) : null}
          </Card>
          <Card title={<H2>{t('quota.title')}</H2>} style={{ marginBottom: 16 }}>
            {d.amount ? (
              <Typography.Paragraph style={{ marginBottom: 0 }} data-testid="quota-use">
                {t('quota.charged', { amount: money(d.amount), buyer: d.buyerName ?? '—' })} {['cancelled', 'seized', 'shipped_back', 'rejected', 'expired'].includes(d.state) ? t('quota.restored') : ''}
              </Typography.Paragraph>
            ) : (
              <NoData text={t('quota.none')} />
            )}
          </Card>
          <Card title={<H2>{t('risk.title')}</H2>}>
            {d.risk ? (
              <Descriptions column={{ xs: 1, md: 2 }} size="small">
                <Descriptions.Item label={t('risk.score')}>{d.risk.score ?? 0}</Descriptions.Item>
                <Descriptions.Item label={t('risk.decision')}>{label('riskDecision', d.risk.decision ?? 'release')}</Descriptions.Item>
                <Descriptions.Item label={t('risk.sampled')}>{sample?.sampled ? t('yes') : t('no')}</Descriptions.Item>
                <Descriptions.Item label={t('risk.rate')}>{percent(sample?.rate ?? 0)}</Descriptions.Item>
                {Array.isArray(d.risk.reasons) && d.risk.reasons.length ? (
                  <Descriptions.Item label={t('risk.reasons')} span={2}>
                    {(d.risk.reasons as { rule?: string }[]).map((r, i) => (
                      <Tag key={i}>
                        <code>{r.rule ?? ''}</code>
                      </Tag>
                    ))}
                  </Descriptions.Item>
                ) : null}
                {d.risk.reviewer ? (
                  <Descriptions.Item label={t('risk.review')} span={2}>
                    {label('reviewDecision', d.risk.reviewer.decision)} · {dateTime(d.risk.reviewer.at)}
                    {d.risk.reviewer.reason ? ` · ${d.risk.reviewer.reason}` : ''}
                  </Descriptions.Item>
                ) : null}
                <Descriptions.Item label={t('risk.inspection')} span={2}>
                  {d.inspection ? `${label('inspectionResult', d.inspection.result ?? 'pending')} · ${dateTime(d.inspection.at)}${d.inspection.note ? ` · ${d.inspection.note}` : ''}` : d.state === 'inspection' ? label('inspectionResult', 'pending') : t('risk.noInspection')}
                </Descriptions.Item>
              </Descriptions>
            ) : (
              <NoData text={t('risk.none')} />
            )}
          </Card>
        </Col>
      </Row>

      <Card title={<H2>{t('returns.title')}</H2>} style={{ marginTop: 16 }} data-testid="returns">
        {d.state === 'cancelled' ? <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('returns.cancelled', { at: dateTime(d.closedAt) })} /> : null}
        <ReturnsTable returns={d.returns} />
      </Card>
    </div>
  );
}
