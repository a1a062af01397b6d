import { App, Button, Card, Flex, Space, Statistic, Table, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, download } from '../../api';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useAction } from '../../shared/hooks';
import type { ImportResult, ImportRow } from './types';
import { H2, PageTitle } from './ui';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Bulk filing: the template in the reader's language, the upload, and what became of each row. */
export function ProductImportPage() {
  const { t, i18n } = useTranslation('enterprise');
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const template = useAction(useCallback(async (format: 'xlsx' | 'csv') => download('/api/registry/products/template', { format }, `tumen-products.${format}`), []));
  const upload = useAction(
    useCallback(async (f: File) => {
      const csv = /\.(csv|txt)$/i.test(f.name) || f.type.startsWith('text/');
      return api<ImportResult>('/api/registry/products/import', { method: 'POST', body: f, contentType: csv ? 'text/csv' : XLSX_TYPE });
    }, []),
  );
  return (
    <div data-testid="product-import">
      <PageTitle extra={<Link to="/enterprise/products">{t('products.backToList')}</Link>}>{t('import.title')}</PageTitle>
      <Card title={<H2>{t('import.templateTitle')}</H2>} style={{ marginBottom: 16 }}>
        <Typography.Paragraph>{t('import.templateText', { language: t(`language.${i18n.language}`) })}</Typography.Paragraph>
        <ErrorAlert error={template.error} />
        <Space wrap>
          <Button icon={<DownloadOutlined />} loading={template.pending} onClick={() => void template.run('xlsx')}>
            {t('import.downloadXlsx')}
          </Button>
          <Button icon={<DownloadOutlined />} loading={template.pending} onClick={() => void template.run('csv')} data-testid="template-csv">
            {t('import.downloadCsv')}
          </Button>
        </Space>
      </Card>
      <Card title={<H2>{t('import.uploadTitle')}</H2>} style={{ marginBottom: 16 }}>
        <Typography.Paragraph>{t('import.uploadText')}</Typography.Paragraph>
        <ErrorAlert error={upload.error} />
        <Flex gap={12} wrap align="center">
          <Upload
            accept=".csv,.xlsx,text/csv"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              setResult(null);
              return false;
            }}
            onRemove={() => setFile(null)}
            fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
          >
            <Button icon={<UploadOutlined />} data-testid="choose-file">
              {t('import.choose')}
            </Button>
          </Upload>
          <Button
            type="primary"
            disabled={!file}
            loading={upload.pending}
            data-testid="upload"
            onClick={() =>
              file &&
              void upload.run(file).then((r) => {
                if (!r) return;
                setResult(r);
                void message.info(t('import.done', { ok: r.ok, failed: r.failed }));
              })
            }
          >
            {t('import.upload')}
          </Button>
        </Flex>
      </Card>
      {result ? (
        <Card title={<H2>{t('import.resultTitle')}</H2>} data-testid="import-result">
          <Flex gap={32} wrap style={{ marginBottom: 16 }}>
            <Statistic title={t('import.total')} value={result.total} />
            <Statistic title={t('import.ok')} value={result.ok} valueStyle={{ color: '#1a7f37' }} />
            <Statistic title={t('import.failed')} value={result.failed} valueStyle={{ color: '#c62828' }} />
          </Flex>
          <Table<ImportRow>
            rowKey="row"
            size="small"
            dataSource={result.rows}
            pagination={result.rows.length > 50 ? { pageSize: 50 } : false}
            scroll={{ x: true }}
            columns={[
              { title: t('import.row'), dataIndex: 'row', width: 80 },
              { title: t('import.result'), dataIndex: 'ok', width: 110, render: (ok: boolean) => <Tag color={ok ? 'success' : 'error'}>{ok ? t('import.rowOk') : t('import.rowFailed')}</Tag> },
              { title: t('field.itemNo'), dataIndex: 'itemNo', render: (v: string | null, r) => (r.id ? <Link to={`/enterprise/products/${r.id}`}>{v}</Link> : (v ?? '—')) },
              { title: t('import.code'), dataIndex: 'code', render: (v: string) => <code>{v}</code> },
              { title: t('import.message'), dataIndex: 'message' },
            ]}
          />
        </Card>
      ) : null}
    </div>
  );
}
