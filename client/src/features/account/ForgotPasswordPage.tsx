import { Alert, Anchor, Button, Paper, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { showFieldErrors } from '../../ui/field-errors';
import { filledInRules, focusFirstError } from '../../ui/form-rules';
import { PageHeading } from '../../ui/PageHeading';
import { AccountEmailInput } from '../session/AccountEmailInput';
import { usePublicMutation } from '../../app/public-graphql';

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      passwordResetRequest {
        email
        linkValidMinutes
      }
    }
  }
`);

/**
 * パスワードの再設定 (from the sign-in page): asks for a reset link by mail. The answer is the same
 * whether or not the address is registered, and so is what this page says.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [request, { loading }] = usePublicMutation(RequestPasswordResetMutation);
  const form = useForm({
    initialValues: { email: '' },
    validate: filledInRules(t, ['email'], () => t('forgotPassword.email')),
  });
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<{ email: string; minutes: number } | null>(null);

  async function submit({ email }: typeof form.values) {
    setError(null);
    try {
      const result = await request({ variables: { input: { email: email.trim() } } });
      const answer = result.data?.requestPasswordReset.passwordResetRequest;
      if (answer) setDone({ email: answer.email, minutes: answer.linkValidMinutes });
    } catch (e) {
      if (!showFieldErrors(form, e)) setError(e);
    }
  }

  return (
    <Paper withBorder p="lg" maw="32rem" mx="auto" mt="lg">
      <PageHeading>{t('forgotPassword.title')}</PageHeading>
      {done ? (
        <Alert color="green" variant="light" role="status" title={t('forgotPassword.doneTitle')} mb="md">
          {t('forgotPassword.done', done)}
        </Alert>
      ) : (
        <>
          <Text mb="md">{t('forgotPassword.lead')}</Text>
          <form onSubmit={form.onSubmit((values) => submit(values), focusFirstError)} noValidate>
            <Stack gap="md">
              {error !== null && <ErrorAlert error={error} title={t('forgotPassword.failedTitle')} />}
              <AccountEmailInput label={t('forgotPassword.email')} {...form.getInputProps('email')} />
              <Button type="submit" loading={loading} fullWidth>
                {t('forgotPassword.submit')}
              </Button>
            </Stack>
          </form>
        </>
      )}
      <Anchor component={Link} to="/login" display="block" mt="md">
        {t('forgotPassword.toLogin')}
      </Anchor>
    </Paper>
  );
}
