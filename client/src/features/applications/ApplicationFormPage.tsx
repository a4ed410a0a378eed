import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { todayInJapan } from '@esurety/schema';
import { Alert, Anchor, Button, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { getFragmentData } from '../../gql';
import type { ApplicationDetailsFragment as ApplicationDetails } from '../../gql/graphql';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { showFieldErrors } from '../../ui/field-errors';
import { errorCode } from '../../ui/graphql-errors';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeading } from '../../ui/PageHeading';
import { CurrentUserQueryDocument } from '../session/current-user';
import { ApplicationSteps, type ApplicationStep } from './ApplicationSteps';
import { ConfirmStep } from './ConfirmStep';
import {
  ApplicationDetailsFragment,
  ApplicationFormOptionsQueryDocument,
  ApplicationQueryDocument,
  SaveApplicationMutation,
  SubmitApplicationMutation,
} from './documents';
import { ApplicationForm } from './form/ApplicationForm';
import {
  checkForm,
  emptyApplicationForm,
  formFromApplication,
  FORM_PATHS,
  toApplicationInput,
  type FieldMessages,
  type FormOptions,
} from './form/form-model';
import { ApplicationFormProvider, useApplicationForm } from './form/use-application-form';
import { SentStep } from './SentStep';
import { useUnsavedChangesGuard } from '../../ui/UnsavedChangesGuard';
import { WorkFieldsFragment } from './work-rows';
import { editable, statusLabelKey } from './status';

/** What a new application's first save hands to its /applications/:id/edit page. */
interface CarriedState {
  step?: ApplicationStep;
  saved?: boolean;
}

/**
 * /applications/new and /applications/:id/edit. Each application gets a page of its own (a new
 * key), so a new one that is saved continues on its edit page with what the save carried over.
 */
export function ApplicationFormRoute() {
  const { id } = useParams();
  const location = useLocation();
  const carried = (location.state ?? {}) as CarriedState;
  return <ApplicationFormPage key={id ?? `new:${location.key}`} id={id} carried={carried} />;
}

const hasAny = (messages: FieldMessages) => Object.keys(messages).length > 0;

function ApplicationFormPage({ id, carried: handedOver }: { id: string | undefined; carried: CarriedState }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // Taken once, then dropped from the history entry: a reload starts over at the form.
  const [carried] = useState(handedOver);
  useEffect(() => {
    if (Object.keys(handedOver).length > 0) void navigate('.', { replace: true, state: null });
  }, [handedOver, navigate]);
  const me = useQuery(CurrentUserQueryDocument);
  const isContractor = me.data?.me?.role === 'CONTRACTOR';
  // Fresh each time: a work entered in an earlier application becomes a choice once it is sent.
  const optionsQuery = useQuery(ApplicationFormOptionsQueryDocument, { skip: !isContractor, fetchPolicy: 'cache-and-network' });
  const loaded = useQuery(ApplicationQueryDocument, {
    variables: { id: id ?? '' },
    skip: !id || !isContractor,
    fetchPolicy: 'network-only',
  });

  const title = t('applications.form.title');
  let body: React.ReactNode;
  if (me.data?.me && !isContractor) {
    body = <Alert color="yellow">{t('applications.form.contractorsOnly')}</Alert>;
  } else if (optionsQuery.error || loaded.error) {
    body = <ErrorAlert error={optionsQuery.error ?? loaded.error} />;
  } else if (!optionsQuery.data || (id && !loaded.data)) {
    body = <LoadingState />;
  } else {
    const data = optionsQuery.data;
    const organisation = data.me?.organisation;
    const options: FormOptions = {
      works: getFragmentData(
        WorkFieldsFragment,
        data.works.edges.map((e) => e.node),
      ),
      orderers: data.orderers.edges.map((e) => e.node),
      branches: data.branches,
      contractor: organisation?.__typename === 'Contractor' ? { name: organisation.name, address: organisation.address } : null,
    };
    const initial = loaded.data ? getFragmentData(ApplicationDetailsFragment, loaded.data.application) : null;
    body = <ApplicationFlow options={options} initial={initial} carried={carried} />;
  }

  return (
    <>
      <PageHeading>{title}</PageHeading>
      <Text fw={700} mb={4}>
        {id ? t('applications.form.editSubtitle') : t('applications.form.newSubtitle')}
      </Text>
      <Text mb="md">{t('applications.form.lead')}</Text>
      {body}
    </>
  );
}

interface ApplicationFlowProps {
  options: FormOptions;
  /** the application as saved, or null for a new one */
  initial: ApplicationDetails | null;
  carried: CarriedState;
}

