import { Button, Card, Col, Descriptions, Row, Select, Space, Statistic, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api';
import { useFormat } from '../../format';
import { useSession } from '../../session';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useApi } from '../../shared/hooks';
import { BacktestPanel } from './Backtest';
import { DecisionModal } from './DecisionModal';
import { isFieldLeaf, type Definition } from './ruleModel';
import { departmentOf } from './scope';
import { EnumTag, PageHeader } from './ui';

export interface RuleVersion {
  id: string;
  code: string;
  version: number;
  department: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  definition: Record<string, unknown>;
  action: string;
  score: number;
  explanation: Record<string, string>;
  createdBy: string;
  createdAt: string;
}
export interface Rule {
  code: string;
  department: string;
  status: string;
  inForce: number | null;
  next: number | null;
  latest: RuleVersion;
  title: string;
}
export interface RuleDetail extends Rule {
  versions: RuleVersion[];
}
interface Stats {
  alerts: number;
  open: number;
  disposed: number;
  reviewed: number;
  confirmed: number;
  falsePositives: number;
  precision: number | null;
}

/** Every risk rule the department may read, with its status and the version in force. */
export function Rules() {
  const { t } = useTranslation('regulator');
  const f = useFormat();
  const [status, setStatus] = useState<string>();
  const list = useApi<{ items: Rule[] }>('/api/risk/rules', { status });
  return (
    <>
      <PageHeader
        title={t('rules.title')}
        intro={t('rules.intro')}
        extra={
          <Link to="/regulator/rules/new">
            <Button type="primary">{t('rules.new')}</Button>
          </Link>
        }
      />
      <Space style={{ marginBottom: 12 }}>
        <label>
          <span className="visually-hidden">{t('rules.status')}</span>
          <Select
            allowClear
            aria-label={t('rules.status')}
            placeholder={t('rules.status')}
            style={{ minWidth: 180 }}
            value={status}
            onChange={setStatus}
            options={(['active', 'scheduled', 'retired'] as const).map((s) => ({ value: s, label: t(`ruleStatus.${s}`) }))}
          />
        </label>
      </Space>
      <ErrorAlert error={list.error} />
      <Table<Rule>
        rowKey="code"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: true }}
        locale={{ emptyText: t('ui.empty') }}
        columns={[
          { title: t('rules.code'), dataIndex: 'code', render: (v: string) => <Link to={`/regulator/rules/${v}`}>{v}</Link> },
          { title: t('rules.titleCol'), dataIndex: 'title' },
          { title: t('rules.department'), dataIndex: 'department', render: (v: string) => t(`dept.${v}`) },
          { title: t('rules.status'), dataIndex: 'status', render: (v: string) => <EnumTag prefix="ruleStatus" value={v} /> },
          { title: t('rules.inForce'), dataIndex: 'inForce', render: (v: number | null) => (v === null ? '—' : `v${v}`) },
          { title: t('rules.action'), key: 'action', render: (_: unknown, r) => <EnumTag prefix="riskAction" value={r.latest.action} /> },
          { title: t('rules.score'), key: 'score', render: (_: unknown, r) => f.number(r.latest.score) },
          { title: t('rules.effectiveFrom'), key: 'from', render: (_: unknown, r) => f.dateTime(r.latest.effectiveFrom) },
        ]}
      />
    </>
  );
}

