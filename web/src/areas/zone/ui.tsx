import { useEnumLabel as useLabelIn } from '../../shared/ui';

export { PageHeader } from '../../shared/ui';

/** The label of a server code from the zone translations; dotted codes (audit actions) are keyed with underscores. */
export function useEnumLabel() {
  const label = useLabelIn('zone');
  return (group: string, value: string | null | undefined): string => {
    const shown = label(group, value?.replace(/\./g, '_'));
    return shown === value?.replace(/\./g, '_') ? value : shown;
  };
}