/** The three steps over one application: create (the form), confirm, sent. */
function ApplicationFlow({ options, initial, carried }: ApplicationFlowProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [today] = useState(todayInJapan);
  const [saved, setSaved] = useState<ApplicationDetails | null>(initial);
  const [step, setStep] = useState<ApplicationStep>(carried.step ?? 'create');
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState(carried.saved ?? false);
  const [initialValues] = useState(() => (initial ? formFromApplication(initial) : emptyApplicationForm()));
  const { form, requireAll, showRuleMessages } = useApplicationForm(initialValues, {
    options,
    today,
    onValuesChange: () => setNotice(false),
  });
  // Anything but the form as last saved (or loaded) is unsaved: leaving the page asks first.
  const guard = useUnsavedChangesGuard(form.isDirty());
  const [busy, setBusy] = useState<'save' | 'confirm' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const client = useApolloClient();
  // Saved meanwhile in another tab: this screen's version is stale until it loads the latest.
  const [stale, setStale] = useState(false);
  const [save] = useMutation(SaveApplicationMutation);
  const [submit, { loading: sending }] = useMutation(SubmitApplicationMutation);

  /** Shows the server's field errors at their fields (every required one too after 確認へ), if any. */
  const showServerErrors = (e: unknown, required: boolean) => {
    const atFields = showFieldErrors(form, e, FORM_PATHS);
    if (atFields) {
      if (required) requireAll();
      setAttempt((a) => a + 1);
    }
    return atFields;
  };

  /**
   * 下書き保存 (when no rule is broken), or 確認へ once `form.onSubmit` found every rule met: a
   * failed 確認へ (or Enter in a field) saves nothing.
   */
  async function persist(mode: 'save' | 'confirm') {
    setNotice(false);
    setError(null);
    const values = form.getValues();
    if (mode === 'save' && hasAny(checkForm(values, options, 'draft', today))) return setAttempt((a) => a + 1);
    setBusy(mode);
    try {
      const { input } = toApplicationInput(values, options);
      // An update names the version it was read at: a save from a stale tab is refused (CONFLICT).
      const updating = saved ? { applicationId: saved.id, expectedVersion: saved.version } : {};
      const result = await save({ variables: { input: { ...input, ...updating } } });
      const application = getFragmentData(ApplicationDetailsFragment, result.data!.saveApplication.application);
      form.resetDirty(values);
      showRuleMessages();
      if (!saved) {
        guard.allowNextNavigation();
        // The URL now names the application; its edit page carries on from here.
        const state: CarriedState = mode === 'confirm' ? { step: 'confirm' } : { saved: true };
        await navigate(`/applications/${application.id}/edit`, { replace: true, state });
        return;
      }
      setSaved(application);
      if (mode === 'confirm') setStep('confirm');
      else setNotice(true);
    } catch (e) {
      if (!showServerErrors(e, mode === 'confirm')) {
        setStale(errorCode(e) === 'CONFLICT' && saved !== null);
        setError(e);
      }
    } finally {
      setBusy(null);
    }
  }

  /** After a CONFLICT: the application as it now is, in the form (this screen's edits are dropped). */
  async function loadLatest() {
    if (!saved) return;
    const latest = await client.query({ query: ApplicationQueryDocument, variables: { id: saved.id }, fetchPolicy: 'network-only' });
    const application = latest.data && getFragmentData(ApplicationDetailsFragment, latest.data.application);
    if (!application) return;
    const values = formFromApplication(application);
    setSaved(application);
    form.setValues(values);
    form.resetDirty(values);
    setStale(false);
    setError(null);
  }

  async function send() {
    if (!saved) return;
    setError(null);
    try {
      const result = await submit({ variables: { input: { applicationId: saved.id } } });
      setSaved(getFragmentData(ApplicationDetailsFragment, result.data!.submitApplication.application));
      setStep('sent');
    } catch (e) {
      if (showServerErrors(e, true)) setStep('create');
      else setError(e);
    }
  }

  const errorAlert =
    error !== null ? (
      <>
        <ErrorAlert error={error} />
        {stale && (
          <Button variant="default" mb="md" onClick={() => void loadLatest()}>
            {t('applications.form.staleReload')}
          </Button>
        )}
      </>
    ) : null;
  let content: React.ReactNode;
  if (step === 'sent' && saved) {
    content = <SentStep application={saved} />;
  } else if (saved && !editable(saved.status)) {
    content = (
      <Alert color="yellow" title={t('applications.form.notEditableTitle')}>
        {t('applications.form.notEditable', { status: t(statusLabelKey(saved.status)) })}{' '}
        <Anchor component={Link} to={`/applications/${saved.id}`}>
          {t('applications.form.toDetail')}
        </Anchor>
      </Alert>
    );
  } else if (step === 'confirm' && saved) {
    content = (
      <ConfirmStep application={saved} sending={sending} onBack={() => setStep('create')} onSend={() => void send()} error={errorAlert} />
    );
  } else {
    content = (
      <ApplicationFormProvider form={form}>
        <ApplicationForm
          options={options}
          attempt={attempt}
          statusLabel={saved ? t(statusLabelKey(saved.status)) : t('applications.form.unsaved')}
          messageFromBranch={saved?.messageFromBranch}
          busy={busy}
          onSaveDraft={() => void persist('save')}
          onConfirm={() => void persist('confirm')}
          onInvalid={() => {
            setNotice(false);
            setError(null);
            requireAll();
            setAttempt((a) => a + 1);
          }}
          notice={
            <>
              {errorAlert}
              {notice && (
                <Alert color="green" variant="light" role="status">
                  {t('applications.form.saved')}
                </Alert>
              )}
            </>
          }
        />
      </ApplicationFormProvider>
    );
  }

  return (
    <>
      <ApplicationSteps step={step} />
      {content}
      {guard.dialog}
    </>
  );
}
