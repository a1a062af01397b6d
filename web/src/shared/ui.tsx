import { Button, Flex, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A page's one heading (h1), its short explanation and its actions. */
export function PageHeader({ title, intro, extra }: { title: ReactNode; intro?: ReactNode; extra?: ReactNode }) {
  return (
    <div className="page-header" style={{ marginBottom: 16 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={1} className="page-title" style={{ marginBottom: 0 }}>
          {title}
        </Typography.Title>
        {extra}
      </Space>
      {intro ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {intro}
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}

/** Previous / next over the server's offset pages (it answers the next offset, or null on the last page). */
export function Pager({ offset, limit, nextOffset, onChange }: { offset: number; limit: number; nextOffset: number | null | undefined; onChange(offset: number): void }) {
  const { t } = useTranslation();
  const hasNext = nextOffset !== null && nextOffset !== undefined;
  if (offset === 0 && !hasNext) return null;
  return (
    <Flex justify="flex-end" gap={8} style={{ marginTop: 12 }}>
      <Button disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))}>
        {t('pager.previous')}
      </Button>
      <Typography.Text type="secondary" style={{ alignSelf: 'center' }}>
        {t('pager.page', { page: Math.floor(offset / limit) + 1 })}
      </Typography.Text>
      <Button disabled={!hasNext} onClick={() => hasNext && onChange(nextOffset)}>
        {t('pager.next')}
      </Button>
    </Flex>
  );
}

/**
 * The label of a code the server sends (a state, a kind, a role…) from `group.value` in a namespace's
 * translations; a value the portal does not know yet is shown as it is, never as a raw key.
 */
export function useEnumLabel(ns: string) {
  const { t, i18n } = useTranslation(ns);
  return (group: string, value: string | null | undefined): string => {
    if (value === null || value === undefined || value === '') return '—';
    const key = `${group}.${value}`;
    return i18n.exists(key, { ns }) ? t(key) : value;
  };
}

/** CEB numeric currency codes → ISO 4217 (data/reference/currencies.csv). */
const CEB_CURRENCY: Record<string, string> = {
  '142': 'CNY', '502': 'USD', '116': 'JPY', '133': 'KRW', '344': 'RUB', '300': 'EUR', '110': 'HKD', '303': 'GBP', '601': 'AUD', '501': 'CAD',
  '331': 'CHF', '302': 'DKK', '112': 'IDR', '121': 'MOP', '122': 'MYR', '326': 'NOK', '609': 'NZD', '129': 'PHP', '330': 'SEK', '132': 'SGD', '136': 'THB', '143': 'TWD',
};

/** The ISO currency of a CEB numeric currency code (an ISO code passes through); CNY when unknown. */
export function isoCurrency(code: string | null | undefined): string {
  if (!code) return 'CNY';
  if (/^[A-Z]{3}$/.test(code)) return code;
  return CEB_CURRENCY[code] ?? 'CNY';
}
