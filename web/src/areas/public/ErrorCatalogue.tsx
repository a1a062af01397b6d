import { Card, Col, Descriptions, Empty, Flex, Form, Input, Pagination, Row, Select, Skeleton, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useApi } from '../../shared/hooks';
import { ERROR_CATEGORIES, ERROR_RECEIPTS, known } from './labels';
import { PublicPage } from './PublicPage';

interface CatalogueEntry {
  code: string;
  category: string;
  httpStatus: number;
  receipt: string;
  official: string[];
  message: Record<string, string>;
  cause: Record<string, string>;
  fix: Record<string, string>;
}

const PAGE = 20;

/** One language's text of an entry (the API answers in the language asked; any other is a last resort). */
function textOf(texts: Record<string, string>, lang: string): string {
  return texts[lang] ?? Object.values(texts)[0] ?? '';
}

/** A catalogue text with its {placeholders} marked as such (the real message fills them in). */
function WithPlaceholders({ text }: { text: string }) {
  const parts = text.split(/(\{\w+\})/);
  return (
    <>
      {parts.map((p, i) =>
        /^\{\w+\}$/.test(p) ? (
          <code key={i} className="placeholder">
            {p.slice(1, -1)}
          </code>
        ) : (
          p
        ),
      )}
    </>
  );
}

/** The standard data interface's error catalogue: every code, its message, cause, fix and official codes. */
export function ErrorCataloguePage() {
  const { t, i18n } = useTranslation('public');
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const filter = params.get('q') ?? '';
  const category = params.get('category') ?? 'all';
  const [page, setPage] = useState(1);
  const list = useApi<{ items: CatalogueEntry[] }>('/api/errors');

  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return (list.data?.items ?? []).filter((e) => {
      if (category !== 'all' && e.category !== category) return false;
      if (!needle) return true;
      const hay = [e.code, textOf(e.message, lang), textOf(e.cause, lang), textOf(e.fix, lang), ...e.official, String(e.httpStatus)].join('\n').toLowerCase();
      return hay.includes(needle);
    });
  }, [list.data, filter, category, lang]);
  const pages = shown.slice((page - 1) * PAGE, page * PAGE);

  const update = (next: { q?: string; category?: string }) => {
    const q = next.q ?? filter;
    const c = next.category ?? category;
    setParams({ ...(q ? { q } : {}), ...(c !== 'all' ? { category: c } : {}) }, { replace: true });
    setPage(1);
  };

  return (
    <PublicPage title={t('errors.title')} lead={t('errors.lead')}>
      <Card style={{ marginBottom: 24 }}>
        <Form layout="vertical" onSubmitCapture={(e) => e.preventDefault()}>
          <Row gutter={16}>
            <Col xs={24} md={16}>
              <Form.Item label={t('errors.filter')} htmlFor="error-filter" extra={t('errors.filterHint')} style={{ marginBottom: 8 }}>
                <Input id="error-filter" value={filter} allowClear onChange={(e) => update({ q: e.target.value })} data-testid="error-filter" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label={t('errors.category')} htmlFor="error-category" style={{ marginBottom: 8 }}>
                <Select
                  id="error-category"
                  value={category}
                  onChange={(c) => update({ category: c })}
                  options={[{ value: 'all', label: t('errors.allCategories') }, ...ERROR_CATEGORIES.map((c) => ({ value: c, label: t(`errors.categoryName.${c}`) }))]}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>

      <ErrorAlert error={list.error} />
      <section aria-busy={list.loading} data-testid="error-catalogue" id="error-catalogue">
        {list.loading && !list.data ? (
          <Skeleton active />
        ) : list.data ? (
          <>
            <Typography.Paragraph role="status" data-testid="error-count">
              {t('errors.count', { shown: shown.length, total: list.data.items.length })}
            </Typography.Paragraph>
            {shown.length === 0 ? (
              <Card>
                <Empty description={t('errors.none')} />
              </Card>
            ) : (
              <Flex vertical>
                {pages.map((e) => (
                  <Card
                    key={e.code}
                    id={e.code}
                    className="result-card"
                    size="small"
                    data-testid="error-entry"
                    title={
                      <Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>
                        <span className="mono">{e.code}</span>
                      </Typography.Title>
                    }
                    extra={<Tag>{known(ERROR_CATEGORIES, e.category) ? t(`errors.categoryName.${e.category}`) : e.category}</Tag>}
                  >
                    <Typography.Paragraph strong>
                      <WithPlaceholders text={textOf(e.message, lang)} />
                    </Typography.Paragraph>
                    <Descriptions column={1} size="small">
                      <Descriptions.Item label={t('errors.cause')}>
                        <WithPlaceholders text={textOf(e.cause, lang)} />
                      </Descriptions.Item>
                      <Descriptions.Item label={t('errors.fix')}>
                        <WithPlaceholders text={textOf(e.fix, lang)} />
                      </Descriptions.Item>
                      <Descriptions.Item label={t('errors.official')}>
                        {e.official.length ? (
                          <Flex wrap gap={4}>
                            {e.official.map((o) => (
                              <Tag key={o} className="mono">
                                {o}
                              </Tag>
                            ))}
                          </Flex>
                        ) : (
                          t('errors.noOfficial')
                        )}
                      </Descriptions.Item>
                      <Descriptions.Item label={t('errors.answered')}>
                        {known(ERROR_RECEIPTS, e.receipt) ? t(`errors.receipt.${e.receipt}`) : e.receipt} · HTTP {e.httpStatus}
                      </Descriptions.Item>
                    </Descriptions>
                  </Card>
                ))}
              </Flex>
            )}
            {shown.length > PAGE ? (
              <Flex justify="center" style={{ marginTop: 16 }}>
                <Pagination current={page} pageSize={PAGE} total={shown.length} onChange={(n) => {
                    setPage(n);
                    document.getElementById('error-catalogue')?.scrollIntoView({ block: 'start' });
                  }}
                  showSizeChanger={false} simple={{ readOnly: true }} />
              </Flex>
            ) : null}
          </>
        ) : null}
      </section>
    </PublicPage>
  );
}
