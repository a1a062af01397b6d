import { Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useSession, workspaceOf } from '../session';
import { useAction } from '../shared/hooks';
import { ErrorAlert } from '../shared/ErrorAlert';

/** Sign-in with user name and password; afterwards the page asked for, else the caller's workspace. */
export function LoginPage() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const next = new URLSearchParams(location.search).get('next');
  const action = useAction(async (v: { username: string; password: string }) => {
    const me = await signIn(v.username, v.password);
    navigate(next && next.startsWith('/') ? next : `/${workspaceOf(me.organisation)}`, { replace: true });
  });
  return (
    <div className="narrow-page">
      <Card>
        <Typography.Title level={1} className="page-title">
          {t('signIn')}
        </Typography.Title>
        <ErrorAlert error={action.error} />
        <Form layout="vertical" onFinish={(v: { username: string; password: string }) => void action.run(v)} requiredMark={false}>
          <Form.Item label={t('username')} name="username" rules={[{ required: true, message: t('form.required') }]}>
            <Input autoComplete="username" />
          </Form.Item>
          <Form.Item label={t('password')} name="password" rules={[{ required: true, message: t('form.required') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={action.pending} block>
            {t('signIn')}
          </Button>
        </Form>
        <Typography.Paragraph style={{ marginTop: 16 }}>
          <Link to="/public/register">{t('registerLink')}</Link>
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
