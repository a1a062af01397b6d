import { Alert as AntAlert, Button, Card, Col, DatePicker, Form, Radio, Row, Statistic, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useFormat } from '../../format';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useAction } from '../../shared/hooks';
import type { Definition } from './ruleModel';

interface Hit {
  factId: string;
  at: string;
  orderNo: string | null;
  ebpCode: string | null;
  ebcCode: string | null;
  params: Record<string, string | number>;
}
export interface BacktestResult {
  flow: 'import' | 'export';
  from: string;
  to: string;
  documents: number;
  hits: number;
  share: number | null;
  truncated: boolean;
  sample: Hit[];
}

/**
 * Back-test: how many of a past window's documents the definition would have hit, their share, and a sample.
 * With `code`, the rule's latest version (or the draft given); without, a draft before it becomes a rule.
 */
export function BacktestPanel({ code, definition }: { code?: string; definition?: () => Definition | null }) {
  const { t } = useTranslation('regulator');
  const f = useFormat();
  const [result, setResult] = useState<BacktestResult>();
  const act = useAction(async (v: { window: [Dayjs, Dayjs]; flow: 'import' | 'export' }) => {
    const def = definition?.();
    if (definition && !def) return;
    const body = { from: v.window[0].toISOString(), to: v.window[1].toISOString(), flow: v.flow, sampleSize: 20, ...(def ? { definition: def } : {}) };
    setResult(await api<BacktestResult>(code && !def ? `/api/risk/rules/${code}/backtest` : '/api/risk/backtest', { body }));
  });
  return (
    <Card title={t('backtest.title')} style={{ marginTop: 16 }} data-testid="backtest">
      <ErrorAlert error={act.error} />
      <Form
        layout="inline"
        onFinish={(v: { window: [Dayjs, Dayjs]; flow: 'import' | 'export' }) => void act.run(v)}
        initialValues={{ window: [dayjs().subtract(30, 'day').startOf('day'), dayjs().endOf('day')], flow: 'import' }}
        style={{ rowGap: 12 }}
      >
        <Form.Item label={t('backtest.window')} name="window" rules={[{ required: true, message: t('ui.required') }]}>
          <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item label={t('backtest.flow')} name="flow">
          <Radio.Group options={(['import', 'export'] as const).map((x) => ({ value: x, label: t(`flow.${x}`) }))} optionType="button" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={act.pending}>
            {t('backtest.run')}
          </Button>
        </Form.Item>
      </Form>
      {result ? (
        <div style={{ marginTop: 16 }} data-testid="backtest-result">
          <Row gutter={16}>
            <Col xs={24} sm={8}>
              <Statistic title={t('backtest.documents')} value={f.number(result.documents)} />
            </Col>
            <Col xs={24} sm={8}>
              <Statistic title={t('backtest.hits')} value={f.number(result.hits)} />
            </Col>
            <Col xs={24} sm={8}>
              <Statistic title={t('backtest.share')} value={result.share === null ? '—' : f.percent(result.share, 1)} />
            </Col>
          </Row>
          {result.truncated ? <AntAlert type="warning" showIcon style={{ marginTop: 12 }} title={t('backtest.truncated')} /> : null}
          <Table<Hit>
            style={{ marginTop: 12 }}
            rowKey="factId"
            size="small"
            pagination={false}
            scroll={{ x: true }}
            dataSource={result.sample}
            locale={{ emptyText: t('backtest.noHits') }}
            caption={t('backtest.sample')}
            columns={[
              { title: t('backtest.at'), dataIndex: 'at', render: (v: string) => f.dateTime(v) },
              { title: t('decl.orderNo'), dataIndex: 'orderNo', render: (v: string | null) => v ?? '—' },
              { title: t('decl.platform'), dataIndex: 'ebpCode', render: (v: string | null) => v ?? '—' },
              { title: t('decl.seller'), dataIndex: 'ebcCode', render: (v: string | null) => v ?? '—' },
              {
                title: t('backtest.params'),
                dataIndex: 'params',
                render: (p: Record<string, string | number>) =>
                  Object.entries(p)
                    .map(([k, v]) => `{${k}} = ${v}`)
                    .join('; '),
              },
            ]}
          />
        </div>
      ) : null}
    </Card>
  );
}
