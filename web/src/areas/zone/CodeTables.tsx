import { SearchOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Descriptions, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useApi } from '../../shared/hooks';
import type { RefCode, TariffLine } from './types';
import { PageHeader, useEnumLabel } from './ui';

const day = (d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : undefined);

function Codes() {
  const { t } = useTranslation('zone');
  const f = useFormat();
  const label = useEnumLabel();
  const tables = useApi<{ items: { codeTable: string; codes: number }[] }>('/api/reference/tables');
  const [table, setTable] = useState<string>('trade_mode');
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  const [search, setSearch] = useState('');
  const codes = useApi<{ items: RefCode[] }>(`/api/reference/codes/${table}`, { asOf: day(asOf) });
  const rows = useMemo(() => {
    const q = search.trim().toLowerCase();
    const items = codes.data?.items ?? [];
    return q ? items.filter((c) => [c.code, c.nameZh, c.nameEn, ...Object.values(c.attrs).map((v) => (typeof v === 'string' ? v : ''))].some((s) => s?.toLowerCase().includes(q))) : items;
  }, [codes.data, search]);
  return (
    <Card title={<Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>{t('codes.tables')}</Typography.Title>}>
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item label={t('codes.table')} htmlFor="code-table">
          <Select
            id="code-table"
            style={{ minWidth: 220 }}
            value={table}
            onChange={setTable}
            loading={tables.loading}
            options={(tables.data?.items ?? []).map((x) => ({ value: x.codeTable, label: t('codes.tableOption', { name: label('codeTable', x.codeTable), count: f.number(x.codes) }) }))}
          />
        </Form.Item>
        <Form.Item label={t('codes.asOf')} htmlFor="code-as-of">
          <DatePicker id="code-as-of" value={asOf} onChange={setAsOf} placeholder={t('codes.today')} />
        </Form.Item>
        <Form.Item label={t('common.search')} htmlFor="code-search">
          <Input id="code-search" allowClear value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t('codes.searchHint')} />
        </Form.Item>
      </Form>
      <ErrorAlert error={tables.error ?? codes.error} />
      <Table
        data-testid="codes"
        rowKey={(c) => `${c.code}@${c.effectiveFrom}`}
        size="small"
        loading={codes.loading}
        dataSource={rows}
        scroll={{ x: true }}
        locale={{ emptyText: t('common.empty') }}
        pagination={{ pageSize: 25, hideOnSinglePage: true, showSizeChanger: false }}
        columns={[
          { title: t('codes.code'), dataIndex: 'code', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
          { title: t('codes.nameZh'), dataIndex: 'nameZh', render: (v: string | null) => v ?? '—' },
          { title: t('codes.nameEn'), dataIndex: 'nameEn', render: (v: string | null) => v ?? '—' },
          { title: t('codes.effectiveFrom'), dataIndex: 'effectiveFrom', render: (v: string) => f.date(`${v}T12:00:00+08:00`) },
          { title: t('codes.verified'), dataIndex: 'verified', render: (v: boolean) => <Tag color={v ? 'green' : 'gold'}>{v ? t('codes.yes') : t('codes.no')}</Tag> },
          { title: t('codes.source'), dataIndex: 'source', render: (v: string | null) => v ?? '—' },
        ]}
      />
    </Card>
  );
}

function rate(v: string | null, f: ReturnType<typeof useFormat>): string {
  return v === null || v === '' ? '—' : f.percent(v, 2);
}

