import { Alert as AntAlert, Button, Card, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Tabs, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api';
import { useSession } from '../../session';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useAction, useApi } from '../../shared/hooks';
import { BacktestPanel } from './Backtest';
import { ACTIONS, definitionOf, FIELDS, LANGS, NUMBER_OPERATORS, NUMERIC_FIELDS, placeholders, rowsOf, TEXT_OPERATORS, type Definition, type Row } from './ruleModel';
import type { RuleDetail } from './Rules';
import { departmentOf } from './scope';
import { PageHeader } from './ui';

interface Meta {
  code: string;
  action: string;
  score: number;
  effectiveFrom?: Dayjs | null;
  explanation: Record<string, string>;
}

const EMPTY_ROW: Row = { kind: 'field', field: 'items[].itemNo', op: 'eq', value: '', as: '' };

/** The conditions as rows (field, operator, value, bound name), combined with all/any. */
function ConditionRows({ combine, setCombine, rows, setRows }: { combine: 'all' | 'any'; setCombine(c: 'all' | 'any'): void; rows: Row[]; setRows(r: Row[]): void }) {
  const { t } = useTranslation('regulator');
  const set = (i: number, patch: Partial<Extract<Row, { kind: 'field' }>>) => setRows(rows.map((r, j) => (j === i && r.kind === 'field' ? { ...r, ...patch } : r)));
  return (
    <div data-testid="conditions">
      <Form.Item label={t('rules.combine')}>
        <Radio.Group value={combine} onChange={(e) => setCombine(e.target.value as 'all' | 'any')} options={(['all', 'any'] as const).map((c) => ({ value: c, label: t(`combine.${c}`) }))} optionType="button" />
      </Form.Item>
      {rows.map((r, i) =>
        r.kind === 'field' ? (
          <Space key={i} wrap align="end" style={{ marginBottom: 12 }} data-testid={`condition-${i}`}>
            <Form.Item label={t('rules.field')} style={{ marginBottom: 0 }} htmlFor={`cond-field-${i}`}>
              <Select
                id={`cond-field-${i}`}
                showSearch
                style={{ width: 220 }}
                value={r.field}
                onChange={(v) => set(i, { field: v, op: NUMERIC_FIELDS.includes(v) ? r.op : TEXT_OPERATORS.includes(r.op) ? r.op : 'eq' })}
                options={FIELDS.map((f) => ({ value: f, label: f }))}
              />
            </Form.Item>
            <Form.Item label={t('rules.operator')} style={{ marginBottom: 0 }} htmlFor={`cond-op-${i}`}>
              <Select
                id={`cond-op-${i}`}
                style={{ width: 170 }}
                value={r.op}
                onChange={(v) => set(i, { op: v })}
                options={(NUMERIC_FIELDS.includes(r.field) ? NUMBER_OPERATORS : TEXT_OPERATORS).map((o) => ({ value: o, label: t(`operator.${o}`) }))}
              />
            </Form.Item>
            <Form.Item label={t('rules.value')} style={{ marginBottom: 0 }} htmlFor={`cond-value-${i}`} tooltip={t('rules.valueHint')}>
              <Input id={`cond-value-${i}`} style={{ width: 220 }} value={r.value} onChange={(e) => set(i, { value: e.target.value })} />
            </Form.Item>
            <Form.Item label={t('rules.bind')} style={{ marginBottom: 0 }} htmlFor={`cond-as-${i}`} tooltip={t('rules.bindHint')}>
              <Input id={`cond-as-${i}`} style={{ width: 140 }} value={r.as} onChange={(e) => set(i, { as: e.target.value })} />
            </Form.Item>
            <Button danger onClick={() => setRows(rows.filter((_, j) => j !== i))}>
              {t('rules.removeConditionAria', { n: i + 1 })}
            </Button>
          </Space>
        ) : (
          <Card key={i} size="small" style={{ marginBottom: 12 }} title={t('rules.otherCondition')} extra={<Button danger size="small" onClick={() => setRows(rows.filter((_, j) => j !== i))}>{t('rules.remove')}</Button>}>
            <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{JSON.stringify(r.json, null, 1)}</pre>
          </Card>
        ),
      )}
      <Button onClick={() => setRows([...rows, { ...EMPTY_ROW }])}>{t('rules.addCondition')}</Button>
    </div>
  );
}

