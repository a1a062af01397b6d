import { AuditOutlined, BugOutlined, LoginOutlined, SafetyCertificateOutlined, SearchOutlined, SolutionOutlined, WalletOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { orgName, useSession, workspaceOf } from '../../session';
import { LinkButton } from './LinkButton';

interface Service {
  key: string;
  to: string;
  icon: ReactNode;
}

const SERVICES: Service[] = [
  { key: 'enterprises', to: '/public/enterprises', icon: <SafetyCertificateOutlined /> },
  { key: 'negativeList', to: '/public/negative-list', icon: <AuditOutlined /> },
  { key: 'quota', to: '/public/quota', icon: <WalletOutlined /> },
  { key: 'errors', to: '/public/errors', icon: <BugOutlined /> },
  { key: 'register', to: '/public/register', icon: <SolutionOutlined /> },
];

const SYSTEMS = ['information', 'finance', 'logistics', 'credit', 'quality', 'statistics', 'risk'] as const;
const PLATFORMS = ['online', 'offline'] as const;

/** The landing page: what the platform is, the public services, and the way in. */
export function Home() {
  const { t, i18n } = useTranslation('public');
  const { me } = useSession();
  return (
    <div className="public-page public-page-wide" data-testid="public-home">
      <section className="public-hero" aria-labelledby="home-title">
        <Typography.Title level={1} id="home-title" className="page-title public-title">
          {t('home.title')}
        </Typography.Title>
        <Typography.Paragraph className="public-lead">{t('home.lead')}</Typography.Paragraph>
        <Flex wrap gap="small" className="hero-actions">
          {me ? (
            <LinkButton to={`/${workspaceOf(me.organisation)}`} data-testid="workspace-link" type="primary" size="large" icon={<LoginOutlined />}>
              {t('home.workspace', { name: orgName(me.organisation, i18n.language) })}
            </LinkButton>
          ) : (
            <>
              <LinkButton to="/login" type="primary" size="large" icon={<LoginOutlined />}>
                {t('home.signIn')}
              </LinkButton>
              <LinkButton to="/public/register" size="large" icon={<SolutionOutlined />}>
                {t('home.registerAction')}
              </LinkButton>
            </>
          )}
        </Flex>
      </section>

      <Typography.Title level={2} className="public-section">
        {t('home.servicesTitle')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {SERVICES.map((s) => (
          <Col key={s.key} xs={24} sm={12} lg={8}>
            <Card className="service-card" data-testid={`service-${s.key}`}>
              <span className="service-icon" aria-hidden="true">
                {s.icon}
              </span>
              <Typography.Title level={3}>{t(`home.service.${s.key}.title`)}</Typography.Title>
              <Typography.Paragraph style={{ marginBottom: 0 }}>{t(`home.service.${s.key}.text`)}</Typography.Paragraph>
              <Link to={s.to} className="service-link">
                {t(`home.service.${s.key}.action`)} →
              </Link>
            </Card>
          </Col>
        ))}
        {me ? null : (
          <Col xs={24} sm={12} lg={8}>
            <Card className="service-card" data-testid="service-signIn">
              <span className="service-icon" aria-hidden="true">
                <LoginOutlined />
              </span>
              <Typography.Title level={3}>{t('home.service.signIn.title')}</Typography.Title>
              <Typography.Paragraph style={{ marginBottom: 0 }}>{t('home.service.signIn.text')}</Typography.Paragraph>
              <Link to="/login" className="service-link">
                {t('home.service.signIn.action')} →
              </Link>
            </Card>
          </Col>
        )}
      </Row>

      <Typography.Title level={2} className="public-section">
        {t('home.aboutTitle')}
      </Typography.Title>
      <Typography.Paragraph className="public-lead">{t('home.zoneText')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <Card style={{ height: '100%' }}>
            <Typography.Title level={3} style={{ marginTop: 0, fontSize: 18 }}>
              <SearchOutlined aria-hidden="true" /> {t('home.platformsTitle')}
            </Typography.Title>
            <ul className="systems-list">
              {PLATFORMS.map((p) => (
                <li key={p}>
                  <Typography.Text strong>{t(`home.platform.${p}.name`)}</Typography.Text> — {t(`home.platform.${p}.text`)}
                </li>
              ))}
            </ul>
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card style={{ height: '100%' }}>
            <Typography.Title level={3} style={{ marginTop: 0, fontSize: 18 }}>
              <AuditOutlined aria-hidden="true" /> {t('home.systemsTitle')}
            </Typography.Title>
            <ol className="systems-list">
              {SYSTEMS.map((s) => (
                <li key={s}>
                  <Typography.Text strong>{t(`home.system.${s}.name`)}</Typography.Text> — {t(`home.system.${s}.text`)}
                </li>
              ))}
            </ol>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
