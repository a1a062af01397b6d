import { useTranslation } from 'react-i18next';

export { PageHeader } from '../../shared/ui';


/** A server enum value through its translation key; an unknown value shows as a code, never as a raw key. */
export function useEnumLabel() {
  const { t, i18n } = useTranslation('zone');
  return (group: string, value: string | null | undefined): string => {
    if (value === null || value === undefined || value === '') return '—';
    const key = `${group}.${value.replace(/\./g, '_')}`;
    return i18n.exists(key, { ns: 'zone' }) ? t(key) : value;
  };
}
