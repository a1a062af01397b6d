import { AuditOutlined, BugOutlined, HomeOutlined, SafetyCertificateOutlined, SolutionOutlined, WalletOutlined } from '@ant-design/icons';
import type { Area } from '../../shared/area';
import { EnterprisesPage } from './Enterprises';
import { ErrorCataloguePage } from './ErrorCatalogue';
import { Home } from './Home';
import { NegativeListPage } from './NegativeList';
import { QuotaPage } from './Quota';
import { RegisterPage } from './Register';
import './public.css';

/** The public area: no sign-in needed for any of it. */
export const area: Area = {
  routes: [
    { path: '/', element: <Home /> },
    { path: '/public/enterprises', element: <EnterprisesPage /> },
    { path: '/public/negative-list', element: <NegativeListPage /> },
    { path: '/public/quota', element: <QuotaPage /> },
    { path: '/public/errors', element: <ErrorCataloguePage /> },
    { path: '/public/register', element: <RegisterPage /> },
  ],
  nav: [
    { path: '/', label: 'public:nav.home', icon: <HomeOutlined /> },
    { path: '/public/enterprises', label: 'public:nav.enterprises', icon: <SafetyCertificateOutlined /> },
    { path: '/public/negative-list', label: 'public:nav.negativeList', icon: <AuditOutlined /> },
    { path: '/public/quota', label: 'public:nav.quota', icon: <WalletOutlined /> },
    { path: '/public/errors', label: 'public:nav.errors', icon: <BugOutlined /> },
    { path: '/public/register', label: 'public:nav.register', icon: <SolutionOutlined /> },
  ],
};
