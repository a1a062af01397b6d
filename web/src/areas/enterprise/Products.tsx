import { App, Button, Card, Col, Descriptions, Flex, Form, Input, Popconfirm, Row, Select, Skeleton, Space, Table, Tag } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api } from '../../api';
import { useFormat } from '../../format';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useAction, useApi } from '../../shared/hooks';
import { HistoryTimeline, ReviewsTable } from './Reviews';
import type { Page, Product, ProductDetail } from './types';
import { FilingStatusTag, H2, NoData, Pager, PageTitle, useCountry, useLabel } from './ui';

const LIMIT = 20;
const STATUSES = ['submitted', 'effective', 'rejected', 'superseded', 'suspended', 'cancelled', 'withdrawn'];
const POSITIVE = ['listed', 'not_listed', 'unconfirmed'];
const NAME_LANGS = ['en', 'ko', 'ja', 'ru'] as const;

/** The product's name in the reader's language, else Chinese. */
export function productName(p: Pick<Product, 'nameZh' | 'names'>, lang: string): string {
  const short = lang.split('-')[0] as (typeof NAME_LANGS)[number];
  return (NAME_LANGS.includes(short) ? p.names[short] : undefined) ?? p.nameZh;
}

/** Product filings: search and filters, each version's status, and the ways to file more. */
export function ProductsPage() {
  const { t, i18n } = useTranslation('enterprise');
  const label = useLabel();
  const { dateTime, money } = useFormat();
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm();
  const offset = Number(params.get('offset') ?? 0) || 0;
  const query = {
    q: params.get('q') ?? undefined,
    hsCode: params.get('hsCode') ?? undefined,
    status: params.get('status') ?? undefined,
    positiveList: params.get('positiveList') ?? undefined,
    limit: LIMIT,
    offset,
  };
  const list = useApi<Page<Product>>('/api/registry/products', query);
  const apply = (v: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const k of ['q', 'hsCode', 'status', 'positiveList']) {
      const value = v[k]?.trim();
      if (value) next.set(k, value);
      else next.delete(k);
    }
    next.delete('offset');
    setParams(next);
  };
  return (
    <div data-testid="products">
      <PageTitle
        extra={
          <>
            <Link to="/enterprise/products/import">
              <Button>{t('import.title')}</Button>
            </Link>
            <Link to="/enterprise/products/new">
              <Button type="primary">{t('products.new')}</Button>
            </Link>
          </>
        }
      >
        {t('products.title')}
      </PageTitle>
      <Card style={{ marginBottom: 16 }}>
        <Form form={form} layout="inline" initialValues={{ q: query.q, hsCode: query.hsCode, status: query.status, positiveList: query.positiveList }} onFinish={apply} style={{ rowGap: 8 }}>
          <Form.Item name="q" label={t('products.search')}>
            <Input allowClear placeholder={t('products.searchHint')} style={{ width: 240 }} />
          </Form.Item>
          <Form.Item name="hsCode" label={t('field.hsCode')} rules={[{ pattern: /^[0-9]{2,10}$/, message: t('form.hsPrefix') }]}>
            <Input allowClear inputMode="numeric" style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="status" label={t('field.status')}>
            <Select allowClear style={{ width: 150 }} options={STATUSES.map((s) => ({ value: s, label: label('filingStatus', s) }))} />
          </Form.Item>
          <Form.Item name="positiveList" label={t('field.positiveList')}>
            <Select allowClear style={{ width: 160 }} options={POSITIVE.map((s) => ({ value: s, label: label('positiveList', s) }))} />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit">
                {t('action.search')}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  form.setFieldsValue({ q: undefined, hsCode: undefined, status: undefined, positiveList: undefined });
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
      <Table<Product>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: <NoData text={t('products.none')} /> }}
        columns={[
          { title: t('field.itemNo'), dataIndex: 'itemNo', render: (v: string, r) => <Link to={`/enterprise/products/${r.id}`}>{v}</Link> },
          { title: t('field.productName'), key: 'name', render: (_: unknown, r) => productName(r, i18n.language) },
          { title: t('field.hsCode'), dataIndex: 'hsCode' },
          { title: t('field.version'), dataIndex: 'version' },
          { title: t('field.status'), dataIndex: 'status', render: (s: string) => <FilingStatusTag status={s} /> },
          { title: t('field.positiveList'), dataIndex: 'positiveList', render: (s: string) => label('positiveList', s) },
          { title: t('field.referencePrice'), key: 'price', align: 'right', render: (_: unknown, r) => money(r.referencePrice, r.currency) },
          { title: t('field.submittedAt'), dataIndex: 'submittedAt', render: (v: string) => dateTime(v) },
        ]}
      />
      <Pager offset={offset} limit={LIMIT} nextOffset={list.data?.nextOffset} onChange={(o) => setParams((p) => (p.set('offset', String(o)), p))} />
    </div>
  );
}

