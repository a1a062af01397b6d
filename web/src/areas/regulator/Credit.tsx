import { Button, Card, Col, DatePicker, Descriptions, Drawer, Form, Input, Row, Select, Space, Statistic, Switch, Table, Tabs, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../api';
import { useFormat } from '../../format';
import { useSession } from '../../session';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useAction, useApi } from '../../shared/hooks';
import { DecisionModal } from './DecisionModal';
import { canUse, departmentOf, FACT_RECORDERS } from './scope';
import { EnumTag, PageHeader, Pager, type Paged } from './ui';

const LIMIT = 20;
const GRADES = ['A', 'B', 'C', 'D'] as const;
const CAUSE_KEYS = [
  'art22_smuggling_crime', 'art22_smuggling_penalty', 'art22_supervision_violations', 'art22_tax_overdue', 'art22_fine_overdue',
  'art22_obstruction', 'art22_bribery', 'art22_other', 'serious_food_cosmetics', 'serious_solid_waste',
] as const;

interface Grade {
  orgId: string;
  name: string;
  uscc: string;
  score: number;
  grade: string;
  listed: boolean;
  customsLevel: string | null;
  customsLevelName?: string | null;
  inspectionFactor: number;
  reviewFactor: number;
}
interface Level {
  regime: string;
  regimeName: string;
  levelCode: string;
  name: string;
  inForceFrom: string;
  inForceTo: string | null;
  isAeo: boolean;
  inspectionFactor: number;
  reviewFactor: number;
  inspectionFloor: number | null;
  reviewFloor: number | null;
  inForce?: boolean;
}
interface Entry {
  id: string;
  orgId: string;
  cause: string;
  causeKey: string;
  causeLabel: string;
  start: string;
  end: string | null;
  state: string;
  disclosed: boolean;
}
interface Repair {
  id: string;
  entryId: string;
  orgId: string;
  appliedAt: string;
  state: string;
  decidedAt: string | null;
  reason: string | null;
  statement?: string;
}
interface Fact {
  factId: string | null;
  kind: string;
  at: string;
  reference: string | null;
  count: number;
  points: number;
  weight: number;
  contribution: number;
  explanation: string;
}
interface Profile {
  org: { id: string; name: string; uscc: string; customsCode: string | null };
  at: string;
  score: number;
  grade: string;
  baseScore: number;
  modelVersion: number;
  facts: Fact[];
  customsLevel: (Level & { basis?: string }) | null;
  supervision: { appliedLevel: string | null; inspectionRate: number; reviewRate: number; inspectionFactor: number; reviewFactor: number };
  negativeList: Entry[];
  advice: string[];
}

/** The enterprises in scope by name, for the lists that carry only an organisation id. */
function useNames() {
  const r = useApi<Paged<Grade>>('/api/credit/enterprises', { limit: 200 });
  const names = new Map((r.data?.items ?? []).map((g) => [g.orgId, g.name]));
  return { names, items: r.data?.items ?? [] };
}

