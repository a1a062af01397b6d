import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Empty, Form, Row, Skeleton, Space, Statistic, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { download } from '../../api';
import { useFormat, type Formatters } from '../../format';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useAction, useApi } from '../../shared/hooks';
import { EChart } from './EChart';
import type { Figures, StatRow, ZoneStatistics } from './types';
import { PageHeader } from './ui';

const KNOWN_MODES = ['9610', '9710', '9810', '1210'];
const IMPORT_COLOUR = '#0b57d0';
const EXPORT_COLOUR = '#c2410c';
const RELEASED_COLOUR = '#15803d';

type TFn = (key: string, opts?: Record<string, unknown>) => string;

/** "label: value; label: value" for a chart's text alternative. */
function summaryOf(t: TFn, title: string, items: string[]): string {
  return t('dashboard.chartSummary', { title, items: items.length ? items.join('; ') : t('dashboard.noData') });
}

function stackedValue(t: TFn, f: Formatters, labels: string[], rows: StatRow<object>[], horizontal = false) {
  const axisLabel = { formatter: (v: number) => f.number(v) };
  const category = { type: 'category', data: labels, axisLabel: horizontal ? { width: 140, overflow: 'truncate' } : { interval: 0, rotate: labels.length > 5 ? 30 : 0 } };
  const value = { type: 'value', name: t('dashboard.axisValue'), nameLocation: 'middle', nameGap: horizontal ? 28 : 56, axisLabel };
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => f.money(String(v)) },
    legend: { top: 0 },
    grid: { left: 8, right: 24, bottom: 24, top: 40, containLabel: true },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series: [
      { name: t('dashboard.imports'), type: 'bar', stack: 'value', color: IMPORT_COLOUR, data: rows.map((r) => Number(r.imports.value)) },
      { name: t('dashboard.exports'), type: 'bar', stack: 'value', color: EXPORT_COLOUR, data: rows.map((r) => Number(r.exports.value)) },
    ],
  };
}

function Kpi({ title, value, split, testId }: { title: string; value: string; split: string; testId: string }) {
  return (
    <Card size="small" data-testid={testId}>
      <Statistic title={title} value={value} />
      <Typography.Text type="secondary">{split}</Typography.Text>
    </Card>
  );
}

