import { App, Button, Card, Col, DatePicker, Descriptions, Drawer, Flex, Form, Input, Popconfirm, Row, Select, Skeleton, Space, Table, Tag } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useFormat } from '../../format';
import { useSession } from '../../session';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useAction, useApi } from '../../shared/hooks';
import { HistoryTimeline, ReviewsTable } from './Reviews';
import type { EnterpriseFiling, EnterpriseFilingDetail, Qualification } from './types';
import { FilingStatusTag, H2, NoData, PageTitle, useLabel } from './ui';

export const ENTERPRISE_ROLES = ['ebp', 'ebc', 'overseas_ebc', 'logistics', 'payment', 'broker', 'site_operator', 'guarantor', 'bank_insurer'];
const QUALIFICATION_KINDS = ['payment_licence', 'express_licence', 'bonded_warehouse_approval', 'guarantee', 'other'];
const LANGS = ['en', 'ko', 'ja', 'ru'] as const;

interface FilingForm {
  customsCode?: string;
  nameZh: string;
  names: Partial<Record<(typeof LANGS)[number], string>>;
  legalRepresentative: string;
  address: string;
  areaCode?: string;
  roles: string[];
  agentUscc?: string;
  contacts: { name: string; phone: string; email?: string; role?: string }[];
  qualifications: (Omit<Qualification, 'validUntil'> & { validUntil?: Dayjs })[];
}

const blank = (v: string | undefined | null) => (v && v.trim() ? v.trim() : undefined);

function toBody(v: FilingForm) {
  const names: Record<string, string> = {};
  for (const l of LANGS) {
    const n = blank(v.names?.[l]);
    if (n) names[l] = n;
  }
  return {
    customsCode: blank(v.customsCode),
    nameZh: v.nameZh.trim(),
    names,
    legalRepresentative: v.legalRepresentative.trim(),
    address: v.address.trim(),
    areaCode: blank(v.areaCode),
    roles: v.roles,
    agentUscc: blank(v.agentUscc),
    contacts: (v.contacts ?? []).map((c) => ({ name: c.name.trim(), phone: c.phone.trim(), email: blank(c.email), role: blank(c.role) })),
    qualifications: (v.qualifications ?? []).map((q) => ({
      kind: q.kind,
      number: blank(q.number),
      issuer: blank(q.issuer),
      amount: blank(q.amount),
      validUntil: q.validUntil ? q.validUntil.format('YYYY-MM-DD') : undefined,
    })),
  };
}

