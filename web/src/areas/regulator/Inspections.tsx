import { Button, Modal, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useApi } from '../../shared/hooks';
import { DeclarationTable, ExportTable, InspectionForm } from './Declarations';
import { PageHeader, Pager, type DeclarationSummary, type ExportSummary, type Paged } from './ui';

const LIMIT = 20;

/** Customs' inspection tasks: imports and export lists drawn for inspection (state 500), and their results. */
export function Inspections() {
  const { t } = useTranslation('regulator');
  const [impOffset, setImpOffset] = useState(0);
  const [expOffset, setExpOffset] = useState(0);
  const imports = useApi<Paged<DeclarationSummary>>('/api/clearance/declarations', { state: 'inspection', limit: LIMIT, offset: impOffset });
  const exports = useApi<Paged<ExportSummary>>('/api/export/declarations', { state: 'inspection', limit: LIMIT, offset: expOffset });
  const [task, setTask] = useState<{ kind: 'import' | 'export'; id: string; orderNo: string }>();
  const [message, setMessage] = useState<string>();
  const done = (state: string) => {
    setMessage(t('inspection.done', { orderNo: task?.orderNo ?? '', state: t(`state.${state}`) }));
    setTask(undefined);
    imports.reload();
    exports.reload();
  };
  return (
    <>
      <PageHeader title={t('inspection.title')} intro={t('inspection.intro')} extra={<Button onClick={() => (imports.reload(), exports.reload())}>{t('ui.reload')}</Button>} />
      {message ? (
        <p role="status" data-testid="inspection-done">
          {message}
        </p>
      ) : null}
      <Tabs
        items={[
          {
            key: 'imports',
            label: t('inspection.imports', { n: imports.data?.items.length ?? 0 }),
            children: (
              <>
                <ErrorAlert error={imports.error} />
                <DeclarationTable
                  items={imports.data?.items ?? []}
                  loading={imports.loading}
                  action={(d) => <Button onClick={() => setTask({ kind: 'import', id: d.id, orderNo: d.orderNo })}>{t('inspection.record')}</Button>}
                />
                <Pager offset={impOffset} limit={LIMIT} nextOffset={imports.data?.nextOffset} onChange={setImpOffset} />
              </>
            ),
          },
          {
            key: 'exports',
            label: t('inspection.exports', { n: exports.data?.items.length ?? 0 }),
            children: (
              <>
                <ErrorAlert error={exports.error} />
                <ExportTable
                  items={exports.data?.items ?? []}
                  loading={exports.loading}
                  action={(e) => <Button onClick={() => setTask({ kind: 'export', id: e.id, orderNo: e.orderNo })}>{t('inspection.record')}</Button>}
                />
                <Pager offset={expOffset} limit={LIMIT} nextOffset={exports.data?.nextOffset} onChange={setExpOffset} />
              </>
            ),
          },
        ]}
      />
      <Modal open={!!task} title={t('inspection.modalTitle', { orderNo: task?.orderNo ?? '' })} footer={null} onCancel={() => setTask(undefined)} destroyOnHidden>
        {task ? (
          <>
            <p>
              <Link to={task.kind === 'import' ? `/regulator/declarations/${task.id}` : `/regulator/exports/${task.id}`}>{t('ui.openDetail')}</Link>
            </p>
            <InspectionForm
              path={task.kind === 'import' ? `/api/clearance/declarations/${task.id}/inspection` : `/api/export/declarations/${task.id}/inspection`}
              results={task.kind === 'import' ? ['pass', 'seize', 'return'] : ['pass', 'reject']}
              onDone={done}
            />
          </>
        ) : null}
      </Modal>
    </>
  );
}