export function Dashboard() {
  const { t } = useTranslation('zone');
  const f = useFormat();
  const [period, setPeriod] = useState<[string, string] | null>(null);
  const { data, error, loading } = useApi<ZoneStatistics>('/api/statistics/zone', period ? { from: period[0], to: period[1], limit: 10 } : { limit: 10 });
  const shown = period ?? (data ? [data.period.from, data.period.to] : null);
  const exporter = useAction((from: string, to: string) => download('/api/statistics/zone.xlsx', { from, to }, `zone-statistics-${from}-${to}.xlsx`));

  const charts = useMemo(() => {
    if (!data) return null;
    const tt = t as unknown as TFn;
    const days = data.byDay.map((d) => f.date(`${d.day}T12:00:00+08:00`));
    const byDay = {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 40, containLabel: true },
      xAxis: { type: 'category', data: days },
      yAxis: [
        { type: 'value', name: tt('dashboard.axisCount'), minInterval: 1, axisLabel: { formatter: (v: number) => f.number(v) } },
        { type: 'value', name: tt('dashboard.axisValue'), axisLabel: { formatter: (v: number) => f.number(v) } },
      ],
      series: [
        { name: tt('kpi.declarations'), type: 'bar', color: IMPORT_COLOUR, data: data.byDay.map((d) => d.declarations) },
        { name: tt('kpi.released'), type: 'bar', color: RELEASED_COLOUR, data: data.byDay.map((d) => d.released) },
        { name: tt('kpi.value'), type: 'line', yAxisIndex: 1, color: EXPORT_COLOUR, data: data.byDay.map((d) => Number(d.value)), tooltip: { valueFormatter: (v: number) => f.money(String(v)) } },
      ],
    };
    const modeLabels = data.byMode.map((m) => `${m.mode} ${tt(KNOWN_MODES.includes(m.mode) ? `mode.${m.mode}` : 'mode.other')}`);
    const byMode = {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 24, bottom: 24, top: 40, containLabel: true },
      xAxis: { type: 'value', name: tt('dashboard.axisCount'), nameLocation: 'middle', nameGap: 28, minInterval: 1 },
      yAxis: { type: 'category', data: modeLabels, inverse: true, axisLabel: { width: 160, overflow: 'truncate' } },
      series: [
        { name: tt('dashboard.imports'), type: 'bar', stack: 'n', color: IMPORT_COLOUR, data: data.byMode.map((m) => m.imports.declarations) },
        { name: tt('dashboard.exports'), type: 'bar', stack: 'n', color: EXPORT_COLOUR, data: data.byMode.map((m) => m.exports.declarations) },
      ],
    };
    const countries = data.byCountry.slice(0, 12);
    const belts = data.byBelt;
    const beltLabels = belts.map((b) => tt(`belt.${b.belt}`));
    const money = (v: string) => f.money(v);
    return {
      byDay: { option: byDay, summary: summaryOf(tt, tt('charts.byDay'), data.byDay.filter((d) => d.declarations || d.released).map((d, i) => `${days[data.byDay.indexOf(d)] ?? i}: ${f.number(d.declarations)} / ${f.number(d.released)} / ${money(d.value)}`)) },
      byMode: { option: byMode, summary: summaryOf(tt, tt('charts.byMode'), data.byMode.map((m, i) => `${modeLabels[i]}: ${f.number(m.declarations)}`)) },
      byCountry: { option: stackedValue(tt, f, countries.map((c) => c.name), countries, true), summary: summaryOf(tt, tt('charts.byCountry'), countries.map((c) => `${c.name}: ${money(c.value)}`)) },
      byBelt: { option: stackedValue(tt, f, beltLabels, belts), summary: summaryOf(tt, tt('charts.byBelt'), belts.map((b, i) => `${beltLabels[i]}: ${money(b.value)}`)) },
    };
  }, [data, t, f]);

  const split = (k: keyof Figures, fmt: (v: string | number) => string) =>
    data ? t('kpi.split', { imports: fmt(data.totals.imports[k]), exports: fmt(data.totals.exports[k]) }) : '';

  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        intro={t('dashboard.intro')}
        extra={
          <Button icon={<DownloadOutlined />} loading={exporter.pending} disabled={!shown} onClick={() => shown && void exporter.run(shown[0], shown[1])} data-testid="export-xlsx">
            {t('dashboard.export')}
          </Button>
        }
      />
      <Form layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item label={t('dashboard.period')} htmlFor="zone-period">
          <DatePicker.RangePicker
            id="zone-period"
            allowClear={false}
            value={shown ? [dayjs(shown[0]), dayjs(shown[1])] : null}
            onChange={(v: [Dayjs | null, Dayjs | null] | null) => {
              if (v?.[0] && v[1]) setPeriod([v[0].format('YYYY-MM-DD'), v[1].format('YYYY-MM-DD')]);
            }}
          />
        </Form.Item>
        {data ? (
          <Typography.Text type="secondary" style={{ alignSelf: 'center' }}>
            {t('dashboard.timeZone')}
          </Typography.Text>
        ) : null}
      </Form>
      <ErrorAlert error={error} />
      <ErrorAlert error={exporter.error} onClose={exporter.clearError} />
      {!data && loading ? <Skeleton active /> : null}
      {data && charts ? (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Row gutter={[16, 16]}>
            <Col xs={24} sm={12} xl={6}>
              <Kpi testId="kpi-declarations" title={t('kpi.declarations')} value={f.number(data.totals.declarations)} split={split('declarations', (v) => f.number(v))} />
            </Col>
            <Col xs={24} sm={12} xl={6}>
              <Kpi testId="kpi-value" title={t('kpi.value')} value={f.money(data.totals.value)} split={split('value', (v) => f.money(String(v)))} />
            </Col>
            <Col xs={24} sm={12} xl={6}>
              <Kpi testId="kpi-tax" title={t('kpi.tax')} value={f.money(data.totals.tax)} split={t('kpi.taxNote')} />
            </Col>
            <Col xs={24} sm={12} xl={6}>
              <Kpi testId="kpi-parcels" title={t('kpi.parcels')} value={f.number(data.totals.parcels)} split={t('kpi.releasedOf', { released: f.number(data.totals.released) })} />
            </Col>
          </Row>
          {data.unconverted.length ? (
            <Alert
              type="info"
              showIcon
              title={data.unconverted.map((u) => t('dashboard.unconverted', { currency: u.currency, released: f.number(u.released), value: f.number(u.value, 2) })).join(' ')}
            />
          ) : null}
          {data.totals.declarations === 0 && data.totals.released === 0 ? <Empty description={t('dashboard.noData')} /> : null}
          <Row gutter={[16, 16]}>
            <Col xs={24}>
              <Card title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('charts.byDay')}</Typography.Title>} size="small">
                <EChart testId="chart-day" option={charts.byDay.option} summary={charts.byDay.summary} />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('charts.byMode')}</Typography.Title>} size="small">
                <EChart testId="chart-mode" option={charts.byMode.option} summary={charts.byMode.summary} height={280} />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('charts.byBelt')}</Typography.Title>} size="small">
                <EChart testId="chart-belt" option={charts.byBelt.option} summary={charts.byBelt.summary} height={280} />
                <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                  {t('dashboard.beltNote')}
                </Typography.Paragraph>
              </Card>
            </Col>
            <Col xs={24}>
              <Card title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('charts.byCountry')}</Typography.Title>} size="small">
                <EChart testId="chart-country" option={charts.byCountry.option} summary={charts.byCountry.summary} height={Math.max(240, 36 * Math.min(12, data.byCountry.length) + 60)} />
              </Card>
            </Col>
            <Col xs={24}>
              <Card title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('charts.topEnterprises')}</Typography.Title>} size="small">
                <Table
                  data-testid="top-enterprises"
                  size="small"
                  rowKey={(r) => r.orgId ?? r.code ?? `others-${r.others ?? 0}`}
                  pagination={false}
                  scroll={{ x: true }}
                  dataSource={data.byEnterprise}
                  columns={[
                    { title: t('table.enterprise'), key: 'name', render: (_: unknown, r) => (r.others !== undefined ? t('table.others', { count: r.others }) : r.label) },
                    { title: t('table.code'), dataIndex: 'code', render: (v: string | null) => v ?? '—' },
                    { title: t('kpi.declarations'), dataIndex: 'declarations', align: 'right', render: (v: number) => f.number(v) },
                    { title: t('kpi.released'), dataIndex: 'released', align: 'right', render: (v: number) => f.number(v) },
                    { title: t('kpi.value'), dataIndex: 'value', align: 'right', render: (v: string) => f.money(v) },
                    { title: t('kpi.tax'), dataIndex: 'tax', align: 'right', render: (v: string) => f.money(v) },
                    { title: t('kpi.parcels'), dataIndex: 'parcels', align: 'right', render: (v: number) => f.number(v) },
                  ]}
                />
              </Card>
            </Col>
          </Row>
          <Typography.Paragraph type="secondary">{t('dashboard.basis')}</Typography.Paragraph>
        </Space>
      ) : null}
    </>
  );
}