/** The definition as JSON: aggregates and groups are written here; applying it replaces the rows. */
function JsonView({ definition, onApply }: { definition: Definition; onApply(d: Definition): void }) {
  const { t } = useTranslation('regulator');
  const [text, setText] = useState(JSON.stringify(definition, null, 2));
  const [bad, setBad] = useState(false);
  useEffect(() => setText(JSON.stringify(definition, null, 2)), [definition]);
  return (
    <div>
      <Form.Item label={t('rules.json')} htmlFor="rule-json" validateStatus={bad ? 'error' : undefined} help={bad ? t('rules.jsonInvalid') : t('rules.jsonHint')}>
        <Input.TextArea id="rule-json" rows={14} value={text} onChange={(e) => setText(e.target.value)} style={{ fontFamily: 'monospace' }} />
      </Form.Item>
      <Button
        onClick={() => {
          try {
            const d = JSON.parse(text) as Definition;
            if (!d || (d.combine !== 'all' && d.combine !== 'any') || !Array.isArray(d.conditions)) throw new Error('shape');
            setBad(false);
            onApply(d);
          } catch {
            setBad(true);
          }
        }}
      >
        {t('rules.applyJson')}
      </Button>
    </div>
  );
}

/**
 * A new rule (version 1) or a new version of a rule: conditions, action and score, the explanation in the five
 * languages, the time it comes into force; with a back-test of the draft before saving.
 */
