import { Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { useSession, workspaceOf, type Workspace } from '../session';

/** A workspace's pages need a signed-in caller of that workspace; others are sent to sign in or told why not. */
export function RequireWorkspace({ workspace, children }: { workspace: Workspace; children: ReactNode }) {
  const { t } = useTranslation();
  const { me, loading } = useSession();
  const location = useLocation();
  if (loading) return <Spin size="large" className="page-spinner" />;
  if (!me) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  const mine = workspaceOf(me.organisation);
  if (mine !== workspace)
    return <Result status="403" title={t('forbidden.title')} subTitle={t('forbidden.text')} extra={<Link to={`/${mine}`}>{t('forbidden.back')}</Link>} />;
  return <>{children}</>;
}
