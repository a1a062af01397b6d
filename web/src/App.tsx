import { Spin } from 'antd';
import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter, RouterProvider, useRoutes } from 'react-router';
import { area as publicArea } from './areas/public';
import type { Workspace } from './session';
import type { Area } from './shared/area';
import { RequireWorkspace } from './shell/Guard';
import { Shell } from './shell/Layout';
import { LoginPage } from './shell/Login';
import { NotFound } from './shell/NotFound';

/** A workspace's pages and menu, rendered below its base path. */
function AreaRoutes({ area }: { area: Area }) {
  return <Shell nav={area.nav}>{useRoutes(area.routes)}</Shell>;
}

/** Workspaces load on first visit, so the public pages a phone opens stay small. */
function lazyArea(load: () => Promise<{ area: Area }>): ComponentType {
  return lazy(async () => {
    const { area } = await load();
    return { default: () => <AreaRoutes area={area} /> };
  });
}

const AREAS: Record<Workspace, ComponentType> = {
  enterprise: lazyArea(() => import('./areas/enterprise')),
  regulator: lazyArea(() => import('./areas/regulator')),
  zone: lazyArea(() => import('./areas/zone')),
};

const router = createBrowserRouter([
  { element: <Shell nav={publicArea.nav} />, children: [...publicArea.routes, { path: '/login', element: <LoginPage /> }] },
  ...(Object.keys(AREAS) as Workspace[]).map((name) => {
    const Workspace = AREAS[name];
    return {
      path: `/${name}/*`,
      element: (
        <RequireWorkspace workspace={name}>
          <Suspense fallback={<Spin size="large" className="page-spinner" />}>
            <Workspace />
          </Suspense>
        </RequireWorkspace>
      ),
    };
  }),
  { path: '*', element: <Shell nav={publicArea.nav}><NotFound /></Shell> },
]);

export function App() {
  return <RouterProvider router={router} />;
}
