import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { Me } from '../session';

/** A menu entry of a workspace: its path, its label key (with namespace) and its icon. */
export interface NavItem {
  path: string;
  label: string;
  icon?: ReactNode;
  /** Shown only to callers for whom this holds (a department's own screens). */
  when?: (me: Me) => boolean;
}

/** What each area of the portal (public, enterprise, regulator, zone) contributes: routes below its base and menu entries. */
export interface Area {
  routes: RouteObject[];
  nav: NavItem[];
}
