import { AuditOutlined, BarChartOutlined, SolutionOutlined, TableOutlined } from '@ant-design/icons';
import type { Area } from '../../shared/area';
import { Audit } from './Audit';
import { CodeTables } from './CodeTables';
import { Dashboard } from './Dashboard';
import { Enterprises } from './Enterprises';

/** The zone office's workspace: the zone's dashboard, enterprise approvals, code tables and the audit log. */
export const area: Area = {
  routes: [
    { index: true, element: <Dashboard /> },
    { path: 'enterprises', element: <Enterprises /> },
    { path: 'code-tables', element: <CodeTables /> },
    { path: 'audit', element: <Audit /> },
  ],
  nav: [
    { path: '/zone', label: 'zone:nav.dashboard', icon: <BarChartOutlined /> },
    { path: '/zone/enterprises', label: 'zone:nav.enterprises', icon: <SolutionOutlined /> },
    { path: '/zone/code-tables', label: 'zone:nav.codeTables', icon: <TableOutlined /> },
    { path: '/zone/audit', label: 'zone:nav.audit', icon: <AuditOutlined /> },
  ],
};
