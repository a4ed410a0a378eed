import { Button, Group, Input, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldRow } from './field-row';
import type { FieldMessages, MemberForm } from './form-model';

interface JointVentureFieldsProps {
  members: MemberForm[];
  onChange: (next: MemberForm[]) => void;
  /** the applicant, who applies as the JV's representative: always the first member */
  contractor: { name: string; address: string } | null;
  errors: FieldMessages;
}

/** JV構成員, representative first: one row per member, added and removed at will. */
export function JointVentureFields({ members, onChange, contractor, errors }: JointVentureFieldsProps) {
  const { t } = useTranslation();
  const rowName = (i: number) => (i === 0 ? t('applications.work.representative') : t('applications.work.member', { n: i + 1 }));
  const update = (i: number, patch: Partial<MemberForm>) => onChange(members.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  const add = () => {
    // The first click starts the JV with its representative (the applicant) and one partner.
    if (members.length === 0)
      onChange([
        { name: contractor?.name ?? '', address: contractor?.address ?? '' },
        { name: '', address: '' },
      ]);
    else onChange([...members, { name: '', address: '' }]);
  };

  return (
    <Input.Wrapper
      {...fieldRow({
        label: t('applications.work.members'),
        help: t('applications.help.members'),
        error: errors['work.jointVentureMembers'],
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
        {members.map((member, i) => (
          <Group key={i} gap="xs" align="flex-start" wrap="wrap">
            <Text w="6rem" pt={6} fw={700} size="sm">
              {rowName(i)}
            </Text>
            <TextInput
              flex="1 1 12rem"
              aria-label={t('applications.work.memberName', { member: rowName(i) })}
              placeholder={t('applications.work.memberNamePlaceholder')}
              value={member.name}
              error={errors[`work.jointVentureMembers.${i}.name`]}
              onChange={(e) => update(i, { name: e.currentTarget.value })}
            />
            <TextInput
              flex="2 1 16rem"
              aria-label={t('applications.work.memberAddress', { member: rowName(i) })}
              placeholder={t('applications.work.memberAddressPlaceholder')}
              value={member.address}
              error={errors[`work.jointVentureMembers.${i}.address`]}
              onChange={(e) => update(i, { address: e.currentTarget.value })}
            />
            <Button
              variant="default"
              onClick={() => onChange(members.filter((_, j) => j !== i))}
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
