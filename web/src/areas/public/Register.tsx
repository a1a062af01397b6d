import { Alert, Button, Card, Checkbox, Col, Collapse, Flex, Form, Input, Result, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api';
import { useAction } from '../../shared/hooks';
import { ENTERPRISE_ROLES, type EnterpriseRole } from './labels';
import { LinkButton } from './LinkButton';
import { PublicPage } from './PublicPage';

interface RegistrationForm {
  organisation: {
    uscc: string;
    customsCode?: string;
    nameZh: string;
    names?: { en?: string; ko?: string; ja?: string; ru?: string };
    roles: EnterpriseRole[];
    agentUscc?: string;
    countryCode?: string;
    address: string;
    areaCode?: string;
    contactName: string;
    contactPhone: string;
  };
  admin: { username: string; displayName: string; password: string };
  confirm?: string;
}

interface Registered {
  organisation: { nameZh: string; uscc: string; status: string };
  admin: { username: string };
}

const OTHER_NAMES = ['en', 'ko', 'ja', 'ru'] as const;
const USCC = /^[0-9A-HJ-NP-RTUW-Y]{2}[0-9]{6}[0-9A-HJ-NP-RTUW-Y]{10}$/;
const CUSTOMS_CODE = /^[0-9A-Z]{10}$/;
const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;
const PHONE = /^\+?[0-9][0-9 -]{5,19}$/;
/** The form's fields, by the path the API names them with. */
const FIELDS = new Set([
  ...['uscc', 'customsCode', 'nameZh', 'roles', 'agentUscc', 'countryCode', 'address', 'areaCode', 'contactName', 'contactPhone'].map((f) => `organisation.${f}`),
  ...OTHER_NAMES.map((l) => `organisation.names.${l}`),
  ...['username', 'displayName', 'password'].map((f) => `admin.${f}`),
]);
/** Server conflicts that belong to one field of the form. */
const CONFLICT_FIELD: Record<string, string[]> = { 'identity.org_exists': ['organisation', 'uscc'], 'identity.username_taken': ['admin', 'username'] };

const upper = (v: unknown) => (typeof v === 'string' ? v.toUpperCase() : v);
const lower = (v: unknown) => (typeof v === 'string' ? v.toLowerCase() : v);

/** Drops empty optional fields (the API wants them absent, not blank) and trims the rest. */
function clean(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const c = clean(v);
      if (c !== undefined) out[k] = c;
    }
    return out;
  }
  return value;
}