function LevelForm({ orgId, onDone }: { orgId: string; onDone(): void }) {
  const { t } = useTranslation('regulator');
  const levels = useApi<{ regimeInForce: string | null; items: Level[] }>('/api/credit/levels');
  const inForce = (levels.data?.items ?? []).filter((l) => l.regime === levels.data?.regimeInForce);
  const act = useAction(async (v: { levelCode: string; validFrom?: Dayjs; reason?: string }) => {
    await api(`/api/credit/enterprises/${orgId}/levels`, { body: { levelCode: v.levelCode, ...(v.validFrom ? { validFrom: v.validFrom.toISOString() } : {}), ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}) } });
    onDone();
  });
  return (
    <Card size="small" title={t('credit.setLevel')} style={{ marginTop: 16 }}>
      <ErrorAlert error={act.error ?? levels.error} />
      <Form layout="vertical" onFinish={(v: { levelCode: string; validFrom?: Dayjs; reason?: string }) => void act.run(v)}>
        <Form.Item label={t('credit.level')} name="levelCode" rules={[{ required: true, message: t('ui.required') }]}>
          <Select options={inForce.map((l) => ({ value: l.levelCode, label: l.name }))} />
        </Form.Item>
        <Form.Item label={t('credit.validFrom')} name="validFrom" extra={t('credit.validFromHint')}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item label={t('review.reason')} name="reason" rules={[{ max: 1000, message: t('ui.tooLong', { max: 1000 }) }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={act.pending}>
          {t('ui.submit')}
        </Button>
      </Form>
    </Card>
  );
}

function FactForm({ orgId, kinds, onDone }: { orgId: string; kinds: string[]; onDone(): void }) {
  const { t } = useTranslation('regulator');
  const act = useAction(async (v: { kind: string; at?: Dayjs; reference?: string; note?: string }) => {
    await api('/api/credit/facts', {
      body: { orgId, kind: v.kind, ...(v.at ? { at: v.at.toISOString() } : {}), ...(v.reference?.trim() ? { reference: v.reference.trim() } : {}), ...(v.note?.trim() ? { note: v.note.trim() } : {}) },
    });
    onDone();
  });
  return (
    <Card size="small" title={t('credit.recordFact')} style={{ marginTop: 16 }}>
      <ErrorAlert error={act.error} />
      <Form layout="vertical" onFinish={(v: { kind: string; at?: Dayjs; reference?: string; note?: string }) => void act.run(v)}>
        <Form.Item label={t('credit.factKind')} name="kind" rules={[{ required: true, message: t('ui.required') }]}>
          <Select options={kinds.map((k) => ({ value: k, label: t(`factKind.${k}`) }))} />
        </Form.Item>
        <Form.Item label={t('credit.factAt')} name="at">
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item label={t('credit.reference')} name="reference" rules={[{ max: 200, message: t('ui.tooLong', { max: 200 }) }]}>
          <Input />
        </Form.Item>
        <Form.Item label={t('credit.note')} name="note" rules={[{ max: 2000, message: t('ui.tooLong', { max: 2000 }) }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={act.pending}>
          {t('ui.submit')}
        </Button>
      </Form>
    </Card>
  );
}

/** One enterprise's credit: score and grade, the facts behind them, customs level and supervision, its entries. */
function ProfileView({ orgId, onChanged }: { orgId: string; onChanged(): void }) {
  const { t } = useTranslation('regulator');
  const f = useFormat();
  const { me } = useSession();
  const p = useApi<Profile>(`/api/credit/enterprises/${orgId}`);
  const dept = departmentOf(me);
  const kinds = Object.entries(FACT_RECORDERS)
    .filter(([, who]) => dept && who.includes(dept))
    .map(([k]) => k);
  const changed = () => {
    p.reload();
    onChanged();
  };
  if (p.error) return <ErrorAlert error={p.error} />;
  const d = p.data;
  if (!d) return null;
  return (
    <div data-testid="credit-profile">
      <Row gutter={16}>
        <Col span={8}>
          <Statistic title={t('credit.grade')} value={d.grade} />
        </Col>
        <Col span={8}>
          <Statistic title={t('credit.score')} value={f.number(d.score, 1)} />
        </Col>
        <Col span={8}>
          <Statistic title={t('credit.baseScore')} value={f.number(d.baseScore, 1)} />
        </Col>
      </Row>
      <Descriptions column={1} size="small" bordered style={{ marginTop: 16 }}>
        <Descriptions.Item label={t('credit.uscc')}>{d.org.uscc}</Descriptions.Item>
        <Descriptions.Item label={t('credit.customsLevel')}>{d.customsLevel ? `${d.customsLevel.name} · ${d.customsLevel.regimeName}` : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('credit.inspectionRate')}>{f.percent(d.supervision.inspectionRate, 1)}</Descriptions.Item>
        <Descriptions.Item label={t('credit.reviewRate')}>{f.percent(d.supervision.reviewRate, 1)}</Descriptions.Item>
        <Descriptions.Item label={t('credit.modelVersion')}>{`v${d.modelVersion}`}</Descriptions.Item>
      </Descriptions>
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 16 }}>
        {t('credit.facts')}
      </Typography.Title>
      <Table<Fact>
        rowKey={(x) => `${x.factId ?? x.kind}-${x.at}`}
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={d.facts}
        locale={{ emptyText: t('credit.noFacts') }}
        columns={[
          { title: t('credit.factKind'), dataIndex: 'kind', render: (v: string) => t(`factKind.${v}`) },
          { title: t('credit.factAt'), dataIndex: 'at', render: (v: string) => f.date(v) },
          { title: t('credit.count'), dataIndex: 'count', render: (v: number) => f.number(v) },
          { title: t('credit.contribution'), dataIndex: 'contribution', align: 'right', render: (v: number) => f.number(v, 2) },
          { title: t('credit.why'), dataIndex: 'explanation' },
        ]}
      />
      {d.negativeList.length ? (
        <>
          <Typography.Title level={2} style={{ fontSize: 18, marginTop: 16 }}>
            {t('credit.negativeList')}
          </Typography.Title>
          <ul>
            {d.negativeList.map((e) => (
              <li key={e.id}>
                <EnumTag prefix="entryState" value={e.state} /> {e.causeLabel} · {f.date(e.start)} – {e.end ? f.date(e.end) : t('credit.noEnd')}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {d.advice.length ? (
        <ul>
          {d.advice.map((a, i) => (
            <li key={i}>{a}</li>
          ))}
        </ul>
      ) : null}
      {canUse(me, 'creditManage') ? <LevelForm orgId={orgId} onDone={changed} /> : null}
      {kinds.length ? <FactForm orgId={orgId} kinds={kinds} onDone={changed} /> : null}
    </div>
  );
}

function Enterprises() {
  const { t } = useTranslation('regulator');
  const f = useFormat();
  const [grade, setGrade] = useState<string>();
  const [listed, setListed] = useState<string>();
  const [offset, setOffset] = useState(0);
  const [open, setOpen] = useState<Grade>();
  const list = useApi<Paged<Grade>>('/api/credit/enterprises', { grade, listed, limit: LIMIT, offset });
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <label>
          <span className="visually-hidden">{t('credit.grade')}</span>
          <Select
            allowClear
            aria-label={t('credit.grade')}
            placeholder={t('credit.grade')}
            style={{ minWidth: 140 }}
            value={grade}
            onChange={(v) => (setGrade(v), setOffset(0))}
            options={GRADES.map((g) => ({ value: g, label: t('credit.gradeN', { grade: g }) }))}
          />
        </label>
        <label>
          <span className="visually-hidden">{t('credit.listed')}</span>
          <Select
            allowClear
            aria-label={t('credit.listed')}
            placeholder={t('credit.listed')}
            style={{ minWidth: 180 }}
            value={listed}
            onChange={(v) => (setListed(v), setOffset(0))}
            options={[
              { value: 'true', label: t('credit.listedYes') },
              { value: 'false', label: t('credit.listedNo') },
            ]}
          />
        </label>
      </Space>
      <ErrorAlert error={list.error} />
      <Table<Grade>
        rowKey="orgId"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('ui.empty') }}
        columns={[
          { title: t('credit.enterprise'), dataIndex: 'name' },
          { title: t('credit.uscc'), dataIndex: 'uscc' },
          { title: t('credit.grade'), dataIndex: 'grade', render: (v: string) => <Tag color={v === 'A' ? 'green' : v === 'B' ? 'blue' : v === 'C' ? 'orange' : 'red'}>{v}</Tag> },
          { title: t('credit.score'), dataIndex: 'score', align: 'right', render: (v: number) => f.number(v, 1) },
          { title: t('credit.customsLevel'), key: 'level', render: (_: unknown, r) => r.customsLevelName ?? r.customsLevel ?? '—' },
          { title: t('credit.listed'), dataIndex: 'listed', render: (v: boolean) => (v ? <Tag color="red">{t('credit.listedYes')}</Tag> : t('ui.no')) },
          {
            title: t('ui.actions'),
            key: 'open',
            render: (_: unknown, r) => (
              <Button size="small" onClick={() => setOpen(r)}>
                {t('credit.open')}
              </Button>
            ),
          },
        ]}
      />
      <Pager offset={offset} limit={LIMIT} nextOffset={list.data?.nextOffset} onChange={setOffset} />
      <Drawer open={!!open} onClose={() => setOpen(undefined)} title={open?.name} size={640} destroyOnHidden>
        {open ? <ProfileView orgId={open.orgId} onChanged={list.reload} /> : null}
      </Drawer>
    </>
  );
}

function NegativeList() {
  const { t } = useTranslation('regulator');
  const f = useFormat();
  const { me } = useSession();
  const { names, items: enterprises } = useNames();
  const [state, setState] = useState<string>();
  const [offset, setOffset] = useState(0);
  const list = useApi<Paged<Entry>>('/api/credit/negative-list', { state, limit: LIMIT, offset });
  const add = useAction(async (v: { orgId: string; causeKey: string; cause: string; period?: [Dayjs | null, Dayjs | null]; disclosed: boolean }) => {
    const [start, end] = v.period ?? [null, null];
    await api('/api/credit/negative-list', {
      body: { orgId: v.orgId, causeKey: v.causeKey, cause: v.cause.trim(), disclosed: v.disclosed, ...(start ? { start: start.toISOString() } : {}), ...(end ? { end: end.toISOString() } : {}) },
    });
    list.reload();
  });
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <label>
          <span className="visually-hidden">{t('credit.entryState')}</span>
          <Select
            allowClear
            aria-label={t('credit.entryState')}
            placeholder={t('credit.entryState')}
            style={{ minWidth: 160 }}
            value={state}
            onChange={(v) => (setState(v), setOffset(0))}
            options={(['listed', 'repaired', 'expired'] as const).map((s) => ({ value: s, label: t(`entryState.${s}`) }))}
          />
        </label>
      </Space>
      <ErrorAlert error={list.error} />
      <Table<Entry>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('ui.empty') }}
        columns={[
          { title: t('credit.enterprise'), dataIndex: 'orgId', render: (v: string) => names.get(v) ?? '—' },
          { title: t('credit.causeKey'), dataIndex: 'causeLabel' },
          { title: t('credit.cause'), dataIndex: 'cause' },
          { title: t('credit.start'), dataIndex: 'start', render: (v: string) => f.date(v) },
          { title: t('credit.end'), dataIndex: 'end', render: (v: string | null) => (v ? f.date(v) : t('credit.noEnd')) },
          { title: t('credit.entryState'), dataIndex: 'state', render: (v: string) => <EnumTag prefix="entryState" value={v} /> },
          { title: t('credit.disclosed'), dataIndex: 'disclosed', render: (v: boolean) => (v ? t('ui.yes') : t('ui.no')) },
        ]}
      />
      <Pager offset={offset} limit={LIMIT} nextOffset={list.data?.nextOffset} onChange={setOffset} />
      {canUse(me, 'creditManage') ? (
        <Card title={t('credit.addEntry')} style={{ marginTop: 16 }}>
          <ErrorAlert error={add.error} />
          <Form layout="vertical" onFinish={(v: { orgId: string; causeKey: string; cause: string; disclosed: boolean }) => void add.run(v)} initialValues={{ disclosed: true }}>
            <Form.Item label={t('credit.enterprise')} name="orgId" rules={[{ required: true, message: t('ui.required') }]}>
              <Select showSearch optionFilterProp="label" options={enterprises.map((e) => ({ value: e.orgId, label: `${e.name} (${e.uscc})` }))} />
            </Form.Item>
            <Form.Item label={t('credit.causeKey')} name="causeKey" rules={[{ required: true, message: t('ui.required') }]}>
              <Select options={CAUSE_KEYS.map((k) => ({ value: k, label: t(`cause.${k}`) }))} />
            </Form.Item>
            <Form.Item label={t('credit.cause')} name="cause" extra={t('credit.causeHint')} rules={[{ required: true, whitespace: true, message: t('ui.required') }, { max: 500, message: t('ui.tooLong', { max: 500 }) }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Form.Item label={t('credit.period')} name="period">
              <DatePicker.RangePicker allowEmpty={[true, true]} />
            </Form.Item>
            <Form.Item label={t('credit.disclosed')} name="disclosed" valuePropName="checked">
              <Switch />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={add.pending}>
              {t('credit.addEntrySubmit')}
            </Button>
          </Form>
        </Card>
      ) : null}
    </>
  );
}

function Repairs() {
  const { t } = useTranslation('regulator');
  const f = useFormat();
  const { me } = useSession();
  const { names } = useNames();
  const [state, setState] = useState<string>('applied');
  const [offset, setOffset] = useState(0);
  const [deciding, setDeciding] = useState<Repair>();
  const list = useApi<Paged<Repair>>('/api/credit/repairs', { state, limit: LIMIT, offset });
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <label>
          <span className="visually-hidden">{t('credit.repairState')}</span>
          <Select
            aria-label={t('credit.repairState')}
            style={{ minWidth: 160 }}
            value={state}
            onChange={(v) => (setState(v), setOffset(0))}
            options={(['applied', 'approved', 'refused'] as const).map((s) => ({ value: s, label: t(`repairState.${s}`) }))}
          />
        </label>
      </Space>
      <ErrorAlert error={list.error} />
      <Table<Repair>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('ui.empty') }}
        columns={[
          { title: t('credit.enterprise'), dataIndex: 'orgId', render: (v: string) => names.get(v) ?? '—' },
          { title: t('credit.appliedAt'), dataIndex: 'appliedAt', render: (v: string) => f.dateTime(v) },
          { title: t('credit.statement'), dataIndex: 'statement', render: (v?: string) => v ?? '—' },
          { title: t('credit.repairState'), dataIndex: 'state', render: (v: string) => <EnumTag prefix="repairState" value={v} /> },
          { title: t('review.reason'), dataIndex: 'reason', render: (v: string | null) => v ?? '—' },
          ...(canUse(me, 'creditManage')
            ? [
                {
                  title: t('ui.actions'),
                  key: 'decide',
                  render: (_: unknown, r: Repair) =>
                    r.state === 'applied' ? (
                      <Button size="small" type="primary" onClick={() => setDeciding(r)}>
                        {t('credit.decide')}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      <Pager offset={offset} limit={LIMIT} nextOffset={list.data?.nextOffset} onChange={setOffset} />
      <DecisionModal
        open={!!deciding}
        title={t('credit.decideTitle', { name: deciding ? (names.get(deciding.orgId) ?? '') : '' })}
        choices={(['approve', 'refuse'] as const).map((d) => ({ value: d, label: t(`repairDecision.${d}`) }))}
        choiceLabel={t('review.decision')}
        reasonLabel={t('review.reason')}
        reasonRequired={(c) => c === 'refuse'}
        okText={t('ui.submit')}
        onClose={() => setDeciding(undefined)}
        onSubmit={async (v) => {
          if (!deciding) return;
          await api(`/api/credit/repairs/${deciding.id}/decision`, { body: { decision: v.choice, ...(v.reason ? { reason: v.reason } : {}) } });
          list.reload();
        }}
      />
    </>
  );
}

function Levels() {
  const { t } = useTranslation('regulator');
  const f = useFormat();
  const r = useApi<{ regimeInForce: string | null; items: Level[] }>('/api/credit/levels');
  const factor = (v: number | null) => (v === null ? '—' : f.number(v));
  return (
    <>
      <ErrorAlert error={r.error} />
      <Table<Level>
        rowKey={(l) => `${l.regime}-${l.levelCode}`}
        size="middle"
        loading={r.loading}
        dataSource={r.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('ui.empty') }}
        columns={[
          { title: t('credit.regime'), dataIndex: 'regimeName', render: (v: string, l) => (l.regime === r.data?.regimeInForce ? <Space>{v}<Tag color="green">{t('credit.inForce')}</Tag></Space> : v) },
          { title: t('credit.level'), dataIndex: 'name' },
          { title: t('credit.period'), key: 'period', render: (_: unknown, l) => `${f.date(l.inForceFrom)} – ${l.inForceTo ? f.date(l.inForceTo) : t('credit.noEnd')}` },
          { title: t('credit.aeo'), dataIndex: 'isAeo', render: (v: boolean) => (v ? t('ui.yes') : t('ui.no')) },
          { title: t('credit.inspectionFactor'), dataIndex: 'inspectionFactor', align: 'right', render: factor },
          { title: t('credit.reviewFactor'), dataIndex: 'reviewFactor', align: 'right', render: factor },
          { title: t('credit.inspectionFloor'), dataIndex: 'inspectionFloor', align: 'right', render: (v: number | null) => (v === null ? '—' : f.percent(v, 0)) },
          { title: t('credit.reviewFloor'), dataIndex: 'reviewFloor', align: 'right', render: (v: number | null) => (v === null ? '—' : f.percent(v, 0)) },
        ]}
      />
    </>
  );
}

/** Credit supervision: grades in scope with the facts behind them, customs levels, the negative list and repairs. */
export function Credit() {
  const { t } = useTranslation('regulator');
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'enterprises';
  return (
    <>
      <PageHeader title={t('credit.title')} intro={t('credit.intro')} />
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams({ tab: k }, { replace: true })}
        items={[
          { key: 'enterprises', label: t('credit.enterprises'), children: <Enterprises /> },
          { key: 'negative', label: t('credit.negativeList'), children: <NegativeList /> },
          { key: 'repairs', label: t('credit.repairs'), children: <Repairs /> },
          { key: 'levels', label: t('credit.levels'), children: <Levels /> },
        ]}
      />
    </>
  );
}
