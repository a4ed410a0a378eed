import { describe, expect, it } from 'vitest';
import { i18n } from '../app/i18n';
import { filledIn, filledInRules, focusFirstError } from './form-rules';

describe('form rules', () => {
  it('counts text of spaces alone as not filled in', () => {
    const rule = filledIn('入力してください。');
    expect(rule('')).toBe('入力してください。');
    expect(rule(' 　')).toBe('入力してください。');
    expect(rule(' 松本市 ')).toBeNull();
  });

  it('names each field in its message', () => {
    const rules = filledInRules(i18n.t, ['name', 'tel'] as const, (field) => ({ name: '支店名', tel: 'TEL' })[field]);
    expect(rules.name('')).toBe('支店名を入力してください。');
    expect(rules.tel('')).toBe('TELを入力してください。');
    expect(rules.tel('026-226-7520')).toBeNull();
  });

  it('moves the focus to the first flagged field in the order of the form, or a group’s first input', () => {
    const form = document.createElement('form');
    form.innerHTML = `
      <input data-path="name">
      <div data-path="events"><input type="checkbox"><input type="checkbox"></div>
      <input data-path="url">`;
    document.body.append(form);
    focusFirstError({ url: 'x', events: 'y' }, {}, { currentTarget: form });
    expect(document.activeElement).toBe(form.querySelector('[data-path="events"] input'));
    focusFirstError({ url: 'x' }, {}, { currentTarget: form });
    expect(document.activeElement).toBe(form.querySelector('[data-path="url"]'));
    form.remove();
  });
});