/** Enterprise self-registration: the organisation, its roles, and its first administrator; the zone office activates it. */
export function RegisterPage() {
  const { t } = useTranslation('public');
  const [form] = Form.useForm<RegistrationForm>();
  const roles = Form.useWatch(['organisation', 'roles'], form) ?? [];
  const [done, setDone] = useState<Registered>();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const action = useAction(async (v: RegistrationForm) => {
    setUnplaced([]);
    const { confirm: _confirm, ...rest } = v;
    const body = clean(rest) as RegistrationForm;
    if (!body.organisation.roles.includes('overseas_ebc')) delete body.organisation.agentUscc;
    try {
      setDone(await api<Registered>('/api/registrations', { method: 'POST', body }));
      window.scrollTo({ top: 0 });
    } catch (e) {
      if (e instanceof ApiError) {
        // Put each of the server's findings on its field; anything that names no field stays in the alert.
        const fields = new Map<string, { name: string[]; errors: string[] }>();
        const left: string[] = [];
        const issues = e.issues.length ? e.issues : CONFLICT_FIELD[e.code] ? [{ path: CONFLICT_FIELD[e.code]!.join('.'), code: e.code, message: e.message }] : [];
        for (const i of issues) {
          // An item of a list (organisation.roles.0) belongs to the list's field.
          const path = i.path.replace(/(\.\d+)+$/, '');
          if (FIELDS.has(path)) {
            const entry = fields.get(path) ?? { name: path.split('.'), errors: [] };
            entry.errors.push(i.message);
            fields.set(path, entry);
          } else left.push(i.message);
        }
        form.setFields([...fields.values()] as Parameters<typeof form.setFields>[0]);
        setUnplaced(left);
        const first = [...fields.values()][0];
        if (first) form.scrollToField(first.name, { block: 'center' });
      }
      throw e;
    }
  });

  if (done) {
    return (
      <PublicPage title={t('register.title')}>
        <Card>
          <Result
            status="success"
            title={<span data-testid="register-done">{t('register.doneTitle')}</span>}
            subTitle={t('register.doneText', { name: done.organisation.nameZh, uscc: done.organisation.uscc, username: done.admin.username })}
            extra={
              <Flex wrap gap="small" justify="center">
                <LinkButton to="/" type="primary">
                  {t('register.backHome')}
                </LinkButton>
                <LinkButton to="/public/enterprises">{t('register.toQuery')}</LinkButton>
              </Flex>
            }
          />
        </Card>
      </PublicPage>
    );
  }

  const required = (message = t('register.required')) => ({ required: true, whitespace: true, message });

  return (
    <PublicPage title={t('register.title')} lead={t('register.lead')}>
      {action.error ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          data-testid="register-error"
          title={action.error instanceof ApiError ? action.error.message : t('register.failed')}
          description={
            unplaced.length ? (
              <ul className="issues">
                {unplaced.map((m, n) => (
                  <li key={n}>{m}</li>
                ))}
              </ul>
            ) : action.error instanceof ApiError && action.error.issues.length ? (
              t('register.seeFields')
            ) : undefined
          }
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Form<RegistrationForm>
        form={form}
        name="register"
        layout="vertical"
        initialValues={{ organisation: { roles: [] } }}
        onFinish={(v) => void action.run(v)}
        onFinishFailed={({ errorFields }) => {
          if (errorFields[0]) form.scrollToField(errorFields[0].name, { block: 'center' });
        }}
        scrollToFirstError={false}
      >
        <Card style={{ marginBottom: 16 }}>
          <Typography.Title level={2} className="form-section-title" style={{ fontSize: 20 }}>
            {t('register.orgSection')}
          </Typography.Title>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                label={t('register.uscc')}
                name={['organisation', 'uscc']}
                normalize={upper}
                extra={t('register.usccHint')}
                rules={[required(), { pattern: USCC, message: t('register.usccFormat') }]}
              >
                <Input maxLength={18} spellCheck={false} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                label={t('register.customsCode')}
                name={['organisation', 'customsCode']}
                normalize={upper}
                extra={t('register.optional')}
                rules={[{ pattern: CUSTOMS_CODE, message: t('register.customsCodeFormat') }]}
              >
                <Input maxLength={10} spellCheck={false} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item label={t('register.nameZh')} name={['organisation', 'nameZh']} rules={[required(), { max: 200, message: t('register.tooLong') }]}>
                <Input lang="zh-CN" maxLength={200} autoComplete="organization" />
              </Form.Item>
            </Col>
          </Row>
          <Collapse
            style={{ marginBottom: 24 }}
            items={[
              {
                key: 'names',
                label: t('register.otherNames'),
                forceRender: true,
                children: (
                  <Row gutter={16}>
                    {OTHER_NAMES.map((l) => (
                      <Col xs={24} md={12} key={l}>
                        <Form.Item label={t(`register.nameIn.${l}`)} name={['organisation', 'names', l]} rules={[{ max: 200, message: t('register.tooLong') }]}>
                          <Input lang={l} maxLength={200} />
                        </Form.Item>
                      </Col>
                    ))}
                  </Row>
                ),
              },
            ]}
          />
          <Form.Item
            label={t('register.roles')}
            name={['organisation', 'roles']}
            extra={t('register.rolesHint')}
            // A validator rather than `required`: Ant Design would put aria-required on the group's div, which ARIA does not allow.
            rules={[{ validator: (_, v: unknown[] | undefined) => (v?.length ? Promise.resolve() : Promise.reject(new Error(t('register.rolesRequired')))) }]}
          >
            <Checkbox.Group style={{ width: '100%' }}>
              <Row gutter={[16, 8]} style={{ width: '100%' }}>
                {ENTERPRISE_ROLES.map((r) => (
                  <Col xs={24} md={12} key={r}>
                    <Checkbox value={r}>
                      <span>{t(`role.${r}`)}</span>
                      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                        {t(`roleHint.${r}`)}
                      </Typography.Text>
                    </Checkbox>
                  </Col>
                ))}
              </Row>
            </Checkbox.Group>
          </Form.Item>
          {roles.includes('overseas_ebc') ? (
            <Form.Item
              label={t('register.agentUscc')}
              name={['organisation', 'agentUscc']}
              normalize={upper}
              extra={t('register.agentUsccHint')}
              rules={[required(t('register.agentRequired')), { pattern: USCC, message: t('register.usccFormat') }]}
            >
              <Input maxLength={18} spellCheck={false} autoComplete="off" />
            </Form.Item>
          ) : null}
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                label={t('register.countryCode')}
                name={['organisation', 'countryCode']}
                normalize={upper}
                extra={t('register.countryCodeHint')}
                rules={[{ pattern: /^[A-Z]{3}$/, message: t('register.countryCodeFormat') }]}
              >
                <Input maxLength={3} spellCheck={false} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                label={t('register.areaCode')}
                name={['organisation', 'areaCode']}
                extra={t('register.areaCodeHint')}
                rules={[{ pattern: /^[0-9]{6}$/, message: t('register.areaCodeFormat') }]}
              >
                <Input maxLength={6} inputMode="numeric" autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item label={t('register.address')} name={['organisation', 'address']} rules={[required(), { max: 500, message: t('register.tooLong') }]}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} autoComplete="street-address" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label={t('register.contactName')} name={['organisation', 'contactName']} rules={[required(), { max: 200, message: t('register.tooLong') }]}>
                <Input maxLength={200} autoComplete="name" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                label={t('register.contactPhone')}
                name={['organisation', 'contactPhone']}
                extra={t('register.contactPhoneHint')}
                rules={[required(), { pattern: PHONE, message: t('register.phoneFormat') }]}
              >
                <Input maxLength={21} inputMode="tel" autoComplete="tel" />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card style={{ marginBottom: 16 }}>
          <Typography.Title level={2} className="form-section-title" style={{ fontSize: 20 }}>
            {t('register.adminSection')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('register.adminLead')}</Typography.Paragraph>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                label={t('register.username')}
                name={['admin', 'username']}
                normalize={lower}
                extra={t('register.usernameHint')}
                rules={[required(), { pattern: USERNAME, message: t('register.usernameFormat') }]}
              >
                <Input maxLength={64} spellCheck={false} autoComplete="username" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label={t('register.displayName')} name={['admin', 'displayName']} rules={[required(), { max: 200, message: t('register.tooLong') }]}>
                <Input maxLength={200} autoComplete="name" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                label={t('register.password')}
                name={['admin', 'password']}
                extra={t('register.passwordHint')}
                rules={[{ required: true, message: t('register.required') }, { min: 10, message: t('register.passwordShort') }, { max: 200, message: t('register.tooLong') }]}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                label={t('register.confirm')}
                name="confirm"
                dependencies={[['admin', 'password']]}
                rules={[
                  { required: true, message: t('register.required') },
                  ({ getFieldValue }) => ({
                    validator: (_, value) =>
                      !value || getFieldValue(['admin', 'password']) === value ? Promise.resolve() : Promise.reject(new Error(t('register.confirmMismatch'))),
                  }),
                ]}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Flex wrap gap="small" align="center">
          <Button type="primary" htmlType="submit" size="large" loading={action.pending} data-testid="register-submit">
            {t('register.submit')}
          </Button>
          <Typography.Text type="secondary">{t('register.afterSubmit')}</Typography.Text>
        </Flex>
      </Form>
    </PublicPage>
  );
}
