import { describe, expect, it } from 'vitest';
import { electronicEligibility, type OrdererElectronicTerms } from './electronic-eligibility';

const matsumoto: OrdererElectronicTerms = {
  name: '松本市',
  acceptsElectronic: true,
  electronicFrom: '2026-03-01',
  electronicRule: 'WORKS_ALLOWED_BY_ORDERER',
  electronicRuleDescription: '令和8年3月1日以降、松本市が電子保証の利用を認めた工事・業務委託',
};
const odawara: OrdererElectronicTerms = {
  name: '小田原市',
  acceptsElectronic: true,
  electronicFrom: '2026-04-01',
  electronicRule: 'ANNOUNCED_OR_NOMINATED_FROM',
  electronicRuleDescription: '令和8年4月1日以降に公告又は指名した工事',
};

describe('electronicEligibility', () => {
  it('松本市: works the city allows, from 2026-03-01', () => {
    expect(electronicEligibility(matsumoto, { electronicAllowedByOrderer: true }, '2026-03-01')).toEqual({ eligible: true });
    const early = electronicEligibility(matsumoto, { electronicAllowedByOrderer: true }, '2026-02-28');
    expect(early).toMatchObject({ eligible: false, message: expect.stringContaining('令和8年3月1日から') });
    const notAllowed = electronicEligibility(matsumoto, { electronicAllowedByOrderer: false }, '2026-11-22');
    expect(notAllowed).toMatchObject({
      eligible: false,
      message: expect.stringMatching(/^松本市の電子保証の対象は「令和8年3月1日以降、松本市が/),
    });
  });

  it('小田原市: announced or nominated on or after 2026-04-01', () => {
    expect(electronicEligibility(odawara, { announcedOn: '2026-04-01' }, '2026-11-22')).toEqual({ eligible: true });
    expect(electronicEligibility(odawara, { nominatedOn: '2026-05-10' }, '2026-11-22')).toEqual({ eligible: true });
    expect(electronicEligibility(odawara, { announcedOn: '2026-03-31' }, '2026-11-22')).toMatchObject({
      eligible: false,
      message: expect.stringContaining('令和8年3月31日'),
    });
    expect(electronicEligibility(odawara, {}, '2026-11-22')).toMatchObject({ eligible: false });
  });

  it('an orderer that does not accept electronic guarantees', () => {
    expect(electronicEligibility({ name: '塩尻市', acceptsElectronic: false }, { announcedOn: '2026-06-01' }, '2026-11-22')).toEqual({
      eligible: false,
      message: '塩尻市は電子保証に対応していません。証書(紙)を選択してください。',
    });
  });
});
