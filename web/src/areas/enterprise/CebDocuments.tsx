import { Button, Card, Descriptions, Drawer, Flex, Form, Select, Skeleton, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useFormat } from '../../format';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useApi } from '../../shared/hooks';
import type { CebDocument, CebDocumentDetail, CebReceipt } from './types';
import { H2, NoData, PageTitle, useLabel } from './ui';

const LIMIT = 50;
const TYPES = ['CEB311Message', 'CEB411Message', 'CEB511Message', 'CEB513Message', 'CEB621Message', 'CEB623Message', 'CEB625Message', 'CEB711Message', 'CEB303Message', 'CEB403Message', 'CEB505Message', 'CEB507Message', 'CEB509Message', 'CEB603Message', 'CEB605Message', 'CEB607Message', 'CEB701Message'];

/** A receipt status: its code, and its meaning when the portal knows it. */
export function ReceiptStatus({ code }: { code: string }) {
  const label = useLabel();
  const text = label('receiptStatus', code);
  const bad = code.startsWith('-') || ['100', '599', '700'].includes(code);
  return (
    <Tag color={bad ? 'error' : ['800', '899', '2'].includes(code) ? 'success' : 'processing'}>
      <code>{code}</code>
      {text !== code ? ` ${text}` : ''}
    </Tag>
  );
}

/** The CEB documents the organisation sent (latest accepted version of each) and the receipts each had. */
export function CebDocumentsPage() {
  const { t } = useTranslation('enterprise');
  const label = useLabel();
  const { dateTime } = useFormat();
  const [type, setType] = useState<string>();
  const [before, setBefore] = useState<string[]>([]);
  const list = useApi<{ items: CebDocument[] }>('/api/ceb/documents', { type, before: before.at(-1), limit: LIMIT });
  const [open, setOpen] = useState<string | null>(null);
  const items = list.data?.items ?? [];
  return (
    <div data-testid="ceb-documents">
      <PageTitle>{t('ceb.title')}</PageTitle>
      <Card style={{ marginBottom: 16 }}>
        <Form layout="inline">
          <Form.Item label={t('ceb.type')}>
            <Select
              allowClear
              style={{ width: 260 }}
              value={type}
              onChange={(v?: string) => {
                setType(v);
                setBefore([]);
              }}
              options={TYPES.map((x) => ({ value: x, label: `${x} · ${label('cebType', x)}` }))}
            />
          </Form.Item>
        </Form>
      </Card>
      <ErrorAlert error={list.error} />
      <Table<CebDocument>
        rowKey="id"
        loading={list.loading}
        dataSource={items}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: <NoData text={t('ceb.none')} /> }}
        columns={[
          {
            title: t('ceb.type'),
            dataIndex: 'messageType',
            render: (v: string, r) => (
              <Button type="link" size="small" onClick={() => setOpen(r.id)}>
                {v} · {label('cebType', v)}
              </Button>
            ),
          },
          { title: t('ceb.businessKey'), dataIndex: 'businessKey' },
          { title: t('field.version'), dataIndex: 'version' },
          { title: t('ceb.appType'), dataIndex: 'appType', render: (v: string) => label('appType', v) },
          { title: t('field.environment'), dataIndex: 'environment', render: (v: string) => label('environment', v) },
          { title: t('field.updatedAt'), dataIndex: 'updatedAt', render: (v: string) => dateTime(v) },
        ]}
      />
      <Flex justify="flex-end" gap={8} style={{ marginTop: 12 }}>
        <Button disabled={!before.length} onClick={() => setBefore((b) => b.slice(0, -1))}>
          {t('pager.previous')}
        </Button>
        <Button disabled={items.length < LIMIT} onClick={() => setBefore((b) => [...b, items.at(-1)!.createdAt])}>
          {t('pager.next')}
        </Button>
      </Flex>
      <CebDocumentDrawer id={open} onClose={() => setOpen(null)} />
    </div>
  );
}

export function CebDocumentDrawer({ id, onClose }: { id: string | null; onClose(): void }) {
  const { t, i18n } = useTranslation('enterprise');
  const label = useLabel();
  const { dateTime } = useFormat();
  const [doc, setDoc] = useState<CebDocumentDetail>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    if (!id) return;
    let live = true;
    setDoc(undefined);
    setError(undefined);
    api<CebDocumentDetail>(`/api/ceb/documents/${id}`)
      .then((d) => live && setDoc(d))
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [id, i18n.language]);
  return (
    <Drawer open={Boolean(id)} onClose={onClose} size={760} title={doc ? `${doc.messageType} · ${label('cebType', doc.messageType)}` : t('ceb.document')}>
      <ErrorAlert error={error} />
      {!doc ? (
        error ? null : <Skeleton active />
      ) : (
        <>
          <Descriptions column={1} size="small" bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('ceb.businessKey')}>{doc.businessKey}</Descriptions.Item>
            <Descriptions.Item label={t('ceb.guid')}>{doc.guid}</Descriptions.Item>
            <Descriptions.Item label={t('field.version')}>{doc.version}</Descriptions.Item>
            <Descriptions.Item label={t('ceb.appType')}>{label('appType', doc.appType)}</Descriptions.Item>
            <Descriptions.Item label={t('ceb.preNo')}>{doc.preNo ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('field.submittedAt')}>{dateTime(doc.createdAt)}</Descriptions.Item>
          </Descriptions>
          <H2>{t('receipts.title')}</H2>
          <Table<CebReceipt>
            style={{ marginTop: 12 }}
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={doc.receipts}
            locale={{ emptyText: <NoData text={t('receipts.none')} /> }}
            columns={[
              { title: t('receipts.time'), dataIndex: 'returnTime', render: (v: string) => dateTime(v) },
              { title: t('receipts.status'), dataIndex: 'returnStatus', render: (v: string) => <ReceiptStatus code={v} /> },
              { title: t('ceb.type'), dataIndex: 'messageType' },
              {
                title: t('receipts.info'),
                key: 'info',
                render: (_: unknown, r) => (
                  <>
                    <Typography.Text>{r.returnInfo}</Typography.Text>
                    {r.problems.length ? (
                      <ul className="issues">
                        {r.problems.map((p, i) => (
                          <li key={i}>
                            <code>{p.path}</code> {p.message ?? p.code}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </>
                ),
              },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}
