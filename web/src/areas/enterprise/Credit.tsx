import { App, Alert, Button, Card, Col, Descriptions, Flex, Form, Input, Modal, Progress, Row, Skeleton, Statistic, Table, Tag, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useFormat } from '../../format';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useAction, useApi } from '../../shared/hooks';
import type { Credit, CreditFact, NegativeEntry } from './types';
import { H2, NoData, PageTitle, useLabel } from './ui';

const GRADE_COLOURS: Record<string, string> = { A: '#1a7f37', B: '#0b57d0', C: '#b25e00', D: '#c62828' };

interface RepairForm {
  statement: string;
  documents: { name: string; reference: string }[];
}

/** The enterprise's credit: grade and score, the facts behind them, customs level and supervision, the negative list and repair. */
export function CreditPage() {
  const { t } = useTranslation('enterprise');
  const { message } = App.useApp();
  const label = useLabel();
  const { dateTime, date, percent, number } = useFormat();
  const credit = useApi<Credit>('/api/credit/me');
  const [repairing, setRepairing] = useState<NegativeEntry | null>(null);
  const [form] = Form.useForm<RepairForm>();
  const apply = useAction(
    useCallback(
      async (v: RepairForm) =>
        api(`/api/credit/negative-list/${repairing?.id}/repairs`, {
          method: 'POST',
          body: { statement: v.statement.trim(), documents: v.documents.map((d) => ({ name: d.name.trim(), reference: d.reference.trim() })) },
        }),
      [repairing],
    ),
  );
  const c = credit.data;
  if (!c) return credit.error ? <ErrorAlert error={credit.error} /> : <Skeleton active />;
  const required = [{ required: true, whitespace: true, message: t('common:form.required') }];
  return (
    <div data-testid="credit">
      <PageTitle>{t('credit.title')}</PageTitle>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card title={<H2>{t('credit.gradeTitle')}</H2>} style={{ height: '100%' }}>
            <Flex gap={24} align="center" wrap>
              <div aria-label={t('credit.grade')} data-testid="grade" style={{ fontSize: 56, fontWeight: 700, color: GRADE_COLOURS[c.grade] ?? 'inherit', lineHeight: 1 }}>
                {c.grade}
              </div>
              <div>
                <Typography.Text strong>{label('grade', c.grade)}</Typography.Text>
                <br />
                <Typography.Text type="secondary">{t('credit.scoreOf', { score: number(c.score, 2), base: number(c.baseScore) })}</Typography.Text>
              </div>
            </Flex>
            <Progress percent={Math.max(0, Math.min(100, c.score))} showInfo={false} strokeColor={GRADE_COLOURS[c.grade]} style={{ marginTop: 16 }} aria-label={t('credit.score')} />
            {c.scoreGrade !== c.grade ? <Alert type="warning" showIcon style={{ marginTop: 12 }} title={t('credit.gradeCapped', { scoreGrade: c.scoreGrade, grade: c.grade })} /> : null}
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
              {t('credit.asOf', { at: dateTime(c.at), version: c.modelVersion })}
            </Typography.Paragraph>
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          <Card title={<H2>{t('credit.supervisionTitle')}</H2>} style={{ height: '100%' }}>
            <Row gutter={16} style={{ marginBottom: 16 }}>
              <Col xs={12} md={6}>
                <Statistic title={t('credit.inspectionRate')} value={percent(c.supervision.inspectionRate)} />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title={t('credit.reviewRate')} value={percent(c.supervision.reviewRate)} />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title={t('credit.inspectionFactor')} value={number(c.supervision.inspectionFactor)} suffix="×" />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title={t('credit.reviewFactor')} value={number(c.supervision.reviewFactor)} suffix="×" />
              </Col>
            </Row>
            <Descriptions column={{ xs: 1, md: 2 }} size="small">
              <Descriptions.Item label={t('credit.customsLevel')}>{c.customsLevel ? label('level', c.customsLevel.levelCode) : '—'}</Descriptions.Item>
              <Descriptions.Item label={t('credit.appliedLevel')}>{c.supervision.appliedLevel ? label('level', c.supervision.appliedLevel) : '—'}</Descriptions.Item>
              <Descriptions.Item label={t('credit.regime')}>{c.customsLevel ? label('regime', c.customsLevel.regime) : '—'}</Descriptions.Item>
              <Descriptions.Item label={t('credit.levelBasis')}>{c.customsLevel ? label('levelBasis', c.customsLevel.basis) : '—'}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
      </Row>

      <Card title={<H2>{t('credit.factsTitle')}</H2>} style={{ marginTop: 16 }}>
        <Typography.Paragraph type="secondary">{t('credit.factsIntro')}</Typography.Paragraph>
        <Table<CreditFact>
          data-testid="credit-facts"
          size="small"
          rowKey={(f) => f.factId ?? `${f.kind}-${f.reference}-${f.at}`}
          dataSource={c.facts}
          pagination={c.facts.length > 20 ? { pageSize: 20 } : false}
          scroll={{ x: true }}
          locale={{ emptyText: <NoData text={t('credit.noFacts')} /> }}
          columns={[
            { title: t('credit.factKind'), dataIndex: 'kind', render: (k: string) => label('factKind', k) },
            { title: t('credit.factAt'), dataIndex: 'at', render: (v: string) => date(v) },
            { title: t('credit.factCount'), dataIndex: 'count', align: 'right' },
            { title: t('credit.points'), dataIndex: 'points', align: 'right', render: (v: number) => (v > 0 ? `+${number(v)}` : number(v)) },
            { title: t('credit.weight'), dataIndex: 'weight', render: (v: number) => <Progress percent={Math.round(v * 100)} size="small" style={{ minWidth: 110 }} aria-label={t('credit.weight')} /> },
            { title: t('credit.contribution'), dataIndex: 'contribution', align: 'right', render: (v: number) => <Typography.Text type={v < 0 ? 'danger' : 'success'}>{v > 0 ? `+${number(v)}` : number(v)}</Typography.Text> },
            { title: t('credit.explanation'), dataIndex: 'explanation' },
          ]}
        />
        {c.uncountedFacts ? <Typography.Paragraph type="secondary">{t('credit.uncounted', { n: c.uncountedFacts })}</Typography.Paragraph> : null}
      </Card>

      <Card title={<H2>{t('credit.negativeTitle')}</H2>} style={{ marginTop: 16 }}>
        <ErrorAlert error={apply.error && !repairing ? apply.error : undefined} />
        <Table<NegativeEntry>
          data-testid="negative-list"
          size="small"
          rowKey="id"
          dataSource={c.negativeList}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: <NoData text={t('credit.notListed')} /> }}
          columns={[
            { title: t('credit.cause'), dataIndex: 'causeLabel', render: (v: string, e) => (<>{v}{e.cause ? <div><Typography.Text type="secondary">{e.cause}</Typography.Text></div> : null}</>) },
            { title: t('credit.start'), dataIndex: 'start', render: (v: string) => date(v) },
            { title: t('credit.end'), dataIndex: 'end', render: (v: string | null) => date(v) },
            { title: t('field.state'), dataIndex: 'state', render: (s: string) => <Tag color={s === 'listed' ? 'error' : 'default'}>{label('listState', s)}</Tag> },
            { title: t('credit.disclosed'), dataIndex: 'disclosed', render: (v: boolean) => (v ? t('yes') : t('no')) },
            {
              title: t('credit.repair'),
              key: 'repair',
              render: (_: unknown, e) => {
                if (!e.repair) return e.repairedAt ? t('credit.repairedAt', { at: date(e.repairedAt) }) : '—';
                const pending = c.repairs.find((r) => r.entryId === e.id && r.state === 'applied');
                if (pending) return <Tag color="processing">{t('credit.repairPending', { at: date(pending.appliedAt) })}</Tag>;
                const canNow = e.repair.canApply && e.repair.applyFrom !== null && e.repair.applyFrom <= c.at;
                return (
                  <Flex vertical gap={4}>
                    {canNow ? (
                      <Button
                        size="small"
                        type="primary"
                        onClick={() => {
                          apply.clearError();
                          form.resetFields();
                          setRepairing(e);
                        }}
                      >
                        {t('credit.applyRepair')}
                      </Button>
                    ) : e.repair.applyFrom ? (
                      <Typography.Text type="secondary">{t('credit.applyFrom', { date: date(e.repair.applyFrom) })}</Typography.Text>
                    ) : (
                      <Typography.Text type="secondary">{t('credit.automaticOnly')}</Typography.Text>
                    )}
                    {e.repair.automaticFrom ? <Typography.Text type="secondary">{t('credit.automaticFrom', { date: date(e.repair.automaticFrom) })}</Typography.Text> : null}
                  </Flex>
                );
              },
            },
          ]}
        />
        {c.repairs.length ? (
          <>
            <div style={{ marginTop: 16 }}>
              <H2>{t('credit.repairsTitle')}</H2>
            </div>
            <Table
              style={{ marginTop: 8 }}
              size="small"
              rowKey="id"
              dataSource={c.repairs}
              pagination={false}
              columns={[
                { title: t('credit.appliedAt'), dataIndex: 'appliedAt', render: (v: string) => dateTime(v) },
                { title: t('field.state'), dataIndex: 'state', render: (s: string) => <Tag>{label('repairState', s)}</Tag> },
                { title: t('review.decidedAt'), dataIndex: 'decidedAt', render: (v: string | null) => dateTime(v) },
                { title: t('review.reason'), dataIndex: 'reason', render: (v: string | null) => v ?? '—' },
              ]}
            />
          </>
        ) : null}
      </Card>

      <Card title={<H2>{t('credit.adviceTitle')}</H2>} style={{ marginTop: 16 }}>
        {c.advice.length ? (
          <ul data-testid="advice">
            {c.advice.map((a, i) => (
              <li key={i}>{a}</li>
            ))}
          </ul>
        ) : (
          <NoData text={t('credit.noAdvice')} />
        )}
      </Card>

      <Modal
        open={Boolean(repairing)}
        title={t('credit.applyRepair')}
        onCancel={() => setRepairing(null)}
        okText={t('action.submit')}
        cancelText={t('action.cancel')}
        confirmLoading={apply.pending}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Typography.Paragraph>{repairing?.causeLabel}</Typography.Paragraph>
        <ErrorAlert error={apply.error} />
        <Form<RepairForm>
          form={form}
          layout="vertical"
          initialValues={{ documents: [{ name: '', reference: '' }] }}
          onFinish={(v) =>
            void apply.run(v).then((r) => {
              if (!r) return;
              setRepairing(null);
              void message.success(t('credit.repairApplied'));
              credit.reload();
            })
          }
        >
          <Form.Item name="statement" label={t('credit.statement')} rules={required}>
            <Input.TextArea rows={4} maxLength={4000} />
          </Form.Item>
          <Form.List name="documents">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Flex key={f.key} gap={8} wrap align="start">
                    <Form.Item name={[f.name, 'name']} label={t('credit.evidenceName')} rules={required}>
                      <Input />
                    </Form.Item>
                    <Form.Item name={[f.name, 'reference']} label={t('credit.evidenceReference')} rules={required}>
                      <Input />
                    </Form.Item>
                    {fields.length > 1 ? <Button type="text" aria-label={t('action.remove')} icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} style={{ marginTop: 30 }} /> : null}
                  </Flex>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ name: '', reference: '' })}>
                  {t('credit.addEvidence')}
                </Button>
              </>
            )}
          </Form.List>
        </Form>
      </Modal>
    </div>
  );
}