/** A definition in words: each condition with its operator translated. */
export function DefinitionView({ definition }: { definition: Record<string, unknown> }) {
  const { t } = useTranslation('regulator');
  const def = definition as unknown as Definition;
  return (
    <div>
      <Typography.Paragraph>{t(`combine.${def.combine}`)}</Typography.Paragraph>
      <ul>
        {def.conditions.map((c, i) => (
          <li key={i}>
            {isFieldLeaf(c) ? (
              <Space wrap size="small">
                <code>{c.field}</code>
                <span>{t(`operator.${c.op}`)}</span>
                <code>{Array.isArray(c.value) ? c.value.join(', ') : String(c.value)}</code>
                {c.as ? <span>{`→ {${c.as}}`}</span> : null}
              </Space>
            ) : (
              <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{JSON.stringify(c)}</pre>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function StatsCard({ code }: { code: string }) {
  const { t } = useTranslation('regulator');
  const f = useFormat();
  const s = useApi<{ total: Stats; versions: (Stats & { version: number })[] }>(`/api/risk/rules/${code}/stats`);
  const keys = ['alerts', 'open', 'disposed', 'reviewed', 'confirmed', 'falsePositives'] as const;
  return (
    <Card title={t('rules.stats')} style={{ marginBottom: 16 }}>
      <ErrorAlert error={s.error} />
      {s.data ? (
        <>
          <Row gutter={[16, 16]}>
            {keys.map((k) => (
              <Col key={k} xs={12} md={6} xl={3}>
                <Statistic title={t(`stats.${k}`)} value={f.number(s.data!.total[k])} />
              </Col>
            ))}
            <Col xs={12} md={6} xl={3}>
              <Statistic title={t('stats.precision')} value={s.data.total.precision === null ? '—' : f.percent(s.data.total.precision)} />
            </Col>
          </Row>
          <Table
            style={{ marginTop: 12 }}
            size="small"
            rowKey="version"
            pagination={false}
            scroll={{ x: true }}
            dataSource={s.data.versions}
            columns={[
              { title: t('rules.version'), dataIndex: 'version', render: (v: number) => `v${v}` },
              ...keys.map((k) => ({ title: t(`stats.${k}`), dataIndex: k, render: (v: number) => f.number(v) })),
              { title: t('stats.precision'), dataIndex: 'precision', render: (v: number | null) => (v === null ? '—' : f.percent(v)) },
            ]}
          />
        </>
      ) : null}
    </Card>
  );
}

/** One rule: its versions with their effective periods, its hit statistics, back-test, new version, retirement. */
export function RuleDetailPage() {
  const { t, i18n } = useTranslation('regulator');
  const f = useFormat();
  const { code = '' } = useParams();
  const navigate = useNavigate();
  const { me } = useSession();
  const r = useApi<RuleDetail>(`/api/risk/rules/${code}`);
  const [retiring, setRetiring] = useState(false);
  const rule = r.data;
  const own = rule && rule.department === departmentOf(me);
  const lang = i18n.language;
  return (
    <>
      <PageHeader
        title={t('rules.detailTitle', { code })}
        intro={rule?.title}
        extra={
          <Space wrap>
            <Link to="/regulator/rules">{t('rules.backToList')}</Link>
            {own && rule.status !== 'retired' ? <Button onClick={() => navigate(`/regulator/rules/${code}/edit`)}>{t('rules.newVersion')}</Button> : null}
            {own && rule.status !== 'retired' ? (
              <Button danger onClick={() => setRetiring(true)}>
                {t('rules.retire')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <ErrorAlert error={r.error} />
      {rule ? (
        <>
          <Card style={{ marginBottom: 16 }}>
            <Descriptions column={{ xs: 1, md: 2, xl: 4 }} size="small">
              <Descriptions.Item label={t('rules.status')}>
                <EnumTag prefix="ruleStatus" value={rule.status} />
              </Descriptions.Item>
              <Descriptions.Item label={t('rules.department')}>{t(`dept.${rule.department}`)}</Descriptions.Item>
              <Descriptions.Item label={t('rules.inForce')}>{rule.inForce === null ? '—' : `v${rule.inForce}`}</Descriptions.Item>
              <Descriptions.Item label={t('rules.scheduled')}>{rule.next === null ? '—' : `v${rule.next}`}</Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title={t('rules.versions')} style={{ marginBottom: 16 }}>
            <Tabs
              defaultActiveKey={String(rule.latest.version)}
              items={rule.versions.map((v) => ({
                key: String(v.version),
                label: `v${v.version}`,
                children: (
                  <>
                    <Descriptions column={{ xs: 1, md: 2 }} size="small" style={{ marginBottom: 12 }}>
                      <Descriptions.Item label={t('rules.effectiveFrom')}>{f.dateTime(v.effectiveFrom)}</Descriptions.Item>
                      <Descriptions.Item label={t('rules.effectiveTo')}>{v.effectiveTo ? f.dateTime(v.effectiveTo) : t('rules.openEnded')}</Descriptions.Item>
                      <Descriptions.Item label={t('rules.action')}>
                        <EnumTag prefix="riskAction" value={v.action} />
                      </Descriptions.Item>
                      <Descriptions.Item label={t('rules.score')}>{f.number(v.score)}</Descriptions.Item>
                      <Descriptions.Item label={t('rules.createdBy')}>{`${v.createdBy} · ${f.dateTime(v.createdAt)}`}</Descriptions.Item>
                      <Descriptions.Item label={t('rules.explanation')}>{v.explanation[lang] ?? v.explanation['zh-CN']}</Descriptions.Item>
                    </Descriptions>
                    <DefinitionView definition={v.definition} />
                  </>
                ),
              }))}
            />
          </Card>
          <StatsCard code={code} />
          <BacktestPanel code={code} />
        </>
      ) : null}
      <DecisionModal
        open={retiring}
        title={t('rules.retireTitle', { code })}
        reasonLabel={t('review.reason')}
        reasonRequired={false}
        okText={t('rules.retire')}
        onClose={() => setRetiring(false)}
        onSubmit={async (v) => {
          await api(`/api/risk/rules/${code}/retire`, { body: v.reason ? { reason: v.reason } : {} });
          r.reload();
        }}
      />
    </>
  );
}
