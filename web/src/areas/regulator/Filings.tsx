import { Button, Input, Segmented, Select, Space, Table, Tabs, Tag } from 'antd';
import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useFormat } from '../../format';
import { useSession } from '../../session';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useApi } from '../../shared/hooks';
import { DecisionModal } from './DecisionModal';
import { canUse } from './scope';
import { EnumTag, PageHeader, Pager, type Paged } from './ui';

const STATUSES = ['submitted', 'effective', 'rejected', 'superseded', 'suspended', 'cancelled', 'withdrawn'] as const;
const LIMIT = 20;

interface EnterpriseFiling {
  id: string;
  version: number;
  status: string;
  uscc: string;
  customsCode: string | null;
  nameZh: string;
  names: Record<string, string | undefined>;
  roles: string[];
  submittedAt: string;
  effectiveAt: string | null;
}
interface ProductFiling {
  id: string;
  itemNo: string;
  version: number;
  status: string;
  hsCode: string;
  nameZh: string;
  names: Record<string, string | undefined>;
  brand: string | null;
  originCountry: string;
  referencePrice: string;
  currency: string;
  positiveList: string;
  submittedAt: string;
}

type Act = { kind: 'enterprise' | 'product'; id: string; name: string; what: 'review' | 'suspend' | 'reinstate' };

/** Reloads a list after a decision elsewhere on the page (the counter moves). */
function useReloadOn(tick: number, reload: () => void) {
  useEffect(() => {
    if (tick) reload();
  }, [tick, reload]);
}

function localName(x: { nameZh: string; names: Record<string, string | undefined> }, lang: string) {
  return x.names?.[lang] ?? x.nameZh;
}

/** Filters shared by both lists: the caller's queue, or every filing in scope by status, and a search. */
function useFilter() {
  const [view, setView] = useState<'mine' | 'all'>('mine');
  const [status, setStatus] = useState<string>();
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  const query = view === 'mine' ? { queue: 'mine', q: q || undefined } : { status, q: q || undefined };
  return { view, setView, status, setStatus, q, setQ, offset, setOffset, query };
}

function FilterBar({ f }: { f: ReturnType<typeof useFilter> }) {
  const { t } = useTranslation('regulator');
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <Segmented
        aria-label={t('filings.view')}
        value={f.view}
        onChange={(v) => {
          f.setView(v as 'mine' | 'all');
          f.setOffset(0);
        }}
        options={[
          { value: 'mine', label: t('filings.mine') },
          { value: 'all', label: t('filings.all') },
        ]}
      />
      {f.view === 'all' ? (
        <label>
          <span className="visually-hidden">{t('filings.status')}</span>
          <Select
            allowClear
            aria-label={t('filings.status')}
            placeholder={t('filings.status')}
            style={{ minWidth: 160 }}
            value={f.status}
            onChange={(v) => {
              f.setStatus(v);
              f.setOffset(0);
            }}
            options={STATUSES.map((s) => ({ value: s, label: t(`filingStatus.${s}`) }))}
          />
        </label>
      ) : null}
      <Input.Search
        aria-label={t('filings.search')}
        placeholder={t('filings.search')}
        allowClear
        onSearch={(v) => {
          f.setQ(v.trim());
          f.setOffset(0);
        }}
        style={{ width: 260 }}
      />
    </Space>
  );
}

function Actions({ status, mine, onAct }: { status: string; mine: boolean; onAct(what: Act['what']): void }) {
  const { t } = useTranslation('regulator');
  return (
    <Space wrap size="small">
      {status === 'submitted' && mine ? (
        <Button type="primary" size="small" onClick={() => onAct('review')}>
          {t('filings.review')}
        </Button>
      ) : null}
      {status === 'effective' ? (
        <Button size="small" danger onClick={() => onAct('suspend')}>
          {t('filings.suspend')}
        </Button>
      ) : null}
      {status === 'suspended' ? (
        <Button size="small" onClick={() => onAct('reinstate')}>
          {t('filings.reinstate')}
        </Button>
      ) : null}
    </Space>
  );
}

function EnterpriseFilings({ onAct, tick }: { onAct(a: Act): void; tick: number }) {
  const { t, i18n } = useTranslation('regulator');
  const fmt = useFormat();
  const f = useFilter();
  const list = useApi<{ items: EnterpriseFiling[] }>('/api/registry/enterprise-filings', { ...f.query, limit: LIMIT + 1, offset: f.offset });
  useReloadOn(tick, list.reload);
  const items = list.data?.items.slice(0, LIMIT) ?? [];
  const more = (list.data?.items.length ?? 0) > LIMIT;
  return (
    <>
      <FilterBar f={f} />
      <ErrorAlert error={list.error} />
      <Table<EnterpriseFiling>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={items}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('ui.empty') }}
        columns={[
          { title: t('filings.enterprise'), key: 'name', render: (_: unknown, r) => localName(r, i18n.language) },
          { title: t('filings.uscc'), dataIndex: 'uscc' },
          { title: t('filings.roles'), dataIndex: 'roles', render: (roles: string[]) => roles.map((r) => <Tag key={r}>{t(`role.${r}`)}</Tag>) },
          { title: t('filings.version'), dataIndex: 'version' },
          { title: t('filings.status'), dataIndex: 'status', render: (v: string) => <EnumTag prefix="filingStatus" value={v} /> },
          { title: t('filings.submitted'), dataIndex: 'submittedAt', render: (v: string) => fmt.dateTime(v) },
          {
            title: t('ui.actions'),
            key: 'actions',
            render: (_: unknown, r) => <Actions status={r.status} mine={f.view === 'mine'} onAct={(what) => onAct({ kind: 'enterprise', id: r.id, name: localName(r, i18n.language), what })} />,
          },
        ]}
      />
      <Pager offset={f.offset} limit={LIMIT} nextOffset={more ? f.offset + LIMIT : null} onChange={f.setOffset} />
    </>
  );
}

