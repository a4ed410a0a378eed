import { Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { lazy, Suspense, useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { graphql, type FragmentType } from '../../gql';
import { focusFirstError } from '../../ui/form-rules';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeading } from '../../ui/PageHeading';
import { VerificationFailureAlert } from './VerificationFailureAlert';
import { VerificationLinks } from './VerificationLinks';
import type { VerificationResultFieldsFragment } from './VerificationResultView';
import { VerifyForm, verifyFormRules } from './VerifyForm';
import { readVerificationFailure, type VerificationFailure } from './verification-failure';
import { emptyVerifyValues, normaliseAuthKey, readVerifyFragment, type VerifyValues } from './verify-input';
import { usePublicMutation } from '../../app/public-graphql';
import { withMessages } from '../../app/i18n';

export const VerifyGuaranteeMutation = graphql(`
  mutation VerifyGuarantee($input: VerifyGuaranteeInput!) {
    verifyGuarantee(input: $input) {
      verification {
        ...VerificationResultFields
      }
    }
  }
`);

// The certificate and its history (tables, a dialog) are a chunk of their own: the form comes
// first, alone and small, and the chunk (with the certificate's messages) is fetched while the
// first verification is on its way.
const loadResultView = () => withMessages('guarantee', () => import('./VerificationResultView'));
const VerificationResultView = lazy(() => loadResultView().then((m) => ({ default: m.VerificationResultView })));

type VerificationResultRef = FragmentType<typeof VerificationResultFieldsFragment>;

/**
 * /verify, 保証確認サービス (D-Sure), open to anyone: the orderer enters the contract number and
 * the 認証キー and sees the certificate. The key notice's QR code opens it with both in the URL's
 * fragment: they fill the form and are sent once, and the fragment leaves the address bar and
 * the history at once.
 */
export function VerifyPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  // The key is sent once and never kept: not in Apollo's cache, not in the form after success.
  const [verify, { loading }] = usePublicMutation(VerifyGuaranteeMutation);
  const form = useForm<VerifyValues>({ initialValues: emptyVerifyValues, validate: verifyFormRules(t) });
  const [failure, setFailure] = useState<VerificationFailure | null>(null);
  const [result, setResult] = useState<VerificationResultRef | null>(null);
  const contractNumberRef = useRef<HTMLInputElement>(null);
  const handledFragment = useRef<string | null>(null);

  /** Sends what passed the form's rules; a refused number is shown at its field, any other refusal above the form. */
  async function send(toVerify: VerifyValues) {
    setFailure(null);
    void loadResultView();
    try {
      const { data } = await verify({
        variables: { input: { contractNumber: toVerify.contractNumber.trim(), authKey: normaliseAuthKey(toVerify.authKey) } },
      });
      if (data?.verifyGuarantee) {
        setResult(data.verifyGuarantee.verification);
        form.setFieldValue('authKey', '');
      } else {
        setFailure({ kind: 'other', error: null });
      }
    } catch (error) {
      const found = readVerificationFailure(error);
      if (found.kind === 'contractNumber') form.setFieldError('contractNumber', found.message);
      else setFailure(found);
    }
  }

  const submit = form.onSubmit(
    (values) => void send(values),
    (errors, values, event) => {
      setFailure(null);
      focusFirstError(errors, values, event);
    },
  );

  // The QR code's link: fill, clear the fragment (replacing the history entry), send once. The
  // ref keeps React's development double run, and any re-render, from sending twice.
  const openFragment = useEffectEvent((hash: string) => {
    const fromLink = readVerifyFragment(hash);
    if (!fromLink) {
      handledFragment.current = null;
      return;
    }
    if (handledFragment.current === hash) return;
    handledFragment.current = hash;
    void navigate({ pathname: location.pathname, search: location.search }, { replace: true });
    form.setValues({ ...emptyVerifyValues, ...fromLink });
    setResult(null);
    if (fromLink.contractNumber && fromLink.authKey) submit();
  });
  // A new fragment only: the rest is read as it is then.
  useEffect(() => openFragment(location.hash), [location.hash]);

  function reset() {
    setResult(null);
    setFailure(null);
    form.reset();
    // After the form is back on screen.
    setTimeout(() => contractNumberRef.current?.focus());
  }

  return (
    <>
      <PageHeading>{t('verification.title')}</PageHeading>
      {result ? (
        <Suspense fallback={<LoadingState />}>
          <VerificationResultView result={result} onReset={reset} />
        </Suspense>
      ) : (
        <Stack gap="md">
          <Text>{t('verification.lead')}</Text>
          {failure && <VerificationFailureAlert failure={failure} />}
          <VerifyForm form={form} loading={loading} onSubmit={submit} contractNumberRef={contractNumberRef} />
        </Stack>
      )}
      <VerificationLinks />
    </>
  );
}
