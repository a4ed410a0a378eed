import { characterCount, hasControlCharacters } from '@esurety/schema';
import { isLostRace } from '../../common/error-contract';
import { BadUserInputError, NotFoundError } from '../../common/errors';
import type { EntityManager } from '../../db/orm';
import type { OrdererFields, SetOrdererElectronicRuleInput } from './orderer-admin.input';
import { requiredText } from './guarantor-admin.service';
import { Orderer } from './orderer.entity';

/** The administrator's registry of orderers (発注者) and of which accept electronic guarantees. */
export class OrdererAdminService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Registers an orderer (it accepts paper certificates only until `setElectronicRule`). Errors:
   * BAD_USER_INPUT on `input.name` (also when another orderer has the name) and
   * `input.certificateTitle`.
   */
  async createOrderer(input: OrdererFields): Promise<Orderer> {
    const fields = ordererFields(input);
    return nameRaceAnswered(fields.name, () =>
      this.em.transactional(async (tx) => {
        await refuseTakenName(tx, fields.name, null);
        return tx.create(Orderer, fields);
      }),
    );
  }

  /**
   * Changes an orderer's name and certificate title; certificates already issued keep what they
   * said (they are snapshots). Errors: NOT_FOUND; BAD_USER_INPUT on the field (`input.name` also
   * when another orderer has the name).
   */
  async updateOrderer(ordererId: string, input: OrdererFields): Promise<Orderer> {
    const fields = ordererFields(input);
    return nameRaceAnswered(fields.name, () =>
      this.em.transactional(async (tx) => {
        const orderer = await tx.findOne(Orderer, ordererId);
        if (!orderer) throw new NotFoundError('発注者が見つかりません。');
        await refuseTakenName(tx, fields.name, orderer.id);
        Object.assign(orderer, fields);
        return orderer;
      }),
    );
  }

  /**
   * Sets whether and for which works an orderer accepts electronic guarantees. The application
   * rules (electronicEligibility in @esurety/schema) read it when a contractor saves or sends an
   * application; an application already sent keeps going as it was (issuance does not check it
   * again). Errors: NOT_FOUND; BAD_USER_INPUT on `input.electronicFrom`, `input.electronicRule`,
   * `input.electronicRuleDescription` when accepting without them.
   */
  async setElectronicRule(input: SetOrdererElectronicRuleInput): Promise<Orderer> {
    return this.em.transactional(async (tx) => {
      const orderer = await tx.findOne(Orderer, input.ordererId);
      if (!orderer) throw new NotFoundError('発注者が見つかりません。');
      if (!input.acceptsElectronic) {
        orderer.stopAcceptingElectronic();
        return orderer;
      }
      if (!input.electronicFrom) throw new BadUserInputError('input.electronicFrom', '電子保証の開始日を入力してください。');
      if (!input.electronicRule) throw new BadUserInputError('input.electronicRule', '電子保証の対象となる工事の条件を選んでください。');
      const description = input.electronicRuleDescription?.trim() ?? '';
      const field = 'input.electronicRuleDescription';
      if (!description) throw new BadUserInputError(field, '条件の説明を入力してください。');
      if (characterCount(description) > 500) throw new BadUserInputError(field, '条件の説明は500文字以内で入力してください。');
      if (hasControlCharacters(description)) throw new BadUserInputError(field, '条件の説明に制御文字は使えません。');
      orderer.acceptElectronic(input.electronicFrom, input.electronicRule, description);
      return orderer;
    });
  }
}

function ordererFields(input: OrdererFields) {
  return {
    name: requiredText(input.name, 'input.name', '発注者名', 100),
    certificateTitle: requiredText(input.certificateTitle, 'input.certificateTitle', '宛名', 100),
  };
}

function nameTaken(name: string): BadUserInputError {
  return new BadUserInputError('input.name', `発注者「${name}」は既に登録されています。`);
}

async function refuseTakenName(em: EntityManager, name: string, ownId: string | null): Promise<void> {
  const taken = await em.findOne(Orderer, { name }, { fields: ['id'] });
  if (taken && taken.id !== ownId) throw nameTaken(name);
}

/** Runs `write`; when another request took the name between the check and the write (the unique index), the same answer as the check's. */
async function nameRaceAnswered(name: string, write: () => Promise<Orderer>): Promise<Orderer> {
  try {
    return await write();
  } catch (error) {
    if (isLostRace(error)) throw nameTaken(name);
    throw error;
  }
}
