import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';

/**
 * A failure as the reader should see it: the server's message (already in the reader's language) with the
 * fields it names; anything else as a generic, translated failure — never a stack trace.
 */
export function ErrorAlert({ error, onClose }: { error: unknown; onClose?: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  const api = error instanceof ApiError ? error : null;
  const description = api?.issues.length ? (
    <ul className="issues">
      {api.issues.map((i, n) => (
        <li key={n}>
          {i.path ? <code>{i.path}</code> : null} {i.message}
        </li>
      ))}
    </ul>
  ) : undefined;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={api ? api.message : t('error.unexpected')}
      description={description}
      closable={onClose ? { onClose } : false}
      style={{ marginBottom: 16 }}
    />
  );
}
