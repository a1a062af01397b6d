import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError, SESSION_ENDED } from './api';

export interface Organisation {
  id: string;
  kind: 'enterprise' | 'department' | 'zone_office';
  uscc: string;
  customsCode: string | null;
  nameZh: string;
  names: Record<string, string | undefined>;
  roles: string[];
  department: string | null;
  status: 'pending' | 'active' | 'suspended';
}
export interface User {
  id: string;
  username: string;
  displayName: string;
  role: 'admin' | 'member';
}
export interface Me {
  kind: 'user' | 'apikey';
  user: User | null;
  organisation: Organisation;
}

interface SessionState {
  me: Me | null;
  loading: boolean;
  signIn(username: string, password: string): Promise<Me>;
  signOut(): Promise<void>;
  refresh(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);
  const refresh = useCallback(async () => {
    try {
      setMe(await api<Me>('/api/auth/me'));
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 401) console.error(e);
      setMe(null);
    } finally {
      setLoading(false);
    }
  }, []);
  useEffect(() => {
    void refresh();
    const ended = () => setMe(null);
    window.addEventListener(SESSION_ENDED, ended);
    return () => window.removeEventListener(SESSION_ENDED, ended);
  }, [refresh]);
  const signIn = useCallback(async (username: string, password: string) => {
    await api('/api/auth/login', { body: { username, password } });
    const next = await api<Me>('/api/auth/me');
    setMe(next);
    return next;
  }, []);
  const signOut = useCallback(async () => {
    await api('/api/auth/logout', { method: 'POST' }).catch(() => undefined);
    setMe(null);
  }, []);
  const value = useMemo(() => ({ me, loading, signIn, signOut, refresh }), [me, loading, signIn, signOut, refresh]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/** Which workspace an organisation works in. */
export type Workspace = 'enterprise' | 'regulator' | 'zone';
export function workspaceOf(org: Organisation): Workspace {
  return org.kind === 'enterprise' ? 'enterprise' : org.kind === 'zone_office' ? 'zone' : 'regulator';
}

/** The organisation's name in the reader's language, else Chinese. */
export function orgName(org: { nameZh: string; names?: Record<string, string | undefined> }, lang: string): string {
  return org.names?.[lang] ?? org.names?.[lang.split('-')[0]!] ?? org.nameZh;
}
