import { Alert, Button, Card, Col, Descriptions, Form, Input, Row, Select, Skeleton, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useFormat } from '../../format';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useApi } from '../../shared/hooks';
import { WaitingFor } from './Declarations';
import type { ExportDetail, ExportSummary, Page, Rec } from './types';
import { DECLARATION_COLOURS, field, H2, isoCurrency, NoData, Pager, PageTitle, useCountry, useLabel } from './ui';

const LIMIT = 20;
const STATES = ['waiting', 'accepted', 'review', 'audited', 'inspection', 'released', 'cleared', 'rejected', 'cancelled', 'returned', 'expired'];
const MODES = ['9610', '9710', '9810', '1210'];

/** Export lists the organisation is party to. */
export function ExportsPage() {
  const { t } = useTranslation('enterprise');
  const label = useLabel();
  const country = useCountry();
  const { dateTime, money } = useFormat();
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm();
  const offset = Number(params.get('offset') ?? 0) || 0;
  const query = { state: params.get('state') ?? undefined, orderNo: params.get('orderNo') ?? undefined, invtNo: params.get('invtNo') ?? undefined, tradeMode: params.get('tradeMode') ?? undefined, limit: LIMIT, offset };
  const list = useApi<Page<ExportSummary>>('/api/export/declarations', query);
  const apply = (v: Record<string, string | undefined>) => {
    const next = new URLSearchParams();
    for (const k of ['state', 'orderNo', 'invtNo', 'tradeMode']) {
      const value = v[k]?.trim();
      if (value) next.set(k, value);
    }
    setParams(next);
  };
  return (
    <div data-testid="exports">
      <PageTitle>{t('exports.title')}</PageTitle>
      <Card style={{ marginBottom: 16 }}>
        <Form form={form} layout="inline" initialValues={query} onFinish={apply} style={{ rowGap: 8 }}>
          <Form.Item name="state" label={t('field.state')}>
            <Select allowClear style={{ width: 160 }} options={STATES.map((s) => ({ value: s, label: label('exportState', s) }))} />
          </Form.Item>
          <Form.Item name="tradeMode" label={t('field.tradeMode')}>
            <Select allowClear style={{ width: 200 }} options={MODES.map((m) => ({ value: m, label: `${m} · ${label('tradeMode', m)}` }))} />
          </Form.Item>
          <Form.Item name="orderNo" label={t('field.orderNo')}>
            <Input allowClear style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="invtNo" label={t('field.invtNo')}>
            <Input allowClear style={{ width: 180 }} />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit">
                {t('action.search')}
              </Button>
              <Button
                onClick={() => {
                  form.setFieldsValue({ state: undefined, orderNo: undefined, invtNo: undefined, tradeMode: undefined });
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
      <Table<ExportSummary>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: <NoData text={t('exports.none')} /> }}
        columns={[
          { title: t('field.orderNo'), dataIndex: 'orderNo', render: (v: string, r) => <Link to={`/enterprise/exports/${r.id}`}>{v}</Link> },
          { title: t('field.invtNo'), dataIndex: 'invtNo', render: (v: string | null) => v ?? '—' },
          { title: t('field.tradeMode'), dataIndex: 'tradeMode', render: (v: string | null) => v ?? '—' },
          { title: t('field.state'), dataIndex: 'state', render: (s: string) => <ExportStateTag state={s} /> },
          { title: t('declarations.waitingFor'), dataIndex: 'waitingFor', render: (w: string[]) => <WaitingFor items={w} /> },
          { title: t('exports.destination'), dataIndex: 'country', render: (v: string | null) => country(v) },
          { title: t('exports.value'), key: 'value', align: 'right', render: (_: unknown, r) => money(r.value, isoCurrency(r.currency)) },
          { title: t('field.updatedAt'), dataIndex: 'updatedAt', render: (v: string) => dateTime(v) },
        ]}
      />
      <Pager offset={offset} limit={LIMIT} nextOffset={list.data?.nextOffset} onChange={(o) => setParams((p) => (p.set('offset', String(o)), p))} />
    </div>
  );
}