function Tariff() {
  const { t } = useTranslation('zone');
  const f = useFormat();
  const label = useEnumLabel();
  const [form] = Form.useForm<{ hsCode: string; asOf: Dayjs | null }>();
  const [query, setQuery] = useState<{ hsCode: string; asOf?: string } | null>(null);
  const found = useApi<{ inForce: TariffLine | null; versions: TariffLine[] }>(query ? `/api/reference/tariff/${query.hsCode}` : null, { asOf: query?.asOf });
  const line = found.data?.inForce;
  return (
    <Card title={<Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>{t('tariff.title')}</Typography.Title>}>
      <Form
        form={form}
        layout="inline"
        style={{ marginBottom: 16, rowGap: 8 }}
        initialValues={{ hsCode: '', asOf: null }}
        onFinish={(v) => setQuery({ hsCode: v.hsCode.trim(), asOf: day(v.asOf) })}
      >
        <Form.Item name="hsCode" label={t('tariff.hsCode')} rules={[{ required: true, pattern: /^\s*[0-9]{10}\s*$/, message: t('tariff.hsCodeRule') }]}>
          <Input inputMode="numeric" maxLength={12} placeholder="3304990099" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="asOf" label={t('codes.asOf')}>
          <DatePicker placeholder={t('codes.today')} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} loading={found.loading}>
            {t('tariff.lookUp')}
          </Button>
        </Form.Item>
      </Form>
      <ErrorAlert error={found.error} />
      {found.data && !found.error ? (
        <Space direction="vertical" style={{ width: '100%' }} data-testid="tariff-result">
          {line ? (
            <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered title={t('tariff.inForce', { date: query?.asOf ? f.date(`${query.asOf}T12:00:00+08:00`) : t('codes.today') })}>
              <Descriptions.Item label={t('tariff.hsCode')}>{line.hsCode}</Descriptions.Item>
              <Descriptions.Item label={t('codes.nameZh')}>{line.nameZh}</Descriptions.Item>
              <Descriptions.Item label={t('tariff.vatRate')}>{rate(line.vatRate, f)}</Descriptions.Item>
              <Descriptions.Item label={t('tariff.mfnRate')}>{rate(line.mfnRate, f)}</Descriptions.Item>
              <Descriptions.Item label={t('tariff.ctKind')}>{label('ctKind', line.consumptionTaxKind || 'none')}</Descriptions.Item>
              <Descriptions.Item label={t('tariff.ctRate')}>{rate(line.consumptionTaxRate, f)}</Descriptions.Item>
              <Descriptions.Item label={t('tariff.positiveList')}>{label('positiveList', line.positiveList)}</Descriptions.Item>
              <Descriptions.Item label={t('tariff.legalUnits')}>{[line.legalUnit1, line.legalUnit2].filter(Boolean).join(' / ') || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('codes.effectiveFrom')}>{f.date(`${line.effectiveFrom}T12:00:00+08:00`)}</Descriptions.Item>
              <Descriptions.Item label={t('tariff.demo')}>{line.demo ? t('tariff.demoYes') : t('codes.no')}</Descriptions.Item>
            </Descriptions>
          ) : (
            <Typography.Text type="warning">{t('tariff.notInForce')}</Typography.Text>
          )}
          <Typography.Title level={3} style={{ fontSize: 15 }}>
            {t('tariff.versions')}
          </Typography.Title>
          <Table
            size="small"
            rowKey="effectiveFrom"
            pagination={false}
            scroll={{ x: true }}
            dataSource={found.data.versions}
            columns={[
              { title: t('codes.effectiveFrom'), dataIndex: 'effectiveFrom', render: (v: string) => f.date(`${v}T12:00:00+08:00`) },
              { title: t('codes.nameZh'), dataIndex: 'nameZh' },
              { title: t('tariff.vatRate'), dataIndex: 'vatRate', render: (v: string | null) => rate(v, f) },
              { title: t('tariff.mfnRate'), dataIndex: 'mfnRate', render: (v: string | null) => rate(v, f) },
              { title: t('tariff.ctKind'), dataIndex: 'consumptionTaxKind', render: (v: string | null) => label('ctKind', v || 'none') },
              { title: t('tariff.positiveList'), dataIndex: 'positiveList', render: (v: string) => label('positiveList', v) },
            ]}
          />
        </Space>
      ) : null}
    </Card>
  );
}

export function CodeTables() {
  const { t } = useTranslation('zone');
  return (
    <>
      <PageHeader title={t('codes.title')} intro={t('codes.intro')} />
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Codes />
        <Tariff />
      </Space>
    </>
  );
}