export function RuleEditor() {
  const { t } = useTranslation('regulator');
  const { code } = useParams();
  const navigate = useNavigate();
  const { me } = useSession();
  const existing = useApi<RuleDetail>(code ? `/api/risk/rules/${code}` : null);
  const [form] = Form.useForm<Meta>();
  const [combine, setCombine] = useState<'all' | 'any'>('all');
  const [rows, setRows] = useState<Row[]>([{ ...EMPTY_ROW }]);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    const latest = existing.data?.latest;
    if (!latest || loaded) return;
    const def = latest.definition as unknown as Definition;
    setCombine(def.combine);
    setRows(rowsOf(def));
    form.setFieldsValue({ code: latest.code, action: latest.action, score: latest.score, explanation: latest.explanation });
    setLoaded(true);
  }, [existing.data, loaded, form]);
  const definition = definitionOf(combine, rows);
  const bound = ['lines', ...rows.flatMap((r) => (r.kind === 'field' ? (r.as.trim() ? [r.as.trim()] : []) : typeof r.json.as === 'string' ? [r.json.as] : []))];
  const save = useAction(async (m: Meta) => {
    const body = {
      definition,
      action: m.action,
      score: m.score ?? 0,
      explanation: Object.fromEntries(LANGS.map((l) => [l, (m.explanation?.[l] ?? '').trim()])),
      ...(m.effectiveFrom ? { effectiveFrom: m.effectiveFrom.toISOString() } : {}),
    };
    const res = code
      ? await api<RuleDetail>(`/api/risk/rules/${code}/versions`, { body })
      : await api<RuleDetail>('/api/risk/rules', { body: { ...body, code: m.code.trim(), department: departmentOf(me) } });
    navigate(`/regulator/rules/${res.code}`);
  });
  const zh = Form.useWatch(['explanation', 'zh-CN'], form) ?? '';
  return (
    <>
      <PageHeader title={code ? t('rules.newVersionTitle', { code }) : t('rules.newTitle')} intro={t('rules.editorIntro')} extra={<Link to="/regulator/rules">{t('rules.backToList')}</Link>} />
      <ErrorAlert error={existing.error} />
      <Form form={form} layout="vertical" onFinish={(m) => void save.run(m)} initialValues={{ action: 'review', score: 0 }} data-testid="rule-form">
        <Card title={t('rules.identity')} style={{ marginBottom: 16 }}>
          <Space wrap align="start">
            <Form.Item
              label={t('rules.code')}
              name="code"
              extra={t('rules.codeHint')}
              rules={code ? [] : [{ required: true, message: t('ui.required') }, { pattern: /^[a-z][a-z0-9_]{2,63}$/, message: t('rules.codeFormat') }]}
            >
              <Input disabled={!!code} style={{ width: 280 }} />
            </Form.Item>
            <Form.Item label={t('rules.department')}>
              <Typography.Text>{departmentOf(me) ? t(`dept.${departmentOf(me)}`) : '—'}</Typography.Text>
            </Form.Item>
          </Space>
        </Card>
        <Card title={t('rules.conditions')} style={{ marginBottom: 16 }}>
          <Tabs
            items={[
              { key: 'form', label: t('rules.formView'), children: <ConditionRows combine={combine} setCombine={setCombine} rows={rows} setRows={setRows} /> },
              {
                key: 'json',
                label: t('rules.jsonView'),
                children: (
                  <JsonView
                    definition={definition}
                    onApply={(d) => {
                      setCombine(d.combine);
                      setRows(rowsOf(d));
                    }}
                  />
                ),
              },
            ]}
          />
        </Card>
        <Card title={t('rules.outcome')} style={{ marginBottom: 16 }}>
          <Space wrap align="start">
            <Form.Item label={t('rules.action')} name="action" rules={[{ required: true, message: t('ui.required') }]}>
              <Select style={{ width: 200 }} options={ACTIONS.map((a) => ({ value: a, label: t(`riskAction.${a}`) }))} />
            </Form.Item>
            <Form.Item label={t('rules.score')} name="score" rules={[{ type: 'integer', min: 0, max: 1000, message: t('rules.scoreRange') }]}>
              <InputNumber min={0} max={1000} style={{ width: 140 }} />
            </Form.Item>
            <Form.Item label={t('rules.effectiveFrom')} name="effectiveFrom" extra={t('rules.effectiveHint')}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
            </Form.Item>
          </Space>
        </Card>
        <Card title={t('rules.explanation')} style={{ marginBottom: 16 }}>
          <Typography.Paragraph type="secondary">{t('rules.explanationHint', { names: bound.map((b) => `{${b}}`).join(' ') })}</Typography.Paragraph>
          {LANGS.map((l) => (
            <Form.Item
              key={l}
              label={t(`lang.${l}`)}
              name={['explanation', l]}
              rules={[
                { required: true, whitespace: true, message: t('ui.required') },
                { max: 500, message: t('ui.tooLong', { max: 500 }) },
                ...(l === 'zh-CN'
                  ? []
                  : [
                      {
                        validator: (_: unknown, v: string | undefined) =>
                          !v || placeholders(v).join('|') === placeholders(zh).join('|') ? Promise.resolve() : Promise.reject(new Error(t('rules.placeholdersDiffer'))),
                      },
                    ]),
              ]}
            >
              <Input.TextArea rows={2} lang={l} />
            </Form.Item>
          ))}
        </Card>
        <ErrorAlert error={save.error} />
        <Space>
          <Button type="primary" htmlType="submit" loading={save.pending}>
            {code ? t('rules.saveVersion') : t('rules.create')}
          </Button>
          <Link to={code ? `/regulator/rules/${code}` : '/regulator/rules'}>{t('ui.cancel')}</Link>
        </Space>
      </Form>
      {rows.length ? <BacktestPanel code={code} definition={() => definition} /> : <AntAlert type="info" style={{ marginTop: 16 }} title={t('rules.noConditions')} />}
    </>
  );
}
