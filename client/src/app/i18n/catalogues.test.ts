import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ja } from './ja';

type Tree = { [key: string]: string | Tree };

/** Every leaf as [dotted key, message]. */
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

const placeholders = (message: string) => [...message.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  const jaLeaves = new Map(leaves(ja));
  const enLeaves = new Map(leaves(en));

  it('have the same keys in Japanese and English', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...jaLeaves.keys()].sort());
  });

  it('have no empty message', () => {
    const empty = [...jaLeaves, ...enLeaves].filter(([, message]) => message.trim() === '');
    expect(empty).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, message] of jaLeaves) {
      expect({ key, placeholders: placeholders(enLeaves.get(key) ?? '') }).toEqual({ key, placeholders: placeholders(message) });
    }
  });

  it('keep Japanese out of the English catalogue, except the switch back to Japanese', () => {
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    const leaking = [...enLeaves].filter(([key, message]) => key !== 'language.switchTo' && japanese.test(message));
    expect(leaking).toEqual([]);
  });
});