function ExportStateTag({ state }: { state: string }) {
  const label = useLabel();
  // The export states are the import states without seizure and shipping back; the colours are shared.
  return (
    <Tag color={DECLARATION_COLOURS[state] ?? 'default'} data-state={state}>
      {label('exportState', state)}
    </Tag>
  );
}

function present(doc: Rec | null | undefined) {
  return Boolean(doc && Object.keys(doc).length);
}

/** One export: its documents and matching, arrival and departure, destination data, inspection and returns. */
export function ExportDetailPage() {
  const { id } = useParams();
  const { t } = useTranslation('enterprise');
  const label = useLabel();
  const country = useCountry();
  const { dateTime, money } = useFormat();
  const detail = useApi<ExportDetail>(`/api/export/declarations/${id}`);
  const d = detail.data;
  if (!d) return detail.error ? <ErrorAlert error={detail.error} /> : <Skeleton active />;
  const orderHead = (d.order?.OrderHead ?? d.order) as Rec | undefined;
  const invHead = (d.inventory?.InventoryHead ?? d.inventory) as Rec | undefined;
  const docs: { key: string; type: string; doc: Rec | null | undefined; facts: [string, string][] }[] = [
    { key: 'order', type: 'CEB303', doc: d.order, facts: [['orderNo', field(orderHead, 'orderNo')], ['ebcName', field(orderHead, 'ebcName')], ['goodsValue', field(orderHead, 'goodsValue')]] },
    { key: 'waybill', type: 'CEB505', doc: d.waitingFor.includes('waybill') ? null : { logisticsNo: d.logisticsNo }, facts: [['logisticsNo', d.logisticsNo ?? '']] },
    { key: 'collection', type: 'CEB403', doc: d.collection, facts: [['payNo', field(d.collection, 'payNo')], ['charge', field(d.collection, 'charge')]] },
    { key: 'inventory', type: 'CEB603', doc: d.inventory, facts: [['copNo', field(invHead, 'copNo')], ['agentName', field(invHead, 'agentName')], ['portCode', field(invHead, 'portCode')]] },
  ];
  const steps = [
    { key: 'released', at: d.releasedAt },
    { key: 'arrived', at: d.arrivedAt },
    { key: 'departed', at: d.departedAt },
  ];
  return (
    <div data-testid="export-detail">
      <PageTitle extra={<Link to="/enterprise/exports">{t('declarations.backToList')}</Link>}>{t('exports.detailTitle', { orderNo: d.orderNo })}</PageTitle>
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
          <Descriptions.Item label={t('field.state')}>
            <ExportStateTag state={d.state} />
          </Descriptions.Item>
          <Descriptions.Item label={t('field.orderNo')}>{d.orderNo}</Descriptions.Item>
          <Descriptions.Item label={t('field.invtNo')}>{d.invtNo ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('field.tradeMode')}>{d.tradeMode ? `${d.tradeMode} · ${label('tradeMode', d.tradeMode)}` : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('exports.statisticsFlag')}>{d.statisticsFlag ? label('statisticsFlag', d.statisticsFlag) : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('exports.destination')}>{country(d.country)}</Descriptions.Item>
          <Descriptions.Item label={t('exports.value')}>{money(d.value, isoCurrency(d.currency))}</Descriptions.Item>
          <Descriptions.Item label={t('field.updatedAt')}>{dateTime(d.updatedAt)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={<H2>{t('matching.title')}</H2>} style={{ marginBottom: 16 }}>
        {d.waitingFor.length ? (
          <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('matching.waiting')} description={<WaitingFor items={d.waitingFor} />} />
        ) : (
          <Alert type={['rejected', 'expired'].includes(d.state) ? 'error' : 'success'} showIcon style={{ marginBottom: 12 }} title={['rejected', 'expired'].includes(d.state) ? t('matching.failed') : t('matching.complete')} />
        )}
        {d.problems.length ? (
          <Alert
            type="error"
            style={{ marginBottom: 12 }}
            title={t('matching.problems')}
            description={
              <ul className="issues">
                {d.problems.map((p, i) => (
                  <li key={i}>
                    {p.message} <code>{p.path}</code>
                  </li>
                ))}
              </ul>
            }
          />
        ) : null}
        <Row gutter={[12, 12]}>
          {docs.map((x) => (
            <Col xs={24} md={12} xxl={6} key={x.key}>
              <Card size="small" title={`${label('docType', x.key)} · ${x.type}`} extra={<Tag color={present(x.doc) ? 'success' : 'error'}>{present(x.doc) ? t('documents.present') : t('documents.missing')}</Tag>}>
                {present(x.doc) ? (
                  <Descriptions column={1} size="small">
                    {x.facts
                      .filter(([, v]) => v)
                      .map(([k, v]) => (
                        <Descriptions.Item key={k} label={label('docField', k)}>
                          {k === 'goodsValue' || k === 'charge' ? money(v, isoCurrency(d.currency)) : v}
                        </Descriptions.Item>
                      ))}
                  </Descriptions>
                ) : (
                  <Typography.Text type="secondary">{t('documents.notYet')}</Typography.Text>
                )}
              </Card>
            </Col>
          ))}
        </Row>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <Card title={<H2>{t('exports.movement')}</H2>} style={{ height: '100%' }}>
            <Timeline
              items={steps.map((s) => ({
                key: s.key,
                color: s.at ? 'green' : 'gray',
                content: (
                  <>
                    <Typography.Text strong>{label('exportStep', s.key)}</Typography.Text>
                    <br />
                    <Typography.Text type="secondary">{s.at ? dateTime(s.at) : t('exports.notYet')}</Typography.Text>
                  </>
                ),
              }))}
            />
          </Card>
        </Col>
        <Col xs={24} xl={16}>
          <Card title={<H2>{t('exports.destinationData')}</H2>} style={{ marginBottom: 16 }}>
            {d.destination && Object.keys(d.destination).length ? (
              <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
                {Object.entries(d.destination).map(([k, v]) => (
                  <Descriptions.Item key={k} label={label('destinationField', k)}>
                    {typeof v === 'object' ? JSON.stringify(v) : typeof v === 'boolean' ? (v ? t('yes') : t('no')) : String(v)}
                  </Descriptions.Item>
                ))}
              </Descriptions>
            ) : (
              <NoData text={t('exports.noDestination')} />
            )}
          </Card>
          <Card title={<H2>{t('risk.inspection')}</H2>} style={{ marginBottom: 16 }}>
            {d.inspection ? (
              <Typography.Paragraph style={{ marginBottom: 0 }}>
                {label('inspectionResult', d.inspection.result ?? 'pending')} · {dateTime(d.inspection.at)}
                {d.inspection.note ? ` · ${d.inspection.note}` : ''}
              </Typography.Paragraph>
            ) : (
              <Typography.Text type="secondary">{d.state === 'inspection' ? label('inspectionResult', 'pending') : t('risk.noInspection')}</Typography.Text>
            )}
          </Card>
          <Card title={<H2>{t('returns.title')}</H2>}>
            <Table
              size="small"
              rowKey="coElNo"
              pagination={false}
              dataSource={d.returns}
              locale={{ emptyText: <NoData text={t('returns.none')} /> }}
              columns={[
                { title: t('exports.returnNo'), dataIndex: 'coElNo' },
                { title: t('field.state'), dataIndex: 'state', render: (s: string) => <Tag>{label('returnState', s)}</Tag> },
                { title: t('returns.requestedAt'), dataIndex: 'requestedAt', render: (v: string) => dateTime(v) },
                { title: t('returns.arrivedAt'), dataIndex: 'arrivedAt', render: (v: string | null) => dateTime(v) },
                { title: t('exports.taxFree'), dataIndex: 'taxFree', render: (v: boolean) => (v ? t('yes') : t('no')) },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
