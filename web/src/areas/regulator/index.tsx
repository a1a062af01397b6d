import { AlertOutlined, BarChartOutlined, AuditOutlined, DashboardOutlined, ExperimentOutlined, FileDoneOutlined, SafetyCertificateOutlined, SearchOutlined, SolutionOutlined } from '@ant-design/icons';
import type { Area } from '../../shared/area';
import { Alerts } from './Alerts';
import { Credit } from './Credit';
import { DeclarationDetail, ExportDetail, ReviewQueue } from './Declarations';
import { Filings } from './Filings';
import { Inspections } from './Inspections';
import { Overview } from './Overview';
import { RuleEditor } from './RuleEditor';
import { RuleDetailPage, Rules } from './Rules';
import { canUse } from './scope';
import { Search } from './Search';
import { Dashboard as ZoneStatistics } from '../zone/Dashboard';
import { ScreenGuard } from './ui';

/** The regulator workspace: each department sees the screens of its own scope. */
export const area: Area = {
  routes: [
    { index: true, element: <Overview /> },
    { path: 'review', element: <ScreenGuard screen="review"><ReviewQueue /></ScreenGuard> },
    { path: 'inspections', element: <ScreenGuard screen="inspections"><Inspections /></ScreenGuard> },
    { path: 'declarations/:id', element: <ScreenGuard screen="searchImports"><DeclarationDetail /></ScreenGuard> },
    { path: 'exports/:id', element: <ScreenGuard screen="searchExports"><ExportDetail /></ScreenGuard> },
    { path: 'filings', element: <ScreenGuard screen="filings"><Filings /></ScreenGuard> },
    { path: 'alerts', element: <ScreenGuard screen="alerts"><Alerts /></ScreenGuard> },
    { path: 'rules', element: <ScreenGuard screen="rules"><Rules /></ScreenGuard> },
    { path: 'rules/new', element: <ScreenGuard screen="rules"><RuleEditor /></ScreenGuard> },
    { path: 'rules/:code', element: <ScreenGuard screen="rules"><RuleDetailPage /></ScreenGuard> },
    { path: 'rules/:code/edit', element: <ScreenGuard screen="rules"><RuleEditor /></ScreenGuard> },
    { path: 'credit', element: <ScreenGuard screen="credit"><Credit /></ScreenGuard> },
    { path: 'search', element: <ScreenGuard screen="search"><Search /></ScreenGuard> },
    { path: 'statistics', element: <ScreenGuard screen="statistics"><ZoneStatistics /></ScreenGuard> },
  ],
  nav: [
    { path: '/regulator', label: 'regulator:nav.overview', icon: <DashboardOutlined /> },
    { path: '/regulator/review', label: 'regulator:nav.review', icon: <AuditOutlined />, when: (me) => canUse(me, 'review') },
    { path: '/regulator/inspections', label: 'regulator:nav.inspections', icon: <ExperimentOutlined />, when: (me) => canUse(me, 'inspections') },
    { path: '/regulator/filings', label: 'regulator:nav.filings', icon: <FileDoneOutlined />, when: (me) => canUse(me, 'filings') },
    { path: '/regulator/alerts', label: 'regulator:nav.alerts', icon: <AlertOutlined />, when: (me) => canUse(me, 'alerts') },
    { path: '/regulator/rules', label: 'regulator:nav.rules', icon: <SolutionOutlined />, when: (me) => canUse(me, 'rules') },
    { path: '/regulator/credit', label: 'regulator:nav.credit', icon: <SafetyCertificateOutlined />, when: (me) => canUse(me, 'credit') },
    { path: '/regulator/search', label: 'regulator:nav.search', icon: <SearchOutlined />, when: (me) => canUse(me, 'search') },
    { path: '/regulator/statistics', label: 'regulator:nav.statistics', icon: <BarChartOutlined />, when: (me) => canUse(me, 'statistics') },
  ],
};