interface ProductForm {
  itemNo?: string;
  hsCode: string;
  nameZh: string;
  names?: Partial<Record<(typeof NAME_LANGS)[number], string>>;
  specification?: string;
  declaredElements?: string;
  brand?: string;
  barcode?: string;
  originCountry: string;
  manufacturer?: string;
  legalUnit: string;
  secondUnit?: string;
  referencePrice: string;
  currency: string;
  imageUrls?: string;
}

const blank = (v: string | undefined | null) => (v && v.trim() ? v.trim() : undefined);

function toBody(v: ProductForm, withItemNo: boolean) {
  const names: Record<string, string> = {};
  for (const l of NAME_LANGS) {
    const n = blank(v.names?.[l]);
    if (n) names[l] = n;
  }
  return {
    ...(withItemNo ? { itemNo: v.itemNo?.trim() } : {}),
    hsCode: v.hsCode.trim(),
    nameZh: v.nameZh.trim(),
    names,
    specification: blank(v.specification),
    declaredElements: blank(v.declaredElements),
    brand: blank(v.brand),
    barcode: blank(v.barcode),
    originCountry: v.originCountry.trim().toUpperCase(),
    manufacturer: blank(v.manufacturer),
    legalUnit: v.legalUnit.trim(),
    secondUnit: blank(v.secondUnit),
    referencePrice: v.referencePrice.trim(),
    currency: v.currency.trim().toUpperCase(),
    imageUrls: (v.imageUrls ?? '')
      .split(/\s+/)
      .map((s) => s.trim())
      .filter(Boolean),
  };
}

const COUNTRIES = ['KOR', 'JPN', 'RUS', 'CHN', 'USA', 'DEU', 'FRA', 'ITA', 'AUS', 'NZL'];
const CURRENCIES = ['CNY', 'KRW', 'JPY', 'RUB', 'USD', 'EUR'];

