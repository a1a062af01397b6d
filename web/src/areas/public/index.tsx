import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Area } from '../../shared/area';

function Home() {
  const { t } = useTranslation('public');
  return <Typography.Title level={1}>{t('home.title')}</Typography.Title>;
}

export const area: Area = {
  routes: [{ path: '/', element: <Home /> }],
  nav: [],
};
