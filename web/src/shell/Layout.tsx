import { Button, Drawer, Grid, Layout, Menu, Space, Typography } from 'antd';
import { MenuOutlined } from '@ant-design/icons';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { orgName, useSession } from '../session';
import type { NavItem } from '../shared/area';
import { LanguageSwitch } from './LanguageSwitch';

const { Header, Sider, Content, Footer } = Layout;

/** Every page's frame: the platform's name, the language switcher, who is signed in, and the area's menu. */
export function Shell({ nav, children }: { nav: NavItem[]; children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { me, signOut } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const [drawer, setDrawer] = useState(false);
  const items = nav
    .filter((n) => !n.when || (me && n.when(me)))
    .map((n) => ({ key: n.path, icon: n.icon, label: <Link to={n.path}>{t(n.label)}</Link> }));
  const selected = items
    .map((i) => i.key)
    .filter((k) => location.pathname === k || location.pathname.startsWith(`${k}/`))
    .sort((a, b) => b.length - a.length)
    .slice(0, 1);
  const menu = <Menu mode="inline" selectedKeys={selected} items={items} onClick={() => setDrawer(false)} aria-label={t('nav.menu')} />;
  const wide = screens.lg ?? true;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <Header className="tumen-header">
        {!wide && items.length > 0 ? <Button type="text" aria-label={t('nav.menu')} icon={<MenuOutlined />} onClick={() => setDrawer(true)} className="header-button" /> : null}
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            图们
          </span>
          <span className="brand-name">{wide ? t('title') : t('shortTitle')}</span>
        </Link>
        <Space className="header-tools" wrap size="small">
          <LanguageSwitch />
          {me ? (
            <>
              <Typography.Text className="who" data-testid="who">
                {me.user?.displayName ?? me.user?.username} · <span data-testid="org-name">{orgName(me.organisation, i18n.language)}</span>
              </Typography.Text>
              <Button
                onClick={() => {
                  void signOut().then(() => navigate('/login'));
                }}
              >
                {t('signOut')}
              </Button>
            </>
          ) : location.pathname !== '/login' ? (
            <Button type="primary" onClick={() => navigate('/login')}>
              {t('signIn')}
            </Button>
          ) : null}
        </Space>
      </Header>
      <Layout>
        {items.length > 0 && wide ? (
          <Sider width={232} theme="light" className="tumen-sider">
            <nav aria-label={t('nav.menu')}>{menu}</nav>
          </Sider>
        ) : null}
        <Drawer open={drawer} onClose={() => setDrawer(false)} placement="left" title={t('nav.menu')} size={260}>
          <nav aria-label={t('nav.menu')}>{menu}</nav>
        </Drawer>
        <Content id="main" tabIndex={-1} className="tumen-content">
          {children ?? <Outlet />}
        </Content>
      </Layout>
      <Footer className="tumen-footer">
        <Space wrap split="·">
          <span>{t('footer.owner')}</span>
          <Link to="/public/errors">{t('footer.errors')}</Link>
          <a href="/docs">{t('footer.api')}</a>
        </Space>
      </Footer>
    </Layout>
  );
}
