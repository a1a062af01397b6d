import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { area as enterpriseArea } from './areas/enterprise';
import { area as publicArea } from './areas/public';
import { area as regulatorArea } from './areas/regulator';
import { area as zoneArea } from './areas/zone';
import type { Workspace } from './session';
import type { Area } from './shared/area';
import { RequireWorkspace } from './shell/Guard';
import { Shell } from './shell/Layout';
import { LoginPage } from './shell/Login';
import { NotFound } from './shell/NotFound';

function workspace(name: Workspace, a: Area): RouteObject {
  return {
    path: `/${name}`,
    element: (
      <RequireWorkspace workspace={name}>
        <Shell nav={a.nav} />
      </RequireWorkspace>
    ),
    children: a.routes,
  };
}

const router = createBrowserRouter([
  { element: <Shell nav={publicArea.nav} />, children: [...publicArea.routes, { path: '/login', element: <LoginPage /> }] },
  workspace('enterprise', enterpriseArea),
  workspace('regulator', regulatorArea),
  workspace('zone', zoneArea),
  { path: '*', element: <Shell nav={publicArea.nav}><NotFound /></Shell> },
]);

export function App() {
  return <RouterProvider router={router} />;
}