/** Filing a product (version 1), or changing one: a new version of the same item, reviewed again. */
export function ProductFormPage() {
  const { id } = useParams();
  const { t } = useTranslation('enterprise');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const country = useCountry();
  const base = useApi<ProductDetail>(id ? `/api/registry/products/${id}` : null);
  const [form] = Form.useForm<ProductForm>();
  const changing = Boolean(id);
  const submit = useAction(
    useCallback(
      async (v: ProductForm) =>
        id ? api<Product>(`/api/registry/products/${id}/versions`, { method: 'POST', body: toBody(v, false) }) : api<Product>('/api/registry/products', { method: 'POST', body: toBody(v, true) }),
      [id],
    ),
  );
  const required = [{ required: true, message: t('common:form.required') }];
  if (changing && !base.data) return base.error ? <ErrorAlert error={base.error} /> : <Skeleton active />;
  const b = base.data;
  const initial: Partial<ProductForm> = b
    ? {
        hsCode: b.hsCode,
        nameZh: b.nameZh,
        names: b.names,
        specification: b.specification ?? undefined,
        declaredElements: b.declaredElements ?? undefined,
        brand: b.brand ?? undefined,
        barcode: b.barcode ?? undefined,
        originCountry: b.originCountry,
        manufacturer: b.manufacturer ?? undefined,
        legalUnit: b.legalUnit,
        secondUnit: b.secondUnit ?? undefined,
        referencePrice: b.referencePrice,
        currency: b.currency,
        imageUrls: b.imageUrls.join('\n'),
      }
    : { originCountry: 'KOR', currency: 'CNY', legalUnit: '035' };
  return (
    <div data-testid="product-form">
      <PageTitle>{changing ? t('products.changeTitle', { itemNo: b?.itemNo ?? '' }) : t('products.new')}</PageTitle>
      <Card>
        <ErrorAlert error={submit.error} />
        <Form<ProductForm>
          form={form}
          layout="vertical"
          initialValues={initial}
          onFinish={(v) =>
            void submit.run(v).then((r) => {
              if (!r) return;
              message.success(t('products.submitted', { itemNo: r.itemNo, version: r.version }));
              navigate(`/enterprise/products/${r.id}`);
            })
          }
        >
          <Row gutter={12}>
            <Col xs={24} md={8}>
              <Form.Item name="itemNo" label={t('field.itemNo')} rules={changing ? [] : [...required, { pattern: /^[A-Za-z0-9][A-Za-z0-9._/-]{0,49}$/, message: t('form.itemNo') }]}>
                {changing ? <Input disabled placeholder={b?.itemNo} /> : <Input />}
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="hsCode" label={t('field.hsCode')} rules={[...required, { pattern: /^[0-9]{10}$/, message: t('form.hsCode') }]}>
                <Input inputMode="numeric" maxLength={10} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="brand" label={t('field.brand')}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="nameZh" label={t('field.nameZh')} rules={required}>
                <Input />
              </Form.Item>
            </Col>
            {NAME_LANGS.map((l) => (
              <Col xs={24} md={12} key={l}>
                <Form.Item name={['names', l]} label={t(`field.name_${l}`)}>
                  <Input />
                </Form.Item>
              </Col>
            ))}
            <Col xs={24} md={12}>
              <Form.Item name="specification" label={t('field.specification')}>
                <Input />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="declaredElements" label={t('field.declaredElements')}>
                <Input.TextArea rows={2} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="barcode" label={t('field.barcode')} rules={[{ pattern: /^(?:[0-9]{8}|[0-9]{12,14})$/, message: t('form.barcode') }]}>
                <Input inputMode="numeric" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="originCountry" label={t('field.originCountry')} rules={required}>
                <Select showSearch options={COUNTRIES.map((c) => ({ value: c, label: country(c) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="manufacturer" label={t('field.manufacturer')}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="legalUnit" label={t('field.legalUnit')} rules={[...required, { pattern: /^[0-9]{3}$/, message: t('form.unit') }]} extra={t('form.unitHint')}>
                <Input inputMode="numeric" maxLength={3} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="secondUnit" label={t('field.secondUnit')} rules={[{ pattern: /^[0-9]{3}$/, message: t('form.unit') }]}>
                <Input inputMode="numeric" maxLength={3} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="referencePrice" label={t('field.referencePrice')} rules={[...required, { pattern: /^(?:0|[1-9][0-9]{0,13})(?:\.[0-9]{1,4})?$/, message: t('form.price') }]}>
                <Input inputMode="decimal" />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="currency" label={t('field.currency')} rules={required}>
                <Select options={CURRENCIES.map((c) => ({ value: c, label: c }))} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="imageUrls" label={t('field.imageUrls')} extra={t('form.imageUrlsHint')}>
                <Input.TextArea rows={2} />
              </Form.Item>
            </Col>
          </Row>
          <Flex justify="end" gap={8}>
            <Button onClick={() => navigate(-1)}>{t('action.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={submit.pending}>
              {t('action.submit')}
            </Button>
          </Flex>
        </Form>
      </Card>
    </div>
  );
}

/** One product filing version: its data, the item's versions, the departments' reviews and its history. */
export function ProductDetailPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation('enterprise');
  const { message } = App.useApp();
  const label = useLabel();
  const country = useCountry();
  const { dateTime, money, date } = useFormat();
  const navigate = useNavigate();
  const detail = useApi<ProductDetail>(`/api/registry/products/${id}`);
  const move = useAction(useCallback(async (event: 'withdraw' | 'cancel') => api<ProductDetail>(`/api/registry/products/${id}/${event}`, { method: 'POST', body: {} }), [id]));
  const p = detail.data;
  return (
    <div data-testid="product-detail">
      <PageTitle
        extra={
          p ? (
            <>
              {p.status === 'effective' || p.status === 'submitted' || p.status === 'rejected' ? (
                <Link to={`/enterprise/products/${p.id}/change`}>
                  <Button type="primary">{t('products.change')}</Button>
                </Link>
              ) : null}
              {p.status === 'submitted' ? (
                <Popconfirm title={t('products.withdrawConfirm')} okText={t('action.confirm')} cancelText={t('action.cancel')} onConfirm={() => void move.run('withdraw').then((r) => r && (message.success(t('products.withdrawn')), detail.reload()))}>
                  <Button loading={move.pending}>{t('action.withdraw')}</Button>
                </Popconfirm>
              ) : null}
              {p.status === 'effective' || p.status === 'suspended' ? (
                <Popconfirm title={t('products.cancelConfirm')} okText={t('action.confirm')} cancelText={t('action.cancel')} onConfirm={() => void move.run('cancel').then((r) => r && (message.success(t('products.cancelled')), detail.reload()))}>
                  <Button danger loading={move.pending}>
                    {t('products.cancel')}
                  </Button>
                </Popconfirm>
              ) : null}
            </>
          ) : null
        }
      >
        {p ? `${p.itemNo} · ${productName(p, i18n.language)}` : t('products.detail')}
      </PageTitle>
      <ErrorAlert error={detail.error ?? move.error} />
      {!p ? (
        detail.loading ? <Skeleton active /> : null
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={15}>
            <Card title={<H2>{t('filing.versionN', { version: p.version })}</H2>} extra={<FilingStatusTag status={p.status} />}>
              <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
                <Descriptions.Item label={t('field.itemNo')}>{p.itemNo}</Descriptions.Item>
                <Descriptions.Item label={t('field.hsCode')}>{p.hsCode}</Descriptions.Item>
                <Descriptions.Item label={t('field.nameZh')}>{p.nameZh}</Descriptions.Item>
                {NAME_LANGS.map((l) => (p.names[l] ? <Descriptions.Item key={l} label={t(`field.name_${l}`)}>{p.names[l]}</Descriptions.Item> : null))}
                <Descriptions.Item label={t('field.brand')}>{p.brand ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('field.specification')}>{p.specification ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('field.declaredElements')}>{p.declaredElements ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('field.barcode')}>{p.barcode ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('field.originCountry')}>{country(p.originCountry)}</Descriptions.Item>
                <Descriptions.Item label={t('field.manufacturer')}>{p.manufacturer ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('field.legalUnit')}>
                  {p.legalUnit}
                  {p.secondUnit ? ` / ${p.secondUnit}` : ''}
                </Descriptions.Item>
                <Descriptions.Item label={t('field.referencePrice')}>{money(p.referencePrice, p.currency)}</Descriptions.Item>
                <Descriptions.Item label={t('field.positiveList')}>
                  <Tag>{label('positiveList', p.positiveList)}</Tag>
                </Descriptions.Item>
                <Descriptions.Item label={t('field.tariffFrom')}>{date(p.tariffEffectiveFrom)}</Descriptions.Item>
                <Descriptions.Item label={t('field.submittedAt')}>{dateTime(p.submittedAt)}</Descriptions.Item>
                <Descriptions.Item label={t('field.effectiveAt')}>{dateTime(p.effectiveAt)}</Descriptions.Item>
              </Descriptions>
              {p.imageUrls.length ? (
                <Flex wrap gap={8} style={{ marginTop: 12 }}>
                  {p.imageUrls.map((u) => (
                    <a key={u} href={u} target="_blank" rel="noreferrer">
                      {u}
                    </a>
                  ))}
                </Flex>
              ) : null}
            </Card>
          </Col>
          <Col xs={24} xl={9}>
            <Card title={<H2>{t('products.versions')}</H2>} style={{ marginBottom: 16 }}>
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={p.versions}
                columns={[
                  {
                    title: t('field.version'),
                    dataIndex: 'version',
                    render: (v: number, r: { id: string }) => (r.id === p.id ? <strong>{t('filing.versionN', { version: v })}</strong> : <Button type="link" size="small" onClick={() => navigate(`/enterprise/products/${r.id}`)}>{t('filing.versionN', { version: v })}</Button>),
                  },
                  { title: t('field.status'), dataIndex: 'status', render: (s: string) => <FilingStatusTag status={s} /> },
                  { title: t('field.submittedAt'), dataIndex: 'submittedAt', render: (v: string) => dateTime(v) },
                ]}
              />
            </Card>
            <Card title={<H2>{t('filing.reviews')}</H2>} style={{ marginBottom: 16 }}>
              <ReviewsTable reviews={p.reviews} />
            </Card>
            <Card title={<H2>{t('filing.history')}</H2>}>
              <HistoryTimeline history={p.history} />
            </Card>
          </Col>
        </Row>
      )}
    </div>
  );
}
