import { Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { useAction } from '../../shared/hooks';

export interface DecisionValues {
  choice?: string;
  reason?: string;
}

/**
 * A decision with its reason in a dialog: the choices (approve/reject, confirmed/false positive …) as labelled
 * buttons, the reason required when the decision needs one; the server's refusal shown in the dialog.
 */
export function DecisionModal({
  open,
  title,
  choices,
  choiceLabel,
  reasonLabel,
  reasonRequired,
  okText,
  onSubmit,
  onClose,
}: {
  open: boolean;
  title: string;
  choices?: { value: string; label: string }[];
  choiceLabel?: string;
  reasonLabel: string;
  reasonRequired: boolean | ((choice: string | undefined) => boolean);
  okText: string;
  onSubmit(v: DecisionValues): Promise<unknown>;
  onClose(): void;
}) {
  const { t } = useTranslation('regulator');
  const [form] = Form.useForm<DecisionValues>();
  const choice = Form.useWatch('choice', form);
  const required = typeof reasonRequired === 'function' ? reasonRequired(choice) : reasonRequired;
  const act = useAction(async (v: DecisionValues) => {
    await onSubmit({ choice: v.choice, reason: v.reason?.trim() || undefined });
    form.resetFields();
    onClose();
  });
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('ui.cancel')}
      confirmLoading={act.pending}
      onOk={() => form.submit()}
      onCancel={() => {
        act.clearError();
        onClose();
      }}
      destroyOnHidden
    >
      <ErrorAlert error={act.error} />
      <Form form={form} layout="vertical" onFinish={(v) => void act.run(v)} initialValues={{ choice: choices?.[0]?.value }}>
        {choices ? (
          <Form.Item label={choiceLabel} name="choice" rules={[{ required: true, message: t('ui.required') }]}>
            <Radio.Group options={choices} optionType="button" buttonStyle="solid" />
          </Form.Item>
        ) : null}
        <Form.Item label={reasonLabel} name="reason" rules={[{ required, whitespace: true, message: t('review.reasonRequired') }, { max: 1000, message: t('ui.tooLong', { max: 1000 }) }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
