import { ApiOutlined, DashboardOutlined, ExportOutlined, FileProtectOutlined, FileTextOutlined, ImportOutlined, KeyOutlined, RollbackOutlined, SafetyCertificateOutlined, ShoppingOutlined } from '@ant-design/icons';
import type { Area } from '../../shared/area';
import { AftercarePage } from './Aftercare';
import { ApiKeysPage } from './ApiKeys';
import { CebDocumentsPage } from './CebDocuments';
import { CreditPage } from './Credit';
import { DeclarationDetailPage, DeclarationsPage } from './Declarations';
import { ExportDetailPage, ExportsPage } from './Exports';
import { FilingPage } from './Filing';
import { Overview } from './Overview';
import { ProductImportPage } from './ProductImport';
import { ProductDetailPage, ProductFormPage, ProductsPage } from './Products';
import { WebhooksPage } from './Webhooks';

/** Enterprises that file products: e-commerce enterprises, and platforms that sell on their own account. */
const PRODUCT_FILERS = ['ebc', 'ebp', 'overseas_ebc'];

/** The enterprise workspace: filing, products, declarations in and out, aftercare, integration and credit. */
export const area: Area = {
  routes: [
    { index: true, element: <Overview /> },
    { path: 'filing', element: <FilingPage /> },
    { path: 'products', element: <ProductsPage /> },
    { path: 'products/new', element: <ProductFormPage /> },
    { path: 'products/import', element: <ProductImportPage /> },
    { path: 'products/:id', element: <ProductDetailPage /> },
    { path: 'products/:id/change', element: <ProductFormPage /> },
    { path: 'declarations', element: <DeclarationsPage /> },
    { path: 'declarations/:id', element: <DeclarationDetailPage /> },
    { path: 'ceb', element: <CebDocumentsPage /> },
    { path: 'exports', element: <ExportsPage /> },
    { path: 'exports/:id', element: <ExportDetailPage /> },
    { path: 'aftercare', element: <AftercarePage /> },
    { path: 'api-keys', element: <ApiKeysPage /> },
    { path: 'webhooks', element: <WebhooksPage /> },
    { path: 'credit', element: <CreditPage /> },
  ],
  nav: [
    { path: '/enterprise', label: 'enterprise:nav.overview', icon: <DashboardOutlined /> },
    { path: '/enterprise/filing', label: 'enterprise:nav.filing', icon: <FileProtectOutlined /> },
    { path: '/enterprise/products', label: 'enterprise:nav.products', icon: <ShoppingOutlined />, when: (me) => me.organisation.roles.some((r) => PRODUCT_FILERS.includes(r)) },
    { path: '/enterprise/declarations', label: 'enterprise:nav.declarations', icon: <ImportOutlined /> },
    { path: '/enterprise/exports', label: 'enterprise:nav.exports', icon: <ExportOutlined /> },
    { path: '/enterprise/aftercare', label: 'enterprise:nav.aftercare', icon: <RollbackOutlined /> },
    { path: '/enterprise/ceb', label: 'enterprise:nav.ceb', icon: <FileTextOutlined /> },
    { path: '/enterprise/api-keys', label: 'enterprise:nav.apiKeys', icon: <KeyOutlined /> },
    { path: '/enterprise/webhooks', label: 'enterprise:nav.webhooks', icon: <ApiOutlined /> },
    { path: '/enterprise/credit', label: 'enterprise:nav.credit', icon: <SafetyCertificateOutlined /> },
  ],
};