function ProductFilings({ onAct, tick }: { onAct(a: Act): void; tick: number }) {
  const { t, i18n } = useTranslation('regulator');
  const fmt = useFormat();
  const f = useFilter();
  const list = useApi<Paged<ProductFiling>>('/api/registry/products', { ...f.query, limit: LIMIT, offset: f.offset });
  useReloadOn(tick, list.reload);
  return (
    <>
      <FilterBar f={f} />
      <ErrorAlert error={list.error} />
      <Table<ProductFiling>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('ui.empty') }}
        columns={[
          { title: t('filings.itemNo'), dataIndex: 'itemNo' },
          { title: t('filings.product'), key: 'name', render: (_: unknown, r) => localName(r, i18n.language) },
          { title: t('filings.hsCode'), dataIndex: 'hsCode' },
          { title: t('filings.brand'), dataIndex: 'brand', render: (v: string | null) => v ?? '—' },
          { title: t('filings.origin'), dataIndex: 'originCountry' },
          { title: t('filings.referencePrice'), dataIndex: 'referencePrice', align: 'right', render: (v: string, r) => fmt.money(v, r.currency) },
          { title: t('filings.positiveList'), dataIndex: 'positiveList', render: (v: string) => <EnumTag prefix="positiveList" value={v} /> },
          { title: t('filings.version'), dataIndex: 'version' },
          { title: t('filings.status'), dataIndex: 'status', render: (v: string) => <EnumTag prefix="filingStatus" value={v} /> },
          {
            title: t('ui.actions'),
            key: 'actions',
            render: (_: unknown, r) => <Actions status={r.status} mine={f.view === 'mine'} onAct={(what) => onAct({ kind: 'product', id: r.id, name: `${r.itemNo} ${localName(r, i18n.language)}`, what })} />,
          },
        ]}
      />
      <Pager offset={f.offset} limit={LIMIT} nextOffset={list.data?.nextOffset} onChange={f.setOffset} />
    </>
  );
}

/** Filing reviews: enterprise and product filings waiting for the department, their approval, suspension and reinstatement. */
export function Filings() {
  const { t } = useTranslation('regulator');
  const { me } = useSession();
  const [act, setAct] = useState<Act>();
  const [tick, setTick] = useState(0);
  const [message, setMessage] = useState<string>();
  const base = (a: Act) => (a.kind === 'enterprise' ? `/api/registry/enterprise-filings/${a.id}` : `/api/registry/products/${a.id}`);
  const tabs = [
    canUse(me, 'enterpriseFilings') && { key: 'enterprises', label: t('filings.enterprises'), children: <EnterpriseFilings onAct={setAct} tick={tick} /> },
    canUse(me, 'productFilings') && { key: 'products', label: t('filings.products'), children: <ProductFilings onAct={setAct} tick={tick} /> },
  ].filter((x): x is { key: string; label: string; children: ReactElement } => !!x);
  return (
    <>
      <PageHeader title={t('filings.title')} intro={t('filings.intro')} />
      {message ? <p role="status">{message}</p> : null}
      <Tabs items={tabs} />
      <DecisionModal
        open={!!act}
        title={act ? t(`filings.${act.what}Title`, { name: act.name }) : ''}
        choices={act?.what === 'review' ? (['approved', 'rejected'] as const).map((d) => ({ value: d, label: t(`filingDecision.${d}`) })) : undefined}
        choiceLabel={t('review.decision')}
        reasonLabel={t('review.reason')}
        reasonRequired={(c) => act?.what !== 'review' || c === 'rejected'}
        okText={t('ui.submit')}
        onClose={() => setAct(undefined)}
        onSubmit={async (v) => {
          if (!act) return;
          const body = act.what === 'review' ? { decision: v.choice, ...(v.reason ? { reason: v.reason } : {}) } : v.reason ? { reason: v.reason } : {};
          const res = await api<{ status: string }>(`${base(act)}/${act.what === 'review' ? 'reviews' : act.what}`, { body });
          setMessage(t('filings.done', { name: act.name, status: t(`filingStatus.${res.status}`) }));
          setTick((n) => n + 1);
        }}
      />
    </>
  );
}
