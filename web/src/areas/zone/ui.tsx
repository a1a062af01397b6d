import { Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A page's one heading, its short explanation and its actions. */
export function PageHeader({ title, intro, extra }: { title: string; intro?: string; extra?: ReactNode }) {
  return (
    <div style={{ marginBottom: 16 }}>
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

/** A server enum value through its translation key; an unknown value shows as a code, never as a raw key. */
export function useEnumLabel() {
  const { t, i18n } = useTranslation('zone');
  return (group: string, value: string | null | undefined): string => {
    if (value === null || value === undefined || value === '') return '—';
    const key = `${group}.${value.replace(/\./g, '_')}`;
    return i18n.exists(key, { ns: 'zone' }) ? t(key) : value;
  };
}
