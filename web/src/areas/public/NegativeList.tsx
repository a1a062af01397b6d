import { Button, Card, Descriptions, Empty, Flex, Grid, Skeleton, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useFormat } from '../../format';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useApi } from '../../shared/hooks';
import { PublicPage } from './PublicPage';

interface Disclosed {
  name: string;
  code: string;
  /** "<cause label in the reader's language>: <the cause as the decision states it>" */
  cause: string;
  start: string;
  end: string | null;
}

const PAGE = 20;

/** The server writes the cause as "label: decision text"; the label is already in the reader's language. */
function splitCause(cause: string): { label: string; text: string } {
  const at = cause.indexOf(': ');
  return at > 0 ? { label: cause.slice(0, at), text: cause.slice(at + 2) } : { label: cause, text: '' };
}

function Cause({ cause }: { cause: string }) {
  const { label, text } = splitCause(cause);
  return (
    <>
      <Typography.Text strong>{label}</Typography.Text>
      {text ? <div>{text}</div> : null}
    </>
  );
}

/** The disclosed negative list: enterprises standing on it now, with the cause and the period. */
export function NegativeListPage() {
  const { t } = useTranslation('public');
  const f = useFormat();
  const screens = Grid.useBreakpoint();
  const [params, setParams] = useSearchParams();
  const offset = Math.max(0, Number(params.get('offset') ?? 0) || 0);
  const list = useApi<{ items: Disclosed[]; nextOffset: number | null }>('/api/public/negative-list', { limit: PAGE, offset });
  const items = list.data?.items ?? [];
  const wide = screens.md ?? true;
  const end = (e: Disclosed) => (e.end ? f.date(e.end) : t('negative.noEnd'));

  const pager =
    offset > 0 || list.data?.nextOffset != null ? (
      <nav className="pager" aria-label={t('pager.label')}>
        <Button disabled={offset === 0} onClick={() => setParams(offset - PAGE > 0 ? { offset: String(offset - PAGE) } : {})}>
          {t('pager.previous')}
        </Button>
        <Button disabled={list.data?.nextOffset == null} onClick={() => setParams({ offset: String(list.data?.nextOffset ?? offset) })}>
          {t('pager.next')}
        </Button>
      </nav>
    ) : null;

  return (
    <PublicPage title={t('negative.title')} lead={t('negative.lead')} wide>
      <ErrorAlert error={list.error} />
      <section aria-busy={list.loading} data-testid="negative-list">
        {list.loading && !list.data ? (
          <Skeleton active />
        ) : !list.error && items.length === 0 ? (
          <Card>
            <Empty description={t('negative.empty')} />
          </Card>
        ) : wide ? (
          <Table<Disclosed>
            rowKey={(e) => `${e.code}-${e.start}`}
            dataSource={items}
            pagination={false}
            loading={list.loading}
            columns={[
              {
                key: 'name',
                title: t('negative.enterprise'),
                render: (_, e) => (
                  <>
                    <div lang="zh-CN">{e.name}</div>
                    <Typography.Text type="secondary" className="mono">
                      {e.code}
                    </Typography.Text>
                  </>
                ),
              },
              { key: 'cause', title: t('negative.cause'), render: (_, e) => <Cause cause={e.cause} /> },
              { key: 'start', title: t('negative.start'), render: (_, e) => f.date(e.start), width: 130 },
              { key: 'end', title: t('negative.end'), render: (_, e) => end(e), width: 130 },
            ]}
          />
        ) : (
          <Flex vertical>
            {items.map((e) => (
              <Card key={`${e.code}-${e.start}`} className="result-card" size="small" title={<span lang="zh-CN">{e.name}</span>}>
                <Descriptions column={1} size="small" layout="vertical">
                  <Descriptions.Item label={t('negative.code')}>
                    <span className="mono">{e.code}</span>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('negative.cause')}>
                    <div>
                      <Cause cause={e.cause} />
                    </div>
                  </Descriptions.Item>
                  <Descriptions.Item label={t('negative.start')}>{f.date(e.start)}</Descriptions.Item>
                  <Descriptions.Item label={t('negative.end')}>{end(e)}</Descriptions.Item>
                </Descriptions>
              </Card>
            ))}
          </Flex>
        )}
        {pager}
      </section>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
        {t('negative.note')}
      </Typography.Paragraph>
    </PublicPage>
  );
}