/** The enterprise filing: the version in force, each version's reviews and history, and filing a change. */
export function FilingPage() {
  const { t } = useTranslation('enterprise');
  const { message } = App.useApp();
  const label = useLabel();
  const { dateTime } = useFormat();
  const { me } = useSession();
  const list = useApi<{ items: EnterpriseFiling[] }>('/api/registry/enterprise-filings');
  const versions = (list.data?.items ?? []).slice().sort((a, b) => b.version - a.version);
  const current = versions.find((f) => f.status === 'effective' || f.status === 'suspended') ?? versions[0];
  const [selected, setSelected] = useState<string>();
  const shownId = selected ?? current?.id ?? null;
  const detail = useApi<EnterpriseFilingDetail>(shownId ? `/api/registry/enterprise-filings/${shownId}` : null);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<FilingForm>();

  const move = useAction(
    useCallback(async (id: string, event: 'withdraw' | 'cancel') => api<EnterpriseFilingDetail>(`/api/registry/enterprise-filings/${id}/${event}`, { method: 'POST', body: {} }), []),
  );
  const submit = useAction(useCallback(async (v: FilingForm) => api<EnterpriseFiling>('/api/registry/enterprise-filings', { method: 'POST', body: toBody(v) }), []));

  const startChange = () => {
    const base = current;
    const org = me?.organisation;
    form.setFieldsValue(
      base
        ? {
            customsCode: base.customsCode ?? undefined,
            nameZh: base.nameZh,
            names: base.names,
            legalRepresentative: base.legalRepresentative,
            address: base.address,
            areaCode: base.areaCode ?? undefined,
            roles: base.roles,
            agentUscc: base.agentUscc ?? undefined,
            contacts: base.contacts,
            qualifications: base.qualifications.map((q) => ({ ...q, validUntil: q.validUntil ? dayjs(q.validUntil) : undefined })),
          }
        : { nameZh: org?.nameZh ?? '', names: org?.names ?? {}, customsCode: org?.customsCode ?? undefined, roles: org?.roles ?? [], contacts: [{ name: '', phone: '' }], qualifications: [] },
    );
    submit.clearError();
    setOpen(true);
  };

  const d = detail.data;
  const required = [{ required: true, message: t('common:form.required') }];

  return (
    <div data-testid="enterprise-filing">
      <PageTitle
        extra={
          <Button type="primary" onClick={startChange} disabled={list.loading}>
            {current ? t('filing.change') : t('filing.file')}
          </Button>
        }
      >
        {t('filing.title')}
      </PageTitle>
      <ErrorAlert error={list.error ?? move.error} />
      {list.loading && !list.data ? (
        <Skeleton active />
      ) : !versions.length ? (
        <NoData text={t('filing.none')} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={9}>
            <Card title={<H2>{t('filing.versions')}</H2>}>
              <Table<EnterpriseFiling>
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={versions}
                onRow={(r) => ({ onClick: () => setSelected(r.id), style: { cursor: 'pointer' } })}
                rowClassName={(r) => (r.id === shownId ? 'ant-table-row-selected' : '')}
                columns={[
                  {
                    title: t('field.version'),
                    dataIndex: 'version',
                    render: (v: number, r) => (
                      <Button type="link" size="small" onClick={() => setSelected(r.id)}>
                        {t('filing.versionN', { version: v })}
                      </Button>
                    ),
                  },
                  { title: t('field.status'), dataIndex: 'status', render: (s: string) => <FilingStatusTag status={s} /> },
                  { title: t('field.submittedAt'), dataIndex: 'submittedAt', render: (v: string) => dateTime(v) },
                ]}
              />
            </Card>
          </Col>
          <Col xs={24} xl={15}>
            <Card
              title={<H2>{d ? t('filing.versionN', { version: d.version }) : t('filing.detail')}</H2>}
              extra={
                d ? (
                  <Space>
                    {d.status === 'submitted' ? (
                      <Popconfirm title={t('filing.withdrawConfirm')} okText={t('action.confirm')} cancelText={t('action.cancel')} onConfirm={() => void move.run(d.id, 'withdraw').then((r) => r && (message.success(t('filing.withdrawn')), list.reload(), detail.reload()))}>
                        <Button loading={move.pending}>{t('action.withdraw')}</Button>
                      </Popconfirm>
                    ) : null}
                    {d.status === 'effective' || d.status === 'suspended' ? (
                      <Popconfirm title={t('filing.cancelConfirm')} okText={t('action.confirm')} cancelText={t('action.cancel')} onConfirm={() => void move.run(d.id, 'cancel').then((r) => r && (message.success(t('filing.cancelled')), list.reload(), detail.reload()))}>
                        <Button danger loading={move.pending}>
                          {t('filing.cancelFiling')}
                        </Button>
                      </Popconfirm>
                    ) : null}
                  </Space>
                ) : null
              }
            >
              <ErrorAlert error={detail.error} />
              {!d ? (
                <Skeleton active />
              ) : (
                <>
                  <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
                    <Descriptions.Item label={t('field.status')}>
                      <FilingStatusTag status={d.status} />
                    </Descriptions.Item>
                    <Descriptions.Item label={t('field.uscc')}>{d.uscc}</Descriptions.Item>
                    <Descriptions.Item label={t('field.customsCode')}>{d.customsCode ?? '—'}</Descriptions.Item>
                    <Descriptions.Item label={t('field.nameZh')}>{d.nameZh}</Descriptions.Item>
                    {LANGS.map((l) => (d.names[l] ? <Descriptions.Item key={l} label={t(`field.name_${l}`)}>{d.names[l]}</Descriptions.Item> : null))}
                    <Descriptions.Item label={t('field.legalRepresentative')}>{d.legalRepresentative}</Descriptions.Item>
                    <Descriptions.Item label={t('field.address')}>{d.address}</Descriptions.Item>
                    <Descriptions.Item label={t('field.areaCode')}>{d.areaCode ?? '—'}</Descriptions.Item>
                    <Descriptions.Item label={t('field.roles')}>
                      <Flex wrap gap={4}>
                        {d.roles.map((r) => (
                          <Tag key={r}>{label('role', r)}</Tag>
                        ))}
                      </Flex>
                    </Descriptions.Item>
                    <Descriptions.Item label={t('field.agentUscc')}>{d.agentUscc ?? '—'}</Descriptions.Item>
                    <Descriptions.Item label={t('field.contacts')}>
                      {d.contacts.map((c, i) => (
                        <div key={i}>
                          {c.name} · {c.phone}
                          {c.email ? ` · ${c.email}` : ''}
                        </div>
                      ))}
                    </Descriptions.Item>
                    <Descriptions.Item label={t('field.qualifications')}>
                      {d.qualifications.length
                        ? d.qualifications.map((q, i) => (
                            <div key={i}>
                              {label('qualification', q.kind)}
                              {q.number ? ` · ${q.number}` : ''}
                              {q.validUntil ? ` · ${q.validUntil}` : ''}
                            </div>
                          ))
                        : '—'}
                    </Descriptions.Item>
                    <Descriptions.Item label={t('field.submittedAt')}>{dateTime(d.submittedAt)}</Descriptions.Item>
                    <Descriptions.Item label={t('field.effectiveAt')}>{dateTime(d.effectiveAt)}</Descriptions.Item>
                  </Descriptions>
                  <H2>{t('filing.reviews')}</H2>
                  <ReviewsTable reviews={d.reviews} />
                  <div style={{ marginTop: 16 }}>
                    <H2>{t('filing.history')}</H2>
                    <div style={{ marginTop: 12 }}>
                      <HistoryTimeline history={d.history} />
                    </div>
                  </div>
                </>
              )}
            </Card>
          </Col>
        </Row>
      )}

      <Drawer open={open} onClose={() => setOpen(false)} title={current ? t('filing.change') : t('filing.file')} size={720} destroyOnHidden>
        <ErrorAlert error={submit.error} />
        <Form<FilingForm>
          form={form}
          layout="vertical"
          onFinish={(v) =>
            void submit.run(v).then((r) => {
              if (!r) return;
              message.success(t('filing.submitted', { version: r.version }));
              setOpen(false);
              setSelected(r.id);
              list.reload();
            })
          }
        >
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item name="nameZh" label={t('field.nameZh')} rules={required}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="customsCode" label={t('field.customsCode')}>
                <Input />
              </Form.Item>
            </Col>
            {LANGS.map((l) => (
              <Col xs={24} md={12} key={l}>
                <Form.Item name={['names', l]} label={t(`field.name_${l}`)}>
                  <Input />
                </Form.Item>
              </Col>
            ))}
            <Col xs={24} md={12}>
              <Form.Item name="legalRepresentative" label={t('field.legalRepresentative')} rules={required}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="areaCode" label={t('field.areaCode')} rules={[{ pattern: /^[0-9]{6}$/, message: t('form.areaCode') }]}>
                <Input inputMode="numeric" />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="address" label={t('field.address')} rules={required}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="roles" label={t('field.roles')} rules={[{ required: true, type: 'array', min: 1, message: t('common:form.required') }]}>
                <Select mode="multiple" options={ENTERPRISE_ROLES.map((r) => ({ value: r, label: label('role', r) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="agentUscc" label={t('field.agentUscc')}>
                <Input />
              </Form.Item>
            </Col>
          </Row>
          <H2>{t('field.contacts')}</H2>
          <Form.List name="contacts">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Flex key={f.key} gap={8} wrap align="start">
                    <Form.Item name={[f.name, 'name']} label={t('field.contactName')} rules={required}>
                      <Input />
                    </Form.Item>
                    <Form.Item name={[f.name, 'phone']} label={t('field.phone')} rules={[...required, { pattern: /^\+?[0-9][0-9 -]{5,19}$/, message: t('form.phone') }]}>
                      <Input inputMode="tel" />
                    </Form.Item>
                    <Form.Item name={[f.name, 'email']} label={t('field.email')} rules={[{ type: 'email', message: t('form.email') }]}>
                      <Input />
                    </Form.Item>
                    {fields.length > 1 ? <Button type="text" aria-label={t('action.remove')} icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} style={{ marginTop: 30 }} /> : null}
                  </Flex>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ name: '', phone: '' })} style={{ marginBottom: 16 }}>
                  {t('filing.addContact')}
                </Button>
              </>
            )}
          </Form.List>
          <H2>{t('field.qualifications')}</H2>
          <Form.List name="qualifications">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Flex key={f.key} gap={8} wrap align="start">
                    <Form.Item name={[f.name, 'kind']} label={t('field.kind')} rules={required}>
                      <Select style={{ minWidth: 180 }} options={QUALIFICATION_KINDS.map((k) => ({ value: k, label: label('qualification', k) }))} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'number']} label={t('field.number')}>
                      <Input />
                    </Form.Item>
                    <Form.Item name={[f.name, 'validUntil']} label={t('field.validUntil')}>
                      <DatePicker />
                    </Form.Item>
                    <Button type="text" aria-label={t('action.remove')} icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} style={{ marginTop: 30 }} />
                  </Flex>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'other' })} style={{ marginBottom: 16 }}>
                  {t('filing.addQualification')}
                </Button>
              </>
            )}
          </Form.List>
          <Flex justify="end" gap={8}>
            <Button onClick={() => setOpen(false)}>{t('action.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={submit.pending}>
              {t('action.submit')}
            </Button>
          </Flex>
        </Form>
      </Drawer>
    </div>
  );
}
