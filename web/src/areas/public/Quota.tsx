import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Empty, Flex, Form, Grid, Input, Progress, Row, Select, Statistic, Table, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api';
import { useFormat } from '../../format';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useAction } from '../../shared/hooks';
import { DECLARATION_STATES, known } from './labels';
import { PublicPage } from './PublicPage';

interface QuotaAnswer {
  year: number;
  limit: string;
  used: string;
  consumed: string;
  remaining: string;
  declarations: { date: string; platform: string; orderNo: string; amount: string; state: string }[];
}

interface QuotaForm {
  name: string;
  idNumber: string;
  year: number | 'current';
}

/** A resident identity number: 18 characters (17 digits and a check digit or X), or the old 15 digits. */
const ID_NUMBER = /^(?:\d{17}[\dXx]|\d{15})$/;

/** The year in the zone's time (for the year choice; the server decides what "this year" is). */
function zoneYear(): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
}

/**
 * A buyer's own annual quota. The name and identity number live only in this form's memory: never in the
 * address, never in the browser's storage, and the request is a POST.
 */
export function QuotaPage() {
  const { t } = useTranslation('public');
  const f = useFormat();
  const screens = Grid.useBreakpoint();
  const wide = screens.md ?? true;
  const [form] = Form.useForm<QuotaForm>();
  const [answer, setAnswer] = useState<QuotaAnswer>();
  const [notFound, setNotFound] = useState<string>();
  const query = useCallback(async (v: QuotaForm) => {
    setAnswer(undefined);
    setNotFound(undefined);
    try {
      const body = { name: v.name.trim(), idNumber: v.idNumber.trim().toUpperCase(), ...(v.year === 'current' ? {} : { year: v.year }) };
      setAnswer(await api<QuotaAnswer>('/api/public/quota', { method: 'POST', body }));
    } catch (e) {
      // "Nothing found" is an answer, not a failure: the server's own words, in the reader's language.
      if (e instanceof ApiError && e.status === 404) setNotFound(e.message);
      else throw e;
    }
  }, []);
  const action = useAction(query);
  const years = Array.from({ length: 4 }, (_, i) => zoneYear() - 1 - i);
  const percent = answer ? Math.min(100, Math.max(0, (Number(answer.used) / Number(answer.limit)) * 100)) : 0;

  return (
    <PublicPage title={t('quota.title')} lead={t('quota.lead')}>
      <Card style={{ marginBottom: 24 }}>
        <Form<QuotaForm>
          form={form}
          name="quota"
          layout="vertical"
          requiredMark={false}
          initialValues={{ year: 'current' }}
          onFinish={(v) => void action.run(v)}
          autoComplete="off"
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item label={t('quota.name')} name="name" rules={[{ required: true, whitespace: true, message: t('quota.nameRequired') }, { max: 60, message: t('quota.nameLong') }]}>
                <Input autoComplete="name" maxLength={60} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                label={t('quota.idNumber')}
                name="idNumber"
                extra={t('quota.idNumberHint')}
                rules={[
                  { required: true, whitespace: true, message: t('quota.idNumberRequired') },
                  { pattern: ID_NUMBER, message: t('quota.idNumberFormat') },
                ]}
              >
                <Input autoComplete="off" maxLength={18} inputMode="text" spellCheck={false} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label={t('quota.year')} name="year">
                <Select
                  options={[{ value: 'current', label: t('quota.thisYear') }, ...years.map((y) => ({ value: y, label: String(y) }))]}
                />
              </Form.Item>
            </Col>
          </Row>
          <Flex wrap gap="small" align="center">
            <Button type="primary" htmlType="submit" loading={action.pending} data-testid="quota-submit">
              {t('quota.submit')}
            </Button>
            <Typography.Text type="secondary">
              <LockOutlined aria-hidden="true" /> {t('quota.privacy')}
            </Typography.Text>
          </Flex>
        </Form>
      </Card>

      <section aria-live="polite" data-testid="quota-result">
        <ErrorAlert error={action.error} />
        {notFound ? <Alert type="warning" showIcon role="alert" title={notFound} data-testid="quota-not-found" style={{ marginBottom: 16 }} /> : null}
        {answer ? (
          <>
            <Card style={{ marginBottom: 16 }}>
              <Typography.Title level={2} style={{ fontSize: 20, marginTop: 0 }}>
                {t('quota.resultTitle', { year: answer.year })}
              </Typography.Title>
              <Row gutter={[16, 16]} className="quota-figures">
                <Col xs={24} sm={8}>
                  <Statistic title={t('quota.used')} value={f.money(answer.used)} data-testid="quota-used" />
                </Col>
                <Col xs={24} sm={8}>
                  <Statistic title={t('quota.remaining')} value={f.money(answer.remaining)} data-testid="quota-remaining" />
                </Col>
                <Col xs={24} sm={8}>
                  <Statistic title={t('quota.limit')} value={f.money(answer.limit)} data-testid="quota-limit" />
                </Col>
              </Row>
              <Progress
                percent={Math.round(percent * 10) / 10}
                status={percent >= 100 ? 'exception' : 'normal'}
                format={() => f.percent(percent / 100)}
                aria-label={t('quota.progress', { used: f.money(answer.used), limit: f.money(answer.limit) })}
                style={{ marginTop: 16 }}
              />
              <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
                {t('quota.explain', { limit: f.money(answer.limit) })}
              </Typography.Paragraph>
            </Card>
            <Typography.Title level={2} style={{ fontSize: 20 }}>
              {t('quota.declarations')}
            </Typography.Title>
            {answer.declarations.length === 0 ? (
              <Card>
                <Empty description={t('quota.noDeclarations')} />
              </Card>
            ) : wide ? (
              <Table
                rowKey={(d) => `${d.orderNo}-${d.date}`}
                dataSource={answer.declarations}
                pagination={answer.declarations.length > 20 ? { pageSize: 20 } : false}
                columns={[
                  { key: 'date', title: t('quota.date'), render: (_, d) => f.date(d.date) },
                  { key: 'platform', title: t('quota.platform'), render: (_, d) => <span lang="zh-CN">{d.platform}</span> },
                  { key: 'orderNo', title: t('quota.orderNo'), render: (_, d) => <span className="mono">{d.orderNo}</span> },
                  { key: 'amount', title: t('quota.amount'), align: 'right', render: (_, d) => f.money(d.amount) },
                  { key: 'state', title: t('quota.state'), render: (_, d) => <StateTag state={d.state} /> },
                ]}
              />
            ) : (
              <Flex vertical>
                {answer.declarations.map((d) => (
                  <Card key={`${d.orderNo}-${d.date}`} size="small" className="result-card" title={<span className="mono">{d.orderNo}</span>} extra={<StateTag state={d.state} />}>
                    <Descriptions column={1} size="small" layout="vertical">
                      <Descriptions.Item label={t('quota.date')}>{f.date(d.date)}</Descriptions.Item>
                      <Descriptions.Item label={t('quota.platform')}>
                        <span lang="zh-CN">{d.platform}</span>
                      </Descriptions.Item>
                      <Descriptions.Item label={t('quota.amount')}>{f.money(d.amount)}</Descriptions.Item>
                    </Descriptions>
                  </Card>
                ))}
              </Flex>
            )}
          </>
        ) : null}
      </section>
    </PublicPage>
  );
}

function StateTag({ state }: { state: string }) {
  const { t } = useTranslation('public');
  const color = state === 'released' || state === 'cleared' ? 'green' : state === 'returned' ? 'orange' : 'blue';
  return <Tag color={color}>{known(DECLARATION_STATES, state) ? t(`declarationState.${state}`) : state}</Tag>;
}
