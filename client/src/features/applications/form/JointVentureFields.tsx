import { Button, Group, Input, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldRow } from './field-row';
import type { MemberForm } from './form-model';
import { useApplicationFormContext } from './use-application-form';

interface JointVentureFieldsProps {
  /** the applicant, who applies as the JV's representative: always the first member */
  contractor: { name: string; address: string } | null;
}

/** JV構成員, representative first: one row per member, added and removed at will. */
export function JointVentureFields({ contractor }: JointVentureFieldsProps) {
  const { t } = useTranslation();
  const form = useApplicationFormContext();
  const members = form.values.work.members;
  const rowName = (i: number) => (i === 0 ? t('applications.work.representative') : t('applications.work.member', { n: i + 1 }));
  // The whole list is set (not insertListItem / removeListItem), so that form.isDirty() sees it.
  const setMembers = (next: MemberForm[]) => form.setFieldValue('work.members', next);
  const add = () => {
    // The first click starts the JV with its representative (the applicant) and one partner.
    if (members.length === 0)
      setMembers([
        { name: contractor?.name ?? '', address: contractor?.address ?? '' },
        { name: '', address: '' },
      ]);
    else setMembers([...members, { name: '', address: '' }]);
  };

  return (
    <Input.Wrapper
      {...fieldRow({
        label: t('applications.work.members'),
        help: t('applications.help.members'),
        error: form.errors['work.members'],
        inputWidth: '44rem',
      })}
      labelElement="div"
    >
      <Stack gap="xs" py={4}>
        {members.length === 0 && (
          <Text size="sm" c="gray.7">
            {t('applications.work.noMembers')}
          </Text>
        )}
        {members.map((_, i) => (
          <Group key={i} gap="xs" align="flex-start" wrap="wrap">
            <Text w="6rem" pt={6} fw={700} size="sm">
              {rowName(i)}
            </Text>
            <TextInput
              flex="1 1 12rem"
              aria-label={t('applications.work.memberName', { member: rowName(i) })}
              placeholder={t('applications.work.memberNamePlaceholder')}
              {...form.getInputProps(`work.members.${i}.name`)}
            />
            <TextInput
              flex="2 1 16rem"
              aria-label={t('applications.work.memberAddress', { member: rowName(i) })}
              placeholder={t('applications.work.memberAddressPlaceholder')}
              {...form.getInputProps(`work.members.${i}.address`)}
            />
            <Button
              variant="default"
              onClick={() => setMembers(members.filter((_, j) => j !== i))}
              aria-label={t('applications.work.removeMember', { member: rowName(i) })}
            >
              {t('applications.work.remove')}
            </Button>
          </Group>
        ))}
        <Group>
          <Button variant="outline" size="sm" onClick={add}>
            {t('applications.work.addMember')}
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
