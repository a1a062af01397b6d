import type { AppContext } from '../../app/context';
import type { TypedApp } from '../../http/routes';

export async function referenceRoutes(_app: TypedApp, _ctx: AppContext): Promise<void> {}
